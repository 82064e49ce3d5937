#!/usr/bin/env bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam25/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; echo "workdir: $T"
# plain text: title line and 'Panel 1: …' heading, each followed by a blank line, are glued into the first body paragraph; title falls back to the file name
cat > letter.txt <<'TXT'
The Harbour Strike of 1934

Panel 1: The Docks

In March 1934, Anna Kowalski led three hundred dockworkers out of the Port of Gdansk. "We will not return until the wages are paid," she told the Gazeta Gdanska on 12 March 1934.

Photo: Workers at the gate, 1934. Credit: City Archive.

The strike ended on 2 April 1934 when the Harbour Board agreed to a rise of ten percent.
TXT
"$V" build letter.txt --db t.db
"$V" export --db t.db --format json | python3 -c '
import json,sys
d=json.load(sys.stdin)["documents"][0]; print("title:", repr(d["title"]))
for b in d["blocks"]: print(b["kind"], repr(b["text"][:90]))'
# expected: title "The Harbour Strike of 1934", a heading "Panel 1: The Docks", then the body
