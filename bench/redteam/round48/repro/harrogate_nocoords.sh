#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: Harrogate (a real town, marked <placeName> in TEI) gets no coordinates in this collection, so it is missing from the map and GeoJSON
cat > C05_in_re_AB.xml <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>In re A.B. (a minor)</title></titleStmt>
<publicationStmt><p>Invented</p></publicationStmt><sourceDesc><p>Case file</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><head>In re A.B. (a minor), Harrogate Magistrates' Court, Case No. HM-1927-019</head>
<p>Application heard on <date when="1927-04-02">2 April 1927</date> before <persName>Mr. Justice Crale</persName> sitting at <placeName>Harrogate</placeName>.</p>
<p>A.B., a child of eleven, appeared in the play Georgia at the <placeName>Wallace Hall</placeName> in 1926. The guardian, [REDACTED], applied for a licence for A.B. to tour with the Kestrel Opera Company.</p>
<p>The court found that the producer, <persName>Clara Webb</persName>, stood in loco parentis during the tour. The licence was granted for 6 months.</p>
</div></body></text></TEI>
X
cat > P02_vienna_symphony_1924.md <<'X'
# Kestrel Orchestra: Winter Concert, 1924

## Programme

Concert given at the Lincoln Rooms, Harrogate, on 12 January 1924.

1. Johann Sebastian Bach, Cello Suite No. 1 in G major, BWV 1007. Soloist: Tomas Hollis (cello).
2. Anton Varga, Symphony No. 3 "Vienna", Op. 52 (first performance in England).

Conductor: Elena Ruiz.

The symphony "Vienna" lasts about 38 minutes. Admission 3s.

## Note

Varga wrote "Vienna" in 1921 but has never visited Austria; the title honours his teacher.
X
"$V" build . --db t.db >/dev/null 2>&1
"$V" export --db t.db --format geojson | python3 -c "
import json,sys; g=json.load(sys.stdin)
for f in g['features']: print(f['properties'].get('title'), f.get('geometry'))"
