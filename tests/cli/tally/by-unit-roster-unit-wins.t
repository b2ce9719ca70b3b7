# A ballot belongs to its voter's unit on the roster, whatever its own unit column says; units follow roster order. (--min-unit-ballots 0 shows these small units' counts, which are what this tests.)
--- file roster.csv
voter,unit
V1,B
V2,A
V3,A
--- file ballots.csv
voter,unit,accept
V1,A,no
V2,A,yes
V3,B,yes
--- run
bargain tally ballots.csv --roster roster.csv --by-unit --min-unit-ballots 0 --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin,counts_withheld
accept,,majority,3,3,3,2,1,0,0,0,1.0000,failed,false,2-to-1,
accept,B,majority,1,1,1,0,1,0,0,0,1.0000,failed,false,,
accept,A,majority,2,2,2,2,0,0,0,0,1.0000,carried,false,,
--- stderr
bargain: warning: every ballot in unit 'B' was no: this report shows how its one voter voted; publish the whole vote's count only, or give --min-unit-ballots 2 (a vote's min_unit_ballots:) to withhold its counts
bargain: warning: every ballot in unit 'A' was yes: this report shows how each of its 2 voters voted; publish the whole vote's count only, or give --min-unit-ballots 3 (a vote's min_unit_ballots:) to withhold its counts
