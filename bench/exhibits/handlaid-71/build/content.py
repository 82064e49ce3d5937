# -*- coding: utf-8 -*-
"""Gold JSON for every exhibit, built from texts.py (same schema and key order as the references)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import texts

OUT = os.path.join(os.path.dirname(__file__), "..")
CURLY = {"french_republican_calendar_1793", "atomic_clock_1955"}   # DOCX/HTML print curly double quotes


def fix(t, name):
    t = t.replace("'", "\u2019")
    if name in CURLY:
        import re
        t = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", t)
    return t


def gold(d):
    name = d["name"]
    title = " ".join(d["title_lines"])
    secs = [{"label": None, "title": fix(title, name), "blocks": [{"kind": "paragraph", "text": fix(d["intro"], name)}]}]
    for i, s in enumerate(d["sections"]):
        blocks = [{"kind": "paragraph", "text": fix(p, name)} for p in s["paras"]]
        c = d["caption"]
        if c["section"] == i:
            blocks.append({"kind": "caption", "text": fix(c["text"], name), "position": c["position"], "credit": fix(c["credit"], name)})
        secs.append({"label": s["label"], "title": fix(s["title"], name), "blocks": blocks})
    sb = d["sidebar"]
    secs.append({"label": None, "title": fix(sb["title"], name), "blocks": [{"kind": "paragraph", "text": fix(p, name)} for p in sb["paras"]]})
    return {"title": fix(title, name), "running": [fix(r, name) for r in d["running"]], "sections": secs}


def main():
    for d in texts.ALL:
        g = gold(d)
        with open(os.path.join(OUT, d["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
