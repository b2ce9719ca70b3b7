# C (2 ballots) is withheld, and A for its sake; but A's and C's 8 ballots, all no, would still show by subtraction how each of their voters voted, so B is withheld too: only the whole vote's counts are shown.
--- file roster.csv
voter,unit
A0,A
A1,A
A2,A
A3,A
A4,A
A5,A
B0,B
B1,B
B2,B
B3,B
B4,B
B5,B
B6,B
C0,C
C1,C
--- file ballots.csv
voter,accept
A0,no
A1,no
A2,no
A3,no
A4,no
A5,no
B0,yes
B1,yes
B2,yes
B3,yes
B4,yes
B5,no
B6,no
C0,no
C1,no
--- run
bargain tally ballots.csv --roster roster.csv --by-unit --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin,counts_withheld
accept,,majority,15,15,15,5,10,0,0,0,1.0000,failed,false,2-to-1,
accept,A,majority,6,,,,,,,,,failed,false,,"counts not shown: shown with the whole vote's, they would give away those of 'C' by subtraction"
accept,B,majority,7,,,,,,,,,carried,false,,"counts not shown: shown with the whole vote's, they would give away those of 'C' by subtraction"
accept,C,majority,2,,,,,,,,,failed,false,,"fewer than 5 ballots: counts not shown, to keep the ballot secret"
