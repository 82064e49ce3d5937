#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam48/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1

# Defect: ask answers "Yes" while citing the sentence that sets the award aside
cat > trial.md <<'X'
# Keller v. Varga: Judgment of the Leeds County Court

Judgment delivered 30 June 1926 by His Honour Judge Arthur Penrose. The defendant, Anton Varga, is liable to the plaintiff, Maria Keller, in the sum of £240, with costs.
X
cat > appeal.html <<'X'
<html><head><title>Varga v. Keller</title></head><body><h1>Varga v. Keller</h1>
<p>Before Lord Justice Hamblin. Judgment delivered 11 January 1927.</p>
<p>The appeal is allowed. The judgment of His Honour Judge Arthur Penrose of 30 June 1926 is reversed, and the award of £240 to Maria Keller is set aside.</p></body></html>
X
"$V" build trial.md appeal.html --db t.db >/dev/null 2>&1
"$V" ask "Was Maria Keller awarded £240 in the end?" --db t.db
echo "(expected: No / set aside on appeal, or 'the sources don't say' — never 'Yes')"
