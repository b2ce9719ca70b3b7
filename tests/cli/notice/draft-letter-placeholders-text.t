# --draft writes the intent-to-strike letter the campaign cannot complete, with a visible placeholder in each hole ([UNION ADDRESS], [EMPLOYER], [EMPLOYER ADDRESS], [BARGAINING UNIT]); stderr warns of each missing value and says it is a draft with four placeholders; exit 0.
--- file campaign.yaml
bargain: 1
campaign:
  name: Test
  law: illinois-iplra
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
--- run
bargain notice campaign.yaml notice --draft
--- stdout
[UNION ADDRESS]

Monday, February 10, 2020

[EMPLOYER]
[EMPLOYER ADDRESS]

NOTICE OF INTENT TO STRIKE

To the employer, [EMPLOYER]:

Under the Illinois Public Labor Relations Act (5 ILCS 315/17), the union
named below gives notice, on behalf of the employees it represents, of
its intent to strike.

  - [BARGAINING UNIT]

The strike will begin on a date to be announced, at least five days
after the date of this notice, as 5 ILCS 315/17 requires.

The union remains ready to meet at any time to reach an agreement.

For [BARGAINING UNIT]:



______________________________________
Name and title:


PROOF OF SERVICE

I certify that on Monday, February 10, 2020, I served this notice of
intent to strike on the employer, [EMPLOYER], [EMPLOYER ADDRESS], by:

  [ ] personal delivery to ____________________________________
  [ ] certified mail, return receipt requested
  [ ] email to ________________________________________________

Name: ____________________________  Signature: ____________________

Date: ____________________________
--- stderr
bargain: campaign.yaml:6:5: warning: the intent-to-strike letter for 'notice' needs the union's address, its sender: add `union_address:` under `campaign:`
bargain: campaign.yaml:6:5: warning: the intent-to-strike letter for 'notice' needs the employer's name: add `employer:` under `campaign:`
bargain: campaign.yaml:6:5: warning: the intent-to-strike letter for 'notice' needs the employer's address, where it is served: add `employer_address:` under `campaign:`
bargain: campaign.yaml:6:5: warning: the intent-to-strike letter for 'notice' needs the bargaining units that give notice: list them under `units:`, each with its `id:` and `name:`
bargain: a draft, with 4 placeholders to fill in: [UNION ADDRESS], [EMPLOYER], [EMPLOYER ADDRESS] and [BARGAINING UNIT]
