# init writes a placeholder contract that check reads, contract prints and redline compares, and its commented example proposal works once uncommented.
--- run
bargain init campaign-repo > /dev/null
cd campaign-repo
bargain check campaign.yaml
bargain contract campaign.yaml --format text
bargain redline campaign.yaml --format text
sed -i '/^      # - article: Grievance procedure/,/^$/s/^      # /      /' campaign.yaml
bargain check campaign.yaml
bargain redline campaign.yaml --to s1 --format markdown
--- stdout
campaign.yaml: ok: 10 dated items, 2 votes, 2 ballot and roster files, 1 contract article
SOS fair contract 2019-20: tentative agreement
The current contract with every tentative agreement applied.

Article 7 Grievance procedure
=============================

This is not contract language. `bargain init` put this file here to show
the shape the contract takes, so that `bargain contract` and `bargain
redline` work from the start. Replace this folder with your current
contract: one Markdown file per article, each heading ending in the
section's id in braces. Once proposals and agreements name an id, keep it
for the life of the contract.

7.1 Informal discussion
-----------------------

Placeholder for a section of your contract: paste its language here, word
for word as it was signed. The heading above gives its number, its title
and its id (art-7.1), which proposals name with section: art-7.1.

7.2 Formal steps
----------------

Placeholder for another section. Paragraphs, numbered lists and tables are
written as in any Markdown file:

1. Step 1: replace this with your contract's first step.
2. Step 2: and this with the next.

Still open or withdrawn:
  Wages: open; union proposal in session s1 (2019-07-09): 4% each year
  Parental leave: open; union proposal in session s1 (2019-07-09): match other constitutional officers

Tentative agreements signed:
  art-7 (Grievance procedure): signed for the union by Dana Whitfield and for the employer by Marcus Bell on 2019-07-09, in session s1
SOS fair contract 2019-20: redline
From the current contract to every tentative agreement.

No section's text differs.

  section  title                          change     status  session         side
  art-7    Article 7 Grievance procedure  unchanged  TA      s1, 2019-07-09  employer
campaign.yaml: ok: 10 dated items, 2 votes, 2 ballot and roster files, 1 contract article
# SOS fair contract 2019-20: redline

From the current contract to the table at the end of session s1 (2019-07-09).
Deleted words are ~~struck~~, inserted words **bold**.

| section | title | change | status | session | side |
|---|---|---|---|---|---|
| art-7 | Article 7 Grievance procedure | unchanged | TA | s1, 2019-07-09 | employer |
| art-7.1 | 7.1 Informal discussion | changed | open | s1, 2019-07-09 | union |

## 7.1 Informal discussion (art-7.1)

*changed; open in session s1 (2019-07-09), union proposal*

~~Placeholder for a section of your contract: paste its language here~~**An employee, with or without a Union representative**, ~~word for word as it was signed. The heading above gives its number, its title and its id~~ **may first discuss the matter with the immediate supervisor, who shall answer in writing within three** (~~art-7.1~~**3**)~~, which proposals name with section: art-7.1~~ **working days of the discussion**.
