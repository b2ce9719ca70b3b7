# A name is printed as the campaign writes it, with no article put before it: "Acme Corp" and "AFSCME Council 31" read right in the advisory and the press release, and the letter puts the employer in apposition ("To the employer, Acme Corp:").
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme Corp, employer_address: "1 Main St., Springfield", union_address: "2 Hall Rd., Springfield"}
units:
  - {id: l1, name: "AFSCME Local 2081"}
affiliate: AFSCME Council 31
events:
  - {id: picket, kind: picket, date: 2020-02-04, locations: [{name: Plant gate, city: Springfield}]}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
--- run
bargain notice campaign.yaml picket | grep -E -A1 'SPRINGFIELD|affiliate'
bargain notice campaign.yaml picket --template press-release | grep -A1 'SPRINGFIELD'
bargain notice campaign.yaml notice | grep -E -A1 'To the employer|an affiliate|on the employer'
--- stdout
SPRINGFIELD — AFSCME Council 31 members who work for Acme Corp have been
bargaining for a fair contract.
--
AFSCME Local 2081 is an affiliate of AFSCME Council 31.

SPRINGFIELD — AFSCME Council 31 members who work for Acme Corp will
picket on Tuesday, February 4, 2020, to call for a fair contract.
To the employer, Acme Corp:

The union named below, an affiliate of AFSCME Council 31, gives notice,
on behalf of the employees it represents, of its intent to strike.
--
intent to strike on the employer, Acme Corp, 1 Main St., Springfield,
by:
