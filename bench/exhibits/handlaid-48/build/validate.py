"""Writes every gold JSON (content.gold) and checks it against the documents.

For every gold title, label, paragraph, caption, position, credit and running string:
  * every word occurs in the document text, and
  * the words occur in the same order (as a subsequence, interruptions allowed).
Document text: PDF = the .txt (line-end hyphens joined; also kept), checked to equal a fresh
`pdftotext -raw`; DOCX = w:t text of document.xml (w:br / w:tab / paragraph ends = space);
HTML = text outside head/script/style/template. Also: title section first, sidebar last (label null),
captions last in their sections, 500–900 paragraph words.
"""
import html
import json
import os
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser

import content

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def toks(s):
    s = s.replace("’", "'").replace("‘", "'")
    s = re.sub(r"[¹²³*]", " ", s)
    return [t.lower() for t in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+", s)]


def pdf_text(name):
    txt = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    fresh = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", os.path.join(OUT, name + ".pdf"), "-"],
                           capture_output=True, text=True, check=True).stdout
    errs = [] if fresh == txt else [f"{name}: .txt differs from a fresh pdftotext -raw"]
    joined = re.sub(r"(\w)-\n\f?(\w)", r"\1\2", txt)
    return joined + "\n" + txt, errs


def docx_text(name):
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx")) as z:
        x = z.read("word/document.xml").decode("utf-8")
    x = re.sub(r"<w:br/>|<w:tab/>|</w:p>", " ", x)
    parts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|( )", x)
    return html.unescape("".join(a or b for a, b in parts)), []


class _HT(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "template"):
            self.skip += 1
        if tag in ("br", "p", "div", "td", "li", "h1", "h2", "h3", "h4"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "template"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(name):
    p = _HT()
    p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return "".join(p.out), []


def subseq(needle, hay):
    it = iter(hay)
    return all(any(w == h for h in it) for w in needle)


def check(name):
    kind = content.EX[name]["kind"]
    text, errs = {"pdf": pdf_text, "docx": docx_text, "html": html_text}[kind](name)
    hay = toks(text)
    hayset = set(hay)
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        errs.append(f"{name}: title section not first")
    if secs[-1]["label"] is not None:
        errs.append(f"{name}: last section (sidebar) has a label")
    nwords = 0
    for s in secs:
        if s["label"]:
            strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errs.append(f"{name}: caption not last in {s['title']}")
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "paragraph":
                nwords += len(b["text"].split())
            else:
                strings.append(("credit", b["credit"]))
                if b["position"]:
                    strings.append(("position", b["position"]))
    if not 500 <= nwords <= 900:
        errs.append(f"{name}: {nwords} paragraph words")
    for what, s in strings:
        t = toks(s)
        missing = [w for w in t if w not in hayset]
        if missing:
            errs.append(f"{name}: {what} words missing {missing[:6]}: {s[:60]}")
        elif not subseq(t, hay):
            errs.append(f"{name}: {what} words out of order: {s[:60]}")
    return nwords, len(strings), errs


def main():
    content.gold(OUT)
    report = []
    allerr = []
    for name in content.ORDER:
        n, k, errs = check(name)
        report.append(f"{name}: {n} paragraph words, {k} gold strings checked, {len(errs)} errors")
        report += ["  " + e for e in errs]
        allerr += errs
    report.append(f"TOTAL ERRORS: {len(allerr)}")
    with open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(report) + "\n")
    print("\n".join(report))
    sys.exit(1 if allerr else 0)


if __name__ == "__main__":
    main()
