# Two Excel "CSV UTF-8" exports joined with cat: the second file's byte order mark lands mid-file (at byte offset 107, right after line 3's CRLF), before its header row on line 4. The repeated header is still recognised and refused at its line; so is a join where the first file had no final newline (line 3 then runs into the BOM and header: 5 fields, the first extra one at byte column 39, the BOM counting 3).
--- run
printf '\357\273\277Member ID,Submitted At,Do you accept the offer?\r\nM1001,2026-03-02 09:15,yes\r\nM1002,2026-03-02 09:20,no\r\n' > day1.csv
printf '\357\273\277Member ID,Submitted At,Do you accept the offer?\r\nM1003,2026-03-03 09:15,yes\r\nM1004,2026-03-03 09:20,yes\r\n' > day2.csv
cat day1.csv day2.csv > all.csv
od -An -tx1 -j 105 -N 6 all.csv
bargain tally all.csv --column voter="Member ID" --column cast_at="Submitted At"
echo "exit $?"
printf '\357\273\277Member ID,Submitted At,Do you accept the offer?\r\nM1001,2026-03-02 09:15,yes\r\nM1002,2026-03-02 09:20,no' > day1-no-newline.csv
cat day1-no-newline.csv day2.csv > all2.csv
bargain tally all2.csv --column voter="Member ID" --column cast_at="Submitted At"
--- stdout
 0d 0a ef bb bf 4d
exit 2
--- stderr
bargain: all.csv:4:1: this row repeats the header: are two exports joined here? Keep one header row, at the top
bargain: all2.csv:3:39: this row has 5 fields but the header has 3
--- exit 2
