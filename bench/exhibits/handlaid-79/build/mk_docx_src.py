# -*- coding: utf-8 -*-
"""Writes build/docx/owens.md (Markdown for mddocx-native) from texts.py."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import DOCS
d = DOCS["owens_bottle_machine_1903"]
L = []
L.append("LAKESIDE GLASS HERITAGE CENTRE · GALLERY 5\n")
L.append("# %s  \n%s\n" % (d["title_lines"][0], d["title_lines"][1]))
L.append("*Lent in part by the Toledo Works Collection and the Ohio Valley Bottle Club.*\n")
L.append(d["intro"] + "\n")
L.append("<!-- pagebreak -->\n")
for si, (label, title, paras, cap) in enumerate(d["sections"]):
    L.append("## %s: %s\n" % (label, title))
    for pi, p in enumerate(paras):
        if si == 0 and pi == 1:
            p = p.replace("often for very little pay.", "often for very little pay.[^1]")
        L.append(p + "\n")
        if cap and pi == 1:
            # caption printed mid-section, between paragraphs 2 and 3
            L.append('![%s](grey.png "%s")\n' % ("Grey placeholder for the machine model", cap[0]))
            L.append("*%s*\n" % cap[2])
    if si == 1:
        L.append("| Year | Event |\n| --- | --- |\n| 1888 | Owens joins Libbey in Toledo |\n"
                 "| 1903 | Company formed to license the machine |\n| 1929 | Merger forms Owens-Illinois |\n")
        L.append("> “The furnace never sleeps, and neither did the boys who served it.”  \n> — Union newsletter, 1907\n")
st, sps = d["sidebar"]
L.append("::: note\n**%s**\n\n%s\n:::\n" % (st, "\n\n".join(sps)))
L.append("[^1]: Wages and hours for boys varied from state to state; several states passed laws against night work in the 1900s.\n")
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "docx", "owens.md"), "w", encoding="utf-8").write("\n".join(L))
