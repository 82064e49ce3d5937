import json
verd = json.load(open("verdicts.json"))  # id -> [PASS/FAIL, observed]
rows = []
seen = set()
for l in open("results.jsonl"):
    r = json.loads(l); seen.add(r["id"]); rows.append(r)
out = ["| id | class | input | command | expected | observed | result |", "|---|---|---|---|---|---|---|"]
def esc(s): return str(s).replace("|", "\\|").replace("\n", " ")[:300]
for r in rows:
    v = verd.get(r["id"], ["?", ""])
    obs = f"rc={r['rc']}, {r['wall']}s, {r['rss_mb']} MB, traceback={'yes' if r['tb'] else 'no'}, ctrl-bytes={'yes' if r['ctrl'] else 'no'}" + (f"; {v[1]}" if v[1] else "")
    out.append(f"| {r['id']} | {r['cls']} | {esc(r['input'])} | `{esc(r['cmd'])[:160]}` | {esc(r['expected'])} | {esc(obs)} | {v[0]} |")
for k, v in verd.items():
    if k not in seen and k.startswith("M"):
        out.append(f"| {k} | {v[2] if len(v)>2 else 'manual'} | {esc(v[3] if len(v)>3 else '')} | (manual, see logs) | {esc(v[4] if len(v)>4 else '')} | {esc(v[1])} | {v[0]} |")
open("attack_table.md", "w").write("\n".join(out) + "\n")
print(len(out) - 2, "rows;", sum(1 for x in out if x.endswith("| FAIL |")), "FAIL")
