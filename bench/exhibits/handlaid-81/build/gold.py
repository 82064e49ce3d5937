# -*- coding: utf-8 -*-
"""Gold JSON from content.py, in the references' schema."""
import json, os, re
from content import EX
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def clean(t):
    return re.sub(r"\^\d+", "", t)

def gold(name):
    e = EX[name]
    lines = list(e["title"]) + ([e["subtitle"]] if e.get("subtitle") else [])
    title = " ".join(lines)
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=clean(e["intro"]))])]
    for s in e["sections"]:
        blocks = [dict(kind="paragraph", text=clean(p)) for p in s["paras"]]
        if s.get("caption"):
            c = s["caption"]
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=clean(p)) for p in sb["paras"]]))
    return dict(title=title, running=list(e["running"]), sections=secs)

if __name__ == "__main__":
    for name in EX:
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold(name), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("gold written")
