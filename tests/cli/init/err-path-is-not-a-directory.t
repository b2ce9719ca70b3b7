# DIR, or a directory the scaffold needs inside it, that is a file: named, and nothing is written.
--- file notes.txt
our notes
--- file repo/ballots
not a directory
--- run
bargain init notes.txt
echo "exit $?"
bargain init repo
echo "exit $?"
find repo | sort
--- stdout
exit 2
exit 2
repo
repo/ballots
--- stderr
bargain: notes.txt: exists and is not a directory
bargain: init never overwrites a file: nothing was written; move these away or choose another directory
bargain: repo/ballots: exists and is not a directory
bargain: init never overwrites a file: nothing was written; move these away or choose another directory
