# A unit with four ballots (dispatch) and one with one (stores), under the default minimum of 5: in JSON their counts are null and counts_withheld says why; the two large units are shown, and the whole vote's counts are unaffected (examples/small-units).
--- run
bargain tally "$EXAMPLES/small-units/ballots.csv" --roster "$EXAMPLES/small-units/roster.csv" --roster-column voter="Employee ID" --by-unit --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); q=d["questions"][0]; print("whole:", q["cast"], q["yes"], q["no"], q["result"]); print("min_unit_ballots:", d["count_options"]["min_unit_ballots"]); [print(json.dumps(u)) for u in q["units"]]'
--- stdout
whole: 35 20 15 failed
min_unit_ballots: 5
{"unit": "operators", "eligible": 20, "cast": 18, "valid": 18, "yes": 12, "no": 6, "abstain": 0, "blank": 0, "void": 0, "turnout": 0.9, "result": "carried", "determinative_challenges": false, "margin": "2-to-1"}
{"unit": "mechanics", "eligible": 12, "cast": 12, "valid": 12, "yes": 7, "no": 5, "abstain": 0, "blank": 0, "void": 0, "turnout": 1.0, "result": "carried", "determinative_challenges": false, "margin": "1.4-to-1"}
{"unit": "dispatch", "eligible": 4, "cast": null, "valid": null, "yes": null, "no": null, "abstain": null, "blank": null, "void": null, "turnout": null, "result": "failed", "determinative_challenges": false, "counts_withheld": "fewer than 5 ballots: counts not shown, to keep the ballot secret"}
{"unit": "stores", "eligible": 1, "cast": null, "valid": null, "yes": null, "no": null, "abstain": null, "blank": null, "void": null, "turnout": null, "result": "failed", "determinative_challenges": false, "counts_withheld": "fewer than 5 ballots: counts not shown, to keep the ballot secret"}
