import sys, time, json, random, threading, urllib.request, urllib.parse, statistics, subprocess
base=sys.argv[1]; n=int(sys.argv[2]); conc=int(sys.argv[3]); pid=int(sys.argv[4]) if len(sys.argv)>4 else 0
paths=sys.argv[5].split(",") if len(sys.argv)>5 else []
qs=["Novak","Leeds","harbour board","who founded the Harbour Board","when did Anna Novak visit Leeds","Kowalski 1901","\"we will not forget\"","Porto","cost","Rowing Club"]
random.seed(1)
def urls():
    q=random.choice(qs); e=urllib.parse.quote(q)
    return random.choice([f"/search?q={e}", f"/ask?q={e}", f"/search.json?q={e}", f"/ask.json?q={e}", "/", random.choice(paths) if paths else "/"])
lat=[]; errs={}; lock=threading.Lock(); maxrss=[0]
def worker(k):
    for _ in range(k):
        u=urls(); t=time.time()
        try:
            r=urllib.request.urlopen(base+u, timeout=60); r.read(); code=r.status
        except urllib.error.HTTPError as e: code=e.code
        except Exception as e: code=type(e).__name__
        d=time.time()-t
        with lock:
            lat.append((d,u,code))
            if code!=200: errs[f"{code} {u.split('?')[0]}"]=errs.get(f"{code} {u.split('?')[0]}",0)+1
def mon():
    while not done:
        try:
            out=subprocess.run(["ps","--ppid",str(pid),"-p",str(pid),"-o","rss="],capture_output=True,text=True).stdout.split()
            maxrss[0]=max(maxrss[0], sum(int(x) for x in out))
        except Exception: pass
        time.sleep(0.5)
done=False; threading.Thread(target=mon,daemon=True).start()
t0=time.time(); ts=[threading.Thread(target=worker,args=(n//conc,)) for _ in range(conc)]
[t.start() for t in ts]; [t.join() for t in ts]; done=True
ds=sorted(x[0] for x in lat)
print(json.dumps({"requests":len(lat),"conc":conc,"wall":round(time.time()-t0,1),"p50":round(ds[len(ds)//2],3),"p95":round(ds[int(len(ds)*.95)],3),"max":round(ds[-1],3),"errors":errs,"server_rss_kb_max":maxrss[0]}))
slow=sorted(lat,reverse=True)[:5]; print("slowest:",[(round(a,2),b,c) for a,b,c in slow])
