# -*- coding: utf-8 -*-
"""Writes a small Sphinx project (reStructuredText) for the Robert Fortune panel texts
and builds it with the docxbuilder extension (sphinx-build -b docx)."""
import json
import os
import shutil
import subprocess
import sys

import content as C
import png
import mk_style

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(HERE + "/..")
SRC = HERE + "/sphinx_fortune"
ex = C.FORTUNE


def rst_title(t, ch):
    return f"{t}\n{ch * len(t)}\n"


def main():
    if os.path.exists(SRC):
        shutil.rmtree(SRC)
    os.makedirs(SRC + "/img")
    png.grey_png(SRC + "/img/wardian_case.png", 480, 320)
    title = " ".join(ex["title_lines"])
    conf = f'''# Sphinx configuration written by mk_docx.py
project = {title!r}
author = "Tweedside Museum of Gardens"
extensions = ["docxbuilder"]
master_doc = "index"
language = "en"
exclude_patterns = ["_build"]
docx_coverpage = False
docx_pagebreak_before_section = 0
docx_pagebreak_before_file = 0
docx_pagebreak_after_table_of_contents = 0
docx_documents = [("index", "{ex['name']}.docx", {{
    "title": {title!r},
    "creator": "Tweedside Museum of Gardens",
    "subject": "Plant Hunters room, panel texts",
    "category": "Gallery text",
    "description": "Draft panel texts for review",
    "keywords": ["tea", "Robert Fortune", "Wardian case"],
}}, False)]
docx_style = "museum_style.docx"
'''
    open(SRC + "/conf.py", "w").write(conf)
    mk_style.main(SRC + "/museum_style.docx")
    # index: kicker, title in two lines (a line block), intro, the table of contents
    idx = []
    # kicker in italics; the title is a line block of two bold lines (one paragraph, a w:br)
    idx.append("*" + ex["kicker"] + "*\n")
    idx.append("| **" + ex["title_lines"][0] + "**\n| **" + ex["title_lines"][1] + "**\n")
    idx.append(ex["intro"] + "\n")
    idx.append(".. toctree::\n   :caption: In this room\n   :maxdepth: 1\n\n"
               + "".join(f"   case{k + 1}\n" for k in range(len(ex["sections"]))))
    open(SRC + "/index.rst", "w").write("\n".join(idx))
    cap = ex["caption"]
    st, sp = ex["sidebar"]
    for k, (lab, head, paras) in enumerate(ex["sections"]):
        out = [f".. rubric:: {lab}\n", rst_title(head, "=")]
        for pi, p in enumerate(paras):
            if k == 1 and pi == 0:
                # a footnote glued to the end of the first paragraph of Case 2
                p = p.replace("famous for black tea.", "famous for black tea.\\ [#]_")
            out.append(p + "\n")
            if k == cap["section"] and pi == 0:
                out.append(".. figure:: img/wardian_case.png\n   :width: 70%\n   :align: center\n\n"
                           f"   {cap['position']}: {cap['text']}\n\n   {cap['credit']}\n")
            if k == 3 and pi == 0:
                # the sidebar: docxbuilder makes a floating VML text box, anchored between paragraphs
                out.append(f".. sidebar:: {st}\n\n   " + sp[0] + "\n")
        if k == 1:
            out.append(".. [#] " + ex["footnotes"][0][0] + "\n")
        if k == len(ex["sections"]) - 1:
            rows = "".join(f"   * - {a}\n     - {b}\n" for a, b in ex["table"])
            out.append(".. list-table:: Key dates\n   :stub-columns: 1\n   :widths: 60 40\n\n" + rows)
        open(SRC + f"/case{k + 1}.rst", "w").write("\n".join(out))
    build = SRC + "/_build"
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    subprocess.run([HERE + "/venv/bin/sphinx-build", "-q", "-E", "-b", "docx", SRC, build], check=True, env=env)
    shutil.copy(build + f"/{ex['name']}.docx", OUT + f"/{ex['name']}.docx")
    return build


def gold():
    g = C.make_gold(ex, [ex["header"], ex["footer"]])
    with open(OUT + f"/{ex['name']}.json", "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
    gold()
    print("made docx")
