# --compare in JSON: both offers, then the gaps (B minus A) per year, in total and per unit.
--- run
cp -r "$EXAMPLES/sos-2020" sos
bargain offers sos/campaign.yaml --compare union-dec lbo --format json
--- stdout
{
  "offers": [
    {
      "id": "union-dec",
      "side": "union",
      "wages": [
        4.0,
        4.0,
        3.5
      ],
      "compounded_percent": 11.9456,
      "cost": [
        {
          "unit": "ifpe-4408",
          "per_year_cents": [
            37800000,
            77112000,
            112885920
          ],
          "total_cents": 227797920
        },
        {
          "unit": "ifise-4407",
          "per_year_cents": [
            21000000,
            42840000,
            62714400
          ],
          "total_cents": 126554400
        }
      ],
      "total_cents": 354352320
    },
    {
      "id": "lbo",
      "side": "employer",
      "wages": [
        1.5,
        2.0,
        2.0
      ],
      "compounded_percent": 5.6006,
      "cost": [
        {
          "unit": "ifpe-4408",
          "per_year_cents": [
            14175000,
            33358500,
            52925670
          ],
          "total_cents": 100459170
        },
        {
          "unit": "ifise-4407",
          "per_year_cents": [
            7875000,
            18532500,
            29403150
          ],
          "total_cents": 55810650
        }
      ],
      "total_cents": 156269820
    }
  ],
  "compare": {
    "from": "union-dec",
    "to": "lbo",
    "years": 3,
    "raise_points": [
      -2.5,
      -2.0,
      -1.5
    ],
    "compounded_points": -6.3450,
    "per_year_cents": [
      -36750000,
      -68061000,
      -93271500
    ],
    "total_cents": -198082500,
    "units": [
      {
        "unit": "ifpe-4408",
        "per_year_cents": [
          -23625000,
          -43753500,
          -59960250
        ],
        "total_cents": -127338750
      },
      {
        "unit": "ifise-4407",
        "per_year_cents": [
          -13125000,
          -24307500,
          -33311250
        ],
        "total_cents": -70743750
      }
    ]
  }
}
