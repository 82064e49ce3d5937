"""Check every gold string against the document text (words contiguous, case/punctuation ignored)."""
import json, os, re, sys, subprocess, zipfile, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import DOCS, gold
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors, notes, lines = 0, 0, []
def norm(s):
    s = s.replace("’", "").replace("'", "")
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    return re.sub(r"[^\w]+", " ", s.lower()).split()
def contains(hay, needle):
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))
def doc_text(name):
    for ext in ("pdf", "docx", "html"):
        p = os.path.join(OUT, f"{name}.{ext}")
        if os.path.exists(p):
            break
    if ext == "pdf":
        txt = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        fresh = subprocess.run(["pdftotext", "-raw", p, "-"], capture_output=True, text=True).stdout
        if fresh != txt:
            raise SystemExit(f"{name}.txt is stale")
        return re.sub(r"-\n(?=[a-z])", "", txt)
    if ext == "docx":
        z = zipfile.ZipFile(p)
        xml = z.read("word/document.xml").decode() + " ".join(z.read(n).decode() for n in z.namelist() if "footer" in n)
        xml = re.sub(r"<w:del\b.*?</w:del>", " ", xml, flags=re.S)           # accepted view
        xml = re.sub(r"<w:tab/>|</w:p>", " ", xml)
        return H.unescape(re.sub(r"<[^>]+>", "", xml))
    src = open(p, encoding="utf-8").read()
    src = re.sub(r"<(head|script|style|template|svg|noscript)\b.*?</\1>", " ", src, flags=re.S)
    src = re.sub(r"<br\s*/?>|</(p|dt|dd|h\d|li|caption|small|span)>", " ", src)
    return H.unescape(re.sub(r"<[^>]+>", "", src))
for name in DOCS:
    g = gold(name)
    on_disk = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if on_disk != g:
        errors += 1; lines.append(f"ERROR {name}: JSON differs from content.py")
    words = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
    if not 500 <= words <= 900:
        errors += 1; lines.append(f"ERROR {name}: {words} paragraph words")
    hay = norm(doc_text(name))
    items = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for si, s in enumerate(g["sections"]):
        if s["label"]: items.append((f"s{si} label", s["label"]))
        items.append((f"s{si} title", s["title"]))
        for bi, b in enumerate(s["blocks"]):
            items.append((f"s{si} b{bi} {b['kind']}", b["text"]))
            if b["kind"] == "caption":
                if b["position"]: items.append((f"s{si} b{bi} position", b["position"]))
                items.append((f"s{si} b{bi} credit", b["credit"]))
    for where, text in items:
        ws = norm(text)
        if contains(hay, ws):
            continue
        if all(w in hay for w in ws):
            notes += 1; lines.append(f"NOTE  {name} {where}: found only in pieces: {text[:70]}…")
        else:
            missing = [w for w in ws if w not in hay]
            errors += 1; lines.append(f"ERROR {name} {where}: missing {missing[:8]}")
    lines.append(f"ok    {name}: {words} paragraph words, {len(items)} gold strings")
lines.append(f"{errors} errors, {notes} notes")
report = "\n".join(lines) + "\n"
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "validation_report.txt"), "w").write(report)
print(report)
