# An Excel "Unicode Text" save of a ballot spreadsheet: UTF-16 LE with a byte order mark, tab-separated, CRLF, a unit with an accent and a comma. It is transcoded and counted: 3 Accept, 1 Reject; the report names the tab delimiter and the UTF-16LE encoding.
--- run
printf 'Member ID\tLocal\tSubmitted At\tDo you accept the offer?\r\n' > export.utf8
printf 'A-0041\tLocal 12, Montr\303\251al\t2026-03-02 09:15\tAccept\r\n' >> export.utf8
printf 'A-0042\tLocal 12, Montr\303\251al\t2026-03-02 09:20\tReject\r\n' >> export.utf8
printf 'A-0043\tLocal 7, \305\201\303\263d\305\272\t2026-03-02 10:01\tAccept\r\n' >> export.utf8
printf 'A-0044\tLocal 7, \305\201\303\263d\305\272\t2026-03-02 11:30\tAccept\r\n' >> export.utf8
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE export.utf8; } > export.txt
head -c 4 export.txt | od -An -tx1
bargain tally export.txt --column voter="Member ID" --column unit=Local --column cast_at="Submitted At" --answer Accept=yes --answer Reject=no --by-unit
--- stdout
 ff fe 4d 00
Tally of 4 ballot records from 1 file
  export.txt: 4 records, sha256 9d166d50d8ac236b (tab-separated, UTF-16LE)
Set aside: 0 (0 duplicate, 0 outside the voting window, 0 not on the roster)
Challenged (sealed, not counted): 0
Counted with:
  rule:               majority
  voting window:      none
  duplicates:         the first ballot of a voter counts
  by unit:            yes: the vote carries only if it carries in every unit
  small units:        a unit with fewer than 5 ballots shows its result, not its counts, to keep the ballot secret
  columns:            voter=Member ID, unit=Local, cast_at=Submitted At
  answer words:       Accept=yes, Reject=no
  delimiter:          tab
  encoding:           UTF-16LE

Do you accept the offer?
  FAILED: failed in Local 12, Montréal (the vote carries only if it carries in every unit; overall 3 yes, 1 no).
  Rule: majority (more than 1/2 of valid votes)

                votes  share of valid
  Yes               3   75.0%
  No                1   25.0%
  Abstain           0
  Blank             0
  Void              0
  Cast              4

  By unit (the vote carries only if it carries in every unit):
    unit                eligible    cast     yes      no abstain   blank    void  turnout  result
    Local 12, Montréal         -       *       *       *       *       *       *        *  failed
    Local 7, Łódź              -       *       *       *       *       *       *        *  carried
    * Local 12, Montréal: fewer than 5 ballots: counts not shown, to keep the ballot secret
    * Local 7, Łódź: fewer than 5 ballots: counts not shown, to keep the ballot secret
