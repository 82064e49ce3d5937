"""Checks every gold word (title, labels, paragraphs, captions, positions, credits, running) occurs in the
document text in order; .txt equals a fresh pdftotext -raw; 500-900 paragraph words; title first, sidebar last."""
import json, os, re, subprocess, sys, zipfile, html
from content import EX, para_words, gold, clean, CUT

HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
def toks(t):
    return re.findall(r"[0-9A-Za-zÀ-ÿ’']+", t.replace("’", "'").lower())

def doc_text(name):
    for ext in ("txt", "docx", "html"):
        p = os.path.join(OUT, f"{name}.{ext}")
        if os.path.exists(p): break
    if ext == "txt":
        t = open(p, encoding="utf-8").read()
        fresh = subprocess.run(["pdftotext", "-raw", p[:-3] + "pdf", "-"], capture_output=True, text=True).stdout
        errs = [] if fresh == t else [f"{name}: .txt differs from fresh pdftotext -raw"]
        t = re.sub(r"-\n(?:[^\n]*\f)?", "", t)          # undo line-end hyphens
        return t, errs
    if ext == "docx":
        x = "".join(zipfile.ZipFile(p).read(n).decode() for n in ["word/header1.xml", "word/document.xml", "word/footer1.xml"])
        x = re.sub(r"<w:br/>|</w:p>", " ", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x)), []
    x = open(p, encoding="utf-8").read()
    x = re.sub(r"(?s)<(head|script|style)\b.*?</\1>", " ", x)
    return html.unescape(re.sub(r"<[^>]+>", " ", x)), []

errors = []; report = []
for name in EX:
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if g != gold(name): errors.append(f"{name}: gold file stale")
    text, e = doc_text(name); errors += e
    dt = toks(text); pos = 0
    def seek(s, what, ordered=True):
        global pos
        w = toks(s)
        if not w: return
        best = None
        starts = [i for i in range(pos if ordered else 0, len(dt)) if dt[i:i + min(3, len(w))] == w[:min(3, len(w))]]
        for st in starts:
            i, k = st, 0
            while i < len(dt) and k < len(w):
                if dt[i] == w[k]: k += 1
                i += 1
            if k == len(w) and (best is None or i - st < best[1] - best[0]): best = (st, i)
        if best is None:
            errors.append(f"{name}: {what} not found in order: {s[:60]!r}"); return
        if best[1] - best[0] > len(w) * 2 + 150: errors.append(f"{name}: {what} spread too widely: {s[:50]!r}")
        if ordered: pos = best[1]
    raw_paras = {clean(p): p for sec in EX[name]["sections"] for p in sec["paras"]}
    for s in g["sections"]:
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                for piece in raw_paras.get(b["text"], b["text"]).split(CUT):
                    seek(piece, "paragraph piece", ordered=False)
            else:
                seek(b["position"] + " " + b["text"], "caption", ordered=False); seek(b["credit"], "credit", ordered=False)
        seek(((s["label"] or "") + " " + s["title"]).strip(), "label+title", ordered=False)
    for r in g["running"]:
        seek(r, "running", ordered=False)
    # section order: first paragraph of every section in order
    pos = 0
    for s in (g["sections"] if name != "mercator_projection_1569" else []):  # leaflet: outside printed first
        seek(s["blocks"][0]["text"], "section order") if s["blocks"][0]["kind"] == "paragraph" else None
    if g["sections"][0]["label"] is not None or g["sections"][0]["title"] != g["title"]: errors.append(f"{name}: title section")
    if g["sections"][-1]["label"] is not None: errors.append(f"{name}: sidebar not last")
    for s in g["sections"]:
        if any(b["kind"] == "caption" for b in s["blocks"][:-1]): errors.append(f"{name}: caption not last")
    n = para_words(name)
    if not 500 <= n <= 900: errors.append(f"{name}: {n} paragraph words")
    report.append(f"{name}: {n} paragraph words")
out = "\n".join(report + [f"{len(errors)} errors"] + errors)
print(out)
open(os.path.join(HERE, "validation_report.txt"), "w").write(out + "\n")
sys.exit(1 if errors else 0)
