#!/bin/bash
# D1: a 72 KB specimen list (1,000 short label lines) cannot be built under the default --time-limit (120 s)
V=${V:-/work/redteam47/venv/bin/vitrina}; T=$(mktemp -d); cd "$T"
python3 -c "open('labels.txt','w').write('\n'.join(f'MNH-B {i:06d} Parus major, Carrow Fen, 12.vi.1898, leg. E. Marrow' for i in range(1000)))"
ls -l labels.txt
time "$V" build labels.txt --db t.db --verbose; echo "exit $?   (expected: builds in seconds; observed: Error: labels.txt: took longer than 120 s, nothing built)"
