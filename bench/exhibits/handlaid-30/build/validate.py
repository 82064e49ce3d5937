# -*- coding: utf-8 -*-
"""Checks the six exhibits: structure of the gold, .txt == fresh pdftotext -raw, and that every
word of every gold string occurs in the document text (in order where the text is in order)."""
import html, json, re, subprocess, sys, unicodedata, zipfile, os
from html.parser import HTMLParser

OUT = ".."
KEYS = ["title", "running", "sections"]
errors = []; report = []

def squash(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "")
    return re.sub(r"[^0-9a-z]+", "", s.lower())

def words(s):
    return [squash(w) for w in s.split() if squash(w)]

def check_struct(name, g):
    if list(g.keys()) != KEYS: errors.append(f"{name}: keys {list(g.keys())}")
    if g["sections"][0]["title"] != g["title"]: errors.append(f"{name}: title section not first")
    for s in g["sections"]:
        if list(s.keys()) != ["label", "title", "blocks"]: errors.append(f"{name}: section keys")
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errors.append(f"{name}: caption not last in {s['title']}")
        for b in s["blocks"]:
            if b["kind"] == "caption":
                if list(b.keys()) != ["kind", "text", "position", "credit"]: errors.append(f"{name}: caption keys")
                if b["position"] and b["position"].endswith(":"): errors.append(f"{name}: colon in position")
            elif list(b.keys()) != ["kind", "text"]: errors.append(f"{name}: paragraph keys")
            if "^" in b["text"] or "|" in b["text"]: errors.append(f"{name}: mark left in gold")

def find(name, label, s, hay):
    """verbatim (squashed) or all words in order; report the gap."""
    q = squash(s)
    if not q: return
    if q in hay:
        return "verbatim"
    pos = 0; gaps = []; missing = []
    for w in words(s):
        i = hay.find(w, pos)
        if i < 0:
            missing.append(w); continue
        gaps.append(i - pos); pos = i + len(w)
    if missing:
        # all words present anywhere?
        if all(w in hay for w in words(s)):
            report.append(f"  {name}: {label}: all words present, split out of stream order")
            return "out-of-order"
        errors.append(f"{name}: {label}: missing words {missing[:8]}")
        return "missing"
    report.append(f"  {name}: {label}: words in order, largest gap {max(gaps)} chars")
    return "in-order"

def gold_strings(g):
    yield "title", g["title"]
    for r in g["running"]: yield "running", r
    for k, s in enumerate(g["sections"]):
        if s["label"]: yield f"label {s['label']}", s["label"]
        yield f"section {k} title", s["title"]
        for j, b in enumerate(s["blocks"]):
            yield f"section {k} ({s['label'] or s['title'][:20]}) block {j}", b["text"]
            if b["kind"] == "caption":
                if b["position"]: yield "position", b["position"] + ":"
                yield "credit", b["credit"]

def body_words(g):
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.skip = 0; self.out = []
    def handle_starttag(self, t, a):
        if t in ("style", "script", "head", "sup"): self.skip += 1
    def handle_endtag(self, t):
        if t in ("style", "script", "head", "sup"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def doc_text(name):
    p = os.path.join(OUT, name)
    if os.path.exists(p + ".pdf"):
        fresh = subprocess.run(["pdftotext", "-raw", p + ".pdf", "-"], capture_output=True, text=True).stdout
        txt = open(p + ".txt", encoding="utf-8").read()
        if fresh != txt: errors.append(f"{name}: .txt differs from a fresh pdftotext -raw")
        return txt
    if os.path.exists(p + ".docx"):
        z = zipfile.ZipFile(p + ".docx"); parts = []
        for part in ["word/header1.xml", "word/document.xml", "word/footer1.xml"]:
            x = z.read(part).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
                parts.append(html.unescape("".join(a or (" " if b else "") for a, b in
                                     re.findall(r"<w:t[^>]*>([^<]*)</w:t>|<w:(br|tab)\b[^>]*/>", para))))
        return "\n".join(parts)
    h = open(p + ".html", encoding="utf-8").read()
    for src in re.findall(r'src="([^"]+)"', h):
        if not os.path.exists(os.path.join(OUT, src)): errors.append(f"{name}: missing image {src}")
    v = Vis(); v.feed(h); return "".join(v.out)

names = ["st_kilda_evacuation_1930", "scarp_rocket_mail_1934", "tower_subway_1870", "pluto_discovery_1930",
         "lynmouth_flood_1952", "bessemer_converter_1856"]
for n in names:
    g = json.load(open(os.path.join(OUT, n + ".json"), encoding="utf-8"))
    check_struct(n, g)
    bw = body_words(g)
    if bw < 500: errors.append(f"{n}: only {bw} body words")
    hay = squash(doc_text(n))
    res = {}
    for label, s in gold_strings(g):
        r = find(n, label, s, hay); res[r] = res.get(r, 0) + 1
    report.insert(0, f"{n}: {bw} body words; strings: {res}")
print("\n".join(sorted(report, key=lambda l: l.startswith('  '))))
print(f"\n{len(errors)} errors")
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
