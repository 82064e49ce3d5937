#!/bin/bash
# DEF-1: a PDF whose /Info /Title is a prefix of its first line loses that whole first line (text and title)
V=${V:-/work/redteam33/venv/bin/vitrina}; H=$(cd "$(dirname "$0")" && pwd); T=$(mktemp -d); cd "$T"
python3 "$H/_mkpdf.py" with_info.pdf '<< /Title (Lighthouse Keepers) >>' 'Lighthouse Keepers of the North Sea||Panel 1: The Keepers|In 1887 Hendrik Bakker became keeper at Terschelling.'
python3 "$H/_mkpdf.py" no_info.pdf - 'Lighthouse Keepers of the North Sea||Panel 1: The Keepers|In 1887 Hendrik Bakker became keeper at Terschelling.'
"$V" build with_info.pdf no_info.pdf --db t.db
"$V" export --db t.db --format json | python3 -c "import json,sys; [print(d['source'], repr(d['title']), repr(d['text'][:60])) for d in json.load(sys.stdin)['documents']]"
echo "expected: both texts start with 'Lighthouse Keepers of the North Sea'; observed: with_info.pdf lacks it"
"$V" search "North Sea" --db t.db
