# -*- coding: utf-8 -*-
"""Validator for hand-laid set 20 (my own).  Writes build/validation_report.txt."""
import json, os, re, subprocess, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NAMES = ["jumbo_elephant_1882", "voynich_manuscript_1912", "batavia_wreck_1629", "challenger_expedition_1872",
         "zimmermann_telegram_1917", "nightingale_scutari_1854"]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(name):
    pdf = os.path.join(OUT, name + ".pdf")
    fresh = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
    stored = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    errs = [] if fresh == stored else ["%s.txt differs from a fresh pdftotext -raw" % name]
    return stored, errs


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    lines = []
    parts = ["word/document.xml"] + sorted((n for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml", n)), key=lambda n: (0 if "header" in n else 1, n))
    for part in parts:
        root = ET.fromstring(z.read(part))
        for p in root.iter(W + "p"):
            t = "".join(x.text or "" for x in p.iter(W + "t") if not any(True for _ in []))
            # only the runs directly in this paragraph (text boxes get their own paragraphs)
            t = "".join((x.text or "") for x in p.iter(W + "t"))
            if t:
                lines.append(t)
    return "\n".join(lines), []


class Vis(HTMLParser):
    SKIP = {"head", "script", "style", "template", "noscript"}
    VOID = {"img", "br", "hr", "meta", "link", "input", "source", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack, self.out, self.imgs = [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.imgs.append(a.get("src"))
        if tag in self.VOID:
            return
        hide = tag in self.SKIP or "hidden" in a
        self.stack.append((tag, hide))
        if tag in ("p", "div", "li", "h1", "h2", "h3", "figcaption", "section", "aside", "blockquote", "small"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        self.out.append("\n" if tag in ("p", "li", "h1", "h2", "h3", "figcaption") else "")

    def handle_data(self, d):
        if not any(h for _, h in self.stack):
            self.out.append(d)


def html_text(name):
    v = Vis()
    v.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    errs = ["missing image %s" % s for s in v.imgs if not os.path.exists(os.path.join(OUT, s))]
    return "".join(v.out), errs


def tokens(s):
    s = norm(s).replace("-", "").replace("\u2010", "").replace("\u00ad", "")
    return re.findall(r"[^\W\d_]+|\d+|[^\w\s]", s)


def in_order(needle, hay):
    """smallest largest gap (in characters of the hay's token stream) with all words in order, or None"""
    nt = tokens(needle)
    hs = norm(re.sub(r"[-\u2010\u00ad]\n", "", hay)).replace("-", "").replace("\u2010", "").replace("\u00ad", "")
    ht = [(m.group(0), m.start()) for m in re.finditer(r"[^\W\d_]+|\d+|[^\w\s]", hs)]
    if not nt:
        return 0
    best = None
    for i, (t, pos) in enumerate(ht):
        if t != nt[0]:
            continue
        j, k, last, gap = i + 1, 1, pos + len(t), 0
        while k < len(nt) and j < len(ht):
            if ht[j][0] == nt[k]:
                gap = max(gap, ht[j][1] - last)
                last = ht[j][1] + len(ht[j][0])
                k += 1
            j += 1
        if k == len(nt) and (best is None or gap < best):
            best = gap
    return best


def variants(text):
    a = norm(text)
    b = norm(re.sub(r"[-\u2010\u00ad]\n", "", text))
    return [a, b]


def check(name, kind, report):
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    errs = []
    if list(g) != ["title", "running", "sections"]:
        errs.append("top-level keys")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        errs.append("title section not first")
    if secs[-1]["label"] is not None:
        errs.append("last section is not the label-null sidebar")
    words = 0
    for s in secs:
        if list(s) != ["label", "title", "blocks"]:
            errs.append("section keys")
        seen_cap = False
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                if list(b) != ["kind", "text"]:
                    errs.append("paragraph keys")
                if seen_cap:
                    errs.append("caption before paragraph in %s" % s["title"])
                words += len(b["text"].split())
            else:
                seen_cap = True
                if list(b) != ["kind", "text", "position", "credit"]:
                    errs.append("caption keys")
                if b["position"] not in (None, "Left", "Right", "Above", "Below"):
                    errs.append("bad position %r" % b["position"])
            for v in b.values():
                if isinstance(v, str) and (v != v.strip() or "  " in v or "\u00ad" in v or "|" in v or "^" in v):
                    errs.append("unclean string %r" % v[:40])
    if not 500 <= words <= 900:
        errs.append("body words %d outside 500-900" % words)
    if kind == "pdf":
        text, e2 = pdf_text(name)
    elif kind == "docx":
        text, e2 = docx_text(name)
    else:
        text, e2 = html_text(name)
    errs += e2
    hay = variants(text)
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in secs:
        if s["label"]:
            strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    strings.append(("position", b["position"] + ":"))
                strings.append(("credit", b["credit"]))
    notes = []
    for what, st in strings:
        n = norm(st)
        if any(n in h for h in hay):
            continue
        gap = in_order(st, text)
        if gap is None:
            errs.append("NOT FOUND (%s): %s" % (what, st[:70]))
        elif gap > 1000:
            errs.append("gap %d > 1000 (%s): %s" % (gap, what, st[:70]))
        else:
            notes.append("not verbatim, words in order, largest gap %d (%s): %s…" % (gap, what, st[:50]))
    # running strings as whole words, in order of first appearance
    if g["running"]:
        flat = norm(text)
        pos = []
        for r in g["running"]:
            m = re.search(r"(?<!\w)" + re.escape(norm(r)) + r"(?!\w)", flat)
            pos.append(m.start() if m else -1)
        if -1 in pos:
            errs.append("running string missing as whole word")
        nonnum = [p for r, p in zip(g["running"], pos) if not r.replace("Page ", "").isdigit()]
        if nonnum != sorted(nonnum):
            errs.append("running strings not in order of first appearance")
    report.append("## %s (%s): %d body words, %d errors" % (name, kind, words, len(errs)))
    report += ["  ERROR " + x for x in errs] + ["  note  " + x for x in notes]
    return len(errs)


def main():
    report, total = [], 0
    kinds = {"zimmermann_telegram_1917": "docx", "nightingale_scutari_1854": "html"}
    for n in NAMES:
        total += check(n, kinds.get(n, "pdf"), report)
    report.append("TOTAL ERRORS: %d" % total)
    open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write("\n".join(report) + "\n")
    print("\n".join(report))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
