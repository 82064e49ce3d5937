# -*- coding: utf-8 -*-
import json
from content import gold_text

def section_gold(s):
    blocks = [{"kind": "paragraph", "text": gold_text(p)} for p in s["paras"]]
    c = s.get("caption")
    if c:
        blocks.append({"kind": "caption", "text": gold_text(c["text"]), "position": c["position"],
                       "credit": c["credit"]})
    return {"label": s["label"], "title": s["title"], "blocks": blocks}

def make_gold(d, running, title_label=None, extra_sidebar=None):
    title = " ".join(d["title_lines"]) if "title_lines" in d else d["title"]
    secs = [{"label": title_label, "title": title,
             "blocks": [{"kind": "paragraph", "text": gold_text(d["intro"])}]}]
    body = [s for s in d["sections"] if not s.get("sidebar")]
    side = [s for s in d["sections"] if s.get("sidebar")]
    for s in body:
        secs.append(section_gold(s))
    for s in side:
        secs.append(section_gold(dict(s, label=None)))
    if extra_sidebar:
        secs.append(section_gold(dict(label=None, title=extra_sidebar["title"], paras=extra_sidebar["paras"])))
    return {"title": title, "running": running, "sections": secs}

def write_gold(path, g):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
