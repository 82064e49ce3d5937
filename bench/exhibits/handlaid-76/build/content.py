"""texts.py -> gold JSON (reference schema) + texts.json for the generators."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from texts import EX
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def gold(name):
    e = EX[name]
    title = " ".join(e["title"])
    secs = []
    for label, stitle, blocks in e["sections"]:
        bl = []
        for b in blocks:
            if b[0] == "p":
                bl.append({"kind": "paragraph", "text": b[1]})
            else:
                bl.append({"kind": "caption", "text": b[1], "position": b[2], "credit": b[3]})
        secs.append({"label": label, "title": stitle if stitle is not None else title, "blocks": bl})
    return {"title": title, "running": e["running"], "sections": secs}

if __name__ == "__main__":
    for n in EX:
        g = gold(n)
        with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
        w = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        print(n, w)
    with open(os.path.join(os.path.dirname(__file__), "texts.json"), "w", encoding="utf-8") as f:
        json.dump(EX, f, ensure_ascii=False, indent=1)
