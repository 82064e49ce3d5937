import json
from content import gold_text

OUT = "/work/heldout/r23/exhibits/"


def para(t):
    return {"kind": "paragraph", "text": gold_text(t)}


def cap(c):
    return {"kind": "caption", "text": gold_text(c["text"]), "position": c["position"], "credit": c["credit"]}


def build(ex, running, title=None, sidebar_last=True, para_text=lambda p: p):
    title = title or " ".join(ex["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [para(ex["intro"])] + ([cap(ex["band_caption"])]
                                                                            if ex.get("band_caption") else [])}]
    for s in ex["sections"]:
        b = [para(para_text(p)) for p in s["paras"]]
        if s.get("caption"):
            b.append(cap(s["caption"]))
        secs.append({"label": s["label"], "title": s["title"], "blocks": b})
    if ex.get("sidebar") and sidebar_last:
        sb = ex["sidebar"]
        secs.append({"label": None, "title": sb["title"], "blocks": [para(p) for p in sb["paras"]]})
    return {"title": title, "running": running, "sections": secs}


def write(ex, g):
    with open(OUT + ex["name"] + ".json", "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
