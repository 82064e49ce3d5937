import json, subprocess, time, re, sys
rows=[]
for line in open("/work/redteam52/questions.tsv"):
    qid,cat,q,truth,rx=line.rstrip("\n").split("\t")
    t=time.time()
    p=subprocess.run(["nice","-n","10","timeout","120","prlimit","--as=4000000000","/work/redteam52/venv/bin/vitrina","ask",q,"--db","main.db","--json"],capture_output=True,cwd="/work/redteam52/in")
    wall=time.time()-t
    try: j=json.loads(p.stdout)
    except Exception: j={"answer":"<<invalid json>>","confidence":None,"citations":[]}
    ans=j.get("answer"); conf=j.get("confidence"); cit=(j.get("citations") or [{}])[0]
    citd=f'{cit.get("document")}@{cit.get("start")}' if cit else ""
    if cat=="fact":
        ok = ans is not None and re.search(rx,str(ans)+" "+str(cit.get("text","")),re.I) is not None
    else:
        ok = ans is None
    tb=b"Traceback" in p.stderr
    obs=f"rc={p.returncode} {wall:.1f}s answer={json.dumps(ans)[:150]} conf={conf} cite={citd}"
    row=dict(id=qid,cls="ask/"+cat,input=q,cmd=f'$V ask "{q}" --db main.db --json',expected=truth,observed=obs,verdict="PASS" if ok and p.returncode==0 and not tb else "FAIL")
    open("/work/redteam52/rows.jsonl","a").write(json.dumps(row)+"\n")
    print(row["verdict"],qid,q,"|",obs)
