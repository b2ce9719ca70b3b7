# A rule fraction followed by a base without 'of' (2/3 valid): refused, with the bases it takes.
--- file ballots.csv
voter,accept
V0001,yes
V0002,yes
V0003,no
--- run
bargain tally ballots.csv --rule '2/3 valid'
--- stderr
bargain: rule '2/3 valid': expected 'of valid', 'of cast' or 'of eligible' after the fraction
   = help: did you mean '2/3 of valid'?
--- exit 2
