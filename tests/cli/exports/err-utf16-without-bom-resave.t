# The same "Unicode Text" export without its byte order mark (the BOM cut off by a script) is refused at 1:1 with what to do: save it again as "CSV UTF-8".
--- run
printf 'Member ID\tSubmitted At\tDo you accept the offer?\r\nA-0041\t2026-03-02 09:15\tAccept\r\n' | iconv -f UTF-8 -t UTF-16LE > export.txt
head -c 4 export.txt | od -An -tx1
bargain tally export.txt --column voter="Member ID" --column cast_at="Submitted At" --answer Accept=yes
--- stdout
 4d 00 65 00
--- stderr
bargain: export.txt:1:1: this file looks like UTF-16 without a byte order mark: save it from your spreadsheet as "CSV UTF-8"
--- exit 2
