"""texts.py -> texts.json (for the JS builders) and the gold NAME.json files."""
import json, os
from texts import EX
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)

def gold(name, e):
    t = " ".join(e["title_lines"])
    secs = [dict(label=None, title=t, blocks=[dict(kind="paragraph", text=e["intro"])])]
    for s in e["sections"]:
        blocks = [dict(kind="paragraph", text=p) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    return dict(title=t, running=e["running"], sections=secs)

def words(g):
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")

if __name__ == "__main__":
    json.dump(EX, open(os.path.join(HERE, "texts.json"), "w"), ensure_ascii=False, indent=1)
    for name, e in EX.items():
        g = gold(name, e)
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
        print(name, words(g))
