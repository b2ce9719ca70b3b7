# Random bytes given as ballots, roster or campaign are an error at a place in the file, never a crash: as ballots or a roster, their first byte that is not UTF-8 (or a NUL) says the file is not text; a campaign keeps such bytes for its writers, so there a NUL says it, or the bytes are not a mapping.
--- file ballots.csv
voter,accept
V1,yes
--- run
python3 - <<'PY'
import hashlib
data = b"".join(hashlib.sha256(str(i).encode()).digest() for i in range(128))
open("nul.bin", "wb").write(data)
open("text.bin", "wb").write(bytes(b or 0x7f for b in data))
PY
for f in nul.bin text.bin; do
  cp $f garbage.csv; cp $f garbage.yaml
  bargain tally garbage.csv 2>&1; echo "exit $?"
  bargain tally garbage.yaml 2>&1; echo "exit $?"
  bargain tally ballots.csv --roster garbage.csv 2>&1; echo "exit $?"
  bargain tally ballots.csv --roster garbage.yaml 2>&1; echo "exit $?"
  bargain check garbage.yaml 2>&1; echo "exit $?"
  bargain timeline $f 2>&1; echo "exit $?"
done
--- stdout
bargain: garbage.csv:1:2: byte 0xEC is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as "CSV UTF-8"
exit 2
bargain: garbage.yaml:1:2: byte 0xEC is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your editor as UTF-8
exit 2
bargain: garbage.csv:1:2: byte 0xEC is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as "CSV UTF-8"
exit 2
bargain: garbage.yaml:1:2: byte 0xEC is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your editor as UTF-8
exit 2
bargain: garbage.yaml:2:2: NUL byte: this is not a text file
exit 2
bargain: nul.bin:2:2: NUL byte: this is not a text file
exit 2
bargain: garbage.csv:1:2: byte 0xEC is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as "CSV UTF-8"
exit 2
bargain: garbage.yaml:1:2: byte 0xEC is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your editor as UTF-8
exit 2
bargain: garbage.csv:1:2: byte 0xEC is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your spreadsheet as "CSV UTF-8"
exit 2
bargain: garbage.yaml:1:2: byte 0xEC is not UTF-8 (is this file Latin-1 or Windows-1252?): save it from your editor as UTF-8
exit 2
bargain: garbage.yaml:1:1: expected a mapping (key: value lines), found text
exit 2
bargain: text.bin:1:1: expected a mapping (key: value lines), found text
exit 2
