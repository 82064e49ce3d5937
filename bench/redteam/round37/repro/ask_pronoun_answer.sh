#!/bin/bash
set -u
V=${V:-/work/redteam37/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# D1: ask answers with the pronoun "I" instead of the person named in the cited sentence
cat > letter.html <<'H'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Letter from Anna Kessler to Ernst Kessler, 1895</title></head>
<body><h1>Letter from Anna Kessler to Ernst Kessler</h1>
<p>Bratislava, 14 June 1895</p>
<p>Dear Ernst, the new shop in Vienna will open on Kärntner Strasse in the autumn. I have hired Maria Lendl to run it.</p>
<p>Our green wine glasses sold out in Graz within two weeks. Father would have been proud.</p>
<p>Your sister, Anna</p>
</body></html>
H
printf 'The Founding of the Kessler Glassworks\n\nAnna Kessler founded the Kessler Glassworks in Bratislava in 1887. She was born in Vienna in 1861 and trained as a chemist before she turned to glass.\n\nThe glassworks began with a single furnace and 18 workers. By 1901 it employed 140 workers and shipped tableware to Budapest, Prague and Trieste.\n\nKessler'"'"'s partner in the first years was the engineer Ludwig Brandt, who designed the gas furnace that the works used until 1931.\n' > founding.txt
$V build letter.html founding.txt --db x.db >/dev/null 2>&1
$V ask "Who ran the shop in Vienna?" --db x.db
# observed: "I  (confidence 0.76)" citing "I have hired Maria Lendl to run it."  expected: Maria Lendl, or "the sources don't say"
