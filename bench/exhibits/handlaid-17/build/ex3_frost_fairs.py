"""Exhibit 3: thames_frost_fairs - A3 poster made with Scribus 1.5.8 (Debian), scripted headless.

The driver runs in build/venv (for pyphen), puts soft hyphens into the body text with the en_GB patterns
of Debian's hyphen-en-gb, writes thames_frost_fairs_content.json and runs
`xvfb-run -a scribus -g -ns -py thames_frost_fairs_scribus.py`.
"""
import copy
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_PY = os.path.join(HERE, "venv", "bin", "python")
if os.path.realpath(sys.prefix) != os.path.realpath(os.path.join(HERE, "venv")):
    os.execv(VENV_PY, [VENV_PY] + sys.argv)
sys.path.insert(0, HERE)
import pyphen  # noqa: E402

import common  # noqa: E402
import content  # noqa: E402

ex = copy.deepcopy(content.FROST)
NAME = ex["name"]
SHY = "\u00ad"
dic = pyphen.Pyphen(filename="/usr/share/hyphen/hyph_en_GB.dic", left=2, right=3)


def shy(text):
    out = []
    for w in text.split(" "):
        core = w.strip(".,;:“”’‘()")
        if len(core) >= 7 and core.isalpha() and not core[0].isupper():
            w = w.replace(core, dic.inserted(core, hyphen=SHY))
        out.append(w)
    return " ".join(out)


ex["sections_shy"] = [dict(label=s["label"], title=s["title"], paras=[shy(p) for p in s["paras"]])
                      for s in ex["sections"]]
ex["out_pdf"] = os.path.join(common.OUT, NAME + ".pdf")
ex["body_pt"], ex["body_lead"] = 13.5, 18
ex["col2_h"], ex["col3_h"], ex["sidebar_h"] = 450, 290, 190
COLW = (842 - 84 - 40) / 3.0
ex["layout"] = {"card_x": 42, "card_y": 760, "booths_y": 882, "booths_h": 180,
                "pull_x": 42, "pull_y": 1000}
common.grey_png(os.path.join(common.IMG, "frost_card.png"), 236, 300, grey=0xC8)
common.grey_png(os.path.join(common.IMG, "frost_booths.png"), 900, 340)
content.dump_json(ex, os.path.join(HERE, NAME + "_content.json"))
r = subprocess.run(["xvfb-run", "-a", "scribus", "-g", "-ns", "-py", os.path.join(HERE, NAME + "_scribus.py")],
                   capture_output=True, text=True, timeout=300)
for line in r.stderr.splitlines():
    if line.startswith(("WARNING", "wrote", "Traceback", "  File")) or "Error" in line:
        print(line)
pdf, txt = ex["out_pdf"], os.path.join(common.OUT, NAME + ".txt")
common.pdftotext_raw(pdf, txt)
content.write_gold(content.FROST, [ex["footer"]], os.path.join(common.OUT, NAME + ".json"))
