#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
cat > rec.txt <<'X'
Catalogue record: Plan of Königsberg, 1863

Title as engraved: "Plan der Königlichen Haupt- und Residenzstadt Königsberg in Preussen".
The city shown is Königsberg in East Prussia, which is today Kaliningrad in Russia.
Cartographer: Friedrich Wilhelm Stellmacher. Engraver: Heinrich Mahlo. Publisher: Gräfe und Unzer, whose shop stood in the Junkerstrasse.
Date of publication: 1864. Scale: 1:10,000. Sheet number 4 of the Prussian city plans, third edition.
Centre of the sheet: 54°42′36″N 20°30′36″E.
Bounding box: west 20°26′00″E, east 20°35′00″E, south 54°40′00″N, north 54°45′00″N.
Dimensions of the sheet: 62 x 48 cm.
Condition: a tear of 3 cm along the lower margin was repaired in 1998.
Shelfmark MAP-KB-1863.
X
cat > danzig.md <<'X'
# Danzig und Umgebung, sheet 12

**Title as engraved:** *Danzig und Umgebung*

Danzig is the German name of the city now called Gdańsk, in Poland.

- Sheet number: 12, second edition, 1907
- Scale: 1:25,000
- Surveyed by: the Königlich Preussische Landesaufnahme
- Engraver: Otto Lembke
- Publisher: Kartographische Anstalt Berlin, Moskauer Strasse 7 (a street named after Moscow)
- Coordinates of the south-west corner: 54°18′00″N 18°30′00″E

## Notes

The first edition of sheet 12 appeared in 1885. The second edition of 1907 adds the new railway to Zoppot, the resort now called Sopot.
X
$W $V build rec.txt danzig.md --db t.db >/dev/null 2>&1
$W $V ask "Who engraved the Königsberg plan?" --db t.db
echo "EXPECTED: Heinrich Mahlo (or no answer); a title fragment such as 'Plan der Königlichen' is wrong"
