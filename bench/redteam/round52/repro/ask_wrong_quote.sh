#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
cat > l.txt <<'T'
Letters of Professor Margaret Hallam

To Dr. Frances Oyelaran, 3 March 1921

Dear Frances,
The Senate met again yesterday. Sir Thomas Aldred said, "We cannot admit women to the Senate house dinners while I am in the chair." Professor Pryce replied, "Then the chair must change." I said nothing, which you will think unlike me.
Edith Carrow, our best Classics student since the war, has been appointed to a lectureship at Franklin Hall.
Yours ever, Margaret Hallam

To Dr. Frances Oyelaran, undated (probably 1922 or 1923)

Dear Frances,
Pryce tells me that Aldred described Miss Carrow as "the ablest scholar this College has produced." I could not have put it better myself.
M. H.
T
cat > t.html <<'T'
<html><head><title>Cheshire Combination table, 1922–23</title></head><body><h1>Cheshire Combination, final table 1922–23</h1>
<table><tr><th>Pos</th><th>Club</th><th>P</th><th>W</th><th>D</th><th>L</th><th>Pts</th></tr>
<tr><td>1</td><td>Kelsall United</td><td>22</td><td>15</td><td>4</td><td>3</td><td>34</td></tr>
<tr><td>2</td><td>Preston Vale Wanderers</td><td>22</td><td>14</td><td>3</td><td>5</td><td>31</td></tr></table></body></html>
T
run $V build l.txt t.html --db a.db >/dev/null 2>&1
run $V ask "What did Sir Thomas Aldred say about Miss Carrow?" --db a.db --json | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["answer"], j["confidence"])'
run $V ask "Which club finished top of the Cheshire Combination in 1922–23?" --db a.db --json | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["answer"], j["confidence"])'
echo "EXPECTED: 'the ablest scholar...' / Kelsall United; OBSERVED: the dinners quote (conf ~0.7) / 'Pos Club P W D L Pts'"
