"""texts.py -> gold JSON (NAME.json) for all six exhibits."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import DOCS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cur(s):
    return s.replace("'", "\u2019")


def gold(name):
    d = DOCS[name]
    title = cur(" ".join(d["title_lines"]))
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=cur(d["intro"]))])]
    for s in d["sections"]:
        blocks = [dict(kind="paragraph", text=cur(p)) for p in s["paras"]]
        if s.get("caption"):
            c = s["caption"]
            blocks.append(dict(kind="caption", text=cur(c["text"]), position=c["position"], credit=cur(c["credit"])))
        secs.append(dict(label=s["label"], title=cur(s["title"]), blocks=blocks))
    sb = d["sidebar"]
    secs.append(dict(label=None, title=cur(sb["title"]), blocks=[dict(kind="paragraph", text=cur(p)) for p in sb["paras"]]))
    return dict(title=title, running=[cur(r) for r in d["running"]], sections=secs)


if __name__ == "__main__":
    for name in DOCS:
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(name), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", name + ".json")
