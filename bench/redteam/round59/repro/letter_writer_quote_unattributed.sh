#!/bin/bash
# Reproduction (round 59 red team). Needs only vitrina.
V=${V:-/work/redteam59/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
run() { nice -n 10 timeout 600 prlimit --as=4000000000 "$@"; }
cat > a.txt <<'X'
Letter from Julian Ferrars to his sister Maud, 2 October 1894

Dear Maud,

I dined at Eccleston Hall on Michaelmas. "The Melba was a triumph, but the Wellington was a disaster," I wrote in my pocket-book, and I stand by it.

Your affectionate brother,
Julian
X
run $V build a.txt --db t.db
run $V export --db t.db --format json | python3 -c "import json,sys; d=json.load(sys.stdin); print([(q['text'][:30],q['speaker']) for q in d['quotes']])"
run $V ask "What did Julian Ferrars say of the dinner?" --db t.db
echo "EXPECTED: speaker Julian Ferrars; ask answers with the quotation"
