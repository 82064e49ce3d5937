#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# In a transcript the narrator's quotation is attributed to the interviewer.
cat > oh.md <<'X'
# Oral history interview with Rose Pennington

Interviewed by James Kirby at Bedminster, Bristol, on 12 August 1974.

**KIRBY:** Did your family work at the Harwick Mill?

**PENNINGTON:** My grandmother worked at the mill until the fire. She always said, "Mr Harwick paid on time, which is more than most did."

**KIRBY:** Did she ever speak of Eleanor Vance?
X
"$V" build oh.md --db t.db 2>/dev/null
"$V" export --db t.db --format csv -o csv 2>/dev/null; cat csv/quotes.csv   # speaker column: person-james-kirby (the interviewer)
