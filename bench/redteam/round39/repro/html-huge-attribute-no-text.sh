#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
python3 -c "open('p.html','w').write('<html><body><p title=\"'+'x'*20000000+'\">John Harrison made H4 in 1759.</p></body></html>')"
"$V" build p.html --db t.db; echo "rc=$?"
echo "Expected: text read (attribute dropped) or an error naming the attribute limit; observed: 'Error: p.html: no text found'"
