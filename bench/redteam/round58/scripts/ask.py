import subprocess, json, time, csv
rows=[]
for i,line in enumerate(open('questions.tsv')):
    coll,q,truth,kind=line.rstrip('\n').split('\t')
    t=time.time()
    p=subprocess.run(['nice','-n','10','timeout','120','prlimit','--as=4000000000','venv/bin/vitrina','ask',q,'--db',f'db/{coll}.db','--json'],capture_output=True,text=True)
    w=round(time.time()-t,1)
    try:
        j=json.loads(p.stdout); ans=j.get('answer'); conf=j.get('confidence'); cit=[(c['document'],c['text'][:90]) for c in j.get('citations',[])][:2]
    except Exception as e:
        ans='PARSEFAIL '+p.stdout[:100]+p.stderr[-200:]; conf=None; cit=[]
    rows.append(dict(id=f'Q{i+1:02d}',coll=coll,q=q,truth=truth,kind=kind,rc=p.returncode,wall=w,answer=ans,conf=conf,cit=cit,tb='Traceback' in p.stderr))
    json.dump(rows,open('logs/asks.json','w'),ensure_ascii=False,indent=1)
print('done')
