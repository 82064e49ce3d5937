"""Checks every gold string's words against the document text (contiguous = ok, in order only = NOTE, else ERROR)."""
import json, re, subprocess, zipfile, html, sys
from texts import EX, gold, words
D = ".."
def norm(s):
    s = s.replace("’", "").replace("'", "")
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    return re.sub(r"[^\w]+", " ", s.lower()).split()
def doc_text(n):
    import os
    if os.path.exists(f"{D}/{n}.pdf"):
        t = open(f"{D}/{n}.txt").read()
        fresh = subprocess.run(["pdftotext", "-raw", f"{D}/{n}.pdf", "-"], capture_output=True, text=True).stdout
        assert fresh == t, n + ": .txt differs from fresh pdftotext -raw"
        return re.sub(r"-\n(?=[a-z])", "", t)
    if os.path.exists(f"{D}/{n}.docx"):
        z = zipfile.ZipFile(f"{D}/{n}.docx")
        out = []
        for part in ["word/document.xml"] + [x for x in z.namelist() if x.startswith("word/footer")]:
            x = z.read(part).decode()
            x = re.sub(r"<w:del\b.*?</w:del>", "", x, flags=re.S)
            x = re.sub(r"<w:tab/>", " ", x); x = re.sub(r"</w:p>", "\n", x)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(out)
    x = open(f"{D}/{n}.html").read()
    x = re.sub(r"<(head|script|style|template|svg|noscript|sup)\b.*?</\1>", " ", x, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", x))
def check(hay, s):
    w = norm(s); h = norm(hay)
    if not w: return "ok"
    js = " " + " ".join(w) + " "; hs = " " + " ".join(h) + " "
    if js in hs: return "ok"
    i = 0
    for t in w:
        try: i = h.index(t, i) + 1
        except ValueError: return "ERROR"
    return "NOTE"
errs = notes = 0; rep = []
for n in EX:
    g = gold(n)
    assert json.load(open(f"{D}/{n}.json")) == g, n + ": json differs"
    wc = words(n); assert 500 <= wc <= 900, (n, wc)
    hay = doc_text(n)
    items = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        items += [("label", s["label"] or ""), ("section", s["title"])]
        for b in s["blocks"]:
            items.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                items += [("position", b["position"] or ""), ("credit", b["credit"])]
    for k, s in items:
        r = check(hay, s)
        if r != "ok":
            rep.append(f"{r} {n} {k}: {s[:70]}")
            errs += r == "ERROR"; notes += r == "NOTE"
    rep.append(f"ok {n}: {wc} paragraph words")
rep.append(f"{errs} errors, {notes} notes")
open("validation_report.txt", "w").write("\n".join(rep) + "\n")
print("\n".join(rep))
sys.exit(1 if errs else 0)
