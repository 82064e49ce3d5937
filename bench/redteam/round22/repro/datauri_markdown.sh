#!/bin/bash
# FAIL: a Markdown image with a long data: URI is not recognised as an image; ~600 KB of base64 becomes the
# document's text and the document is split into "(part 1 of 2)" / "(part 2 of 2)".
V=${V:-/work/redteam/venv/bin/vitrina}
D=$(mktemp -d); cd "$D"
python3 -c "
import base64,os
img=base64.b64encode(os.urandom(450000)).decode()
open('datauri.md','w').write('# Data URI\n\nAlexander Fleming worked in London in 1928.\n\n![photo](data:image/png;base64,'+img+')\n')"
timeout 120 prlimit --as=4000000000 "$V" build datauri.md --db d.db --time-limit 100
"$V" export --db d.db --format json | python3 -c "
import json,sys;d=json.load(sys.stdin)
for x in d['documents']: print(repr(x['title']), len(x['text']), repr(x['text'][:120]))"
