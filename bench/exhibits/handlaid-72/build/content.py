"""texts.py -> gold NAME.json (format of the references) + texts.json for the Node builders."""
import json, re, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from texts import EX

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"\{\d+\}")

def clean(s):
    return MARK.sub("", s)

def gold(name, e):
    title = " ".join(e["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=clean(e["intro"]))])]
    for s in e["sections"]:
        blocks = [dict(kind="paragraph", text=clean(p)) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=clean(p)) for p in sb["paras"]]))
    return dict(title=title, running=e["running"], sections=secs)

def words(g):
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")

if __name__ == "__main__":
    for name, e in EX.items():
        g = gold(name, e)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{name}: {words(g)} paragraph words")
    with open(os.path.join(os.path.dirname(__file__), "texts.json"), "w", encoding="utf-8") as f:
        json.dump(EX, f, ensure_ascii=False, indent=1)
