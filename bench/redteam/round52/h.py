#!/usr/bin/env python3
"""harness: h.py ID CLASS INPUT EXPECTED EXPRC CMD  (CMD run by bash in /work/redteam52/in)"""
import sys, subprocess, time, json, re, os
id_, cls, inp, exp, exprc, cmd = sys.argv[1:7]
extra_ok = os.environ.get("OKRE")  # regex that must match output
bad_re = os.environ.get("BADRE")  # regex that must NOT match
full = f"cd /work/redteam52/in && V=/work/redteam52/venv/bin/vitrina; export NO_COLOR=1; /usr/bin/time -f '%e %M' -o /tmp/rt52time nice -n 10 timeout {os.environ.get('TO','120')} prlimit --as=4000000000 bash -c {json.dumps(cmd) if False else subprocess.list2cmdline([cmd]) if False else repr(cmd)}"
# use shlex quoting
import shlex
full = f"cd /work/redteam52/in && export V=/work/redteam52/venv/bin/vitrina NO_COLOR=1; /usr/bin/time -f '%e %M' -o /tmp/rt52time nice -n 10 timeout {os.environ.get('TO','120')} prlimit --as=4000000000 bash -c {shlex.quote(cmd)}"
t=time.time()
p = subprocess.run(["bash","-c",full], capture_output=True)
wall=time.time()-t
try:
    e, m = open("/tmp/rt52time").read().split()[-2:]; rss=int(m)//1024
except Exception: rss=-1
out = p.stdout + p.stderr
tb = b"Traceback (most recent call last)" in out
ctrl = bool(re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", out))
txt = out.decode("utf-8","replace")
open(f"/work/redteam52/logs/{id_}.log","w").write(f"$ {cmd}\nrc={p.returncode}\n--stdout--\n{p.stdout.decode('utf-8','replace')}\n--stderr--\n{p.stderr.decode('utf-8','replace')}")
rcs=[int(x) for x in exprc.split(",")] if exprc!="*" else None
ok = (rcs is None or p.returncode in rcs) and not tb and not ctrl and p.returncode!=124
if extra_ok and not re.search(extra_ok, txt, re.S): ok=False
if bad_re and re.search(bad_re, txt, re.S): ok=False
lines=[l for l in txt.strip().splitlines() if l.strip()]
summ = " / ".join(lines[-3:])[:300]
obs=f"rc={p.returncode} {wall:.1f}s {rss}MB tb={'Y' if tb else 'n'} ctrl={'Y' if ctrl else 'n'}: {summ}"
row=dict(id=id_,cls=cls,input=inp,cmd=cmd,expected=exp,observed=obs,verdict="PASS" if ok else "FAIL")
with open("/work/redteam52/rows.jsonl","a") as f: f.write(json.dumps(row)+"\n")
print(row["verdict"], obs)
