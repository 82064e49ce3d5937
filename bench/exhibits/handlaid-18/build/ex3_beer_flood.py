"""Exhibit 3: london_beer_flood_1814 -- a two-column handout built with pdfme 0.5.0 (PyPI), its own layout engine
(columns, running sections, footnotes, tables)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
common.ensure_venv()
if os.environ.get("PYTHONHASHSEED") != "0":   # pdfme writes the running sections in set order: fix the hash seed
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)
import content
from pdfme import PDFDocument

ex = content.BEER
S = ex["sections"]
common.grey_png("beer_storehouse.png", 160, 200)
common.grey_png("beer_hoops.png", 400, 220)
IMG = lambda n: os.path.join(common.IMG, n)
SPLIT = "He was told that it would do no harm."   # paragraph 02-1 is broken after this sentence by a picture row
FOOT_AFTER = "half a million litres"              # footnote attached here in 01-2

body = {"text_align": "j", "line_height": 1.3, "indent": 12, "margin_bottom": 2}
first = dict(body, indent=0)


def heading(s):
    return {".": [{".": s["label"] + "  ", "style": {"c": "#9b2d20", "b": 1}}, {".": s["title"], "style": {"b": 1}}],
            "style": {"s": 12.5, "f": "Sans", "margin_top": 10, "margin_bottom": 5, "text_align": "l"}}


def para(t, i):
    return {".": t, "style": first if i == 0 else body}


def cap(c, align="l"):
    return {".": [{".": c["position"] + ": ", "style": {"b": 1}}, c["text"] + " ",
                  {".": c["credit"], "style": {"s": 6.5, "c": "#777777"}}],
            "style": {"f": "Sans", "s": 7.5, "text_align": align, "line_height": 1.2, "margin_bottom": 6}}


cols = []
# 01
s = S[0]
cols += [heading(s), para(s["paras"][0], 0)]
p = s["paras"][1]; k = p.index(FOOT_AFTER) + len(FOOT_AFTER)
cols.append({".": [p[:k], {"footnote": ex["footnote"]}, p[k:]], "style": body})
# 02: paragraph 1 | picture row (picture left, caption right) | rest of paragraph 1 (no indent) | paragraph 2
s = S[1]; p = s["paras"][0]; k = p.index(SPLIT) + len(SPLIT)
cols += [heading(s), {".": p[:k], "style": dict(first, margin_bottom=4)},
         {"widths": [1, 1.25], "style": {"border_width": 0, "margin_bottom": 4},
          "table": [[{"image": IMG("beer_storehouse.png"), "style": {"image_place": "normal"}}, cap(s["captions"][0])]]},
         {".": p[k:].lstrip(), "style": first}, para(s["paras"][1], 1)]
# 03
s = S[2]
cols += [heading(s)] + [para(t, i) for i, t in enumerate(s["paras"])]
# 04: paragraphs, then the "Above:" picture with its caption
s = S[3]
cols += [heading(s)] + [para(t, i) for i, t in enumerate(s["paras"])]
cols += [{"image": IMG("beer_hoops.png"), "style": {"margin_top": 6, "margin_bottom": 3}}, cap(s["captions"][0])]
# sidebar: one shaded table cell
sb = ex["sidebar"]
cols.append({"widths": [1], "style": {"border_width": 0, "margin_top": 8, "cell_fill": "#e8e1d3", "cell_margin": 8},
             "table": [[{"style": {"cell_fill": "#e8e1d3"}, "content": [
                 {".": sb["title"], "style": {"f": "Sans", "b": 1, "s": 11, "margin_bottom": 4}},
                 {".": sb["paras"][0], "style": {"text_align": "j", "line_height": 1.25, "s": 9}}]}]]})

document = {
    "style": {"page_size": "a4", "margin": [62, 50, 56, 50], "s": 10, "f": "Serif", "c": 0.13,
              "text_align": "j", "margin_bottom": 0},
    "running_sections": {
        "header": {"x": "left", "y": 30, "height": "top", "style": {"s": 7.5, "f": "Sans", "c": 0.4},
                   "content": [ex["header"]]},
        "footer": {"x": "left", "y": 800, "height": 20, "style": {"s": 7.5, "f": "Sans", "c": 0.4, "text_align": "l"},
                   "content": [{".": [ex["footer"], "      ", "Page ", {"var": "$page"}]}]},
    },
    "sections": [{
        "running_sections": ["header", "footer"],
        "content": [
            {".": " ".join(ex["kicker"]), "style": {"f": "Sans", "s": 7.5, "c": "#9b2d20", "margin_bottom": 6}},
            {".": ex["title"], "style": {"f": "Serif", "b": 1, "s": 26, "margin_bottom": 8, "text_align": "l"}},
            {".": ex["intro"], "style": {"i": 1, "s": 12, "line_height": 1.3, "margin_bottom": 10, "text_align": "l"}},
            {"cols": {"count": 2, "gap": 22}, "content": cols},
        ],
    }],
}
from pdfme.fonts import PDFFont
L = "/usr/share/fonts/truetype/liberation/"
for fam, base in (("Serif", "LiberationSerif"), ("Sans", "LiberationSans")):
    for mode, suf in (("n", "Regular"), ("b", "Bold"), ("i", "Italic"), ("bi", "BoldItalic")):
        PDFFont.register(fam, mode, f"{L}{base}-{suf}.ttf")
doc = PDFDocument(document)
doc.run()
with open(os.path.join(common.OUT, "london_beer_flood_1814.pdf"), "wb") as f:
    doc.output(f)
content.pdftotext("london_beer_flood_1814")
import re
txt = open(os.path.join(common.OUT, "london_beer_flood_1814.txt"), encoding="utf-8").read()
pages = re.findall(r"Page (\d+)", txt)
running = [ex["header"], ex["footer"]] + [f"Page {n}" for n in pages]
content.write_gold(ex, sorted(running, key=txt.find))   # order of first appearance: pdfme writes the footer first
print("london_beer_flood_1814: pages", pages)
