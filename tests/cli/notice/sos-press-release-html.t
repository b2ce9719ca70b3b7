# The press release as an HTML page.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 --template press-release --format html
--- stdout
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Informational picketing for a fair contract</title>
<style>
  body { font-family: Georgia, "Times New Roman", serif; line-height: 1.45; color: #111; max-width: 40em; margin: 2em auto; padding: 0 1em; }
  .banner { font-family: Helvetica, Arial, sans-serif; font-weight: bold; letter-spacing: 0.1em; margin: 0; }
  .release, .contact { margin: 0.2em 0; }
  h1 { font-size: 1.5em; line-height: 1.2; margin: 1.2em 0 0.8em; }
  .label { font-family: Helvetica, Arial, sans-serif; font-weight: bold; }
  .end { text-align: center; margin-top: 2em; }
  @media print {
    body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
    a { color: inherit; text-decoration: none; }
    h1 { page-break-after: avoid; }
    p, li { orphans: 3; widows: 3; }
  }
</style>
</head>
<body>
<p class="banner">FOR IMMEDIATE RELEASE</p>
<p class="release">Monday, February 3, 2020</p>
<p class="contact"><span class="label">Contact:</span> Communications Office, Illinois Federation of Teachers, (217) 555-0100, <a href="mailto:press@example.org">press@example.org</a></p>

<h1>Informational picketing for a fair contract</h1>

<p>SPRINGFIELD — Illinois Federation of Teachers (IFT) members who work for Illinois Secretary of State will picket at four locations on Tuesday, February 4, 2020, from 11 a.m. to 1:30 p.m., to call for a fair contract.</p>

<p>Bargaining began on July 9, 2019, nearly seven months ago. Last month, union members rejected the employer&apos;s last, best offer by a 2-to-1 margin and overwhelmingly authorized the bargaining team to file an intent to strike notice. The next bargaining session is Friday, February 14.</p>
<p>At issue: IT and many other employees earn less than workers in comparable jobs in other state offices, and the workers seek a parental leave policy that matches other constitutional officers&apos;.</p>
<p><span class="label">Locations:</span></p>
<ul>
  <li>SOS Facility, 2701 S. Dirksen Parkway, Springfield</li>
  <li>State Capitol Complex – State Library, 300 S. Second St., Springfield</li>
  <li>Howlett Building, 501 S. Second St., Springfield</li>
  <li>James R. Thompson Center, 100 W. Randolph St., Chicago</li>
</ul>
<p>Together, the two bargaining units represent more than 250 employees.</p>
<p>Illinois Federation of Public Employees, Local 4408 (IFPE, Local 4408) and Illinois Federation of Information System Employees, Local 4407 are affiliates of Illinois Federation of Teachers (IFT).</p>
<p class="end">###</p>
</body>
</html>
