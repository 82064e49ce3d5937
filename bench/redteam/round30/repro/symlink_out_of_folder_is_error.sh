#!/bin/bash
# Defect: in a folder build, a symlink to a file outside the folder (which README says is
# refused/skipped and counted) is printed as "Error:", counted as "unreadable" and makes the
# otherwise successful build exit 1; a symlink to a folder outside is "Skipped" instead.
V=${V:-/work/redteam30/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
mkdir d; echo "Leningrad was besieged from 8 September 1941." > d/good.txt
echo "outside" > outside.txt; ln -s "$T/outside.txt" d/out.txt
"$V" build d --db x.db; echo "rc=$? (1 good file built; expected 0 with 'Skipped d/out.txt', or a documented reason for 1)"
rm d/out.txt; mkdir outdir; ln -s "$T/outdir" d/outlink
"$V" build d --db y.db; echo "rc=$? (folder link instead: reported as Skipped)"
