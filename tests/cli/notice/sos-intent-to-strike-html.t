# The intent-to-strike letter as an HTML page that prints as a letter, the proof of service on its own page.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml intent-notice --format html
--- stdout
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Notice of intent to strike: Illinois Secretary of State</title>
<style>
  body { font-family: Georgia, "Times New Roman", serif; line-height: 1.45; color: #111; max-width: 40em; margin: 2em auto; padding: 0 1em; }
  .address { margin: 1.5em 0; }
  .address p { margin: 0; }
  h1 { font-size: 1.2em; letter-spacing: 0.05em; text-transform: uppercase; margin: 1.5em 0 1em; }
  h2 { font-size: 1.1em; letter-spacing: 0.05em; text-transform: uppercase; margin-top: 0; }
  .signature { margin-top: 3em; }
  .line { display: inline-block; min-width: 16em; border-bottom: 1px solid #111; }
  .service { margin-top: 3em; padding-top: 1em; border-top: 1px solid #999; }
  .service ul { list-style: none; padding-left: 1em; }
  @media print {
    body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
    .service { break-before: page; border-top: none; }
  }
</style>
</head>
<body>
<p class="sender">123 Union Hall Rd., Springfield, IL 62701</p>
<p>Saturday, February 15, 2020</p>

<div class="address">
<p>Illinois Secretary of State</p>
<p>213 State Capitol, Springfield, IL 62756</p>
</div>

<h1>Notice of intent to strike</h1>

<p>To the employer, Illinois Secretary of State:</p>

<p>Under the Illinois Public Labor Relations Act (5 ILCS 315/17), the unions named below, affiliates of Illinois Federation of Teachers (IFT), give notice, on behalf of the employees they represent, of their intent to strike.</p>

<ul>
  <li>Illinois Federation of Public Employees, Local 4408 (IFPE, Local 4408)</li>
  <li>Illinois Federation of Information System Employees, Local 4407</li>
</ul>

<p>The strike will begin on Tuesday, February 25, 2020, 10 days after the date of this notice. 5 ILCS 315/17 requires at least five days' notice.</p>
<p>The collective bargaining agreement between the parties expired on Sunday, June 30, 2019.</p>
<p>The parties have bargained for a successor agreement since July 9, 2019.</p>
<p>The parties met in mediation on Tuesday, January 28, 2020, without reaching an agreement.</p>
<p>In a vote that closed on January 17, 2020, the members overwhelmingly authorized the bargaining team to file an intent to strike notice.</p>
<p>The unions remain ready to meet at any time to reach an agreement.</p>

<div class="signature">
<p>For IFPE, Local 4408 and Local 4407:</p>
<p><span class="line">&nbsp;</span><br>Name and title:</p>
<p>Contact: Communications Office, Illinois Federation of Teachers, (217) 555-0100, <a href="mailto:press@example.org">press@example.org</a></p>
</div>

<div class="service">
<h2>Proof of service</h2>
<p>I certify that on Saturday, February 15, 2020, I served this notice of intent to strike on the employer, Illinois Secretary of State, 213 State Capitol, Springfield, IL 62756, by:</p>
<ul>
  <li>&#9744; personal delivery to <span class="line">&nbsp;</span></li>
  <li>&#9744; certified mail, return receipt requested</li>
  <li>&#9744; email to <span class="line">&nbsp;</span></li>
</ul>
<p>Name: <span class="line">&nbsp;</span></p>
<p>Signature: <span class="line">&nbsp;</span></p>
<p>Date: <span class="line">&nbsp;</span></p>
</div>
</body>
</html>
