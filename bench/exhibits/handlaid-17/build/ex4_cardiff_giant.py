"""Exhibit 4: cardiff_giant_1869 - catalogue pages 27-28 made with TCPDF 6.6.2 (Debian php-tcpdf, PHP 8.2).

The driver runs in build/venv (for pyphen): it puts soft hyphens (U+00AD) into the body text with the en_GB
patterns of Debian's hyphen-en-gb (TCPDF breaks lines at them), marks the split of paragraph 3.1-2 and the
footnote reference, writes cardiff_giant_1869_content.json and runs `php cardiff_giant_1869.php`.
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

ex = copy.deepcopy(content.GIANT)
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


SPLIT_AFTER = "to make it look old."
ex["sections_shy"] = [dict(label=s["label"], title=s["title"], paras=[shy(p) for p in s["paras"]])
                      for s in ex["sections"]]
p2 = ex["sections"][0]["paras"][1]
assert SPLIT_AFTER in p2 and "block of gypsum" in p2
p2 = p2.replace("block of gypsum", "block of gypsum|FN|").replace(SPLIT_AFTER, SPLIT_AFTER + "|SPLIT|")
ex["sections_shy"][0]["paras_split"] = [ex["sections_shy"][0]["paras"][0],
                                        "|SPLIT|".join(shy(part.strip()) for part in p2.split("|SPLIT|"))]
ex["sidebar"]["paras_shy"] = [shy(p) for p in ex["sidebar"]["paras"]]

common.grey_png(os.path.join(common.IMG, "giant_pit.png"), 480, 384)
common.grey_png(os.path.join(common.IMG, "giant_hero.png"), 1044, 276, grey=0xA8)
for i in (1, 2, 3):
    common.grey_png(os.path.join(common.IMG, f"giant_card{i}.png"), 600, 400, grey=0xBE - 8 * i)
cj = os.path.join(HERE, NAME + "_content.json")
content.dump_json(ex, cj)
pdf, txt = os.path.join(common.OUT, NAME + ".pdf"), os.path.join(common.OUT, NAME + ".txt")
subprocess.run(["php", os.path.join(HERE, NAME + ".php"), cj, pdf], check=True)
common.pdftotext_raw(pdf, txt)
content.write_gold(content.GIANT, [ex["header_left"], ex["header_right"], "27", "28"],
                   os.path.join(common.OUT, NAME + ".json"))
