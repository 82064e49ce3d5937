import json, glob, os
import pandas as pd
a = json.load(open("out/re1.json")); b = json.load(open("out/re2.json"))
ia = {d["id"] for d in a["documents"]}; ib = {d["id"] for d in b["documents"]}
print("docs removed", ia - ib, "added", ib - ia)
ea = {e["id"] for e in a["entities"]}; eb = {e["id"] for e in b["entities"]}
print("entities removed", sorted(ea - eb)); print("entities added", sorted(eb - ea))
stale = [e["id"] for e in b["entities"] if any("sy-01" in m["document"] for m in e["mentions"])]
print("stale mentions of sy-01 in entities", stale)
print("stale events", [e["id"] for e in b["events"] if "sy-01" in e["id"] or any("sy-01" in ev["document"] for ev in e["evidence"])])
print("stale quantities", [q["id"] for q in b["quantities"] if "sy-01" in q["id"]])
for d in b["documents"]:
    if d["id"].startswith("qc-02"):
        print("QC-02 catalogue", d.get("catalogue"))
        print("QC-02 Aug15 in text:", "15th August" in json.dumps(d))
print("QC-02 events", [(e["date"] or {}).get("edtf") for e in b["events"] if e["id"].startswith("qc-02")])
for f in sorted(glob.glob("out/re2csv/*.csv")):
    t = open(f).read()
    if "sy-01" in t.lower() or "SY-01_sydney" in t: print("STALE in", f)
print("csv files", sorted(os.listdir("out/re1csv")), sorted(os.listdir("out/re2csv")))
