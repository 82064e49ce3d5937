"""DOCX with Markdown2docx 0.1.0 (PyPI; markdown2 -> BeautifulSoup -> python-docx). I write the Markdown."""
import os, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import DOCS
from content import cur
from PIL import Image
from Markdown2docx import Markdown2docx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME = "universal_postal_union_1874"


def markdown():
    d = DOCS[NAME]
    s = d["sections"]
    L = []
    L.append("*Gallery 2 \u00b7 A Post Without Frontiers*")  # kicker: a paragraph holding <em>
    L.append("")
    L.append("# " + cur(d["title_lines"][0]))
    L.append("")
    L.append("## " + cur(d["title_lines"][1]))  # subtitle as a higher heading level than the panels
    L.append("")
    L.append(cur(d["intro"]))
    L.append("")
    for k, sec in enumerate(s):
        L.append("### Part %s: %s" % (sec["label"], cur(sec["title"])))
        L.append("")
        for j, p in enumerate(sec["paras"]):
            L.append(cur(p))
            L.append("")
            if k == 1 and j == 1:  # picture, caption and credit set between paragraphs 2 and 3 of Part 2
                L.append("![Letter scale](docx/scale.png)")
                L.append("")
                c = sec["caption"]
                L.append("%s: %s" % (c["position"], cur(c["text"])))
                L.append("")
                L.append(cur(c["credit"]))
                L.append("")
        if k == 0:
            L.append("\u201cWe have made of the world one country for the purposes of a letter, "
                     "and the clerks of every nation may put away their tables.\u201d")
            L.append("")
            L.append("\u2014 a Swiss delegate, writing home from Bern, 1874")
            L.append("")
            L.append("> A blockquote the converter silently drops: Bern, October 1874.")
            L.append("")
        if k == 2:
            L.append("| Year | Members of the union |")
            L.append("|------|------|")
            for y, n in (("1875", "22"), ("1885", "55"), ("1914", "61"), ("1948", "85")):
                L.append("| %s | %s |" % (y, n))
            L.append("")
            L.append("Key dates")
            L.append("")
            for t in ("1874 \u2014 Treaty of Bern signed on 9 October",
                      "1878 \u2014 The General Postal Union becomes the Universal Postal Union",
                      "1906 \u2014 International reply coupons introduced",
                      "1948 \u2014 Specialised agency of the United Nations"):
                L.append("1. " + t)
            L.append("")
    sb = d["sidebar"]
    L.append("```")
    L.append(cur(sb["title"]))
    L.append("")
    for p in sb["paras"]:
        L.append(cur(p))
    L.append("```")
    L.append("")
    return "\n".join(L)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docx"), exist_ok=True)
    Image.new("RGB", (600, 360), (190, 190, 190)).save(os.path.join(HERE, "docx", "scale.png"))
    md = markdown()
    open(os.path.join(HERE, "docx", NAME + ".md"), "w", encoding="utf-8").write(md)
    cwd = os.getcwd()
    os.chdir(HERE)
    proj = Markdown2docx(os.path.join("docx", NAME), md.split("\n"))
    proj.eat_soup()
    proj.doc.core_properties.title = ""
    proj.save()
    os.chdir(cwd)
    shutil.move(os.path.join(HERE, "docx", NAME + ".docx"), os.path.join(OUT, NAME + ".docx"))
    print("wrote", NAME + ".docx")
