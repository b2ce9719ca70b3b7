# A campaign with nothing dated yet is a one-line chart that says so.
--- file campaign.yaml
bargain: 1
campaign: {name: Local 7 first contract}
--- run
bargain timeline campaign.yaml --format svg
--- stdout
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="56" viewBox="0 0 1100 56" font-family="DejaVu Sans, Arial, sans-serif" font-size="13">
<rect width="100%" height="100%" fill="#ffffff"/>
<title>Local 7 first contract: timeline</title>
<text x="24" y="36" font-size="18"><tspan font-weight="bold">Local 7 first contract</tspan>: nothing is scheduled.</text>
</svg>
