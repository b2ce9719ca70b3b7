# --template FILE renders a team's own Mustache template with the same data: the votes with their counts and margins, sections, the dated items; values are not HTML-escaped in text.
--- file update.mustache
{{! A members' update. }}
{{campaign.name}} ({{campaign.employer}} & co), as of {{issued.long}}
{{#bargaining}}
Bargaining since {{since.date}}: {{span}}; sessions logged: {{sessions}}.
{{/bargaining}}
{{#votes}}
{{#counted}}
* {{question}} {{result}}: {{yes}} yes, {{no}} no, {{abstain}} abstain ({{turnout}} turnout, {{margin}}); members {{phrase}}.
{{/counted}}
{{/votes}}
{{#next_session}}
Next session: {{date.short}} ({{relative_day}}, in {{days_until}} days).
{{/next_session}}
{{^next_session}}
No session scheduled.
{{/next_session}}
Strike: {{strike.when}}; notice required: {{law.notice_days_words}} days ({{law.citation}}).
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 --template update.mustache
--- stdout
SOS fair contract 2019-20 (Illinois Secretary of State & co), as of
Monday, February 3, 2020
Bargaining since July 9, 2019: nearly seven months; sessions logged:
two.
* Do you accept the employer's last, best offer? failed: 76 yes, 152 no,
3 abstain (91% turnout, 2-to-1); members rejected the employer's last,
best offer by a 2-to-1 margin.
* Do you authorize the bargaining team to file an intent to strike
notice? carried: 204 yes, 22 no, 4 abstain (91% turnout, 9.3-to-1);
members overwhelmingly authorized the bargaining team to file an intent
to strike notice.
Next session: Feb. 14 (on February 14, in 11 days).
Strike: Tuesday, February 25, 2020; notice required: five days (5 ILCS
315/17).
