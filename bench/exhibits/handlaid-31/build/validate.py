# -*- coding: utf-8 -*-
"""Checks the gold files against their documents; writes build/validation_report.txt."""
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(HERE + "/..")
NAMES = ["vindolanda_tablets_1973", "matthew_webb_channel_1875", "neptune_discovery_1846",
         "windscale_fire_1957", "robert_fortune_tea_1848", "eddystone_lighthouse_1759"]


def squash(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    return re.sub(r"[^0-9a-z]", "", s.lower())


def pdf_text(name):
    txt = open(f"{OUT}/{name}.txt", encoding="utf-8").read()
    fresh = subprocess.run(["pdftotext", "-raw", f"{OUT}/{name}.pdf", "-"], capture_output=True,
                           text=True, check=True).stdout
    return txt, (txt == fresh)


def docx_text(name):
    z = zipfile.ZipFile(f"{OUT}/{name}.docx")
    parts = [n for n in z.namelist() if re.match(r"word/(header\d*|document|footer\d*|footnotes)\.xml$", n)]
    out = []
    for n in sorted(parts, key=lambda n: ("header" not in n, "footer" in n, n)):
        x = z.read(n).decode("utf-8")
        x = re.sub(r"<w:(br|tab|cr)\b[^>]*/>", " ", x)
        x = re.sub(r"</w:p>", "\n", x)
        out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


class Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip, self.out = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "style", "script"):
            self.skip += 1
        if tag in ("p", "br", "li", "h1", "h2", "figcaption", "small", "div", "section", "aside"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "style", "script"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(name):
    v = Vis()
    v.feed(open(f"{OUT}/{name}.html", encoding="utf-8").read())
    return "".join(v.out)


def find(s, doc_sq, doc_words):
    """'whole', ('order', gap) or ('present'/'missing', words)."""
    q = squash(s)
    if q and q in doc_sq:
        return "whole", 0
    words = [squash(w) for w in s.split() if squash(w)]
    # anchor at the first place where the opening words occur together
    k = 4
    while k > 1 and "".join(words[:k]) not in doc_sq:
        k -= 1
    pos = max(0, doc_sq.find("".join(words[:k])))
    gaps, ok = [], True
    for w in words:
        i = doc_sq.find(w, pos)
        if i < 0:
            ok = False
            break
        gaps.append(i - pos)
        pos = i + len(w)
    if ok:
        return "order", max(gaps[1:] or [0])
    missing = [w for w in words if w not in doc_sq]
    return ("present", 0) if not missing else ("missing", missing)


def main():
    rep, errors = [], 0
    for name in NAMES:
        gold = json.load(open(f"{OUT}/{name}.json", encoding="utf-8"))
        errs = []
        if list(gold) != ["title", "running", "sections"]:
            errs.append("top-level keys")
        secs = gold["sections"]
        if secs[0]["label"] is not None or secs[0]["title"] != gold["title"]:
            errs.append("title section")
        nwords = 0
        for s in secs:
            if list(s) != ["label", "title", "blocks"]:
                errs.append("section keys")
            for bi, b in enumerate(s["blocks"]):
                if b["kind"] == "caption":
                    if list(b) != ["kind", "text", "position", "credit"]:
                        errs.append("caption keys")
                    if bi != len(s["blocks"]) - 1:
                        errs.append("caption not last")
                    if ":" in b["position"]:
                        errs.append("colon in position")
                elif b["kind"] == "paragraph":
                    if list(b) != ["kind", "text"]:
                        errs.append("paragraph keys")
                    nwords += len(b["text"].split())
                if "^" in b["text"]:
                    errs.append("note mark left")
        if nwords < 500:
            errs.append(f"only {nwords} paragraph words")
        if os.path.exists(f"{OUT}/{name}.pdf"):
            doc, same = pdf_text(name)
            kind = "PDF (.txt)"
            if not same:
                errs.append(".txt differs from a fresh pdftotext -raw")
        elif os.path.exists(f"{OUT}/{name}.docx"):
            doc, kind = docx_text(name), "DOCX (w:t of header, body, footer, footnotes)"
        else:
            doc, kind = html_text(name), "HTML (visible text)"
            for src in re.findall(r'src="([^"]+)"', open(f"{OUT}/{name}.html").read()):
                if not os.path.exists(f"{OUT}/{src}"):
                    errs.append("missing image " + src)
        dsq = squash(doc)
        strings = [("title", gold["title"])] + [("running", r) for r in gold["running"]]
        for s in secs:
            if s["label"]:
                strings.append(("label", s["label"]))
            strings.append(("section title", s["title"]))
            for b in s["blocks"]:
                strings.append((b["kind"], b["text"]))
                if b["kind"] == "caption":
                    strings.append(("position", b["position"] + ":"))
                    strings.append(("credit", b["credit"]))
        notes = []
        for what, s in strings:
            res, info = find(s, dsq, None)
            if res == "missing":
                errs.append(f"{what} missing words {info}: {s[:60]}")
            elif res != "whole":
                notes.append(f"  {what} not verbatim ({res}{', largest gap %d' % info if res == 'order' else ''}): "
                             f"{s[:70]}")
            # every word of every gold paragraph must occur in the document text
            if what == "paragraph":
                for w in s.split():
                    if squash(w) and squash(w) not in dsq:
                        errs.append(f"word not in document: {w}")
        rep.append(f"== {name}  [{kind}]  paragraph words: {nwords}  errors: {len(errs)}")
        rep.extend("  ERROR " + e for e in errs)
        rep.extend(notes)
        errors += len(errs)
    rep.append(f"TOTAL ERRORS: {errors}")
    text = "\n".join(rep) + "\n"
    open(HERE + "/validation_report.txt", "w").write(text)
    print(text)
    return errors


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
