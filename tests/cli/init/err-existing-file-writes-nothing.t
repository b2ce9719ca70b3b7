# init never overwrites: if any of its files exists, it names each one, writes nothing at all, and exits 2.
--- file repo/campaign.yaml
bargain: 1
campaign: {name: Our real campaign}
--- file repo/.github/workflows/bargain.yml
name: ours
--- run
bargain init repo
echo "exit $?"
find repo -type f | sort
cat repo/campaign.yaml
--- stdout
exit 2
repo/.github/workflows/bargain.yml
repo/campaign.yaml
bargain: 1
campaign: {name: Our real campaign}
--- stderr
bargain: repo/.github/workflows/bargain.yml: already exists
bargain: repo/campaign.yaml: already exists
bargain: init never overwrites a file: nothing was written; move these away or choose another directory
