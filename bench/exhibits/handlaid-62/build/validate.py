"""Checks set 62: gold JSON = content.py, structure rules, 500-900 paragraph words, .txt = fresh
pdftotext -raw, and every gold string's words found in the document text (contiguous = OK, in pieces = NOTE)."""
import json, os, re, subprocess, sys, zipfile, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
errors, notes = [], []

def toks(s):
    s = s.lower().replace("’", "").replace("'", "").replace("‘", "")
    s = re.sub(r"[-‐–—]", "", s)
    return re.findall(r"\w+", s)

def doc_text(name):
    p = os.path.join(OUT, name)
    if os.path.exists(p + ".pdf"):
        txt = open(p + ".txt", encoding="utf-8").read()
        fresh = subprocess.run(["pdftotext", "-raw", p + ".pdf", "-"], capture_output=True, text=True).stdout
        if fresh != txt: errors.append(f"{name}: .txt differs from a fresh pdftotext -raw")
        return re.sub(r"(\w)-\n(?=[a-z])", r"\1", txt)
    if os.path.exists(p + ".docx"):
        z = zipfile.ZipFile(p + ".docx"); parts = []
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                x = z.read(n).decode()
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", " ", x, flags=re.S)
                x = re.sub(r"<w:(tab|br)\b[^>]*/>", " ", x)
                x = re.sub(r"</w:p>", " ", x)
                parts.append(html.unescape(" ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x.replace("</w:p>", "</w:p><w:t> </w:t>")))))
        return " ".join(parts)
    h = open(p + ".html", encoding="utf-8").read()
    h = re.sub(r"<(head|script|style|template|svg)\b.*?</\1>", " ", h, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", h))

def find(seq, hay):
    n = len(seq)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == seq: return i
    return -1

def pieces(seq, hay):
    out, i = [], 0
    while i < len(seq):
        best = (0, -1)
        for j in range(len(hay)):
            k = 0
            while i + k < len(seq) and j + k < len(hay) and hay[j + k] == seq[i + k]: k += 1
            if k > best[0]: best = (k, j)
        if best[0] == 0: return None
        out.append(best); i += best[0]
    return out

for name in content.EX:
    g = content.gold(name)
    js = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if js != g or list(js) != ["title", "running", "sections"]: errors.append(f"{name}: JSON differs from content.py")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[-1]["label"] is not None: errors.append(f"{name}: title/sidebar rule")
    for s in secs:
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1: errors.append(f"{name}: caption not last")
    words = sum(len(b["text"].split()) for s in secs for b in s["blocks"] if b["kind"] == "paragraph")
    if not 500 <= words <= 900: errors.append(f"{name}: {words} paragraph words")
    hay = toks(doc_text(name))
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in secs:
        if s["label"]: strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]: strings.append(("position", b["position"]))
                strings.append(("credit", b["credit"]))
    for kind, s in strings:
        seq = toks(s)
        if find(seq, hay) >= 0: continue
        ps = pieces(seq, hay)
        if ps is None: errors.append(f"{name}: {kind} not found: {s[:70]}")
        else:
            order = "in text order" if all(ps[k][1] < ps[k + 1][1] for k in range(len(ps) - 1)) else "NOT in text order"
            notes.append(f"{name}: {kind} in {len(ps)} pieces ({order}): {s[:60]}…")
    print(f"{name}: {words} paragraph words")
rep = "\n".join([f"ERROR {e}" for e in errors] + [f"NOTE {n}" for n in notes] + [f"{len(errors)} errors, {len(notes)} notes"])
open(os.path.join(HERE, "validation_report.txt"), "w").write(rep + "\n")
print(rep)
sys.exit(1 if errors else 0)
