"""Write a JSON element list for the DOCX and render it with redocx (node/mk_docx.cjs)."""
import json, os, subprocess
from content import EX, OUT
B = os.path.dirname(os.path.abspath(__file__)); n = "powell_expedition_1869"; e = EX[n]
els = [{"t": "text", "s": {"fontSize": 9, "bold": True, "color": "#8a4b1f"}, "x": [e["kicker"]]}]
for i, line in enumerate(e["title_lines"]):
    els.append({"t": "text", "s": {"fontSize": 26 if i == 0 else 20, "bold": i == 0, "fontFace": "Georgia"}, "x": [line]})
els.append({"t": "text", "s": {"italic": True, "fontSize": 13}, "x": [e["intro"]]})
for lab, tit, bl in e["sections"]:
    if lab is None:
        els.append({"t": "text", "s": {"backgroundColor": "#EFE6D8", "bold": True, "fontSize": 13}, "x": [tit]})
        for b in bl: els.append({"t": "text", "s": {"backgroundColor": "#EFE6D8", "fontSize": 10}, "x": [b["text"]]})
        continue
    els.append({"t": "text", "s": {"fontSize": 9, "color": "#8a4b1f", "bold": True}, "x": [lab]})
    els.append({"t": "text", "s": {"fontSize": 16, "bold": True, "fontFace": "Georgia"}, "x": [tit]})
    for b in bl:
        if b["kind"] == "caption":
            els.append({"t": "image"})
            els.append({"t": "text", "s": {"fontSize": 9}, "x": [b["position"] + ": " + b["text"], "BR", b["credit"]]})
            continue
        parts = [p.strip() for p in b["text"].split("|")]
        txt = parts[0] + ("*" if parts[0].endswith("measuring altitude.") else "")
        els.append({"t": "text", "s": {"fontSize": 11}, "a": "justify", "x": [txt]})
        if len(parts) == 2:
            els.append({"t": "pagebreak"})
            els.append({"t": "text", "s": {"fontSize": 11}, "a": "justify", "x": [parts[1]]})
    if lab == "Stage 1":
        els.append({"t": "text", "s": {"fontSize": 15, "italic": True, "color": "#8a4b1f"}, "a": "center",
                    "x": ["“Ten men, four boats, and a thousand miles of river that no one had charted.”"]})
els.append({"t": "text", "s": {"fontSize": 8}, "x": ["* The crew journals do not always agree on dates or on the spelling of the boats’ names; this text follows Sumner and Bradley."]})
els.append({"t": "table", "headers": ["Boat", "Built of", "What became of it"], "rows": [
    ["Emma Dean", "pine", "Left behind at Separation Rapid"], ["Maid of the Cañon", "oak", "Reached the Virgin River"],
    ["Kitty Clyde’s Sister", "oak", "Reached the Virgin River"], ["No Name", "oak", "Wrecked at Disaster Falls"]]})
spec = os.path.join(B, "docx_src", n + ".json")
json.dump({"title": " ".join(e["title_lines"]), "image": os.path.join(B, "docx_src", "grey.png"), "els": els},
          open(spec, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
out = os.path.join(OUT, n + ".docx")
if os.path.exists(out): os.remove(out)
subprocess.run(["node", "mk_docx.cjs", spec, out], cwd=os.path.join(B, "node"), check=True)
