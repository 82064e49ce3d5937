# -*- coding: utf-8 -*-
"""Exhibit 2: The Voynich Manuscript (mandoc 1.14.6, man(7) source -> mandoc -Tpdf).  A4, mandoc does the layout."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content

NAME = "voynich_manuscript_1912"
OUT = content.OUT
EX = content.VOYNICH
EX["running"] = ["VOYNICH(7)", "Large-Print Gallery Texts", "Lindenhof Library Museum", "March 2026"]


def roff(t):
    t = t.replace("\\", "\\e").replace("-", "\\-")
    return t


def para_text(p, counter):
    out = ""
    for i, part in enumerate(p.split("^")):
        out += part
        if i < len(p.split("^")) - 1:
            counter[0] += 1
            out += "[%d]" % counter[0]
    return roff(content.clean(out.replace("^", "")))


L = []
L.append('.TH VOYNICH 7 "March 2026" "Lindenhof Library Museum" "Large-Print Gallery Texts"')
L.append(".SH NAME")
L.append("voynich \\- gallery text for Case 12, Reading Room Gallery")
L.append('.SH "%s"' % EX["title"])
L.append(".I")
L.append(roff(content.clean(EX["intro"])))
cnt = [0]
for s in EX["sections"]:
    L.append('.SH "%s. %s"' % (s["label"], roff(s["title"])))
    for k, p in enumerate(s["paras"]):
        if k:
            L.append(".PP")
        L.append(para_text(p, cnt))
    if s["label"] == "II":
        # picture frame drawn with tbl, then the caption (picture above it)
        L += [".PP", ".TS", "box center;", "lw(2.8i) .", "\\ ", "\\ ", "\\ ", "\\ ", ".TE"]
        c = s["captions"][0]
        L += ['.IP "%s:" 8' % c["pos"], roff(c["text"]), ".br", '.I "%s"' % roff(c["credit"])]
        # sidebar in a tbl box
        sb = EX["sidebar"]
        L += [".PP", ".TS", "box;", "lb", "lw(5.2i) .", roff(sb["title"]), "T{", roff(content.clean(sb["paras"][0])), "T}", ".TE"]
    if s["label"] == "III":
        L += [".PP", ".ce 1", "\\fI" + roff(EX["pullquote"]) + "\\fP"]
t = EX["table"]
L += [".SH FACTS", ".TS", "tab(@);", "lb l .", "\n".join("%s@%s" % (roff(a), roff(b)) for a, b in t["rows"]), ".TE"]
L.append(".SH NOTES")
for i, n in enumerate(EX["notes"], 1):
    L += ['.IP "[%d]" 5' % i, roff(n)]
L += [".SH SEE ALSO", ".BR rohonc (7),", ".BR codex_seraphinianus (7),", ".BR phaistos_disc (7)"]
src = os.path.join(HERE, NAME + ".7")
open(src, "w", encoding="utf-8").write("\n".join(L) + "\n")
pdf = os.path.join(OUT, NAME + ".pdf")
with open(pdf, "wb") as f:
    subprocess.check_call(["mandoc", "-Tpdf", "-O", "paper=a4", src], stdout=f)
subprocess.check_call(["pdftotext", "-raw", pdf, os.path.join(OUT, NAME + ".txt")])
content.write_gold(EX, NAME)
print("wrote", NAME)
