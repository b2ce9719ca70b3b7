# A unit shown with fewer than 20 ballots all of one answer is a warning, on stderr and in the report, that says what to do: here 7 members of dispatch all voted no.
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
D01,dispatch
D02,dispatch
D03,dispatch
D04,dispatch
D05,dispatch
D06,dispatch
D07,dispatch
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
D01,no
D02,no
D03,no
D04,no
D05,no
D06,no
D07,no
--- run
bargain tally ballots.csv --roster roster.csv --by-unit --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin,counts_withheld
accept,,majority,27,27,27,14,13,0,0,0,1.0000,failed,false,1.1-to-1,
accept,shop,majority,20,20,20,14,6,0,0,0,1.0000,carried,false,2.3-to-1,
accept,dispatch,majority,7,7,7,0,7,0,0,0,1.0000,failed,false,,
--- stderr
bargain: warning: every ballot in unit 'dispatch' was no: this report shows how each of its 7 voters voted; publish the whole vote's count only, or give --min-unit-ballots 8 (a vote's min_unit_ballots:) to withhold its counts
