# site's refusals: no -o; --check with -o; --check of something not a folder; -o naming a file, a folder of someone else's files, or a place no folder can be made; a notice the campaign cannot fill is left off the site with a warning.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain site sos/campaign.yaml; echo "exit $?"
bargain site sos/campaign.yaml -o public --check public; echo "exit $?"
bargain site sos/campaign.yaml --check nothere; echo "exit $?"
touch afile
bargain site sos/campaign.yaml -o afile; echo "exit $?"
bargain site sos/campaign.yaml -o afile/public; echo "exit $?"
mkdir mine && echo "my notes" > mine/notes.txt
bargain site sos/campaign.yaml -o mine; echo "exit $?"
cat mine/notes.txt
python3 -c "
import re
s = open('sos/campaign.yaml').read()
s = re.sub(r'(  - id: picket-feb4\n(?:    .*\n)*?)    locations:\n(?:      - .*\n)+', r'\1', s)
open('sos/campaign.yaml', 'w').write(s)
"
bargain site sos/campaign.yaml -o public --today 2020-01-30; echo "exit $?"
ls public/notices
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
my notes
public: 10 files, as of 2020-01-30
exit 0
intent-notice.html
strike.html
--- stderr
bargain: site needs -o DIR, the folder to build the site in (or --check DIR to check one)
bargain: --check and -o do not go together: build the site with -o, then check it with --check
bargain: nothere: not a folder: give the folder the site was built in
bargain: afile: not a folder
bargain: afile/public: cannot make the folder: Not a directory
bargain: mine: this folder has files bargain site did not write
   = help: build the site in a new or empty folder (bargain site keeps a list of its files there, so that it can rebuild it)
bargain: sos/campaign.yaml:130:5: warning: event 'picket-feb4': its notice is left off the site: it needs values the campaign does not give (bargain notice shows which)
