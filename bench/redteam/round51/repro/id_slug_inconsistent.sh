#!/bin/bash
# D13: document ids are slugged differently by format: a .txt/.pdf keeps '_' but .md/.html/.xml/.docx turn it into '-'
. "$(dirname "$0")/_common.sh"
printf 'Minutes of 1921. Edith Harrison in the chair.\n' > minutes_1921.txt
printf '# Minutes of 1934\n\nGeorge Abbott elected chairman.\n' > minutes_1934.md
$V build minutes_1921.txt minutes_1934.md --db t.db >/dev/null 2>&1
$V search minutes --db t.db --json | python3 -c "import json,sys; print(sorted({h['document'] for h in json.load(sys.stdin)['hits']}))"
echo "EXPECTED: one rule for all formats (minutes_1921 + minutes_1934, or minutes-1921 + minutes-1934)"
