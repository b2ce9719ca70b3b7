# --format svg draws the SOS campaign on one page: lanes by kind, the contract's expiry and today as lines; -o writes it, and it is well-formed XML.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain timeline sos/campaign.yaml --format svg --today 2020-02-14 --check -o sos.svg
echo "exit $?"
python3 -c 'import sys, xml.etree.ElementTree as E; root = E.parse("sos.svg").getroot(); print(root.tag, root.get("viewBox"))'
--- stdout
exit 0
{http://www.w3.org/2000/svg}svg 0 0 1100 776
--- output sos.svg
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="776" viewBox="0 0 1100 776" font-family="DejaVu Sans, Arial, sans-serif" font-size="13">
<rect width="100%" height="100%" fill="#ffffff"/>
<title>SOS fair contract 2019-20: timeline</title>
<text x="24" y="36" font-size="22" font-weight="bold">SOS fair contract 2019-20</text>
<text x="24" y="60" fill="#444444">Jul 9, 2019 to Feb 25, 2020 · 11 items · today Feb 14, 2020</text>
<rect x="16" y="100" width="1068" height="104" fill="#f1f3f6"/>
<text x="24" y="135" font-weight="bold" fill="#222222">Bargaining sessions</text>
<rect x="16" y="204" width="1068" height="104" fill="#ffffff"/>
<text x="24" y="239" font-weight="bold" fill="#222222">Offers</text>
<rect x="16" y="308" width="1068" height="104" fill="#f1f3f6"/>
<text x="24" y="343" font-weight="bold" fill="#222222">Votes</text>
<rect x="16" y="412" width="1068" height="104" fill="#ffffff"/>
<text x="24" y="447" font-weight="bold" fill="#222222">Actions</text>
<rect x="16" y="516" width="1068" height="148" fill="#f1f3f6"/>
<text x="24" y="551" font-weight="bold" fill="#222222">Notices &amp; deadlines</text>
<line x1="214" y1="86" x2="214" y2="664" stroke="#c9ced6"/>
<text x="218" y="94" font-size="12" fill="#333333">Jul 2019</text>
<line x1="323" y1="86" x2="323" y2="664" stroke="#c9ced6"/>
<text x="327" y="94" font-size="12" fill="#333333">Aug</text>
<line x1="431" y1="86" x2="431" y2="664" stroke="#c9ced6"/>
<text x="435" y="94" font-size="12" fill="#333333">Sep</text>
<line x1="536" y1="86" x2="536" y2="664" stroke="#c9ced6"/>
<text x="540" y="94" font-size="12" fill="#333333">Oct</text>
<line x1="645" y1="86" x2="645" y2="664" stroke="#c9ced6"/>
<text x="649" y="94" font-size="12" fill="#333333">Nov</text>
<line x1="750" y1="86" x2="750" y2="664" stroke="#c9ced6"/>
<text x="754" y="94" font-size="12" fill="#333333">Dec</text>
<line x1="858" y1="86" x2="858" y2="664" stroke="#c9ced6"/>
<text x="862" y="94" font-size="12" fill="#333333">Jan 2020</text>
<line x1="967" y1="86" x2="967" y2="664" stroke="#c9ced6"/>
<text x="971" y="94" font-size="12" fill="#333333">Feb</text>
<line x1="1068" y1="86" x2="1068" y2="664" stroke="#c9ced6"/>
<line x1="16" y1="664" x2="1084" y2="664" stroke="#8a919c"/>
<line x1="212" y1="86" x2="212" y2="668" stroke="#000000" stroke-width="2" stroke-dasharray="7 5"/>
<text x="108" y="691" font-size="12" font-weight="bold" fill="#000000">Contract expires Jun 30, 2019</text>
<line x1="1014" y1="86" x2="1014" y2="668" stroke="#0d47a1" stroke-width="2"/>
<text x="939" y="708" font-size="12" font-weight="bold" fill="#0d47a1">Today, Feb 14, 2020</text>
<g><title>Bargaining session, Howlett Building, Springfield, 2019-07-09 [s1]</title><circle cx="244" cy="130" r="6" fill="#1565c0"/><text x="266" y="135"><tspan font-size="12" fill="#555555">Jul 9</tspan> Bargaining session, Howlett Building, Springfield</text></g>
<g><title>Bargaining session, Howlett Building, Springfield, 2019-10-22 [s2]</title><circle cx="611" cy="174" r="6" fill="#1565c0"/><text x="633" y="179"><tspan font-size="12" fill="#555555">Oct 22</tspan> Bargaining session, Howlett Building, Springfield</text></g>
<g><title>Offer union-dec, 2019-12-10 [union-dec]</title><rect x="778" y="229" width="11" height="11" fill="#2e7d32"/><text x="805" y="239"><tspan font-size="12" fill="#555555">Dec 10</tspan> Union: Offer union-dec</text></g>
<g><title>last, best offer, 2020-01-06 [lbo]</title><path d="M878 271L885 278L878 285L871 278Z" fill="#6d4c41"/><text x="856" y="283" text-anchor="end"><tspan font-size="12" fill="#555555">Jan 6</tspan> Employer: last, best offer</text></g>
<g><title>Vote closes: Do you accept the employer&#39;s last, best offer?, 2020-01-17 [lbo-vote]</title><rect x="900" y="332" width="18" height="12" rx="3" fill="#6a1b9a"/><text x="887" y="343" text-anchor="end"><tspan font-size="12" fill="#555555">Jan 13–17</tspan> Do you accept the employer&#39;s last, best offer?</text></g>
<g><title>Vote closes: Do you authorize the bargaining team to file an intent to strike notice?, 2020-01-17 [strike-vote]</title><rect x="900" y="376" width="18" height="12" rx="3" fill="#6a1b9a"/><text x="887" y="387" text-anchor="end"><tspan font-size="12" fill="#555555">Jan 13–17</tspan> Do you authorize the bargaining team to file an intent to strike notice?</text></g>
<g><title>Informational picketing for a fair contract, 2020-02-04 [picket-feb4]</title><path d="M979 435L986 448L972 448Z" fill="#e65100"/><text x="957" y="447" text-anchor="end"><tspan font-size="12" fill="#555555">Feb 4</tspan> Informational picketing for a fair contract</text></g>
<g><title>Strike, 2020-02-25 [strike]</title><path d="M1053 477L1055 483L1062 483L1057 487L1058 493L1053 490L1048 493L1049 487L1044 483L1051 483Z" fill="#000000"/><text x="1031" y="491" text-anchor="end" font-weight="bold"><tspan font-size="12" fill="#555555">Feb 25</tspan> Strike</text></g>
<g><title>Mediation session, 2020-01-28 [mediation]</title><circle cx="955" cy="546" r="5" fill="#ffffff" stroke="#00838f" stroke-width="3"/><text x="933" y="551" text-anchor="end"><tspan font-size="12" fill="#555555">Jan 28</tspan> Mediation session</text></g>
<g><title>Next bargaining session, 2020-02-14 [next-session]</title><rect x="1012" y="582" width="4" height="16" fill="#455a64"/><text x="992" y="595" text-anchor="end"><tspan font-size="12" fill="#555555">Feb 14</tspan> Next bargaining session</text></g>
<g><title>Notice (intent to strike), 2020-02-15 [intent-notice]</title><path d="M1011 628L1025 628L1018 641Z" fill="#37474f"/><text x="996" y="639" text-anchor="end"><tspan font-size="12" fill="#555555">Feb 15</tspan> Notice (intent to strike)</text></g>
<text x="24" y="736" font-size="12" font-weight="bold">Key</text>
<circle cx="69" cy="732" r="6" fill="#1565c0"/><text x="84" y="736" font-size="12">Bargaining session</text>
<rect x="240" y="727" width="11" height="11" fill="#2e7d32"/><text x="260" y="736" font-size="12">Union offer</text>
<path d="M371 725L378 732L371 739L364 732Z" fill="#6d4c41"/><text x="386" y="736" font-size="12">Employer offer</text>
<rect x="509" y="726" width="18" height="12" rx="3" fill="#6a1b9a"/><text x="533" y="736" font-size="12">Vote (open to close)</text>
<path d="M708 725L715 738L701 738Z" fill="#e65100"/><text x="723" y="736" font-size="12">Picket or rally</text>
<path d="M862 723L864 729L871 729L866 733L867 739L862 736L857 739L858 733L853 729L860 729Z" fill="#000000"/><text x="877" y="736" font-size="12">Strike</text>
<path d="M945 726L959 726L952 739Z" fill="#37474f"/><text x="967" y="736" font-size="12">Notice</text>
<circle cx="69" cy="754" r="5" fill="#ffffff" stroke="#00838f" stroke-width="3"/><text x="84" y="758" font-size="12">Mediation</text>
<rect x="178" y="746" width="4" height="16" fill="#455a64"/><text x="195" y="758" font-size="12">Deadline</text>
<line x1="284" y1="745" x2="284" y2="763" stroke="#000000" stroke-width="2" stroke-dasharray="7 5"/><text x="299" y="758" font-size="12">Contract expires</text>
<line x1="446" y1="745" x2="446" y2="763" stroke="#0d47a1" stroke-width="2"/><text x="461" y="758" font-size="12">Today</text>
</svg>
