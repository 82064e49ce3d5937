#!/bin/bash
# D07: role nouns linked to the wrong person: "The secretary" -> Edith Harrison (the secretary is Harold Venn);
#      "The director" -> Walter Lincoln (the photographer), though the director is George Abbott
. "$(dirname "$0")/_common.sh"
cat > minutes.txt <<'X'
Harrison & Sons — Minutes of the Board of Directors

Present: Edith Harrison (in the chair), George Abbott, Ezra Pike, and Harold Venn (secretary).

3. Mr Pike stated: "The rubber side will carry the cycle side for ten years."

4. The secretary reported 400,000 ordinary shares to be issued to the members of both firms.
X
cat > captions.md <<'X'
# Captions

## Case 1

Edith Harrison at Kingstown. Negative N-1921-004. Photographed by Walter Lincoln of the Lincoln Photo Co., circa 1920s.

## Case 2

The director on the steps of the Leicester works. Negative N-1934-118. The sitter is George Abbott.
X
$V build minutes.txt captions.md --db t.db >/dev/null 2>&1
$V export --db t.db --format json -o k.json >/dev/null
python3 -c "
import json
for e in json.load(open('k.json'))['entities']:
    for m in e['mentions']:
        if m['text'].lower() in ('secretary','director','the secretary','the director'): print('role mention', repr(m['text']), '->', e['id'])"
echo "EXPECTED: secretary -> Harold Venn (or unlinked); director -> George Abbott (or unlinked)"
