#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
cat > a.md <<'X'
# Danzig und Umgebung, sheet 12

- Sheet number: 12, second edition, 1907
- Scale: 1:25,000
- Engraver: Otto Lembke

The Carnegie Library was completed on 18 November 1909.
X
$W $V build a.md --db t.db >/dev/null 2>&1
for q in "What is the scale of the Danzig sheet?" "Who engraved the Danzig sheet?" "When was the Carnegie Library completed?"; do $W $V ask "$q" --db t.db; done
echo "EXPECTED: 1:25,000; Otto Lembke; 18 November 1909 (each stated verbatim)"
