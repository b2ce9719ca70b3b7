# --article must name an article of the sessions; a typo gets a "did you mean". Names are matched exactly.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain sessions sos/campaign.yaml --article "Parental leve"
bargain sessions sos/campaign.yaml --article wages
--- stderr
bargain: --article: no article 'Parental leve' in the sessions of sos/campaign.yaml
   = help: did you mean 'Parental leave'?
bargain: --article: no article 'wages' in the sessions of sos/campaign.yaml
   = help: did you mean 'Wages'?
--- exit 2
