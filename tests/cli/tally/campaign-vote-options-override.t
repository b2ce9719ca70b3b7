# Options given on the command line override the campaign's vote: here the rule and the question.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain tally --campaign sos/campaign.yaml --vote lbo-vote --question strike --rule three-quarters --format csv
--- stdout
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
strike,,three-quarters,255,232,226,204,22,4,2,0,0.9098,carried,false,9.3-to-1
