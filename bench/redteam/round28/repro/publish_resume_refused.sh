#!/bin/bash
# After an interrupted publish, re-running publish into the same folder is refused with a false claim
# that vitrina's own files were "not written by vitrina".
. "$(dirname "$0")/_common.sh"
for i in 1 2 3 4 5 6 7 8; do cp doc.txt "d$i.txt"; sed -i "s/Maria/Maria$i/" "d$i.txt"; done
"$V" build --db x.db d*.txt 2>/dev/null || exit 1
python3 - "$V" <<'PY'
import subprocess, signal, os, sys, time, glob
V = sys.argv[1]
t0 = time.time(); subprocess.run([V, 'publish', '--db', 'x.db', '--static', 'probe'], capture_output=True); dur = time.time() - t0
for k in range(30):
    d = f'site{k}'
    p = subprocess.Popen([V, 'publish', '--db', 'x.db', '--static', d], start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(dur * (0.5 + 0.5 * k / 30)); os.killpg(p.pid, signal.SIGINT)
    try: p.wait(timeout=20)
    except subprocess.TimeoutExpired: os.killpg(p.pid, signal.SIGKILL); p.wait()
    n = len(glob.glob(d + '/**/*.*', recursive=True))
    if p.returncode != 0 and n > 0:
        print(f'interrupted publish left {n} files in {d}; publishing again into it:')
        r = subprocess.run([V, 'publish', '--db', 'x.db', '--static', d], capture_output=True, text=True)
        print('exit', r.returncode, r.stderr.strip()); sys.exit(1 if r.returncode else 0)
print('could not interrupt a publish mid-way; rerun'); sys.exit(2)
PY
