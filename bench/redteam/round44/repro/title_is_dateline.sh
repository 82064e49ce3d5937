#!/bin/bash
# A plain-text letter whose first line is its title gets its dateline as title instead.
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > letter06_georg_1789.txt <<'TXT'
Letter from Georg Hartmann to Johann Christoph Hartmann, Riga, spring 1789

Riga, in the spring of 1789

Dear Cousin,

The second twenty guineas of the English Society came to me last August and I have held them for you. The ice went out of the Düna late this year, and no ship has yet sailed for Lübeck.

Our cousin Friederike's letters to Miss Ashby I have forwarded by way of Hull, as the English doctor asked.

I hear from Petersburg that Adjunct Sokolov has been made a full member of the Academy.

Your loving cousin,
Georg Hartmann
TXT
$V build letter06_georg_1789.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json -o j.json >/dev/null 2>&1
python3 -c "
import json; [print(d['source'], '->', repr(d['title'])) for d in json.load(open('j.json'))['documents']]"
echo 'expected: the first line as title'
