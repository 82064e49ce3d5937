"""Checks the set: JSON = content.py output, 500-900 paragraph words, .txt = fresh pdftotext -raw, and every word of
every gold string occurs contiguously in the document text (NOTE when only in order but in pieces)."""
import json, os, re, subprocess, sys, zipfile, html
from html.parser import HTMLParser
sys.path.insert(0, os.path.dirname(__file__))
import content
B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
errs, notes, rep = [], [], []

def norm(s):
    s = s.replace("’", "").replace("'", "")
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    return re.findall(r"[^\W_]+", s.lower())

def doc_text(name):
    p = os.path.join(OUT, name)
    if name.endswith(".pdf"):
        t = subprocess.run(["pdftotext", "-raw", p, "-"], capture_output=True, text=True).stdout
        saved = open(p[:-4] + ".txt", encoding="utf-8").read()
        if t != saved: errs.append(name + ": .txt differs from fresh pdftotext -raw")
        return re.sub(r"(\w)-\n(?=[a-z])", r"\1", t)
    if name.endswith(".docx"):
        z = zipfile.ZipFile(p); out = []
        for part in ["word/document.xml", "word/footer1.xml"]:
            x = z.read(part).decode("utf-8")
            x = re.sub(r"<w:del\b.*?</w:del>", "", x, flags=re.S)           # accepted view
            x = x.replace("<w:tab/>", "<w:t> </w:t>")
            for para in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
        return html.unescape("\n".join(out))
    class P(HTMLParser):
        def __init__(s): super().__init__(); s.skip = 0; s.buf = []
        def handle_starttag(s, t, a):
            if t in ("head", "script", "style", "template", "svg", "noscript", "sup"): s.skip += 1
        def handle_endtag(s, t):
            if t in ("head", "script", "style", "template", "svg", "noscript", "sup"): s.skip -= 1
        def handle_data(s, d):
            if not s.skip: s.buf.append(d)
    pp = P(); pp.feed(open(p, encoding="utf-8").read()); return " ".join(pp.buf)

def check(name, label, s, hay, hs):
    w = norm(s)
    if not w: return
    if " " + " ".join(w) + " " in hs: return
    i = 0
    for t in hay:
        if i < len(w) and t == w[i]: i += 1
    (notes if i == len(w) else errs).append("%s: %s %s: %r" % (name, "in pieces" if i == len(w) else "MISSING", label, s[:70]))

for n in content.EX:
    g = content.gold(n)
    saved = json.load(open(os.path.join(OUT, n + ".json"), encoding="utf-8"))
    if saved != g: errs.append(n + ".json differs from content.py")
    wc = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
    if not 500 <= wc <= 900: errs.append("%s: %d paragraph words" % (n, wc))
    ext = [x for x in (".pdf", ".docx", ".html") if os.path.exists(os.path.join(OUT, n + x))][0]
    hay = norm(doc_text(n + ext)); hs = " " + " ".join(hay) + " "
    check(n, "title", g["title"], hay, hs)
    for r in g["running"]: check(n, "running", r, hay, hs)
    for si, s in enumerate(g["sections"]):
        if s["label"] and ext == ".docx" and re.fullmatch(r"[A-Z]", s["label"]):
            notes.append("%s: label %s is printed by Heading 2 numbering (upperLetter \"%%1.\"), not in the text" % (n, s["label"]))
        elif s["label"]: check(n, "label", s["label"], hay, hs)
        check(n, "section title", s["title"], hay, hs)
        for bi, b in enumerate(s["blocks"]):
            check(n, "%d.%d %s" % (si, bi, b["kind"]), b["text"], hay, hs)
            if b["kind"] == "caption":
                if b["position"]: check(n, "position", b["position"], hay, hs)
                check(n, "credit", b["credit"], hay, hs)
    rep.append("%s%s: %d paragraph words" % (n, ext, wc))
rep += ["ERROR " + e for e in errs] + ["NOTE " + x for x in notes]
rep.append("%d errors, %d notes" % (len(errs), len(notes)))
open(os.path.join(B, "validation_report.txt"), "w", encoding="utf-8").write("\n".join(rep) + "\n")
print("\n".join(rep))
sys.exit(1 if errs else 0)
