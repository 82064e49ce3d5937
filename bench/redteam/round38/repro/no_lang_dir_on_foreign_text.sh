#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# Arabic/Hebrew text is served inside <html lang="en"> with no lang or dir on its paragraphs (screen readers, RTL layout).
printf 'رسالة من إليانور فانس إلى توماس ألبرايت، ١٤ مارس ١٨٨٧.\n\nשלום תומס, מכתב מבריסטול.\n' > rtl.txt
"$V" build rtl.txt --db t.db 2>/dev/null
"$V" publish --db t.db --static site >/dev/null
grep -n '<html\|<p id="b-' site/documents/rtl.html
