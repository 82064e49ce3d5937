# Exhibit 5: apollo_13_1970.docx, written by docx-wasm (the docx-rs Rust library compiled to WebAssembly, npm).
# This script writes the spec (runs with formatting) and the gold; node/build_docx.js writes the DOCX.
import json, os, subprocess
import content as C
from util import grey_png
ex = C.APOLLO


def runs(text, italics=(), mark=None, pagebreak_after=None):
    """Split text into runs: italic names, a superscript note mark, a page break after a given word."""
    out = [[text, {}]]
    for name in italics:
        new = []
        for t, f in out:
            if f or name not in t:
                new.append([t, f]); continue
            a, b = t.split(name, 1)
            new += [[a, {}], [name, {"italic": True}], [b, {}]]
        out = new
    if mark:
        word, m = mark
        new = []
        for t, f in out:
            if not f and word in t:
                a, b = t.split(word, 1)
                new += [[a + word, {}], [m, {"sup": True}], [b, {}]]
                word = "\0"
            else:
                new.append([t, f])
        out = new
    if pagebreak_after:
        new = []
        for t, f in out:
            if not f and pagebreak_after in t:
                a, b = t.split(pagebreak_after, 1)
                new += [[a + pagebreak_after, {}], ["", {"pagebreak": True}], [b, {}]]
                pagebreak_after = "\0"
            else:
                new.append([t, f])
        out = new
    return [r for r in out if r[0] or r[1]]


ITAL = ["Aquarius", "Odyssey", "USS Iwo Jima", "Apollo 8"]
spec = dict(header=ex["header"], footer=ex["footer"], title=" ".join(ex["title_lines"]), blocks=[])
B = spec["blocks"]
B.append(dict(k="p", style="Kicker", runs=[[ex["kicker"], {}]]))
B.append(dict(k="title", lines=ex["title_lines"]))
B.append(dict(k="p", style="Intro", runs=runs(ex["intro"])))
sb = ex["sidebar"]
B.append(dict(k="frame", title=sb["title"], runs=runs(sb["paras"][0], ITAL)))
for s in ex["sections"]:
    B.append(dict(k="heading", label=s["label"], title=s["title"]))
    for i, p in enumerate(s["paras"]):
        mark = (ex["footnote_word"], ex["footnote_mark"]) if ex["footnote_word"] in p else None
        pb = "cabin grew" if s["label"] == "Day 4" and i == 0 else None
        B.append(dict(k="p", style="BodyFirst" if i == 0 else "BodyNext", runs=runs(p, ITAL, mark, pb)))
        c = s.get("caption")
        if c and i == 0 and c["position"] == "Above":
            B.append(dict(k="img"))
            B.append(dict(k="p", style="Caption", runs=[["Above: ", {"bold": True}], [c["text"], {}]]))
            B.append(dict(k="p", style="Credit", runs=[[c["credit"], {}]]))
        if c and i == 0 and c["position"] == "Left":
            B.append(dict(k="captable", pos=c["position"], text=c["text"], credit=c["credit"]))
    if s["label"] == "Day 4":
        B.append(dict(k="p", style="PullQuote", runs=[[ex["pullquote"], {}]]))
B.append(dict(k="table", title=ex["table_title"], rows=ex["table"]))
B.append(dict(k="p", style="NoteText", runs=[[ex["footnote"], {}]]))
json.dump(spec, open(ex["name"] + ".spec.json", "w"), ensure_ascii=False, indent=1)
grey_png("grey.png", 320, 200)
out = os.path.join(C.OUT, ex["name"] + ".docx")
subprocess.run(["node", "build_docx.js", ex["name"] + ".spec.json", "grey.png", out], check=True)
C.gold(ex, [ex["header"], ex["footer"]])
print("ok", ex["name"])
