# -*- coding: utf-8 -*-
"""Check the six gold files against their documents; writes build/validation_report.txt."""
import html
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
import content  # noqa: E402

errors, notes = [], []


def tokens(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("‘", "'")
    return re.findall(r"[a-z0-9]+", s)


def joined_variants(text):
    """Text with line-end hyphens joined (and, separately, kept), whitespace squashed."""
    a = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    b = re.sub(r"(\w)-\n(\w)", r"\1-\2", text)
    return [re.sub(r"\s+", " ", x) for x in (a, b)]


class Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        if tag in ("p", "h1", "h2", "h3", "figcaption", "li", "div", "section", "aside", "hgroup", "br"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def doc_text(name):
    for ext in ("pdf", "docx", "html"):
        p = os.path.join(OUT, name + "." + ext)
        if os.path.exists(p):
            break
    if ext == "pdf":
        txt = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        fresh = subprocess.run(["pdftotext", "-raw", p, "-"], capture_output=True, text=True).stdout
        if fresh != txt:
            errors.append("%s: .txt differs from a fresh pdftotext -raw" % name)
        return ext, txt
    if ext == "docx":
        # The converter writes every line as a paragraph framed at an absolute page position (w:framePr),
        # in its own order; put the lines back in page order (page, y, x) as a reader would.
        z = zipfile.ZipFile(p)
        x = z.read("word/document.xml").decode("utf-8-sig")
        page, rows = 0, []
        for i, para in enumerate(re.findall(r"<w:p[ >].*?</w:p>", x, re.S)):
            t = "".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))
            fx = re.search(r'<w:framePr[^>]*w:x="(-?\d+)"[^>]*w:y="(-?\d+)"', para)
            xy = (int(fx.group(2)), int(fx.group(1))) if fx else (10 ** 9, i)
            if t:
                rows.append((page, xy, i, t))
            if "<w:sectPr" in para:
                page += 1
        rows.sort()
        return ext, "\n".join(r[3] for r in rows)
    v = Vis()
    v.feed(open(p, encoding="utf-8").read())
    return ext, "".join(v.out)


def check_schema(name, g):
    if list(g.keys()) != ["title", "running", "sections"]:
        errors.append("%s: top-level keys %s" % (name, list(g.keys())))
    s0 = g["sections"][0]
    if s0["label"] is not None or s0["title"] != g["title"] or len(s0["blocks"]) != 1:
        errors.append("%s: title section malformed" % name)
    for s in g["sections"]:
        if list(s.keys()) != ["label", "title", "blocks"]:
            errors.append("%s: section keys %s" % (name, list(s.keys())))
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errors.append("%s: caption not last in %s" % (name, s["title"]))
        for b in s["blocks"]:
            want = ["kind", "text"] + (["position", "credit"] if b["kind"] == "caption" else [])
            if list(b.keys()) != want:
                errors.append("%s: block keys %s" % (name, list(b.keys())))
            if b["kind"] == "caption" and b["position"].endswith(":"):
                errors.append("%s: position with colon" % name)
            if re.search(r"[*†‡]", b["text"]):
                errors.append("%s: note mark left in gold" % name)
    if g["sections"][-1]["label"] is not None:
        errors.append("%s: sidebar is not last with label null" % name)
    n = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
    if not 500 <= n <= 900:
        errors.append("%s: %d gold paragraph words" % (name, n))
    return n


def main():
    lines = []
    for d in content.ALL:
        name = d["name"]
        g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
        n = check_schema(name, g)
        ext, text = doc_text(name)
        vj, vk = joined_variants(text)
        have = set(tokens(vj)) | set(tokens(vk)) | set(tokens(text))
        missing_total = 0
        not_verbatim = []
        checks = []
        for s in g["sections"]:
            checks.append(("section title", s["title"]))
            if s["label"]:
                checks.append(("label", s["label"]))
            for b in s["blocks"]:
                checks.append((b["kind"], b["text"]))
                if b["kind"] == "caption":
                    checks.append(("credit", b["credit"]))
                    checks.append(("position", b["position"]))
        for kind, t in checks:
            miss = [w for w in tokens(t) if w not in have]
            if miss:
                missing_total += len(miss)
                errors.append("%s: %s words missing from the document text: %s  [%s]"
                              % (name, kind, miss, t[:60]))
            if kind == "paragraph":
                tt = re.sub(r"\s+", " ", t)
                if tt not in vj and tt not in vk:
                    not_verbatim.append(t[:50])
        for r in g["running"]:
            miss = [w for w in tokens(r) if w not in have]
            if miss:
                notes.append("%s: running string %r not in the text layer (%s)" % (name, r, miss))
        lines.append("%-26s %-4s gold paragraph words %3d; sections %d; paragraphs not verbatim in text: %d"
                     % (name, ext, n, len(g["sections"]), len(not_verbatim)))
        for nv in not_verbatim:
            lines.append("      not verbatim: %s…" % nv)
        img_refs = []
        if ext == "html":
            src = open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()
            img_refs = re.findall(r'(?:data-src|src)="(img/[^"]+)"', src)
            for r in img_refs:
                if not os.path.exists(os.path.join(OUT, r)):
                    errors.append("%s: missing image %s" % (name, r))
    rep = ["Validation of the round-36 hand-laid exhibits", ""] + lines + [""]
    rep += ["NOTES (not errors):"] + (notes or ["none"]) + [""]
    rep += ["ERRORS: %d" % len(errors)] + errors
    out = "\n".join(rep) + "\n"
    open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write(out)
    print(out)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
