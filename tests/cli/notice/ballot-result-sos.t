# A vote's id gives its result notice, dated the day the vote closed: the numbers of the tally in prose, in text, Markdown and HTML.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml lbo-vote; echo "exit $?"
bargain notice sos/campaign.yaml strike-vote --format markdown; echo "exit $?"
bargain notice sos/campaign.yaml lbo-vote --format html -o result.html; echo "exit $?"
grep -c '<th scope="row">' result.html
grep -o '<p>Of 255 members[^<]*' result.html
--- stdout
SOS fair contract 2019-20

RESULT OF THE VOTE
Friday, January 17, 2020

Do you accept the employer's last, best offer?

The motion did not carry. In a vote that closed on Friday, January 17,
2020, union members rejected the employer's last, best offer by a 2-to-1
margin.

Of 255 members entitled to vote, 232 voted (91.0%). 76 voted yes and 152
no; 3 abstained, 1 left the question blank and 0 spoiled their ballot.

The rule the vote had to meet: more than 1/2 of valid votes.

For IFPE, Local 4408 and Local 4407
Contact: Communications Office, Illinois Federation of Teachers, (217)
555-0100, press@example.org
exit 0
# Result of the vote

SOS fair contract 2019-20, Friday, January 17, 2020

**Do you authorize the bargaining team to file an intent to strike notice?**

The motion carried. In a vote that closed on Friday, January 17, 2020, union members overwhelmingly authorized the bargaining team to file an intent to strike notice.

Of 255 members entitled to vote, 232 voted (91.0%). 204 voted yes and 22 no; 4 abstained, 2 left the question blank and 0 spoiled their ballot.

The rule the vote had to meet: at least 2/3 of valid votes.

For IFPE, Local 4408 and Local 4407

Contact: Communications Office, Illinois Federation of Teachers, (217) 555-0100, press@example.org
exit 0
exit 0
7
<p>Of 255 members entitled to vote, 232 voted (91.0%). The rule the vote had to meet: more than 1/2 of valid votes.
