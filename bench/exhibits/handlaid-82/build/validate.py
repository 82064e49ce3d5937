# -*- coding: utf-8 -*-
"""Checks: JSON equals texts.py, 500-900 paragraph words, .txt equals a fresh pdftotext -raw,
and every gold string's words occur contiguously in the document text (NOTE if only in order)."""
import json, os, re, subprocess, sys, zipfile, html as H
from html.parser import HTMLParser
from texts import EX, gold, para_words
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm_words(s):
    s = s.replace("’", "").replace("'", "").replace("‘", "")
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    return re.findall(r"\w+", s.lower())


def pdf_text(n):
    t = open(os.path.join(ROOT, n + ".txt"), encoding="utf-8").read()
    return re.sub(r"-\n(?=[a-z])", "", t)


def docx_text(n):
    z = zipfile.ZipFile(os.path.join(ROOT, n + ".docx"))
    out = []
    for part in ("word/document.xml", "word/footnotes.xml"):
        x = z.read(part).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
            out.append("".join(H.unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, flags=re.S)))
    return "\n".join(out)


class T(HTMLParser):
    skip = {"head", "script", "style", "template", "svg", "noscript"}
    def __init__(s):
        super().__init__(); s.d = 0; s.out = []
    def handle_starttag(s, t, a):
        if t in s.skip: s.d += 1
    def handle_endtag(s, t):
        if t in s.skip: s.d -= 1
    def handle_data(s, data):
        if s.d == 0: s.out.append(data)


def html_text(n):
    p = T(); p.feed(open(os.path.join(ROOT, n + ".html"), encoding="utf-8").read()); return " ".join(p.out)


def contiguous(needle, hay):
    k = len(needle)
    return any(hay[i:i + k] == needle for i in range(len(hay) - k + 1))


def in_order(needle, hay):
    it = iter(hay)
    return all(w in it for w in needle)


errors, notes, lines = 0, 0, []
for n, e in EX.items():
    g = gold(n)
    j = json.load(open(os.path.join(ROOT, n + ".json"), encoding="utf-8"))
    if j != g:
        errors += 1; lines.append(f"ERROR {n}: json differs from texts.py")
    pw = para_words(n)
    if not 500 <= pw <= 900:
        errors += 1; lines.append(f"ERROR {n}: {pw} paragraph words")
    if e["kind"] == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(ROOT, n + ".pdf"), "-"], capture_output=True, text=True).stdout
        if fresh != open(os.path.join(ROOT, n + ".txt"), encoding="utf-8").read():
            errors += 1; lines.append(f"ERROR {n}: .txt is stale")
        doc = pdf_text(n)
    elif e["kind"] == "docx":
        doc = docx_text(n)
    else:
        doc = html_text(n)
    hay = norm_words(doc)
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]: strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]: strings.append(("position", b["position"]))
                strings.append(("credit", b["credit"]))
    for kind, st in strings:
        w = norm_words(st)
        if kind == "title":  # title lines are set apart; check each printed line
            parts = [norm_words(x) for x in e["title_lines"]]
            if all(contiguous(p, hay) for p in parts):
                continue
        if contiguous(w, hay):
            continue
        hay2 = [re.sub(r"(?<=[a-z])\d+$", "", x) for x in hay]
        if in_order(w, hay) or in_order(w, hay2):
            notes += 1; lines.append(f"NOTE  {n}: {kind} in order but interrupted: {st[:70]}…")
        else:
            errors += 1; lines.append(f"ERROR {n}: {kind} not found: {st[:70]}…")
    lines.append(f"ok    {n}: {pw} paragraph words")
lines.append(f"{errors} errors, {notes} notes")
rep = "\n".join(lines)
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "validation_report.txt"), "w").write(rep + "\n")
print(rep)
sys.exit(1 if errors else 0)
