# A vendor's totals file lists the same option of a question twice (For, then for): refused, since adding both could count the same votes twice.
--- file vendor-totals.csv
Question,Option,Votes,Percentage
accept,For,37,33.6%
accept,Against,70,63.6%
accept,for,37,33.6%
--- run
bargain tally --totals vendor-totals.csv --eligible 120 --answer For=yes --answer Against=no
--- stderr
bargain: vendor-totals.csv:4:8: option 'for' of 'accept' is listed twice (first at line 2): a totals file lists each option once, and adding both could count the same votes twice
  |
4 | accept,for,37,33.6%
  |        ^^^
--- exit 2
