# -*- coding: utf-8 -*-
"""Writes the gold JSON of all six exhibits from texts.py (key order as in the format references)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import EX

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNING = {  # what each document prints as running heads/feet and folios
    "tycho_nova_1572": ["Hall of the Heavens · Panel 4", "Orrery House Museum of Astronomy, Kelbrook"],
    "napier_logarithms_1614": ["Instruments of Calculation", "58", "59",
                               "Ardnamurchan Library of Mathematics · Catalogue of Printed Books"],
    "mason_dixon_line_1767": ["Pendlebury Museum of Surveying and Maps"],
    "meridian_conference_1884": ["One Meridian for the World · Elmhurst Museum of Time", "1", "2"],
    "metre_survey_1792": ["Thornbury Museum of Weights and Measures · Gallery of Standards"],
    "ramanujan_letter_1913": [],
}


def gold(name):
    e = EX[name]
    title = " ".join(e["title"])
    secs = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": e["intro"]}]}]
    for s in e["sections"]:
        blocks = [{"kind": "paragraph", "text": p} for p in s["paras"]]
        if "caption" in s:
            c = s["caption"]
            blocks.append({"kind": "caption", "text": c["text"], "position": c["position"], "credit": c["credit"]})
        secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
    secs.append({"label": None, "title": e["sidebar"]["title"],
                 "blocks": [{"kind": "paragraph", "text": p} for p in e["sidebar"]["paras"]]})
    assert RUNNING[name] == e["running"], name
    return {"title": title, "running": RUNNING[name], "sections": secs}


def dump(name):
    return json.dumps(gold(name), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    for name in EX:
        open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8").write(dump(name))
    print("gold written:", ", ".join(EX))
