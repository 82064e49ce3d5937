# -*- coding: utf-8 -*-
"""Exhibit 3: The Wreck of the Batavia (iText 5.5.13 via Batavia.java).  A4 landscape, three columns, 2 pages.
iText breaks the lines and justifies; the spec gives it soft hyphens (U+00AD) from pyphen."""
import os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content
import pyphen

NAME = "batavia_wreck_1629"
OUT = content.OUT
EX = content.BATAVIA
HY = pyphen.Pyphen(lang="en_GB")


def soft(text):
    def one(m):
        w = m.group(0)
        if len(w) < 8 or not w.islower():
            return w
        return HY.inserted(w, hyphen="\u00ad")
    return re.sub(r"[A-Za-z]+", one, text)


rows = [["RUN", EX["running"][0], EX["running"][1]], ["FOOTNOTE", EX["footnote"]], ["KICKER", EX["kicker"]]]
for t in EX["title_lines"]:
    rows.append(["TITLE", t])
rows.append(["INTRO", content.clean(EX["intro"])])
for s in EX["sections"]:
    rows += [["LABEL", s["label"]], ["HEAD", s["title"]]]
    for pi, p in enumerate(s["paras"]):
        parts = p.split("|")
        for k, part in enumerate(parts):
            rows.append(["PARA" if k == 0 else "CONT", soft(part.strip())])
            if k < len(parts) - 1:
                c = s["captions"][0]
                rows.append(["CAPRIGHT", c["pos"], c["text"], c["credit"]])
    if s["label"] == "Part Two":
        rows.append(["PULL", EX["pullquote"]])
    if s["label"] == "Part Four":
        c = s["captions"][0]
        rows.append(["CAPBELOW", c["pos"], c["text"], c["credit"]])
        rows.append(["TABLE", EX["table"]["title"]])
        for a, b in EX["table"]["rows"]:
            rows.append(["ROW", a, b])
rows.append(["SIDEBAR", EX["sidebar"]["title"], content.clean(EX["sidebar"]["paras"][0])])
spec = os.path.join(HERE, NAME + ".spec.tsv")
with open(spec, "w", encoding="utf-8") as f:
    for r in rows:
        f.write("\t".join(r) + "\n")
pdf = os.path.join(OUT, NAME + ".pdf")
subprocess.check_call(["java", "-cp", "/usr/share/java/itext5.jar:" + HERE, "Batavia", spec, pdf, EX["title"]])
subprocess.check_call(["pdftotext", "-raw", pdf, os.path.join(OUT, NAME + ".txt")])
content.write_gold(EX, NAME)
print("wrote", NAME)
