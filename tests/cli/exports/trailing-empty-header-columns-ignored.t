# Excel writes the header and every row out to the last formatted column: the trailing empty header cells, over columns that are empty in every row, are ignored, not read as unnamed questions: one question, 2 yes, 1 no, and the rows are not ragged.
--- file ballots.csv
Member ID,Submitted At,Do you accept the offer?,,,,
M1001,2026-03-02 09:15,yes,,,,
M1002,2026-03-02 09:20,no,,,,
M1003,2026-03-02 10:01,yes,,,,
--- run
bargain tally ballots.csv --column voter="Member ID" --column cast_at="Submitted At" --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
Do you accept the offer?,,majority,,3,3,2,1,0,0,0,,carried,false,2-to-1
