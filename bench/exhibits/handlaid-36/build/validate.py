# Checks every gold file against its document: schema and key order, and that the words of every gold
# paragraph, title, label, caption, credit and running string occur in the document text.
import json, os, re, subprocess, sys, unicodedata, zipfile, html
from html.parser import HTMLParser
from common import OUT

def squash(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'")
    return re.sub(r"[^a-z0-9]+", "", s)

def words(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'")
    return [w for w in re.split(r"[^a-z0-9']+", s) if w]

def pdf_text(name):
    t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
    assert fresh == t, name + ": .txt differs from a fresh pdftotext -raw"
    t = re.sub(r"([a-z])-\n([a-z])", r"\1\2", t)     # undo line-end hyphens for the word check
    return t

def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            for p in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
                out.append("".join(html.unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S)))
    return "\n".join(out)

class TP(HTMLParser):
    def __init__(self):
        super().__init__(); self.skip = 0; self.out = []
    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "head", "title"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def html_text(name):
    p = TP(); p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return " ".join(p.out)

errors = []
report = []
for f in sorted(os.listdir(OUT)):
    if not f.endswith(".json"):
        continue
    name = f[:-5]
    g = json.load(open(os.path.join(OUT, f), encoding="utf-8"))
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        text = pdf_text(name); kind = "pdf"
    elif os.path.exists(os.path.join(OUT, name + ".docx")):
        text = docx_text(name); kind = "docx"
    else:
        text = html_text(name); kind = "html"
    sq = squash(text)
    tw = set(words(text))
    def err(m): errors.append("%s: %s" % (name, m))
    if list(g) != ["title", "running", "sections"]: err("top keys")
    if g["sections"][0]["label"] is not None or g["sections"][0]["title"] != g["title"]: err("title section")
    nwords = 0; verbatim = 0; nparas = 0
    for s in g["sections"]:
        if list(s) != ["label", "title", "blocks"]: err("section keys")
        for x in ([s["label"]] if s["label"] else []) + [s["title"]]:
            for w in words(x):
                if w not in tw: err("heading word %r of %r" % (w, x))
        seen_cap = False
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                if list(b) != ["kind", "text"]: err("para keys")
                if seen_cap: err("paragraph after caption in " + s["title"])
                nwords += len(b["text"].split()); nparas += 1
                if squash(b["text"]) in sq: verbatim += 1
                for w in words(b["text"]):
                    if w not in tw: err("word %r missing (paragraph %r…)" % (w, b["text"][:40]))
            else:
                seen_cap = True
                if list(b) != ["kind", "text", "position", "credit"]: err("caption keys")
                if b["position"] and b["position"].endswith(":"): err("position colon")
                for x in (b["text"], b["credit"] or ""):
                    if squash(x) not in sq: err("caption/credit not verbatim: %r" % x[:50])
    for r in g["running"]:
        if squash(r) not in sq: err("running %r" % r)
    report.append("%-28s %-4s sections=%d paragraphs=%d verbatim=%d words=%d" % (name, kind, len(g["sections"]), nparas, verbatim, nwords))
    if nwords < 500: err("fewer than 500 paragraph words")
report += ["errors: %d" % len(errors)] + errors
open(os.path.join(OUT, "build", "validation_report.txt"), "w").write("\n".join(report) + "\n")
print("\n".join(report))
sys.exit(1 if errors else 0)
