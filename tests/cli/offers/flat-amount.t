# A flat amount ("$1,000") is added to each member's pay; later percentage raises apply to it. The compounded percentage then depends on each unit's pay, so there is none.
--- file campaign.yaml
bargain: 1
campaign: {name: Flat raise}
units:
  - {id: clerical, members: 180, payroll: 9450000.00}
  - {id: it, members: 75, payroll: 5250000.00}
offers:
  - id: flat
    side: employer
    wages: ["$1,000", 2.0]
  - id: pct
    side: union
    wages:
      - 3
      - $1,250.50
--- run
bargain offers campaign.yaml
bargain offers campaign.yaml --format json --compare pct flat
--- stdout
Flat raise: offers

flat: offer from the employer
                    year 1       year 2        total
  raise      $1,000/member         2.0%
  clerical     $180,000.00  $372,600.00  $552,600.00
  it            $75,000.00  $181,500.00  $256,500.00
  all units    $255,000.00  $554,100.00  $809,100.00
  flat costs $809,100.00 over two years; with a flat amount, the compounded increase depends on each unit's pay.

pct: offer from the union
                  year 1            year 2          total
  raise             3.0%  $1,250.50/member
  clerical   $283,500.00       $508,590.00    $792,090.00
  it         $157,500.00       $251,287.50    $408,787.50
  all units  $441,000.00       $759,877.50  $1,200,877.50
  pct costs $1,200,877.50 over two years; with a flat amount, the compounded increase depends on each unit's pay.
{
  "offers": [
    {
      "id": "pct",
      "side": "union",
      "wages": [
        3.0,
        "$1,250.50"
      ],
      "compounded_percent": null,
      "cost": [
        {
          "unit": "clerical",
          "per_year_cents": [
            28350000,
            50859000
          ],
          "total_cents": 79209000
        },
        {
          "unit": "it",
          "per_year_cents": [
            15750000,
            25128750
          ],
          "total_cents": 40878750
        }
      ],
      "total_cents": 120087750
    },
    {
      "id": "flat",
      "side": "employer",
      "wages": [
        "$1,000",
        2.0
      ],
      "compounded_percent": null,
      "cost": [
        {
          "unit": "clerical",
          "per_year_cents": [
            18000000,
            37260000
          ],
          "total_cents": 55260000
        },
        {
          "unit": "it",
          "per_year_cents": [
            7500000,
            18150000
          ],
          "total_cents": 25650000
        }
      ],
      "total_cents": 80910000
    }
  ],
  "compare": {
    "from": "pct",
    "to": "flat",
    "years": 2,
    "raise_points": [
      null,
      null
    ],
    "compounded_points": null,
    "per_year_cents": [
      -18600000,
      -20577750
    ],
    "total_cents": -39177750,
    "units": [
      {
        "unit": "clerical",
        "per_year_cents": [
          -10350000,
          -13599000
        ],
        "total_cents": -23949000
      },
      {
        "unit": "it",
        "per_year_cents": [
          -8250000,
          -6978750
        ],
        "total_cents": -15228750
      }
    ]
  }
}
