#!/bin/bash
cd /work/redteam53; V=venv/bin/vitrina; A=in/a; D=work/a; mkdir -p $D
r() { ./run.sh "$@" > /dev/null; }
r A01 authority "lat NaN" "Error: line 2 lat not a number, exit 1/2" -- $V build $A/doc.md --db $D/a1.db --authority $A/auth_nan.csv
r A02 authority "lat 953.72" "Error: out of range" -- $V build $A/doc.md --db $D/a2.db --authority $A/auth_range.csv
r A03 authority "lat without lon" "Error: both or neither" -- $V build $A/doc.md --db $D/a3.db --authority $A/auth_half.csv
r A04 authority "type regiment (not allowed)" "Error: unknown type" -- $V build $A/doc.md --db $D/a4.db --authority $A/auth_type.csv
r A05 authority "identifier javascript:alert(1)" "refused (not Q-id or http URI)" -- $V build $A/doc.md --db $D/a5.db --authority $A/auth_js.csv
r A06 authority "BOM header, quoted comma name, | aliases" "read" -- $V build $A/doc.md --db $D/a6.db --authority $A/auth_bom.csv
r A07 catalogue "formula + script in cells, duplicate key" "duplicate warned; stored as text" -- $V build in/coll/council/minutes_1894.txt --db $D/a7.db --catalogue $A/cat_dup.csv
r A08 tei "TEI when=1916-02-30, when=bogus, BCE, nested persName" "invalid when ignored/warned, no crash" -- $V build $A/tei_dates.xml --db $D/a8.db
r A09 tei "same TEI with --no-markup" "builds, markup ignored" -- $V build $A/tei_dates.xml --db $D/a9.db --no-markup
r A10 export "catalogue formula db csv/json" "formula not executed; escaped" -- $V export --db $D/a7.db --format json -o $D/a7.json
echo done5
