import json, glob
rows = {}
for l in open("results.jsonl"):
    r = json.loads(l)
    if r["id"].startswith("ASK-"): rows[r["id"]] = r
for aid, r in rows.items():
    try: d = json.load(open(f"logs/{aid}.out"))
    except Exception as e: print(aid, "NOJSON", r["rc"]); continue
    cit = d.get("citations") or []
    c0 = cit[0] if cit else {}
    print(f"{aid} | Q: {d['question']}\n   truth: {r['expected']}\n   ans: {d.get('answer')!r} conf={d.get('confidence')} type={d.get('type')}\n   cite: {c0.get('document')} {c0.get('text','')[:150]!r}")
