#!/bin/bash
# D7: place names typed as people, and one person split into several entities.
. "$(dirname "$0")/_common.sh"
cat > t.txt <<'X'
Chapter 7: The Rideau Canal

Lieutenant-Colonel John By, born in 1779 at Lambeth, arrived in 1826. At Jones Falls the dam was built by John Redpath. At Smiths Falls and at Merrickville the inhabitants fired salutes. Some labourers settled at Berlin, which was renamed Kitchener in 1916. The steamboat Pumper reached Bytown on 29 May 1832.

My dearest Esther, I write from Bytown. Esther By, born Esther March, was the wife of John By.
X
$V build t.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c '
import json,sys
for e in json.load(sys.stdin)["entities"]: print(e.get("type"), e.get("name"), e.get("id"))'
# observed (in the full pack): person-jones-falls, person-lambeth, person-smiths-falls, person-bytown, person-kitchener, person-steamboat-pumper; Esther x3
