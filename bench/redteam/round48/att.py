#!/usr/bin/env python3
"""att.py ID CLASS EXPECT 'input desc' -- cmd... ; EXPECT like '0' or '1,2' or 'any'"""
import sys, subprocess, time, json, os, re, shlex, tempfile
args = sys.argv[1:]
i = args.index('--')
aid, cls, expect, inp = args[:4]
opts = args[4:i]
cmd = args[i+1:]
tmo = 120
for o in opts:
    if o.startswith('T='): tmo = int(o[2:])
V = '/work/redteam48/venv/bin/vitrina'
cmd = [V if c == '$V' else c for c in cmd]
tf = tempfile.mktemp()
full = ['nice','-n','10','timeout',str(tmo),'prlimit','--as=4000000000','/usr/bin/time','-f','%M','-o',tf] + cmd
t0 = time.time()
p = subprocess.run(full, capture_output=True, cwd=os.environ.get('CWD','/work/redteam48/work'), stdin=subprocess.DEVNULL)
dt = round(time.time()-t0, 2)
try: rss = int(open(tf).read().split()[-1])
except Exception: rss = None
out, err = p.stdout, p.stderr
open(f'/work/redteam48/logs/{aid}.out','wb').write(out)
open(f'/work/redteam48/logs/{aid}.err','wb').write(err)
tb = b'Traceback (most recent call last)' in out+err
ctrl = bool(re.search(rb'[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]', out+err))
rc = p.returncode
ok_rc = expect == 'any' or str(rc) in expect.split(',')
reasons = []
if tb: reasons.append('traceback')
if not ok_rc: reasons.append(f'exit {rc} expected {expect}')
if ctrl: reasons.append('raw control bytes')
if rc == 124: reasons.append('timeout')
if rss and rss > 1_000_000: reasons.append(f'rss {rss}KB')
verdict = 'FAIL' if reasons else 'PASS'
lines = [l for l in err.decode('utf-8','replace').splitlines() if l.strip()]
obs = (lines[-1] if lines else out.decode('utf-8','replace').strip().splitlines()[-1:] and out.decode('utf-8','replace').strip().splitlines()[-1] or '')[:300]
rec = dict(id=aid, **{'class': cls}, input=inp, command=' '.join(shlex.quote(c) for c in args[i+1:]), expected=expect,
           exit=rc, seconds=dt, maxrss_kb=rss, traceback=tb, control_bytes=ctrl, observed=obs, verdict=verdict, reasons=reasons)
with open('/work/redteam48/logs/attacks.jsonl','a') as f: f.write(json.dumps(rec, ensure_ascii=False)+'\n')
print(f"{aid} rc={rc} {dt}s rss={rss} tb={tb} ctrl={ctrl} {verdict} {reasons} :: {obs}")
