# --date sets the issue date, and every computed fact is as of that day: on January 31 the union had bargained "nearly seven months" too, the votes closed "this month", and the picket is "on Tuesday".
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain notice sos/campaign.yaml picket-feb4 --date 2020-01-31 | head -18
echo ---
bargain notice sos/campaign.yaml picket-feb4 --date 2019-08-01 | sed -n 8,14p
--- stdout
MEDIA ADVISORY
For immediate release: Friday, January 31, 2020
CONTACT: Communications Office, Illinois Federation of Teachers
         (217) 555-0100, press@example.org

Informational picketing for a fair contract

SPRINGFIELD — For nearly seven months, Illinois Federation of Teachers
(IFT) members who work for Illinois Secretary of State have been
bargaining for a fair contract. This month, union members rejected the
employer's last, best offer by a 2-to-1 margin and overwhelmingly
authorized the bargaining team to file an intent to strike notice. The
next bargaining session is Friday, February 14.

On Tuesday, the workers will picket at four locations to demonstrate
their solidarity and demand a fair agreement.

WHAT: Informational picketing to call for a fair contract for IFT
---
SPRINGFIELD — For about three weeks, Illinois Federation of Teachers
(IFT) members who work for Illinois Secretary of State have been
bargaining for a fair contract. The next bargaining session is Tuesday,
October 22.

On February 4, 2020, the workers will picket at four locations to
demonstrate their solidarity and demand a fair agreement.
