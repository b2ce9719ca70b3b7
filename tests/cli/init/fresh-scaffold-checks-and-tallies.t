# init writes a campaign repository that bargain check passes as written, whose votes tally, and whose calendar builds.
--- run
bargain init campaign-repo
cd campaign-repo
find . -type f | sort
bargain check campaign.yaml
bargain tally --campaign campaign.yaml --vote lbo-vote --format csv
bargain tally --campaign campaign.yaml --vote strike-vote --exit-status > /dev/null && echo "strike vote carried"
bargain timeline campaign.yaml --format ics -o campaign.ics && grep -c BEGIN:VEVENT campaign.ics
bargain offers campaign.yaml --compare union-dec lbo | tail -1
--- stdout
Created a campaign repository in campaign-repo:
  .github/workflows/bargain.yml
  .gitlab-ci.yml
  README.md
  ballots/lbo-vote.csv
  campaign.yaml
  contract/07-grievance-procedure.md
  roster.csv
Next: read the comments in campaign.yaml, then run 'bargain check campaign-repo/campaign.yaml'.
./.github/workflows/bargain.yml
./.gitlab-ci.yml
./README.md
./ballots/lbo-vote.csv
./campaign.yaml
./contract/07-grievance-procedure.md
./roster.csv
campaign.yaml: ok: 10 dated items, 2 votes, 2 ballot and roster files, 1 contract article
question,unit,rule,eligible,cast,valid,yes,no,abstain,blank,void,turnout,result,determinative_challenges,margin
accept,,majority,12,10,10,3,7,0,0,0,0.8333,failed,false,2.3-to-1
strike vote carried
10
lbo is $1,980,825.00 below union-dec over three years: 6.3450 percentage points less, compounded.
