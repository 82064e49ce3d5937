#!/bin/bash
# Defect: raw <script> in Markdown: the tags are stripped but the script's code becomes document prose
# (HTML input drops script content; Markdown keeps it).
V=${V:-/work/redteam36/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf '# Visit\n\nGeorge Washington visited Berlin in 1910. <script>alert(7)</script>\n' > a.md
$V build a.md --db t.db >/dev/null 2>&1
$V search alert --db t.db
echo 'expected: No matches (script code is not prose); observed: a hit "... in 1910. alert(7)"'
rm -rf "$T"
