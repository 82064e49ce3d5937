#!/bin/bash
# A 37 KB DOCX of 20,000 empty paragraphs + one sentence is not read within 120 s (reader stage, RSS ~70 MB).
V=${V:-/work/redteam24/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
PY=$(dirname "$(readlink -f "$V")")/python
"$PY" -c "
import docx
d=docx.Document()
for i in range(20000): d.add_paragraph('')
d.add_paragraph('After the empty paragraphs, in 1972 Bobby Fischer played in Reykjavik.')
d.save('e.docx')"
ls -la e.docx
time timeout 120 "$V" build e.docx --db x.db; echo "rc=$?  (expected: built in seconds)"
