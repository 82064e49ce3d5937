#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# ask returns wrong answers with confidence 0.79 and a citation that does not state them.
cat > clip.txt <<'X'
SCHOONER LOST OFF LUNDY

The schooner Lady Margaret Hale, of Bristol, Captain Owen Pryce, was lost off Lundy Island on Tuesday in a north-westerly gale.
X
cat > okafor.txt <<'X'
Clifton, 9 June 1890

I have examined the fourteen children employed in the carding room and find that three of them are under the age of ten.
X
cat > aid.md <<'X'
# Finding aid

Papers of Josiah Harwick (1821-1895), mill owner of Bristol, and of his daughter Eleanor Vance (1852-1923).
X
cat > minutes.txt <<'X'
Held at Harwick House, Bristol, on Tuesday 15 October 1889 at 3 p.m. Present: Mr Josiah Harwick (Chair), Mrs Eleanor Vance, Mr Thomas Albright.
X
"$V" build clip.txt okafor.txt aid.md minutes.txt --db t.db 2>/dev/null
"$V" ask "Where was the Lady Margaret Hale lost?" --db t.db      # expected Lundy Island; observed: Bristol (0.79)
"$V" ask "How many children under ten did Dr Okafor find?" --db t.db   # expected three; in the full collection (Q38) observed "fourteen children" (0.79); this small repro abstains
"$V" ask "when was eleanor vance born" --db t.db                 # expected 1852; observed: Tuesday 15 October 1889
