# --template press-release: a story about the picket with the campaign's facts.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 --template press-release
--- stdout
FOR IMMEDIATE RELEASE
Monday, February 3, 2020
CONTACT: Communications Office, Illinois Federation of Teachers
         (217) 555-0100, press@example.org

Informational picketing for a fair contract

SPRINGFIELD — Illinois Federation of Teachers (IFT) members who work for
Illinois Secretary of State will picket at four locations on Tuesday,
February 4, 2020, from 11 a.m. to 1:30 p.m., to call for a fair
contract.

Bargaining began on July 9, 2019, nearly seven months ago. Last month,
union members rejected the employer's last, best offer by a 2-to-1
margin and overwhelmingly authorized the bargaining team to file an
intent to strike notice. The next bargaining session is Friday, February
14.

At issue: IT and many other employees earn less than workers in
comparable jobs in other state offices, and the workers seek a parental
leave policy that matches other constitutional officers'.

Locations:
  SOS Facility, 2701 S. Dirksen Parkway, Springfield
  State Capitol Complex – State Library, 300 S. Second St., Springfield
  Howlett Building, 501 S. Second St., Springfield
  James R. Thompson Center, 100 W. Randolph St., Chicago

Together, the two bargaining units represent more than 250 employees.

Illinois Federation of Public Employees, Local 4408 (IFPE, Local 4408)
and Illinois Federation of Information System Employees, Local 4407 are
affiliates of Illinois Federation of Teachers (IFT).

###
