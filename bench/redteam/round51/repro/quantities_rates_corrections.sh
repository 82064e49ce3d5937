#!/bin/bash
# D10: "16 frames per second" stored as 16 frames; "11 minutes 40 seconds" as two quantities; an amount the text calls an error is stored like the correct one
. "$(dirname "$0")/_common.sh"
cat > reels.txt <<'X'
Film Reels

Reel 7. Works outing to Skegness. Running time 11 minutes 40 seconds; 11,200 frames at 16 frames per second.

Revenue for 1936: £282,000. The figure of £262,000 printed for 1936 in the interim statement was an error.
X
$V build reels.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json -o k.json >/dev/null
python3 -c "
import json
for q in json.load(open('k.json'))['quantities']: print(q['text'], q['value'], q['unit'], 'qualifier=', q['qualifier'])"
echo "EXPECTED: a rate 16 frames/s, one duration 700 s, and the £262,000 marked as an erroneous figure"
