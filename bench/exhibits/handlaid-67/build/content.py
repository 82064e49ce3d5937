# -*- coding: utf-8 -*-
"""Writes the gold JSON of every exhibit from texts.py (same strings the generators print)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import EX

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNING = {
    "perkin_mauve_1856": ["1 · An Easter Experiment", "3 · A Colour for Everyone",
                          "Ferncastle Museum of Dress · Catalogue of the Colour Collection", "58", "59"],
    "cochineal_trade_1523": ["Marrowby Textile Museum · Gallery 3 · Panel 2"],
    "cromford_mill_1771": ["Derwent Valley Textile Trust · Trail Leaflet 2"],
    "singer_sewing_machine_1851": ["Garrowby Museum of Clothing · The Stitch Gallery", "2"],
    "riveted_jeans_1873": ["Halden Museum of Work Clothes · Workwear Gallery"],
    "carolina_indigo_1744": [],
}

def gold(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": e["intro"]}]}]
    for s in e["sections"]:
        blocks = [{"kind": "paragraph", "text": p} for p in s["paras"]]
        if "caption" in s:
            c = s["caption"]
            blocks.append({"kind": "caption", "text": c["text"], "position": c["position"], "credit": c["credit"]})
        secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
    sb = e["sidebar"]
    secs.append({"label": None, "title": sb["title"], "blocks": [{"kind": "paragraph", "text": p} for p in sb["paras"]]})
    return {"title": title, "running": RUNNING[name], "sections": secs}

if __name__ == "__main__":
    for name in EX:
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(name), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("gold written:", ", ".join(EX))
