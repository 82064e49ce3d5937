import json, urllib.request, urllib.parse, time
rows=[l.rstrip("\n").split("\t") for l in open("questions.tsv")]
out=open("logs/ask/answers.tsv","w")
for qid,kind,q,truth in rows:
    t=time.time()
    r=json.load(urllib.request.urlopen("http://127.0.0.1:8643/ask.json?q="+urllib.parse.quote(q), timeout=120))
    json.dump(r, open(f"logs/ask/{qid}.json","w"), indent=1)
    c=r.get("citations") or []
    cit=" || ".join(f"[{x.get('document')}] {x.get('text','')[:160]}" for x in c[:2])
    out.write("\t".join([qid,kind,q,truth,str(r.get("answer")),str(r.get("confidence")),cit.replace("\t"," ").replace("\n"," "),str(round(time.time()-t,2))])+"\n")
    print(qid,kind,"|",q,"|",r.get("answer"),"|",r.get("confidence"),"|",cit[:220].replace("\n"," "))
