# 2,000 events each 36,600 business days (the most allowed) past 2,000 Friday holidays resolve at once instead of stepping a day at a time (17 seconds before), and land where counting a day at a time in Python does: 2173-12-16.
--- run
python3 - <<'PY'
import datetime
holidays = [(datetime.date(2026, 1, 1) + datetime.timedelta(days=7 * i + 1)).isoformat() for i in range(2000)]
lines = ["bargain: 1", "campaign:", "  name: Busy", "  holidays: [" + ", ".join(holidays) + "]", "events:",
         "  - {id: a, kind: meeting, date: 2026-01-01}"]
lines += [f"  - {{id: e{i}, kind: meeting, date: {{after: a, days: 36600, business: true}}}}" for i in range(2000)]
open("busy.yaml", "w").write("\n".join(lines) + "\n")
PY
bargain check busy.yaml; echo "exit $?"
bargain timeline busy.yaml --format csv | tail -1
--- stdout
busy.yaml: ok: 2001 dated items, 0 votes, 0 ballot and roster files
exit 0
2173-12-16,,,meeting,e1999,Meeting
