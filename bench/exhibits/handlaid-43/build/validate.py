"""Check the gold files against the documents; writes validation_report.txt."""
import json, os, re, zipfile, html
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
from content import DOCS, gold
errors, notes = [], []

def words(s):
    return re.findall(r"[\w’'.,:;()\-–—!?&·/]+", s)

def norm(w):
    return w.strip(".,:;()!?“”‘’'\"–—·/").lower()

def pdf_text(name):
    t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    t = t.replace("\u00ad\n", "").replace("\u2010\n", "")
    t = re.sub(r"(\S+)-\n(\S+)", r"\1\2 \1-\2", t)   # ASCII line-end hyphen: try joined and kept
    t = re.sub(r"[*†‡]", " ", t)
    return t

def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    x = z.read("word/document.xml").decode("utf-8")
    x = x.replace("<w:tab/>", "<w:t>\t</w:t>").replace("<w:noBreakHyphen/>", "<w:t>-</w:t>").replace("<w:softHyphen/>", "")
    x = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", x)
    out = []
    for t, end in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(</w:p>)", x):
        out.append("\n" if end else html.unescape(t))
    return "".join(out)

class T(HTMLParser):
    def __init__(self):
        super().__init__(); self.skip = 0; self.buf = []
    def handle_starttag(self, tag, a):
        if tag in ("head", "script", "style", "template"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "template"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.buf.append(d)

def html_text(name):
    p = T(); p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()); return " ".join(p.buf)

KIND = {"gin_lane_1751": docx_text, "magna_carta_1215": html_text}
for name in DOCS:
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if g != gold(name): errors.append(name + ": json differs from content.gold()")
    if list(g) != ["title", "running", "sections"]: errors.append(name + ": key order")
    s0 = g["sections"][0]
    if s0["label"] is not None or s0["title"] != g["title"] or len(s0["blocks"]) != 1: errors.append(name + ": title section")
    if g["sections"][-1]["label"] is not None: errors.append(name + ": sidebar label")
    for s in g["sections"]:
        if list(s) != ["label", "title", "blocks"]: errors.append(name + ": section keys")
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1: errors.append(name + ": caption not last")
        for b in s["blocks"]:
            if b["kind"] == "caption" and (b["position"].endswith(":") or list(b) != ["kind", "text", "position", "credit"]):
                errors.append(name + ": caption keys/position")
    pw = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
    if not 500 <= pw <= 900: errors.append("%s: %d paragraph words" % (name, pw))
    text = KIND.get(name, pdf_text)(name)
    vocab = {norm(w) for w in re.split(r"\s+", text) if norm(w)}
    flat = re.sub(r"\s+", " ", text)
    strings = [g["title"]]
    for s in g["sections"]:
        strings += [s["label"] or "", s["title"]]
        for b in s["blocks"]:
            strings += [b["text"]] + ([b["position"], b["credit"]] if b["kind"] == "caption" else [])
    for st in strings:
        for w in st.split():
            if norm(w) and norm(w) not in vocab:
                errors.append("%s: word %r of %r not in document text" % (name, w, st[:50]))
    nonverb = [b["text"][:40] for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph" and b["text"] not in flat]
    notes.append("%s: %d paragraph words; %d paragraphs not verbatim in the flattened text: %s" % (name, pw, len(nonverb), nonverb))
    for r in g["running"]:
        for w in r.split():
            if norm(w) and norm(w) not in vocab: notes.append("%s: running word %r not found" % (name, w))
    if name not in KIND:
        import subprocess
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read(): errors.append(name + ": .txt is stale")
with open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8") as f:
    f.write("errors: %d\n" % len(errors)); f.writelines(e + "\n" for e in errors)
    f.write("\nnotes:\n"); f.writelines(n + "\n" for n in notes)
print(open(os.path.join(HERE, "validation_report.txt")).read())
