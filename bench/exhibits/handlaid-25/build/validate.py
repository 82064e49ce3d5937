# -*- coding: utf-8 -*-
"""Checks the gold of set r21 against the documents; writes build/validation_report.txt.

Structure: key order, title section first (label null, title = exhibit title), label-null
sidebar last, captions last in their section, positions without colon, >= 500 body words.
PDF: the .txt must equal a fresh `pdftotext -raw`.  Text: every gold string (title,
running, labels, section titles, paragraphs, captions, credits, "Position:") is looked
for in the document text after NFKC and white-space collapsing (PDF: .txt with line-end
hyphens between letters joined; DOCX: w:t / w:br text of header, document, footer by
paragraph; HTML: visible text).  A string not found verbatim must have all its words in
order (gap reported).  Every word of every gold paragraph must occur in the text."""
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser

ROOT = ".."
PDFS = ["bell_rock_lighthouse_1810", "quebec_bridge_1907", "nellie_bly_1889", "suez_canal_1869"]
DOCX = ["tristan_da_cunha_1961"]
HTML = ["stockton_darlington_1825"]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return [w for w in re.findall(r"[\w’'\-\.]+", norm(s).lower()) if re.search(r"\w", w)]


def toks(s):
    return [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in norm(s).lower().split() if re.search(r"\w", w)]


def pdf_text(name):
    raw = open(f"{ROOT}/{name}.txt", encoding="utf-8").read()
    fresh = subprocess.run(["pdftotext", "-raw", f"{ROOT}/{name}.pdf", "-"], capture_output=True,
                           text=True).stdout
    joined = re.sub(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])", "", raw)
    return raw, fresh == raw, norm(joined) + " || " + norm(raw)


def docx_text(name):
    z = zipfile.ZipFile(f"{ROOT}/{name}.docx")
    out = []
    for part in ["word/header1.xml", "word/document.xml", "word/footer1.xml"]:
        x = z.read(part).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
            t = ""
            for m in re.finditer(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:br[^>]*/>|<w:tab/>", p):
                t += m.group(1) if m.group(1) is not None else " "
            out.append(html_unescape(t))
    return "\n".join(out)


def html_unescape(s):
    import html
    return html.unescape(s)


class Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.imgs = [], 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag == "img":
            self.imgs.append(dict(attrs).get("src"))
        if tag in ("p", "h1", "h2", "h3", "li", "figcaption", "div", "section", "aside", "br", "summary"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def find(s, text):
    """(verbatim?, all words in order?, gap)"""
    ns = norm(s)
    if ns in text:
        return True, True, 0
    tw = toks(text)
    sw = toks(ns)
    i, start, gap = 0, None, 0
    for w in sw:
        while i < len(tw) and not (tw[i] == w or tw[i].startswith(w)):
            i += 1
        if i >= len(tw):
            return False, False, None
        if start is None:
            start = i
        i += 1
    return False, True, i - start - len(sw)


def check(name, text, report, errors):
    g = json.load(open(f"{ROOT}/{name}.json", encoding="utf-8"))
    e0 = len(errors)
    if list(g) != ["title", "running", "sections"]:
        errors.append(f"{name}: top keys {list(g)}")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        errors.append(f"{name}: first section is not the title section")
    if secs[-1]["label"] is not None:
        errors.append(f"{name}: last section (sidebar) has a label")
    nwords = 0
    for s in secs:
        if list(s) != ["label", "title", "blocks"]:
            errors.append(f"{name}: section keys {list(s)}")
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds[kinds.index("caption"):].count("paragraph"):
            errors.append(f"{name}: caption not last in {s['title']}")
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                if list(b) != ["kind", "text"]:
                    errors.append(f"{name}: paragraph keys {list(b)}")
                nwords += len(b["text"].split())
            elif b["kind"] == "caption":
                if list(b) != ["kind", "text", "position", "credit"]:
                    errors.append(f"{name}: caption keys {list(b)}")
                if b["position"] and b["position"].endswith(":"):
                    errors.append(f"{name}: position with colon")
            else:
                errors.append(f"{name}: kind {b['kind']}")
    if nwords < 500:
        errors.append(f"{name}: only {nwords} body words")
    report.append(f"== {name}: {nwords} body words, {len(secs)} sections")
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in secs:
        if s["label"]:
            strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["credit"]:
                    strings.append(("credit", b["credit"]))
                if b["position"]:
                    strings.append(("position", b["position"]))
    tset = set(toks(text))
    for kind, s in strings:
        verb, inorder, gap = find(s, text)
        if not verb:
            if not inorder:
                errors.append(f"{name}: {kind} not found: {s[:70]!r}")
            else:
                report.append(f"   not verbatim ({kind}), words in order, largest gap {gap}: {s[:60]!r}")
        if kind == "paragraph":
            missing = [w for w in toks(s) if w and w not in tset and not any(t.startswith(w) for t in tset)]
            if missing:
                errors.append(f"{name}: paragraph words missing {missing[:5]}")
    report.append(f"   {len(strings)} gold strings checked, {len(errors) - e0} errors")


def main():
    report, errors = [], []
    for n in PDFS:
        raw, same, text = pdf_text(n)
        if not same:
            errors.append(f"{n}: .txt differs from a fresh pdftotext -raw")
        check(n, text, report, errors)
    for n in DOCX:
        check(n, norm(docx_text(n)), report, errors)
    for n in HTML:
        v = Vis()
        v.feed(open(f"{ROOT}/{n}.html", encoding="utf-8").read())
        import os
        for src in v.imgs:
            if not os.path.exists(f"{ROOT}/{src}"):
                errors.append(f"{n}: missing image {src}")
        check(n, norm("".join(v.out)), report, errors)
    report.append("")
    report.append(f"ERRORS: {len(errors)}")
    report += errors
    out = "\n".join(report) + "\n"
    open("validation_report.txt", "w", encoding="utf-8").write(out)
    print(out)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
