# The media advisory as a standalone, printable HTML page; every value from the campaign is HTML-escaped.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 --format html
--- stdout
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Media advisory: Informational picketing for a fair contract</title>
<style>
  body { font-family: Georgia, "Times New Roman", serif; line-height: 1.45; color: #111; max-width: 40em; margin: 2em auto; padding: 0 1em; }
  .banner { font-family: Helvetica, Arial, sans-serif; font-weight: bold; letter-spacing: 0.1em; margin: 0; }
  .release, .contact { margin: 0.2em 0; }
  h1 { font-size: 1.5em; line-height: 1.2; margin: 1.2em 0 0.8em; }
  .label { font-family: Helvetica, Arial, sans-serif; font-weight: bold; }
  ul.where { margin: 0.3em 0 0 0; padding-left: 1.5em; }
  .end { text-align: center; margin-top: 2em; }
  @media print {
    body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
    a { color: inherit; text-decoration: none; }
    h1, .label { page-break-after: avoid; }
    p, li { orphans: 3; widows: 3; }
  }
</style>
</head>
<body>
<p class="banner">MEDIA ADVISORY</p>
<p class="release">For immediate release: Monday, February 3, 2020</p>
<p class="contact"><span class="label">Contact:</span> Communications Office, Illinois Federation of Teachers, (217) 555-0100, <a href="mailto:press@example.org">press@example.org</a></p>

<h1>Informational picketing for a fair contract</h1>

<p>SPRINGFIELD — For nearly seven months, Illinois Federation of Teachers (IFT) members who work for Illinois Secretary of State have been bargaining for a fair contract. Last month, union members rejected the employer&apos;s last, best offer by a 2-to-1 margin and overwhelmingly authorized the bargaining team to file an intent to strike notice. The next bargaining session is Friday, February 14.</p>

<p>Tomorrow, the workers will picket at four locations to demonstrate their solidarity and demand a fair agreement.</p>

<p><span class="label">WHAT:</span> Informational picketing to call for a fair contract for IFT members who work for Secretary of State Jesse White</p>

<p><span class="label">WHO:</span> Members of the Secretary of State Council of the Illinois Federation of Public Employees (IFPE, Local 4408) and the Illinois Federation of Information System Employees (Local 4407)</p>

<p><span class="label">WHEN:</span> Tuesday, February 4, 2020, 11 a.m. to 1:30 p.m.</p>

<p><span class="label">WHERE:</span> Workers and supporters will picket at:</p>
<ul class="where">
  <li>SOS Facility, 2701 S. Dirksen Parkway, Springfield</li>
  <li>State Capitol Complex – State Library, 300 S. Second St., Springfield</li>
  <li>Howlett Building, 501 S. Second St., Springfield</li>
  <li>James R. Thompson Center, 100 W. Randolph St., Chicago</li>
</ul>

<p><span class="label">WHY:</span> IT and many other employees earn less than workers in comparable jobs in other state offices, and the workers seek a parental leave policy that matches other constitutional officers&apos;</p>

<p>Together, the two bargaining units represent more than 250 employees.</p>

<p>Illinois Federation of Public Employees, Local 4408 (IFPE, Local 4408) and Illinois Federation of Information System Employees, Local 4407 are affiliates of Illinois Federation of Teachers (IFT).</p>

<p class="end">###</p>
</body>
</html>
