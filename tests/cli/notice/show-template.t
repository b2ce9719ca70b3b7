# --show-template NAME prints a built-in template's Mustache source, in --format's version (text by default), with no campaign needed; given back as --template FILE, the source renders the built-in's notice byte for byte.
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: Acme Corp}
units: [{id: l1, name: Local 1}]
events:
  - {id: rally, kind: rally, title: Rally, date: 2020-02-04, locations: [{city: Springfield}]}
--- run
bargain notice --show-template press-release | head -4
bargain notice --show-template intent-to-strike --format html | sed -n 1,4p
bargain notice --show-template media-advisory --format markdown -o advisory.mustache
bargain notice campaign.yaml rally --format markdown > builtin.md
bargain notice campaign.yaml rally --format markdown --template advisory.mustache > copy.md
cmp builtin.md copy.md && echo same
--- stdout
{{! The built-in press release about an event, as plain text: the same
    facts as the media advisory, written as a story a newspaper can run. }}
FOR IMMEDIATE RELEASE
{{issued.long}}
{{! The built-in notice of intent to strike, as a standalone HTML page
    that prints as a letter (see the text version for what it says and
    why). Every value is HTML-escaped. }}
<!DOCTYPE html>
same
