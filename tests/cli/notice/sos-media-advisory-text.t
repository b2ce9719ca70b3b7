# The SOS picket advisory, rendered as text, reads like the seed (shared/seeds/002): nearly seven months of bargaining, the last, best offer rejected by a 2-to-1 margin from the tally of its ballots, the strike authorization, the next session, WHAT / WHO / WHEN / WHERE (four sites) / WHY, the contact block and ###; issued the day before the picket.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4
--- stdout
MEDIA ADVISORY
For immediate release: Monday, February 3, 2020
CONTACT: Communications Office, Illinois Federation of Teachers
         (217) 555-0100, press@example.org

Informational picketing for a fair contract

SPRINGFIELD — For nearly seven months, Illinois Federation of Teachers
(IFT) members who work for Illinois Secretary of State have been
bargaining for a fair contract. Last month, union members rejected the
employer's last, best offer by a 2-to-1 margin and overwhelmingly
authorized the bargaining team to file an intent to strike notice. The
next bargaining session is Friday, February 14.

Tomorrow, the workers will picket at four locations to demonstrate their
solidarity and demand a fair agreement.

WHAT: Informational picketing to call for a fair contract for IFT
      members who work for Secretary of State Jesse White

WHO: Members of the Secretary of State Council of the Illinois
     Federation of Public Employees (IFPE, Local 4408) and the Illinois
     Federation of Information System Employees (Local 4407)

WHEN: Tuesday, February 4, 2020, 11 a.m. to 1:30 p.m.

WHERE: Workers and supporters will picket at:
       SOS Facility, 2701 S. Dirksen Parkway, Springfield
       State Capitol Complex – State Library, 300 S. Second St.,
         Springfield
       Howlett Building, 501 S. Second St., Springfield
       James R. Thompson Center, 100 W. Randolph St., Chicago

WHY: IT and many other employees earn less than workers in comparable
     jobs in other state offices, and the workers seek a parental leave
     policy that matches other constitutional officers'

Together, the two bargaining units represent more than 250 employees.

Illinois Federation of Public Employees, Local 4408 (IFPE, Local 4408)
and Illinois Federation of Information System Employees, Local 4407 are
affiliates of Illinois Federation of Teachers (IFT).

###
