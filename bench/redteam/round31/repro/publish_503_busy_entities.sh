#!/bin/bash
# D1: entity pages (and ask) over a large document answer HTTP 503 "the query took too long"; publish exits 1 with an incomplete site.
V=${V:-/work/redteam31/venv/bin/vitrina}; T=$(mktemp -d); cd $T
python3 -c "open('many.txt','w').write('Many\n\n'+'. '.join(f'Person{i} Smith met Person{i+1} Jones in Paris in {1800+i%200}' for i in range(12000))+'.\n')"
nice -n 10 timeout 300 $V build many.txt --db m.db
nice -n 10 timeout 300 $V publish --db m.db --static site; echo "publish exit=$? (expected 0 and a complete site)"
ls site/entities/place-paris.html 2>&1
($V serve --db m.db --port 8765 & echo $! > pid); sleep 8
curl -s -o /dev/null -w 'GET /entities/place-paris -> %{http_code}\n' http://127.0.0.1:8765/entities/place-paris
curl -s -w ' <- /ask.json\n' 'http://127.0.0.1:8765/ask.json?q=Who+met+Person5+Jones+in+Paris%3F'
kill $(cat pid)
