#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: confident wrong answers (a performance count for a duration; a city for a teacher's name)
cat > P01_ludmila_programme_1923.txt <<'X'
WALLACE HALL, LEEDS
Programme of the First Performance

LUDMILA
Opera in three acts, Op. 47
Music by Anton Varga. Libretto by Clara Webb.

World premiere: 3 May 1923. The run continues 3–17 May 1923, nightly at 7.30 p.m., with no performance on Sundays.

Cast
Maria Keller as Ludmila
Josef Brandt as Count Orsino
Henry Dale as the Hermit

Conductor: Elena Ruiz
Orchestra of the Kestrel Opera Company

Duration: about 2 hours 40 minutes, with one interval of 20 minutes.
Prices: stalls 10s. 6d.; circle 5s.; gallery 1s. 6d.
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
cat > C01_keller_v_varga_claim.txt <<'X'
IN THE LEEDS COUNTY COURT
Keller v. Varga
Docket No. 1926-CV-0142

Particulars of claim, filed 4 February 1926.

The plaintiff, Maria Keller, a singer, claims from the defendant, Anton Varga, a composer, the sum of £240, being fees unpaid for sixty performances of the opera Ludmila, Op. 47, between 3 May 1923 and 28 March 1925.

Counsel for the plaintiff: Mr. Edward Lyle KC. Counsel for the defendant: Miss Dora Finch.
The matter is listed for hearing before His Honour Judge Arthur Penrose on 15 June 1926.
X
cat > P03_review_ludmila.html <<'X'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Review: Ludmila at the Wallace Hall</title></head>
<body>
<h1>Review: Ludmila at the Wallace Hall</h1>
<p>By Harriet Moss, music critic of the Northern Courier, 5 May 1923.</p>
<p>Anton Varga's new opera Ludmila opened at the Wallace Hall in Leeds on Thursday, 3 May 1923.
"Keller's Ludmila was the finest singing heard in this city for a generation," wrote Harriet Moss.</p>
<p>Josef Brandt, as Count Orsino, was less secure. Elena Ruiz conducted with great energy.</p>
<p>The composer told this paper: "I wrote Ludmila for Maria Keller and for no one else."</p>
</body></html>
X
"$V" build . --db t.db >/dev/null 2>&1
"$V" ask "How long does Ludmila last?" --db t.db
"$V" ask "What was Anton Varga's teacher's name?" --db t.db
echo "(expected: about 2 hours 40 minutes; and 'the sources don't say')"
