# Hereford Mappa Mundi: an A6 pocket booklet typeset by Halibut 1.3 (Simon Tatham's documentation system).
import os, subprocess, re
from common import *
from content import MAPPA as M

def esc(t):
    # Halibut markup: escape backslash and braces; keep typographic apostrophes as Unicode
    return t.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")

cfg = {
    "paper-page-width": "298", "paper-page-height": "262",          # 105 x 92 mm pocket guide, in points
    "paper-left-margin": "34", "paper-right-margin": "28",
    "paper-top-margin": "34", "paper-bottom-margin": "46",
    "paper-base-font-size": "10", "paper-chapter-top-space": "30",
    "chapter": "Part", "input-charset": "UTF-8",
}
lines = []
for k, v in cfg.items():
    lines += ["\\cfg{%s}{%s}" % (k, v), ""]
lines += ["\\title " + esc(M["title"]), "", "\\preamble " + esc(M["intro"]), "",
          "\\copyright Text \u00a9 Wye Valley Map Trust. Published for the Mappa Mundi Gallery, Hereford. Guide no. 6.", ""]
keys = ["skin", "reading", "sale", "home"]
for key, s in zip(keys, M["sections"]):
    lines += ["\\C{%s} %s" % (key, esc(s["title"])), ""]
    for p in s["paras"]:
        lines += [esc(p), ""]
# a cross reference set by Halibut ("part 3") inside part 4, paragraph 1
src = "\n".join(lines)
src = src.replace("in a room of its own.", "in a room of its own (see \\k{sale}).")
a = M["appendix"]
src += "\n\\A{lib} %s\n\n" % esc(a["title"]) + "\n\n".join(esc(p) for p in a["paras"]) + "\n"
with open(os.path.join(BUILD, M["name"] + ".but"), "w", encoding="utf-8") as f:
    f.write(src)
subprocess.run(["halibut", "--pdf=" + os.path.join(OUT, M["name"] + ".pdf"), os.path.join(BUILD, M["name"] + ".but")], check=True)
pdftotext(M["name"])
txt = open(os.path.join(OUT, M["name"] + ".txt"), encoding="utf-8").read()
npages = txt.count("\f")
secs = [section(None, M["title"], [para(M["intro"])])]
for i, s in enumerate(M["sections"]):
    ps = list(s["paras"])
    if i == 3:
        ps[0] = ps[0].replace("in a room of its own.", "in a room of its own (see part 3).")
    secs.append(section(s["label"], s["title"], [para(p) for p in ps]))
secs.append(section(a["label"], a["title"], [para(p) for p in a["paras"]]))
write_gold(M["name"], M["title"], [str(i) for i in range(1, npages + 1)], secs)
print("pages", npages)
