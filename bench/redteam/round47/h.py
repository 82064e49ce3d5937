#!/usr/bin/env python3
"""usage: h.py ID CLASS INPUT EXPECTED_RC CMD [--to N] [--ok REGEX] [--bad REGEX] [--note TEXT]
records to logs/attacks.jsonl; EXPECTED_RC like '2' or '0,1' or 'any'"""
import shlex, sys, subprocess, time, json, re, os, argparse
p = argparse.ArgumentParser()
p.add_argument('id'); p.add_argument('cls'); p.add_argument('inp'); p.add_argument('exp'); p.add_argument('cmd')
p.add_argument('--to', default='120'); p.add_argument('--ok'); p.add_argument('--bad'); p.add_argument('--expect', default='')
p.add_argument('--stdin', default=None)
a = p.parse_args()
os.chdir('/work/redteam47')
env = dict(os.environ, V='/work/redteam47/venv/bin/vitrina', NO_COLOR='1')
full = f"/usr/bin/time -f '__RSS__%M' nice -n 10 timeout {a.to} prlimit --as=4000000000 bash -c {shlex.quote(a.cmd)}"
t = time.time()
r = subprocess.run(['bash', '-c', full], capture_output=True, env=env, stdin=subprocess.DEVNULL if a.stdin is None else open(a.stdin,'rb'))
wall = time.time() - t
out, err = r.stdout, r.stderr
m = re.findall(rb'__RSS__(\d+)', err); rss = int(m[-1]) // 1024 if m else -1
err = re.sub(rb'__RSS__\d+\n?', b'', err)
tb = b'Traceback (most recent call last)' in out + err
ctrl = bool(re.search(rb'[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]', out + err))
rc = r.returncode
exps = a.exp
ok = True; why = []
if exps != 'any' and str(rc) not in exps.split(','): ok = False; why.append(f'rc={rc} not {exps}')
if rc == 124: ok = False; why.append('timeout')
if tb: ok = False; why.append('traceback')
if ctrl: ok = False; why.append('raw control bytes')
txt = (out + err).decode('utf8', 'replace')
if a.ok and not re.search(a.ok, txt, re.S): ok = False; why.append(f'missing /{a.ok}/')
if a.bad and re.search(a.bad, txt, re.S): ok = False; why.append(f'found /{a.bad}/')
if rc == 1 and exps!='any' and not re.search(r'^Error: ', err.decode('utf8','replace'), re.M): ok=False; why.append('rc1 without Error: line')
rec = dict(id=a.id, cls=a.cls, input=a.inp, cmd=a.cmd, expected=(a.expect or f'rc {exps}, no traceback, no raw control bytes'), rc=rc, wall=round(wall,2), rss_mb=rss, tb=tb, ctrl=ctrl,
           out=txt[-1500:], verdict='PASS' if ok else 'FAIL', why='; '.join(why))
with open('logs/attacks.jsonl', 'a') as f: f.write(json.dumps(rec) + '\n')
print(f"[{rec['verdict']}] {a.id} rc={rc} {wall:.1f}s {rss}MB tb={tb} ctrl={ctrl} {rec['why']}")
print(txt[-1200:])
