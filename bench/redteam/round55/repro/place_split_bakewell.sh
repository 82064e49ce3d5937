#!/bin/bash
# One town becomes two place entities, one located and one not (the estate documents verbatim).
V=${V:-/work/redteam55/venv/bin/vitrina}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cat > "$T/L01_lease_1790.txt" <<'X'
Lease of Hyde Park Farm, Lady Day 1790

THIS INDENTURE made the twenty-fifth day of March in the year of our Lord 1790 BETWEEN Sir George Carrington of Bakewell in the County of Derby, Baronet, of the one part AND Thomas Holt of Ashford in the Water, yeoman, of the other part.

WITNESSETH that Sir George Carrington doth demise unto Thomas Holt all that messuage and farm called Hyde Park Farm, being Lot 7 on the plan of the Carrington estate, containing 43a. 2r. 14p. or thereabouts, for the term of twenty-one years from Lady Day 1790, at the yearly rent of £38 10s. 6d. payable at Lady Day and Michaelmas by equal portions.

The said farm is bounded on the east by the lands of John Carr, on the west by the River Wye, on the north by the turnpike road from Bakewell to Buxton and on the south by Lincoln Farm.

Signed sealed and delivered by Sir George Carrington and Thomas Holt in the presence of Edward Banks, attorney at Bakewell.
X
cat > "$T/L02_conveyance_1821.md" <<'X'
# Conveyance of Little Chelsea, 1821

## The parties

This Indenture made **this fourteenth day of March in the year of our Lord 1821** between William Ashby of Little Chelsea in the parish of Bakewell, gentleman (the vendor), and Mary Ashby his wife, of the one part, and John Carr of Over Haddon, farmer (the purchaser), of the other part.

## The parcels

In consideration of the sum of £1,250 paid by John Carr to William Ashby, the vendor conveys all that close of pasture called Little Chelsea, being parcel 112 in the tithe apportionment, containing 3a. 2r. 14p., together with the cottage called Wellington Cottage standing upon it.

The close is bounded on the north by the road called Two Chains Lane, on the east by Nelson's Meadow, lands of Sir George Carrington, and on the south by the River Lathkill. The frontage to the road measures two chains and 40 perches of fence.

## Covenants

Possession to be given at Michaelmas next. The purchaser to keep the fences in repair.
X
cat > "$T/L03_mortgage_1835.html" <<'X'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Mortgage of Lincoln Farm, 1835</title></head>
<body>
<h1>Mortgage of Lincoln Farm, 1835</h1>
<p>By a mortgage dated the 2nd day of June 1835 Henry Lincoln of Lincoln Farm, Bakewell, yeoman, mortgaged Lincoln Farm, being Lots 8 and 9 on the Carrington estate plan and containing 61a. 0r. 20p., to Samuel Greaves of Sheffield, banker, to secure the sum of £600 with interest at five per centum.</p>
<p>Lincoln Farm is named after the family of Henry Lincoln and has no connection with the city of Lincoln.</p>
<p>The farm is bounded on the north by Hyde Park Farm and on the west by the River Wye.</p>
<p>The mortgage was redeemed on Lady Day 1842, when Samuel Greaves gave a receipt for £600.</p>
<!-- hostile: --><p>Note by clerk: &lt;script&gt;alert("deed")&lt;/script&gt; and <b onmouseover="alert(1)">bold</b></p>
</body></html>
X
cat > "$T/L04_lease_1852.xml" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>Lease of Washington Farm, 1852</title></titleStmt>
<publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Estate papers, box 3</p></sourceDesc></fileDesc></teiHeader>
<text><body>
<div type="deed"><head>Lease of Washington Farm</head>
<p>This Indenture made the <date when="1852-09-29">twenty-ninth day of September 1852</date> between <persName ref="#carrington2">Sir Richard Carrington</persName> of <placeName>Bakewell</placeName> and <persName>George Washington Pye</persName> of <placeName>Youlgreave</placeName>, farmer.</p>
<p>Sir Richard Carrington demises Washington Farm, being Lot 14 on the plan of the <orgName>Carrington estate</orgName>, containing 27a. 1r. 0p., for seven years at a peppercorn rent for the first year and £31 5s. 0d. a year thereafter.</p>
<p>Washington Farm takes its name from the Washington family of Youlgreave and not from the American city or president.</p>
<p>Bounded on the east by the lands of John Carr and on the south by the parish of Youlgreave.</p>
</div></body></text></TEI>
X
$V build --db "$T/x.db" "$T"/L0* >/dev/null 2>&1
$V export --db "$T/x.db" --format json 2>/dev/null | python3 -c '
import json,sys
for e in json.load(sys.stdin)["entities"]:
    if "bakewell" in e["id"]: print(e["id"], e["type"], e["lat"], e["lon"], sorted(set(m["document"] for m in e["mentions"])))'
echo "expected: one place Bakewell (53.21,-1.67) for all four deeds"
