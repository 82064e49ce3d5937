#!/bin/bash
# entity pages link to documents/X.html#b-bN for a mention in a heading block; the document page has no element with that id
. "$(dirname "$0")/_common.sh"
printf '# The Oliwa Paper Mill\n\nThe paper mill in Oliwa was founded in 1596 by the abbot Dawid Konarski.\n' > mill.md
"$V" build mill.md --db x.db >/dev/null 2>&1; "$V" publish --db x.db --static site >/dev/null 2>&1
grep -rho 'documents/mill.html#b-b[0-9]*' site/entities | sort -u
for a in $(grep -rho 'documents/mill.html#b-b[0-9]*' site/entities | sort -u | sed 's/.*#//'); do grep -q "id=\"$a\"" site/documents/mill.html && echo "$a ok" || echo "$a MISSING on documents/mill.html"; done
