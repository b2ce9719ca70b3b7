# --format csv is one row per question, followed by one row per unit with --by-unit. (--min-unit-ballots 0 shows these small units' counts, which are what this tests.)
--- file roster.csv
voter,unit
V1,A
V2,A
V3,B
V4,B
V5,B
--- file ballots.csv
voter,accept,strike
V1,yes,yes
V2,yes,no
V3,no,yes
V4,no,yes
--- run
bargain tally ballots.csv --roster roster.csv --by-unit --min-unit-ballots 0 --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin,counts_withheld
accept,,majority,5,4,4,2,2,0,0,0,0.8000,failed,false,1-to-1,
accept,A,majority,2,2,2,2,0,0,0,0,1.0000,carried,false,,
accept,B,majority,3,2,2,0,2,0,0,0,0.6667,failed,false,,
strike,,majority,5,4,4,3,1,0,0,0,0.8000,failed,false,3-to-1,
strike,A,majority,2,2,2,1,1,0,0,0,1.0000,failed,false,1-to-1,
strike,B,majority,3,2,2,2,0,0,0,0,0.6667,carried,false,,
--- stderr
bargain: warning: every ballot in unit 'A' on 'accept' was yes: this report shows how each of its 2 voters voted; publish the whole vote's count only, or give --min-unit-ballots 3 (a vote's min_unit_ballots:) to withhold its counts
bargain: warning: every ballot in unit 'B' on 'accept' was no: this report shows how each of its 2 voters voted; publish the whole vote's count only, or give --min-unit-ballots 3 (a vote's min_unit_ballots:) to withhold its counts
bargain: warning: every ballot in unit 'B' on 'strike' was yes: this report shows how each of its 2 voters voted; publish the whole vote's count only, or give --min-unit-ballots 3 (a vote's min_unit_ballots:) to withhold its counts
