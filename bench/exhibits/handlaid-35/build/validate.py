# Checks every gold file against its document; writes validation_report.txt.
import json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["title", "running", "sections"]
errors, lines = [], []

def norm_tokens(text):
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)          # line-end hyphens
    return [t for t in re.findall(r"[\w’'\-\.,]+", text)]

def squash(s):
    return re.sub(r"[^0-9a-z]", "", unicodedata.normalize("NFKC", s).lower())

def word_set(text):
    toks = set()
    for t in norm_tokens(text):
        w = re.sub(r"^[^\w]+|[^\w]+$", "", t)
        toks.add(w)
        for part in re.split(r"[,\.]", w):
            toks.add(part)
    return toks

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("head", "style", "script"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("head", "style", "script"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def doc_text(name):
    p = os.path.join(D, name)
    if os.path.exists(p + ".pdf"):
        fresh = subprocess.run(["pdftotext", "-raw", p + ".pdf", "-"], capture_output=True, text=True).stdout
        stored = open(p + ".txt").read()
        if fresh != stored: errors.append(f"{name}: .txt differs from a fresh pdftotext -raw")
        return stored
    if os.path.exists(p + ".docx"):
        z = zipfile.ZipFile(p + ".docx"); t = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode()
                x = re.sub(r"<w:br[^>]*/>", "\n", x); x = re.sub(r"</w:p>", "\n", x)
                t.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>|(\n)", x) and [a or b for a, b in re.findall(r"<w:t[^>]*>([^<]*)</w:t>|(\n)", x)]))
        return "\n".join(t)
    v = Vis(); v.feed(open(p + ".html").read())
    for m in re.findall(r'src="(img/[^"]+)"', open(p + ".html").read()):
        if not os.path.exists(os.path.join(D, m)): errors.append(f"{name}: missing {m}")
    return "\n".join(v.out)

for fn in sorted(os.listdir(D)):
    if not fn.endswith(".json"): continue
    name = fn[:-5]
    g = json.load(open(os.path.join(D, fn)))
    if list(g) != KEYS: errors.append(f"{name}: keys {list(g)}")
    text = doc_text(name)
    words, sq = word_set(text), squash(text)
    if g["sections"][0]["label"] is not None or g["sections"][0]["title"] != g["title"]:
        errors.append(f"{name}: title section")
    nwords = 0; notverb = []
    for s in g["sections"]:
        if list(s) != ["label", "title", "blocks"]: errors.append(f"{name}: section keys")
        for k in ("title", "label"):
            if s[k] and squash(s[k]) not in sq: errors.append(f"{name}: {k} not found: {s[k]}")
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds[kinds.index("caption"):].count("paragraph"):
            errors.append(f"{name}: caption not last in {s['title']}")
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                if list(b) != ["kind", "text"]: errors.append(f"{name}: block keys")
                if "^" in b["text"]: errors.append(f"{name}: marker left")
                if s["label"] is not None or s is g["sections"][0] or True:
                    pass
                ws = [re.sub(r"^[^\w]+|[^\w]+$", "", w) for w in b["text"].split()]
                miss = [w for w in ws if w and w not in words]
                if miss: errors.append(f"{name}: words missing {miss[:6]} in '{b['text'][:50]}'")
                if squash(b["text"]) not in sq: notverb.append(b["text"][:40])
                nwords += len(ws)
            else:
                if list(b) != ["kind", "text", "position", "credit"]: errors.append(f"{name}: caption keys")
                if b["position"] and b["position"].endswith(":"): errors.append(f"{name}: colon in position")
                for k in ("text", "credit"):
                    if squash(b[k]) not in sq: errors.append(f"{name}: caption {k} not found: {b[k][:50]}")
                if b["position"] and squash(b["position"] + b["text"][:20]) not in sq:
                    errors.append(f"{name}: position+caption start not found")
    for r in g["running"]:
        if squash(r) not in sq: errors.append(f"{name}: running not found: {r}")
    lines.append(f"{name}: {len(g['sections'])} sections, {nwords} gold paragraph words (intro included); not verbatim: {notverb}")
    if nwords < 500: errors.append(f"{name}: only {nwords} words")
lines.append(f"errors: {len(errors)}")
lines += errors
open(os.path.join(D, "build", "validation_report.txt"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
sys.exit(1 if errors else 0)
