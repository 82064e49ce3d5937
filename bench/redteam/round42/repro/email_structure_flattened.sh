#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# Headers, the quoted reply and the signature of an e-mail run together into paragraphs.
printf 'From: Peter Okafor <p@example.org>\nTo: Margaret Dunn <m@example.org>\nSubject: Re: Samuel\n\nMargaret,\n\nSamuel died in 1911.\n\nBest,\nPeter\n--\nPeter Okafor\nSecretary\n\nOn Mon, 4 Mar 2024, Margaret Dunn wrote:\n> Do we know when Samuel died?\n> The school history says 1912.\n' > mail.txt
$V build mail.txt --db t.db >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; print(repr(json.load(sys.stdin)['documents'][0]['text']))"
$V export --db t.db | python3 -c "import json,sys; print([e['name'] for e in json.load(sys.stdin)['entities']])"
echo "expected: header lines, signature and quoted lines kept apart; no entity 'Peter --Peter Okafor'"
