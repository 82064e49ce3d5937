#!/bin/bash
# DEF-6: a one-page PDF that opens with its title line gets the title of its SECOND panel heading ("Panel 2: The Storm")
V=${V:-/work/redteam33/venv/bin/vitrina}; H=$(cd "$(dirname "$0")" && pwd); T=$(mktemp -d); cd "$T"
python3 "$H/_mkpdf.py" keepers.pdf - 'Lighthouse Keepers of the North Sea||Panel 1: The Keepers|In 1887 Hendrik Bakker became keeper at Terschelling.||Panel 2: The Storm|On 14 March 1906 a storm destroyed the old tower.'
"$V" build keepers.pdf --db t.db
"$V" export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin)['documents'][0]; print('title:', repr(d['title'])); print('text :', repr(d['text'][:80]))"
echo "expected title: 'Lighthouse Keepers of the North Sea' (or at least not the second panel); observed: 'Panel 2: The Storm'"
