#!/bin/bash
# D15: a build of a 1 MB ZIP of 10,050 tiny members takes >2 minutes; TERM near its end left a 37 MB
#      '.DB.member.*.tmp' folder beside the database (seen once in our run; timing dependent)
. "$(dirname "$0")/_common.sh"
python3 -c "
import zipfile; z=zipfile.ZipFile('many.zip','w'); [z.writestr(f'm/{i}.txt', f'Item {i}') for i in range(10050)]; z.close()"
ls -la many.zip
/usr/bin/time -f 'wall %e s, max RSS %M KB' timeout -s TERM ${STOP:-120} $V build many.zip --db t.db 2>&1 | tail -3
ls -a . | grep -E 'member|staging' && echo "DEFECT: staging left behind" || echo "no staging left (try STOP=110..140)"
