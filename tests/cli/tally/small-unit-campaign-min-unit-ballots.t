# A campaign vote's min_unit_ballots: sets the minimum (here 10: dock's 8 ballots are withheld, and yard's, which would give them away); --min-unit-ballots on the command line overrides it.
--- file campaign.yaml
bargain: 1
campaign:
  name: Small units
  employer: Acme
units:
  - {id: shop, name: Shop, members: 20}
  - {id: dock, name: Dock, members: 8}
  - {id: yard, name: Yard, members: 12}
votes:
  - id: ratify
    question: Do you ratify the agreement?
    ballots: [ballots.csv]
    column: accept
    roster: roster.csv
    min_unit_ballots: 10
--- file roster.csv
voter,unit
S01,shop
S02,shop
S03,shop
S04,shop
S05,shop
S06,shop
S07,shop
S08,shop
S09,shop
S10,shop
S11,shop
S12,shop
S13,shop
S14,shop
S15,shop
S16,shop
S17,shop
S18,shop
S19,shop
S20,shop
D01,dock
D02,dock
D03,dock
D04,dock
D05,dock
D06,dock
D07,dock
D08,dock
Y01,yard
Y02,yard
Y03,yard
Y04,yard
Y05,yard
Y06,yard
Y07,yard
Y08,yard
Y09,yard
Y10,yard
Y11,yard
Y12,yard
--- file ballots.csv
voter,accept
S01,yes
S02,yes
S03,yes
S04,yes
S05,yes
S06,yes
S07,yes
S08,yes
S09,yes
S10,yes
S11,yes
S12,yes
S13,yes
S14,yes
S15,no
S16,no
S17,no
S18,no
S19,no
S20,no
D01,yes
D02,yes
D03,yes
D04,no
D05,no
D06,no
D07,no
D08,no
Y01,yes
Y02,yes
Y03,yes
Y04,yes
Y05,yes
Y06,yes
Y07,yes
Y08,no
Y09,no
Y10,no
Y11,no
Y12,no
--- run
bargain tally --campaign campaign.yaml --vote ratify --by-unit --format csv
bargain tally --campaign campaign.yaml --vote ratify --by-unit --min-unit-ballots 5 --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin,counts_withheld
accept,,majority,40,40,40,24,16,0,0,0,1.0000,failed,false,1.5-to-1,
accept,shop,majority,20,20,20,14,6,0,0,0,1.0000,carried,false,2.3-to-1,
accept,dock,majority,8,,,,,,,,,failed,false,,"fewer than 10 ballots: counts not shown, to keep the ballot secret"
accept,yard,majority,12,,,,,,,,,carried,false,,"counts not shown: shown with the whole vote's, they would give away those of 'dock' by subtraction"
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin,counts_withheld
accept,,majority,40,40,40,24,16,0,0,0,1.0000,failed,false,1.5-to-1,
accept,shop,majority,20,20,20,14,6,0,0,0,1.0000,carried,false,2.3-to-1,
accept,dock,majority,8,8,8,3,5,0,0,0,1.0000,failed,false,1.7-to-1,
accept,yard,majority,12,12,12,7,5,0,0,0,1.0000,carried,false,1.4-to-1,
