# Writes build/match_data.json (input of mk_docx.mjs) and the gold match_girls_strike_1888.json.
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C
d = C.MATCH
B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(B, ".."))
# a note mark glued to "The Link" in Panel 2 paragraph 1 (printed as a superscript run, not gold)
d["sections"][1]["paras"][0] = d["sections"][1]["paras"][0].replace("The Link,", "The Link^1^,")
data = dict(d)
data["note"] = ("1 The Link was a halfpenny weekly founded by Besant and the journalist W. T. Stead in 1888; "
                "only a few copies of the June issue survive.")
json.dump(data, open(os.path.join(B, "match_data.json"), "w"), ensure_ascii=False, indent=1)
title = " ".join(d["title_lines"])
secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=C.gold_text(d["intro"]))])]
for i, s in enumerate(d["sections"]):
    blocks = [dict(kind="paragraph", text=C.gold_text(p)) for p in s["paras"]]
    if i == 1:
        c = d["caption"]
        blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
    secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
sb = d["sidebar"]
secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=C.gold_text(p)) for p in sb["paras"]]))
with open(os.path.join(OUT, d["name"] + ".json"), "w") as f:
    json.dump(dict(title=title, running=[d["header"], d["footer"]], sections=secs), f, ensure_ascii=False, indent=2)
    f.write("\n")
