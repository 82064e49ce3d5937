#!/bin/bash
# HTML paragraphs with class="dateline" / "byline" vanish from the rebuilt text (silent data loss).
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>L</title></head><body><h1>Letter</h1>\n<p class="dateline">Clifton, Bristol, 9 June 1890</p><p class="byline">By Henry Dunmore</p><p>Gentlemen, I have examined the fourteen children employed in the carding room.</p></body></html>\n' > l.html
"$V" build l.html --db t.db
"$V" export --db t.db --format json | python3 -c 'import json,sys; t=json.load(sys.stdin)["documents"][0]["text"]; print(repr(t)); print("DEFECT: dateline/byline lost" if "9 June 1890" not in t or "Dunmore" not in t else "ok")'
