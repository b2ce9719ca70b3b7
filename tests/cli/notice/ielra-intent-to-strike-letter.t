# The intent-to-strike letter of an Illinois IELRA campaign (a school district) comes from the union's address and cites 115 ILCS 5/13 and its ten days, with the strike's date and time, 14 days after the notice.
--- file campaign.yaml
bargain: 1
campaign:
  name: Westside teachers 2024
  employer: Board of Education of Westside School District 99
  employer_address: 100 Main St., Westside, IL 60000
  union_address: 25 Union Hall Rd., Westside, IL 60001
  contract_expires: 2024-08-15
  law: illinois-ielra
  contacts:
    - {name: Jordan Lee, role: "President, WFT Local 9999", phone: "(555) 555-0199", email: president@example.org}
units:
  - {id: wft, name: "Westside Federation of Teachers, Local 9999", short: WFT, members: 410}
affiliate: Illinois Federation of Teachers (IFT)
sessions:
  - {id: s1, date: 2024-03-04}
votes:
  - {id: sa, kind: strike-authorization, question: "Do you authorize the bargaining team to call a strike?", closes: 2024-09-20T18:00, ballots: [ballots.csv], rule: three-quarters}
events:
  - {id: med, kind: mediation, title: Mediation, date: 2024-09-10}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2024-09-23}
  - {id: strike, kind: strike, date: 2024-10-07, start: "06:30"}
--- run
printf "voter,cast_at,sa\n" > ballots.csv
i=0; while [ $i -lt 380 ]; do i=$((i+1)); echo "T$i,2024-09-19T12:00,yes" >> ballots.csv; done
i=0; while [ $i -lt 20 ]; do i=$((i+1)); echo "N$i,2024-09-19T12:00,no" >> ballots.csv; done
bargain notice campaign.yaml notice
bargain notice campaign.yaml notice --format html | grep -A1 'class="sender"'
bargain notice campaign.yaml notice --format markdown | head -3
--- stdout
25 Union Hall Rd., Westside, IL 60001

Monday, September 23, 2024

Board of Education of Westside School District 99
100 Main St., Westside, IL 60000

NOTICE OF INTENT TO STRIKE

To the employer, Board of Education of Westside School District 99:

Under the Illinois Educational Labor Relations Act (115 ILCS 5/13), the
union named below, an affiliate of Illinois Federation of Teachers
(IFT), gives notice, on behalf of the employees it represents, of its
intent to strike.

  - Westside Federation of Teachers, Local 9999 (WFT)

The strike will begin at 6:30 a.m. on Monday, October 7, 2024, 14 days
after the date of this notice. 115 ILCS 5/13 requires at least 10 days'
notice.

The collective bargaining agreement between the parties expired on
Thursday, August 15, 2024.

The parties have bargained for a successor agreement since March 4,
2024.

The parties met in mediation on Tuesday, September 10, 2024, without
reaching an agreement.

In a vote that closed on September 20, 2024, the members overwhelmingly
authorized the bargaining team to call a strike.

The union remains ready to meet at any time to reach an agreement.

For WFT:



______________________________________
Name and title:
Contact: Jordan Lee, President, WFT Local 9999
         (555) 555-0199, president@example.org


PROOF OF SERVICE

I certify that on Monday, September 23, 2024, I served this notice of
intent to strike on the employer, Board of Education of Westside School
District 99, 100 Main St., Westside, IL 60000, by:

  [ ] personal delivery to ____________________________________
  [ ] certified mail, return receipt requested
  [ ] email to ________________________________________________

Name: ____________________________  Signature: ____________________

Date: ____________________________
<p class="sender">25 Union Hall Rd., Westside, IL 60001</p>
<p>Monday, September 23, 2024</p>
25 Union Hall Rd., Westside, IL 60001

Monday, September 23, 2024
