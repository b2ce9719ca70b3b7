# An empty campaign file, or one with only blank lines and comments, is an error at its first line for every command that reads a campaign.
--- file comments.yaml

# nothing here yet
--- run
: > empty.yaml
for f in empty.yaml comments.yaml; do
  bargain check $f 2>&1; echo "check exit $?"
  bargain timeline $f --format ics 2>&1; echo "timeline exit $?"
  bargain notice $f rally 2>&1; echo "notice exit $?"
  bargain sessions $f 2>&1; echo "sessions exit $?"
  bargain offers $f 2>&1; echo "offers exit $?"
  bargain tally --campaign $f --vote v 2>&1; echo "tally exit $?"
done
--- stdout
bargain: empty.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
check exit 2
bargain: empty.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
timeline exit 2
bargain: empty.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
notice exit 2
bargain: empty.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
sessions exit 2
bargain: empty.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
offers exit 2
bargain: empty.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
tally exit 2
bargain: comments.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
check exit 2
bargain: comments.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
timeline exit 2
bargain: comments.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
notice exit 2
bargain: comments.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
sessions exit 2
bargain: comments.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
offers exit 2
bargain: comments.yaml:1:1: missing 'bargain: 1' (the format version) at the top of the file
tally exit 2
