# A notice that cannot be written (no such folder) is an error naming the file.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 -o notices/advisory.txt; echo "exit $?"
--- stdout
exit 2
--- stderr
bargain: notices/advisory.txt: cannot write: No such file or directory
