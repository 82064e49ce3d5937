# -*- coding: utf-8 -*-
"""Checks every gold file against its document text; writes validation_report.txt."""
import json, os, re, sys, zipfile, html as H
import content as C
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PDFS = ["phonograph_1877", "kodak_camera_1888", "typewriter_1868", "burke_wills_1861"]

def norm_words(s):
    s = s.replace("\u00ad", "")
    return [w for w in re.findall(r"[\w’'$£½.,:;?\-–/&·]+", s)]

def tok(s):
    return re.findall(r"[A-Za-z0-9½$£]+(?:[’'\-–][A-Za-z0-9]+)*", s.replace("\u00ad", ""))

def doc_text(name):
    if name in PDFS:
        t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        joined = re.sub("\u00ad\n", "", t)          # Prince's soft hyphen at line end
        joined = re.sub(r"(\w)-\n(\w)", r"\1\2", joined)
        kept = re.sub(r"(\w)-\n(\w)", r"\1-\2", t)        # a real compound broken at its hyphen
        return t + "\n" + joined + "\n" + kept
    if name.endswith("1816"):
        z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
        d = z.read("word/document.xml").decode()
        d = re.sub(r"<w:delText>.*?</w:delText>", " ", d)
        d = re.sub(r"</w:p>", "\n", d)
        return H.unescape(re.sub(r"<[^>]+>", "", d))
    h = open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()
    attrs = " ".join(re.findall(r'label="([^"]+)"', h))
    h = re.sub(r"(?s)<(head|script|style|template)\b.*?</\1>", " ", h)
    return H.unescape(re.sub(r"<[^>]+>", " ", h)).replace("\u00ad", "") + " " + attrs

errors, notes = [], []
for e in C.ALL:
    n = e["name"]
    g = json.load(open(os.path.join(OUT, n + ".json"), encoding="utf-8"))
    assert list(g) == ["title", "running", "sections"], n
    assert g["sections"][0]["label"] is None and g["sections"][0]["title"] == g["title"], n
    assert g["sections"][-1]["label"] is None, n
    words = set(tok(doc_text(n)))
    total = 0
    verbatim = 0
    text_all = re.sub(r"\s+", " ", doc_text(n))
    for s in g["sections"]:
        assert list(s) == ["label", "title", "blocks"]
        for i, b in enumerate(s["blocks"]):
            if b["kind"] == "caption":
                assert i == len(s["blocks"]) - 1, (n, s["title"])
                assert ":" not in (b["position"] or ""), n
                assert list(b) == ["kind", "text", "position", "credit"]
            else:
                assert list(b) == ["kind", "text"]
                total += len(b["text"].split())
                if b["text"] in text_all:
                    verbatim += 1
                else:
                    notes.append("%s: not verbatim (interrupted/hyphenated/run-in): %s…" % (n, b["text"][:60]))
            for fld in ("text", "position", "credit"):
                for w in tok(b.get(fld) or ""):
                    if w not in words:
                        errors.append("%s: %r missing (%s)" % (n, w, b.get(fld)[:50]))
        for w in tok((s["label"] or "") + " " + s["title"]):
            if w not in words:
                errors.append("%s: heading word %r missing" % (n, w))
    for r in g["running"]:
        for w in tok(r):
            if w not in words:
                notes.append("%s: running word %r not found" % (n, w))
    if not 500 <= total <= 900:
        errors.append("%s: %d gold paragraph words" % (n, total))
    notes.append("%s: %d gold paragraph words, %d paragraphs verbatim" % (n, total, verbatim))
rep = "\n".join(["errors: %d" % len(errors)] + errors + ["", "notes:"] + notes) + "\n"
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "validation_report.txt"), "w").write(rep)
print(rep)
sys.exit(1 if errors else 0)
