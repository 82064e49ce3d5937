import sys, json, time, urllib.request, urllib.error, re, http.client
base="http://127.0.0.1:8752"
def req(path, method="GET", body=None, headers={}):
    c=http.client.HTTPConnection("127.0.0.1",8752,timeout=30)
    t=time.time()
    try:
        c.request(method,path,body=body,headers=headers); r=c.getresponse(); data=r.read(); return r.status, data, time.time()-t, dict(r.getheaders())
    except Exception as e: return -1, str(e).encode(), time.time()-t, {}
def row(id_,cls,inp,exp,ok,obs,cmd):
    open("/work/redteam52/rows.jsonl","a").write(json.dumps(dict(id=id_,cls=cls,input=inp,cmd=cmd,expected=exp,observed=obs,verdict="PASS" if ok else "FAIL"))+"\n")
    print("PASS" if ok else "FAIL", id_, obs[:200])
tests=json.load(open(sys.argv[1]))
for t in tests:
    st,data,dt,h=req(t["path"],t.get("method","GET"),t.get("body"),t.get("headers",{}))
    txt=data.decode("utf-8","replace")
    ok = st in t["status"]
    for bad in t.get("bad",[]):
        if re.search(bad,txt): ok=False
    for need in t.get("need",[]):
        if not re.search(need,txt,re.S): ok=False
    if b"Traceback" in data: ok=False
    snippet=re.sub(r"\s+"," ",txt)[:150]
    extra=[m for b in t.get("bad",[]) for m in re.findall(b,txt)[:2]]
    row(t["id"],"web",t["path"][:120],t["exp"],ok,f"HTTP {st} {dt:.2f}s {len(data)}B ct={h.get('Content-Type')} bad-hits={extra} :: {snippet}",f"curl -X {t.get('method','GET')} '{base}{t['path'][:200]}'")
