import shlex, subprocess, time, json, os, sys, re, resource
V='/work/redteam58/venv/bin/vitrina'
R='/work/redteam58'
LOG=R+'/logs/attacks.json'
rows=json.load(open(LOG)) if os.path.exists(LOG) else []
done={r['id'] for r in rows}
def ctrl(b):
    return sum(1 for c in b if (c<32 and c not in (9,10,13)) or c==127)
def run(id, cls, inp, cmd, expected, rc=(0,), check=None, t=120, cwd=R, force=False, stdin=None):
    global rows
    if id in done and not force: return
    full=f"nice -n 10 timeout {t} prlimit --as=4000000000 /usr/bin/time -f '%M' -o {R}/logs/{id}.rss bash -c {shlex.quote(cmd)}"
    st=time.time()
    p=subprocess.run(full,shell=True,capture_output=True,cwd=cwd,env=dict(os.environ,V=V),stdin=subprocess.DEVNULL if stdin is None else stdin)
    wall=round(time.time()-st,2)
    try: rss=int(open(f'{R}/logs/{id}.rss').read().split()[-1])
    except Exception: rss=None
    out,err=p.stdout,p.stderr
    open(f'{R}/logs/{id}.out','wb').write(out); open(f'{R}/logs/{id}.err','wb').write(err)
    o=out.decode('utf-8','replace'); e=err.decode('utf-8','replace')
    tb='Traceback' in o or 'Traceback' in e
    c=ctrl(out)+ctrl(err)
    problems=[]
    if p.returncode not in rc: problems.append(f'rc {p.returncode} not in {rc}')
    if tb: problems.append('traceback')
    if c: problems.append(f'{c} raw control bytes')
    if p.returncode==124: problems.append('timeout/hang')
    if check:
        try:
            msg=check(o,e)
            if msg: problems.append(msg)
        except Exception as ex: problems.append('check error '+repr(ex))
    first=(e.strip().splitlines() or [''])[-1][:200]
    row=dict(id=id,cls=cls,inp=inp,cmd=cmd,expected=expected,rc=p.returncode,wall=wall,rss=rss,tb=tb,ctrl=c,last=first,problems=problems,verdict='FAIL' if problems else 'PASS')
    rows=[r for r in rows if r['id']!=id]+[row]
    json.dump(rows,open(LOG,'w'),indent=1,ensure_ascii=False)
    print(id,row['verdict'],p.returncode,wall,rss,problems,'|',first)
    return row
