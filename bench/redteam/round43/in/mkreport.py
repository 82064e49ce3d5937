import csv
rows=[]
for f in ["rows_misc.tsv","rows_m.tsv","rows_c.tsv"]:
    try:
        for l in open(f):
            l=l.rstrip("\n")
            if l: rows.append(l.split("\t"))
    except FileNotFoundError: pass
for l in open("qgrade.tsv"):
    qid,v,note=l.rstrip("\n").split("\t")
    q=[x for x in open("questions.tsv") if x.startswith(qid+"\t")][0].rstrip("\n").split("\t")
    a=[x for x in open("logs/ask/answers.tsv") if x.startswith(qid+"\t")][0].rstrip("\n").split("\t")
    cls={"N":"(b) ask","F":"(b) ask false premise","U":"(b) ask unanswerable"}[q[1]]
    rows.append([qid,cls,q[2],"ask (via /ask.json, same engine as CLI; spot-checked with `vitrina ask`)","truth: "+q[3],f"answer={a[4]} conf={a[5]}; {note}",v])
esc=lambda s:s.replace("|","\\|")
out=["| id | class | input | command | expected | observed | result |","|---|---|---|---|---|---|---|"]
for r in rows: out.append("| "+" | ".join(esc(x) for x in r)+" |")
p=sum(r[-1]=="PASS" for r in rows); f=sum(r[-1]=="FAIL" for r in rows)
open("attack_table.md","w").write(f"{len(rows)} attacks: {p} PASS, {f} FAIL\n\n"+"\n".join(out)+"\n")
print(len(rows),p,f)
