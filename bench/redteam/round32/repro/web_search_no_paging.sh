#!/bin/bash
# Defect: the web search shows 20 of N hits and offers no way to reach the rest (page/limit ignored; no pager).
. "$(dirname "$0")/_common.sh"
python3 -c '
lines=["Harbour Letters",""]+[f"In {1900+i} Maria Kowalska wrote letter number {i} from Warsaw." for i in range(40)]
open("letters.txt","w").write("\n\n".join(lines))'
"$V" build letters.txt --db x.db 2>/dev/null
start_serve x.db
B=http://127.0.0.1:$PORT
for q in "" "&page=2" "&limit=100" "&offset=20"; do
  curl -s "$B/search.json?q=Kowalska$q" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("'"$q"'", "total", d["total"], "returned", len(d["hits"]), "first start", d["hits"][0]["start"])'
done
curl -s "$B/search?q=Kowalska" | grep -o 'passages found[^<]*'; curl -s "$B/search?q=Kowalska" | grep -c 'rel="next"' | sed 's/^/next links: /'
stop_serve
