#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam58/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
cat > guide.txt <<'X'
Official Guide to the Baltic International Exhibition, Riga, 1912

The principal buildings are the Palace of Electricity, Machinery Hall, the Swedish Pavilion, the Finnish Pavilion, the Krupp pavilion and Lindqvist Hall.
X
cat > closing.txt <<'X'
The Close of the Exhibition

The Palace of Electricity was pulled down in 1913.
X
cat > firm.txt <<'X'
Hartmann & Söhne: a note on the exhibitor

The catalogue lists the exhibitor as "Hartmann & Söhne, Maschinenfabrik, Riga". The newspapers call the exhibitor "Otto Hartmann" or simply "Hartmann".
X
$V build guide.txt closing.txt firm.txt --db t.db >/dev/null 2>&1
$V ask "Why was the Palace of Electricity moved to Stockholm?" --db t.db --json | head -5
$V ask "What did Otto Hartmann say when he received the medal?" --db t.db --json | head -5
# expected: no answer / false premise flagged; observed (full collection): a list-of-buildings sentence (conf 0.63) and "or simply" (conf 0.74)
