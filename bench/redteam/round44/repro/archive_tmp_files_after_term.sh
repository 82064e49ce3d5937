#!/bin/bash
# TERM during the reading of a large archive: the build exits ("Error: terminated") leaving thousands of
# .DB.member.*.tmp files beside the database for a while (removed later by leftover processes).
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
python3 -c "
import zipfile
with zipfile.ZipFile('many.zip','w') as z:
    [z.writestr(f'm/{i:05}.txt', f'Note {i} written at Riga on 3 May 1788.') for i in range(10000)]"
$V build many.zip --db t.db 2>err.txt & P=$!; sleep ${WAIT:-50}; kill -TERM $P; wait $P; echo "exit $?"; tail -1 err.txt
echo "temp files beside the database right after exit: $(ls -a | grep -c 't.db.member')"
sleep 30; echo "30 s later: $(ls -a | grep -c 't.db.member')"
