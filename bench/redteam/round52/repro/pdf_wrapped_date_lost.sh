#!/bin/bash
V=${V:-/work/redteam52/venv/bin/vitrina}; T=$(mktemp -d); cd "$T" || exit 1
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$@"; }
${PY:-/work/redteam52/tools/bin/python} - <<'P'
from fpdf import FPDF
p=FPDF(); p.add_page(); p.set_font("Helvetica",size=12)
for line in ["Obituary: George Preston (1896-1958)","George Preston, captain of Kelsall United from 1921 to 1930, died at Chester on 2 March 1958.","He scored in the 1923 County Cup final."]:
    p.multi_cell(180,8,line,new_x="LMARGIN",new_y="NEXT")
p.output("obit.pdf")
P
run $V build obit.pdf --db a.db >/dev/null 2>&1
run $V export --db a.db --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(repr(d["documents"][0]["text"])); print([e["name"] for e in d["entities"]])'
run $V ask "When did George Preston die?" --db a.db
echo "EXPECTED: wrapped line joined, 2 March 1958, Chester a place; OBSERVED: paragraph break before 1958, organization 'Chester on 2 March'"
