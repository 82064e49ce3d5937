#!/bin/bash
# SIGTERM during `vitrina publish` sometimes leaves the process hung forever (threads in futex wait).
. "$(dirname "$0")/_common.sh"
for i in 1 2 3 4 5 6 7 8; do cp doc.txt "d$i.txt"; sed -i "s/Maria/Maria$i/" "d$i.txt"; done
"$V" build --db x.db d*.txt 2>/dev/null || exit 1
python3 - "$V" <<'PY'
import subprocess, signal, os, sys, time
V = sys.argv[1]
# find how long a publish takes, then hit it with SIGTERM at points inside that window
t0 = time.time(); subprocess.run([V, 'publish', '--db', 'x.db', '--static', 'probe'], capture_output=True); dur = time.time() - t0
hangs = 0
for k in range(20):
    d = f'site{k}'
    p = subprocess.Popen([V, 'publish', '--db', 'x.db', '--static', d], start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(dur * (0.4 + 0.5 * k / 20))
    os.killpg(p.pid, signal.SIGTERM)
    try:
        p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        hangs += 1; print(f'HANG: publish still alive 20 s after SIGTERM (try {k})'); os.killpg(p.pid, signal.SIGKILL); p.wait()
print(f'{hangs} hangs in 20 tries'); sys.exit(1 if hangs else 0)
PY
