# A campaign file with more than 2,000,000 values (here a unit list a runaway script wrote) is refused at the value that passes the limit, not read into memory.
--- run
{
  printf 'bargain: 1\ncampaign: {name: Westside Support Staff Contract 2026}\nunits: ['
  awk 'BEGIN { for (i = 0; i < 2000000; i++) printf "u,"; print "u]" }'
} > campaign.yaml
bargain check campaign.yaml
--- stderr
bargain: campaign.yaml:3:3999991: more than 2000000 values in one file
  |
3 | ...u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u,u]
  |                                            ^
--- exit 2
