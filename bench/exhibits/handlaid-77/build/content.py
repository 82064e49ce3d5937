# -*- coding: utf-8 -*-
"""texts.py -> gold NAME.json (schema of the format references) and texts.json for the other builders."""
import json, os, sys
from texts import DOCS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def gold(name):
    d = DOCS[name]
    secs = []
    for s in d["sections"]:
        blocks = []
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                blocks.append({"kind": "paragraph", "text": b["text"]})
            else:
                blocks.append({"kind": "caption", "text": b["text"], "position": b["position"], "credit": b["credit"]})
        secs.append({"label": s["label"], "title": s["title"] if s["title"] else d["title"], "blocks": blocks})
    return {"title": d["title"], "running": d["running"], "sections": secs}

def words(name):
    return sum(len(b["text"].split()) for s in DOCS[name]["sections"] for b in s["blocks"] if b["kind"] == "paragraph")

if __name__ == "__main__":
    for name in DOCS:
        g = gold(name)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2); fh.write("\n")
        print(name, words(name), "paragraph words")
    json.dump(DOCS, open(os.path.join(os.path.dirname(__file__), "texts.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
