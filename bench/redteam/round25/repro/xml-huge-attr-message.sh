#!/usr/bin/env bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam25/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; echo "workdir: $T"
# a 20 MB attribute: the message shows a literal '\x0a' and libxml's developer hint 'try XML_PARSE_HUGE'
python3 -c "open('big.xml','w').write('<?xml version=\"1.0\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p n=\"' + '9'*20000000 + '\">Text about Lyon.</p></body></text></TEI>')"
"$V" build big.xml --db x.db; echo "exit $?"
