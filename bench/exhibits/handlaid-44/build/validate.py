# -*- coding: utf-8 -*-
"""Check the gold files against content.py and against the documents' own text.
Writes build/validation_report.txt; exit code 1 on any error."""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import EX, ORDER, gold, para_words  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
errors, notes = [], []
WORD = re.compile(r"[0-9A-Za-zÀ-ÿ’'°]+(?:[-–][0-9A-Za-zÀ-ÿ’'°]+)*")


def pdf_text(name):
    with open(os.path.join(OUT, name + ".txt"), encoding="utf-8") as f:
        t = f.read()
    fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True,
                           text=True).stdout
    if fresh != t:
        errors.append(f"{name}: .txt differs from a fresh pdftotext -raw")
    t = re.sub("\u00ad\n(\u2010\n)?", "", t).replace("\u00ad", "")
    # a line-end ASCII hyphen: try it both joined and kept
    return [re.sub(r"-\n", "-", t), re.sub(r"-\n", "", t)]


def docx_text(name):
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx")) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        p = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", p, flags=re.S)
        p = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", p, flags=re.S)
        p = p.replace("<w:noBreakHyphen/>", "<w:t>-</w:t>").replace("<w:tab/>", "<w:t> </w:t>")
        paras.append("".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)))
    return ["\n".join(paras)]


def html_text(name):
    with open(os.path.join(OUT, name + ".html"), encoding="utf-8") as f:
        h = f.read()
    h = re.sub(r"<head>.*?</head>", " ", h, flags=re.S)
    h = re.sub(r"<(script|style|template)[^>]*>.*?</\1>", " ", h, flags=re.S)
    h = h.replace("<wbr>", "").replace("&shy;", "")
    t = re.sub(r"<[^>]+>", " ", h)
    return [html.unescape(t).replace("\u00ad", "")]


def words(s):
    return [w.lower() for w in WORD.findall(s)]


def check(name):
    g = gold(name)
    with open(os.path.join(OUT, name + ".json"), encoding="utf-8") as f:
        j = json.load(f)
    if j != g:
        errors.append(f"{name}: json differs from content.gold()")
    if list(j.keys()) != ["title", "running", "sections"]:
        errors.append(f"{name}: top-level keys {list(j.keys())}")
    s0 = j["sections"][0]
    if s0["label"] is not None or s0["title"] != j["title"] or len(s0["blocks"]) != 1:
        errors.append(f"{name}: title section")
    for s in j["sections"]:
        if list(s.keys()) != ["label", "title", "blocks"]:
            errors.append(f"{name}: section keys {list(s.keys())}")
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errors.append(f"{name}: caption not last in {s['title']}")
        for b in s["blocks"]:
            want = ["kind", "text"] if b["kind"] == "paragraph" else ["kind", "text", "position", "credit"]
            if list(b.keys()) != want:
                errors.append(f"{name}: block keys {list(b.keys())}")
            if b["kind"] == "caption" and b["position"].endswith(":"):
                errors.append(f"{name}: position with colon")
    if j["sections"][-1]["label"] is not None:
        errors.append(f"{name}: sidebar label not null")
    n = para_words(name)
    if not 500 <= n <= 900:
        errors.append(f"{name}: {n} gold paragraph words")
    kind = EX[name]["kind"]
    texts = pdf_text(name) if kind == "pdf" else docx_text(name) if kind == "docx" else html_text(name)
    vocab = set()
    for t in texts:
        vocab.update(words(t))
    flat = [re.sub(r"\s+", " ", t) for t in texts]
    strings = [("title", j["title"])]
    for s in j["sections"]:
        if s["label"]:
            strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                strings.append(("position", b["position"]))
                strings.append(("credit", b["credit"]))
    missing = 0
    for what, st in strings:
        miss = [w for w in words(st) if w not in vocab]
        if miss:
            missing += 1
            errors.append(f"{name}: {what} words not in the document text: {miss} ({st[:50]}…)")
        elif what == "paragraph" and not any(st in t for t in flat):
            notes.append(f"{name}: paragraph not verbatim (planned interruption/hyphenation): {st[:60]}…")
    for r in j["running"]:
        miss = [w for w in words(r) if w not in vocab]
        if miss:
            errors.append(f"{name}: running string words missing {miss}")
    notes.append(f"{name}: {n} gold paragraph words, {len(strings)} strings checked, {missing} with missing words")


for name in ORDER:
    check(name)
rep = ["validation report", f"errors: {len(errors)}"] + ["ERROR " + e for e in errors] + ["note " + n for n in notes]
with open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(rep) + "\n")
print("\n".join(rep))
sys.exit(1 if errors else 0)
