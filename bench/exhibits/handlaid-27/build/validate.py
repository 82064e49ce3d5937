"""Checks every gold file against its document; writes build/validation_report.txt."""
import json
import os
import re
import subprocess
import tempfile
import unicodedata
import zipfile
from html.parser import HTMLParser

OUT = "/work/heldout/r23/exhibits/"
PDFS = ["penny_black_1840", "iron_bridge_1779", "bronte_sisters_1847", "great_frost_1709"]
DOCX = ["metropolitan_railway_1863"]
HTML = ["olympic_marathon_1908"]
rep, errors = [], 0


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def words(s):
    return [w for w in re.findall(r"[\w’'.,]+", norm(s).lower()) if re.search(r"\w", w)]


def bare(w):
    return re.sub(r"[^\w]", "", w)


def in_order(needle, hay_words):
    """all words of needle occur in hay in order; returns the largest gap (in words) or None"""
    nw = [bare(w) for w in words(needle)]
    hw = [bare(w) for w in hay_words]
    i, last, gap = 0, None, 0
    for w in nw:
        while i < len(hw) and hw[i] != w:
            i += 1
        if i == len(hw):
            return None
        if last is not None:
            gap = max(gap, i - last - 1)
        last = i
        i += 1
    return gap


def check_structure(name, g):
    global errors
    assert list(g) == ["title", "running", "sections"], name
    s0 = g["sections"][0]
    if s0["title"] != g["title"]:
        errors += 1
        rep.append(f"  ERROR {name}: title section")
    nb = 0
    for s in g["sections"]:
        assert list(s) == ["label", "title", "blocks"]
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - kinds.count("caption"):
            errors += 1
            rep.append(f"  ERROR {name}: caption not last in {s['title']}")
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                nb += len(b["text"].split())
                assert list(b) == ["kind", "text"]
            else:
                assert list(b) == ["kind", "text", "position", "credit"]
                if b["position"] and b["position"].endswith(":"):
                    errors += 1
            for v in b.values():
                if v and ("|" in v or "^" in v):
                    errors += 1
                    rep.append(f"  ERROR {name}: mark left in gold")
    last = g["sections"][-1]
    rep.append(f"  body words: {nb}; sections: {len(g['sections'])}; last section: {last['label']!r} {last['title']!r}")
    if nb < 500:
        errors += 1
        rep.append("  ERROR fewer than 500 body words")


def strings(g):
    out = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]:
            out.append(("label", s["label"]))
        out.append(("section title", s["title"]))
        for b in s["blocks"]:
            out.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    out.append(("position", b["position"] + ":"))
                out.append(("credit", b["credit"]))
    return out


def check_against(name, g, texts):
    """texts: list of candidate document texts (already normalised)"""
    global errors
    hay_words = words(texts[0])
    for kind, s in strings(g):
        ns = norm(s)
        if any(ns in t for t in texts):
            continue
        gap = in_order(ns, hay_words)
        if gap is None:
            errors += 1
            rep.append(f"  MISSING {kind}: {ns[:90]}")
        else:
            rep.append(f"  not verbatim ({kind}, words in order, largest gap {gap}): {ns[:70]}…")


for name in PDFS:
    rep.append(f"== {name} (PDF)")
    g = json.load(open(OUT + name + ".json", encoding="utf-8"))
    check_structure(name, g)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftotext", "-raw", OUT + name + ".pdf", td + "/t.txt"], check=True)
        fresh = open(td + "/t.txt", encoding="utf-8").read()
    txt = open(OUT + name + ".txt", encoding="utf-8").read()
    if fresh != txt:
        errors += 1
        rep.append("  ERROR .txt differs from a fresh pdftotext -raw")
    joined = re.sub(r"(?<=[A-Za-z])-\n(?=[a-z])", "", txt)
    keep = re.sub(r"(?<=[A-Za-z])-\n(?=[a-z])", "-", txt)
    hy = re.findall(r"(\w+)-\n(\w+)", txt)
    rep.append(f"  line-end hyphens: {', '.join(a + '-/' + b for a, b in hy)}")
    check_against(name, g, [norm(joined), norm(keep), norm(txt)])

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
for name in DOCX:
    import xml.etree.ElementTree as ET
    rep.append(f"== {name} (DOCX)")
    g = json.load(open(OUT + name + ".json", encoding="utf-8"))
    check_structure(name, g)
    z = zipfile.ZipFile(OUT + name + ".docx")
    paras = []
    for part in ["word/header1.xml", "word/document.xml", "word/footer1.xml"]:
        root = ET.fromstring(z.read(part))
        for p in root.iter(W + "p"):
            t = ""
            for el in p.iter():
                if el.tag == W + "t":
                    t += el.text or ""
                elif el.tag == W + "br":
                    t += " "
            paras.append(t)
    doc_text = norm(" \n ".join(paras))
    if re.search(r"\{[a-z0-9]+\}", doc_text):
        errors += 1
        rep.append("  ERROR unrendered template tag")
    notes = norm(" ".join(e.text or "" for e in ET.fromstring(z.read("word/footnotes.xml")).iter(W + "t")))
    for kind, s in strings(g):
        if notes and norm(s) in notes and kind == "paragraph":
            errors += 1
            rep.append("  ERROR footnote text in gold")
    check_against(name, g, [doc_text])
    styles_used = {}
    root = ET.fromstring(z.read("word/document.xml"))
    for p in root.iter(W + "p"):
        ps = p.find(f"{W}pPr/{W}pStyle")
        t = "".join(e.text or "" for e in p.iter(W + "t"))
        for s in g["sections"][1:]:
            if t == s["title"]:
                styles_used[t] = ps.get(W + "val") if ps is not None else "(no style, direct bold)"
    rep.append(f"  heading paragraphs: {styles_used}")


class Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        if tag in ("p", "h1", "h2", "h3", "figcaption", "li", "br", "cite", "section", "aside", "figure", "div"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


for name in HTML:
    rep.append(f"== {name} (HTML)")
    g = json.load(open(OUT + name + ".json", encoding="utf-8"))
    check_structure(name, g)
    html = open(OUT + name + ".html", encoding="utf-8").read()
    for src in re.findall(r'src="([^"]+)"', html):
        if not os.path.exists(OUT + src):
            errors += 1
            rep.append(f"  ERROR missing image {src}")
    v = Vis()
    v.feed(html)
    vis = "".join(v.out)
    check_against(name, g, [norm(vis)])

rep.append(f"\nRESULT: {errors} errors")
open(os.path.join(os.path.dirname(__file__) or ".", "validation_report.txt"), "w").write("\n".join(rep) + "\n")
print("\n".join(rep))
