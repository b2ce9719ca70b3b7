# In HTML a draft's placeholders are escaped like every other value, and sit where the values would: the sender, the address block, the salutation, the units, the proof of service.
--- file campaign.yaml
bargain: 1
campaign: {name: Test, employer: "Acme & Sons <Corp>"}
events:
  - {id: notice, kind: notice, type: intent-to-strike, date: 2020-02-10}
--- run
bargain notice campaign.yaml notice --draft --format html | grep -E 'sender|EMPLOYER|BARGAINING|Acme'
--- stdout
<title>Notice of intent to strike: Acme &amp; Sons &lt;Corp&gt;</title>
<p class="sender">[UNION ADDRESS]</p>
<p>Acme &amp; Sons &lt;Corp&gt;</p>
<p>[EMPLOYER ADDRESS]</p>
<p>To the employer, Acme &amp; Sons &lt;Corp&gt;:</p>
  <li>[BARGAINING UNIT]</li>
<p>For [BARGAINING UNIT]:</p>
<p>I certify that on Monday, February 10, 2020, I served this notice of intent to strike on the employer, Acme &amp; Sons &lt;Corp&gt;, [EMPLOYER ADDRESS], by:</p>
--- stderr
bargain: campaign.yaml:4:5: warning: the intent-to-strike letter for 'notice' needs the union's address, its sender: add `union_address:` under `campaign:`
bargain: campaign.yaml:4:5: warning: the intent-to-strike letter for 'notice' needs the employer's address, where it is served: add `employer_address:` under `campaign:`
bargain: campaign.yaml:4:5: warning: the intent-to-strike letter for 'notice' needs the bargaining units that give notice: list them under `units:`, each with its `id:` and `name:`
bargain: a draft, with 3 placeholders to fill in: [UNION ADDRESS], [EMPLOYER ADDRESS] and [BARGAINING UNIT]
