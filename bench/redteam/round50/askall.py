import subprocess, json, sys, time
rows=[]
for line in open('in/questions.tsv'):
    qid,kind,q,truth=line.rstrip('\n').split('\t')
    t=time.time()
    p=subprocess.run(['nice','-n','10','timeout','120','prlimit','--as=4000000000','venv/bin/vitrina','ask',q,'--db',sys.argv[1],'--json'],capture_output=True,text=True)
    try: j=json.loads(p.stdout)
    except Exception: j={'raw':p.stdout[:300]}
    rows.append(dict(id=qid,kind=kind,q=q,truth=truth,rc=p.returncode,wall=round(time.time()-t,1),ans=j,err=p.stderr[-300:]))
json.dump(rows,open(sys.argv[2],'w'),ensure_ascii=False,indent=1)
