#!/bin/bash
# D8: a quotation introduced by "Colonel By declared/said" gets no speaker.
. "$(dirname "$0")/_common.sh"
cat > news.txt <<'X'
THE RIDEAU CANAL OPENED

The steamboat Pumper, having on board Lieutenant-Colonel John By and his family, arrived at Bytown on 29 May 1832. Colonel By declared that the canal was "a work which will stand as long as the hills."
X
$V build news.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c '
import json,sys; d=json.load(sys.stdin); print(d["quotes"])'
# observed: speaker null
