# The bundled SOS campaign checks clean: its files read, its notice periods hold under the Illinois IPLRA.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain check sos/campaign.yaml
--- stdout
sos/campaign.yaml: ok: 11 dated items, 2 votes, 2 ballot and roster files, 3 contract articles
