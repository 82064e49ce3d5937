#!/usr/bin/env python3
"""harness: h.py ID CLASS INPUT EXPECTED CMD [TIMEOUT]  -> runs CMD (shell) under nice/timeout/prlimit, logs, appends results.jsonl"""
import shlex, sys, subprocess, time, json, os, re, resource
aid, cls, inp, exp, cmd = sys.argv[1:6]
to = sys.argv[6] if len(sys.argv) > 6 else "120"
os.chdir("/work/redteam49")
env = dict(os.environ, V="/work/redteam49/venv/bin/vitrina", NO_COLOR="1")
full = f"nice -n 10 timeout {to} prlimit --as=4000000000 /usr/bin/time -f '__MAXRSS=%M' bash -c {shlex.quote(cmd)}"
t = time.time()
p = subprocess.run(full, shell=True, capture_output=True, env=env)
wall = time.time() - t
out, err = p.stdout, p.stderr
m = re.findall(rb"__MAXRSS=(\d+)", err)
rss = int(m[-1]) // 1024 if m else -1
err = re.sub(rb"__MAXRSS=\d+\n?", b"", err)
open(f"logs/{aid}.out", "wb").write(out); open(f"logs/{aid}.err", "wb").write(err)
both = out + err
tb = b"Traceback (most recent call last)" in both
ctrl = bool(re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", both))
rec = dict(id=aid, cls=cls, input=inp, cmd=cmd, expected=exp, rc=p.returncode, wall=round(wall, 1), rss_mb=rss, tb=tb, ctrl=ctrl)
with open("results.jsonl", "a") as f: f.write(json.dumps(rec) + "\n")
print(f"[{aid}] rc={p.returncode} wall={wall:.1f}s rss={rss}MB tb={tb} ctrl={ctrl}")
def show(b, n=1500):
    s = b.decode("utf-8", "backslashreplace")
    return s if len(s) < n else s[:n//2] + "\n...\n" + s[-n//2:]
if out.strip(): print("OUT:", show(out))
if err.strip(): print("ERR:", show(err))
