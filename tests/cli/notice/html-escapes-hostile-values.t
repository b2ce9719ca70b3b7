# A hostile value such as <script> or & in any field of the campaign is escaped in the HTML notice: nothing from the YAML becomes markup.
--- file campaign.yaml
bargain: 1
campaign:
  name: "<script>alert(1)</script> & co"
  employer: "Acme <script>x</script> & Sons"
  employer_address: "1 \"Main\" St. <br> & 'Co'"
  contacts:
    - {name: "Pat <img src=x onerror=alert(1)>", role: "R&D", phone: "<tel>", email: "a\"b@example.org><script>"}
units:
  - {id: u1, name: "Local <b>1</b> & 2", short: "L'1", members: 12}
affiliate: "Fed & <script>Union</script>"
sessions:
  - {id: s1, date: 2020-01-01, location: "<script>"}
events:
  - id: rally
    kind: rally
    title: "Rally <script>x</script> &"
    date: 2020-03-01
    start: "12:00"
    end: "14:00"
    what: "What & <script>"
    who: "Who \"<script>\""
    why: "Why '<script>' &"
    locations:
      - {name: "Hall <script>", address: "2 & 3 St", city: "<script>"}
--- run
bargain notice campaign.yaml rally --format html | sed -n "/<body>/,\$p"
--- stdout
<body>
<p class="banner">MEDIA ADVISORY</p>
<p class="release">For immediate release: Saturday, February 29, 2020</p>
<p class="contact"><span class="label">Contact:</span> Pat &lt;img src=x onerror=alert(1)&gt;, R&amp;D, &lt;tel&gt;, <a href="mailto:a&quot;b@example.org&gt;&lt;script&gt;">a&quot;b@example.org&gt;&lt;script&gt;</a></p>

<h1>Rally &lt;script&gt;x&lt;/script&gt; &amp;</h1>

<p>&lt;SCRIPT&gt; — For nearly two months, Fed &amp; &lt;script&gt;Union&lt;/script&gt; members who work for Acme &lt;script&gt;x&lt;/script&gt; &amp; Sons have been bargaining for a fair contract.</p>

<p>Tomorrow, the workers will rally to demonstrate their solidarity and demand a fair agreement.</p>

<p><span class="label">WHAT:</span> What &amp; &lt;script&gt;</p>

<p><span class="label">WHO:</span> Who &quot;&lt;script&gt;&quot;</p>

<p><span class="label">WHEN:</span> Sunday, March 1, 2020, noon to 2 p.m.</p>

<p><span class="label">WHERE:</span> Hall &lt;script&gt;, 2 &amp; 3 St, &lt;script&gt;</p>

<p><span class="label">WHY:</span> Why &apos;&lt;script&gt;&apos; &amp;</p>

<p>The bargaining unit represents 12 employees.</p>

<p>Local &lt;b&gt;1&lt;/b&gt; &amp; 2 (L&apos;1) is an affiliate of Fed &amp; &lt;script&gt;Union&lt;/script&gt;.</p>

<p class="end">###</p>
</body>
</html>
