#!/usr/bin/env python3
"""Writes a large school district's campaign for timing `bargain offers`:
a salary schedule of STEPS steps by LANES lanes, FTE in every cell, roll-up
and a benefit, and OFFERS offers of three years (one freezing steps, one
with a midyear raise and a bonus). The spec's target: 40 x 10 x 5 costs in
under 50 ms.

    make_district.py DIR [--steps 40] [--lanes 10] [--offers 5]
"""

import argparse
import os


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--steps", type=int, default=40)
    ap.add_argument("--lanes", type=int, default=10)
    ap.add_argument("--offers", type=int, default=5)
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    lanes = [f"L{l + 1}" for l in range(a.lanes)]
    rows = []
    for s in range(a.steps):
        rows.append("      - [" + ", ".join(f'"{40000 + 1250 * s + 2100 * l:,}"' for l in range(a.lanes)) + "]")
    with open(os.path.join(a.dir, "placement.csv"), "w") as f:
        f.write("lane,step,fte\n")
        fte = 0
        for l, lane in enumerate(lanes):
            for s in range(a.steps):
                cell = (l * 7 + s * 3) % 11 + 1
                fte += cell
                f.write(f"{lane},{s + 1},{cell}\n")
    offers = []
    for o in range(a.offers):
        raise_ = 1.5 + 0.5 * o
        extra = ""
        if o % 3 == 1:
            extra = "\n    steps: [freeze, move, move]"
        elif o % 3 == 2:
            extra = ("\n    effective: [~, 2028-01-01, ~]\n    bonus: [{year: 1, per_fte: 500, pensionable: true}]"
                     "\n    employer_percent: [80, 79, 78]")
        offers.append(f"  - id: offer-{o + 1}\n    side: {'union' if o % 2 == 0 else 'employer'}\n"
                      f"    wages: [{raise_}, {raise_}, {raise_}]{extra}")
    steps = "\n".join(rows)
    lane_list = ", ".join(lanes)
    offer_list = "\n".join(offers)
    campaign = f"""bargain: 1
campaign:
  name: Benchmark district
  timezone: America/Chicago
  contract_expires: 2026-06-30
units:
  - {{id: teachers, name: Teachers, members: {round(fte)}}}
costing:
  year_starts: 07-01
  rollup:
    - {{name: Social Security, percent: 6.2}}
    - {{name: Medicare, percent: 1.45}}
    - {{name: Pension, percent: 9.0}}
  benefits:
    - {{name: Health insurance, per_fte: "14,400.00", employer_percent: 80}}
schedules:
  - id: teachers
    units: [teachers]
    lanes: [{lane_list}]
    steps:
{steps}
    placement: placement.csv
offers:
{offer_list}
"""
    with open(os.path.join(a.dir, "campaign.yaml"), "w") as f:
        f.write(campaign)


if __name__ == "__main__":
    main()
