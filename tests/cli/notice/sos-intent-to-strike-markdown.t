# The intent-to-strike letter as Markdown.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml intent-notice --format markdown
--- stdout
123 Union Hall Rd., Springfield, IL 62701

Saturday, February 15, 2020

Illinois Secretary of State\
213 State Capitol, Springfield, IL 62756

## Notice of intent to strike

To the employer, Illinois Secretary of State:

Under the Illinois Public Labor Relations Act (5 ILCS 315/17), the unions named below, affiliates of Illinois Federation of Teachers (IFT), give notice, on behalf of the employees they represent, of their intent to strike.

- Illinois Federation of Public Employees, Local 4408 (IFPE, Local 4408)
- Illinois Federation of Information System Employees, Local 4407

The strike will begin on Tuesday, February 25, 2020, 10 days after the date of this notice. 5 ILCS 315/17 requires at least five days' notice.

The collective bargaining agreement between the parties expired on Sunday, June 30, 2019.

The parties have bargained for a successor agreement since July 9, 2019.

The parties met in mediation on Tuesday, January 28, 2020, without reaching an agreement.

In a vote that closed on January 17, 2020, the members overwhelmingly authorized the bargaining team to file an intent to strike notice.

The unions remain ready to meet at any time to reach an agreement.

For IFPE, Local 4408 and Local 4407:

\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\
Name and title:

Contact: Communications Office, Illinois Federation of Teachers, (217) 555-0100, press@example.org

## Proof of service

I certify that on Saturday, February 15, 2020, I served this notice of intent to strike on the employer, Illinois Secretary of State, 213 State Capitol, Springfield, IL 62756, by:

- [ ] personal delivery to \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
- [ ] certified mail, return receipt requested
- [ ] email to \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_

Name: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_ Signature: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_

Date: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
