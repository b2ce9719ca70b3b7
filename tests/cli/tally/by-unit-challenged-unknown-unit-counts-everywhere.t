# A challenged ballot whose unit is unknown could belong to any unit, so it is weighed in each: here it could decide unit A. (--min-unit-ballots 0 shows these small units' counts, which are what this tests.)
--- file roster.csv
voter,unit
V1,A
V2,A
V3,B
V4,B
--- file ballots.csv
voter,accept
V1,yes
V2,no
V3,yes
V4,yes
X1,no
--- run
bargain tally ballots.csv --roster roster.csv --by-unit --min-unit-ballots 0 --challenge-unlisted --exit-status --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin,counts_withheld
accept,,majority,4,4,4,3,1,0,0,0,1.0000,undetermined,true,3-to-1,
accept,A,majority,2,2,2,1,1,0,0,0,1.0000,undetermined,true,1-to-1,
accept,B,majority,2,2,2,2,0,0,0,0,1.0000,carried,false,,
--- stderr
bargain: warning: 1 of the 5 ballot records (20%) is not counted: 1 challenged; --audit FILE lists them
bargain: warning: every ballot in unit 'B' was yes: this report shows how each of its 2 voters voted; publish the whole vote's count only, or give --min-unit-ballots 3 (a vote's min_unit_ballots:) to withhold its counts
--- exit 3
