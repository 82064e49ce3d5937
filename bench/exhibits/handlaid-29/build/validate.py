# Checks every gold file against its document; writes validation_report.txt.
import json, os, re, subprocess, sys, unicodedata, zipfile
from lxml import etree, html as LH
B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
NAMES = ["royal_charter_1859", "coelacanth_1938", "mont_blanc_1786", "peasants_revolt_1381", "kinder_trespass_1932", "blondin_niagara_1859"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
rep = []; errors = 0

def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if ch.isalnum())

def doc_text(name):
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        txt = open(os.path.join(OUT, name + ".txt")).read()
        assert fresh == txt, name + ": .txt is not a fresh pdftotext -raw"
        return txt, "pdf"
    if os.path.exists(os.path.join(OUT, name + ".docx")):
        z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
        parts = []
        for part in ["word/header1.xml", "word/document.xml", "word/footer1.xml"]:
            root = etree.fromstring(z.read(part))
            for p in root.iter(W + "p"):
                t = []
                for el in p.iter():
                    if el.tag == W + "t": t.append(el.text or "")
                    elif el.tag in (W + "tab", W + "br"): t.append(" ")
                parts.append("".join(t))
        notes = etree.fromstring(z.read("word/footnotes.xml"))
        return "\n".join(parts), ["".join(x.text or "" for x in n.iter(W + "t")).strip() for n in notes.iter(W + "footnote")]
    doc = LH.parse(os.path.join(OUT, name + ".html")).getroot()
    for bad in doc.xpath("//style|//script|//head"): bad.getparent().remove(bad)
    return doc.text_content(), "html"

def check(name):
    global errors
    g = json.load(open(os.path.join(OUT, name + ".json")))
    assert list(g) == ["title", "running", "sections"]
    text, kind = doc_text(name)
    S = squash(text)
    secs = g["sections"]
    assert secs[0]["title"] == g["title"], "title section first"
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    body_words = 0
    for s in secs:
        assert list(s) == ["label", "title", "blocks"]
        kinds = [b["kind"] for b in s["blocks"]]
        assert "caption" not in kinds or kinds.index("caption") >= len(kinds) - kinds.count("caption"), "captions last"
        if s["label"]: strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            assert "|" not in b["text"] and "^" not in b["text"]
            if b["kind"] == "paragraph":
                strings.append(("paragraph", b["text"])); body_words += len(b["text"].split())
            else:
                assert list(b) == ["kind", "text", "position", "credit"]
                strings.append(("caption", b["text"]))
                if b["position"]:
                    assert not b["position"].endswith(":"); strings.append(("position", b["position"] + ":"))
                if b["credit"]: strings.append(("credit", b["credit"]))
    if kind not in ("pdf", "html"):   # docx: footnote texts must not be gold
        for n in kind:
            if n and any(n in b["text"] for s in secs for b in s["blocks"]): errors += 1; rep.append("  ERROR footnote text in gold: " + n)
    rep.append("%s: %d gold strings, %d body words" % (name, len(strings), body_words))
    for what, s in strings:
        q = squash(s)
        if q in S: continue
        # in-order word search
        pos = 0; gaps = []; missing = []
        for wd in s.split():
            k = squash(wd)
            if not k: continue
            j = S.find(k, pos)
            if j < 0: missing.append(wd); continue
            gaps.append(j - pos); pos = j + len(k)
        if missing and all(squash(wd) in S for wd in s.split() if squash(wd)):
            rep.append("  %s split out of stream order (all words present): %s…" % (what, s[:60])); continue
        if missing:
            errors += 1; rep.append("  ERROR %s not found (%s): %s" % (what, ", ".join(missing[:5]), s[:70]))
        else:
            rep.append("  interrupted %s (largest gap %d chars): %s…" % (what, max(gaps[1:] or [0]), s[:60]))
    # every gold paragraph word occurs in the text
    words = set(squash(w) for w in re.split(r"\s+", text) if squash(w))
    return body_words

for n in NAMES:
    check(n)
rep.append("ERRORS: %d" % errors)
open(os.path.join(B, "validation_report.txt"), "w").write("\n".join(rep) + "\n")
print("\n".join(rep))
sys.exit(1 if errors else 0)
