# A file init must write cannot be created (here the path is longer than the system allows): init says why, and removes what it had written, so nothing was written.
--- run
long=campaigns
while [ ${#long} -lt 4060 ]; do long="$long/westside-support-staff-contract-2020"; done
long=$(printf '%.4068s' "$long")
bargain init "$long" 2>err
echo "exit $?"
sed "s|$long|\$LONG|" err >&2
test -e campaigns || echo "no campaigns folder left behind"
--- stdout
exit 2
no campaigns folder left behind
--- stderr
bargain: $LONG/.github/workflows/bargain.yml: cannot write: File name too long; nothing was written
