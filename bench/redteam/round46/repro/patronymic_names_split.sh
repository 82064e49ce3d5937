#!/bin/bash
# Defect: names with ibn/ben/ha- are cut: "Yusuf ibn Hasan al-Tabrizi" becomes a person "Hasan al-Tabrizi" (his father),
# "Yehuda ben Shlomo ha-Levi" becomes "Yehuda", "ben Shlomo" and two different "Levi"; a spelling the text says is the same man is not joined.
V=${V:-/work/redteam46/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > a.txt <<'X'
Makers

The astrolabe was made by Yusuf ibn Hasan al-Tabrizi in Tabriz. The dealer Henrietta Oakes spelt him Yousef Tabrizi in 1921.
The Hebrew astrolabe was made by Yehuda ben Shlomo ha-Levi in Toledo about 1350.
X
cat > b.txt <<'X'
Colophon

Made in Toledo by Yehuda ben Shlomo ha-Levi. Judah ben Solomon ha-Levi is the same man.
X
$V build a.txt b.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c 'import json,sys; [print(e["type"],"|",e["id"],"|",e["name"],e["aliases"]) for e in json.load(sys.stdin)["entities"] if e["type"]=="person"]'
