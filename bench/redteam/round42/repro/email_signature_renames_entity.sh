#!/bin/bash
# Adding an e-mail whose signature starts with '--' changes an existing person's id and name to 'Peter --Peter Okafor'.
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Minutes, 12 March 1998. Present: Margaret Dunn (chair) and Peter Okafor (secretary).\n' > minutes.txt
$V build minutes.txt --db t.db >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; print('before',[(e['id'],e['name']) for e in json.load(sys.stdin)['entities'] if 'okafor' in e['id']])"
printf 'From: Peter Okafor <p@example.org>\nTo: Margaret Dunn <m@example.org>\nDate: Tue, 5 Mar 2024 10:14:02 +0000\nSubject: Re: deaths\n\nMargaret,\n\nSamuel Hartwell died in 1911.\n\nBest,\nPeter\n--\nPeter Okafor\nSecretary, Local History Society\n' > email.txt
$V build email.txt --db t.db >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; print('after ',[(e['id'],e['name']) for e in json.load(sys.stdin)['entities'] if 'okafor' in e['id']])"
echo "expected: person-peter-okafor / 'Peter Okafor' unchanged"
