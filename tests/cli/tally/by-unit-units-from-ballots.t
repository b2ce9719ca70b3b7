# Without a roster the units are those on the ballots, in order of first appearance, and their eligible is unknown. (--min-unit-ballots 0 shows these small units' counts, which are what this tests.)
--- file ballots.csv
voter,unit,accept
V1,local-9,yes
V2,local-2,no
V3,local-9,yes
V4,local-2,yes
V5,local-2,yes
--- run
bargain tally ballots.csv --by-unit --min-unit-ballots 0 --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin,counts_withheld
accept,,majority,,5,5,4,1,0,0,0,,carried,false,4-to-1,
accept,local-9,majority,,2,2,2,0,0,0,0,,carried,false,,
accept,local-2,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1,
--- stderr
bargain: warning: every ballot in unit 'local-9' was yes: this report shows how each of its 2 voters voted; publish the whole vote's count only, or give --min-unit-ballots 3 (a vote's min_unit_ballots:) to withhold its counts
