#!/bin/bash
# A plain-text heading line followed by a blank line is joined into the first sentence of the next paragraph
# (title falls back to the file name). Shorter variants of this file keep the heading as the title.
V=${V:-/work/redteam24/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > good.txt <<'TXT'
The Harbour Strike of 1911

In June 1911 the dockers of Liverpool walked out. Tom Mann, the union organiser, spoke to a crowd of 80,000 people on St George's Plateau on 13 August 1911.

"We will not go back until every man is paid," said Tom Mann.

Photo: Strikers on the Plateau, 1911. Courtesy of the Liverpool Record Office.

The strike ended on 24 August 1911 after the shipowners agreed to recognise the union. Later, in 1912, Mann was arrested in Manchester.
TXT
"$V" build good.txt --db x.db 2>/dev/null
"$V" search dockers --db x.db   # observed: title "good", sentence "The Harbour Strike of 1911 In June 1911 the dockers ..."
