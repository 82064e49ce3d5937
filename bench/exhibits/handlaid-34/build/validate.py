"""Checks every gold file against its document; writes build/validation_report.txt."""
import json, re, subprocess, unicodedata, zipfile, os, glob
from html.parser import HTMLParser
os.chdir(os.path.dirname(os.path.abspath(__file__)) + "/..")
def squash(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^a-z0-9]", "", s)
def pdf_text(name):
    t = open(name + ".txt", encoding="utf-8").read()
    fresh = subprocess.run(["pdftotext", "-raw", name + ".pdf", "-"], capture_output=True, text=True).stdout
    assert fresh == t, name + ".txt is not a fresh pdftotext -raw"
    return re.sub(r"-\n(?=[a-z])", "", t)
def docx_text(name):
    z = zipfile.ZipFile(name + ".docx")
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            out.append(" ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x)))
    import html as h
    return h.unescape("\n".join(out))
class V(HTMLParser):
    def __init__(self):
        super().__init__(); self.skip = 0; self.out = []
    def handle_starttag(self, t, a):
        if t in ("head", "style", "script", "template"): self.skip += 1
    def handle_endtag(self, t):
        if t in ("head", "style", "script", "template"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
def html_text(name):
    v = V(); v.feed(open(name + ".html", encoding="utf-8").read()); return " ".join(v.out)
report, errors = [], 0
KEYS = ["title", "running", "sections"]
for g in sorted(glob.glob("*.json")):
    name = g[:-5]
    gold = json.load(open(g, encoding="utf-8"))
    if os.path.exists(name + ".pdf"): text = pdf_text(name); kind = "pdf"
    elif os.path.exists(name + ".docx"): text = docx_text(name); kind = "docx"
    else: text = html_text(name); kind = "html"
    sq = squash(text)
    toks = set(re.findall(r"[\w’'-]+", unicodedata.normalize("NFKC", text).lower()))
    errs = []
    if list(gold) != KEYS: errs.append("keys")
    if gold["sections"][0]["label"] is not None or gold["sections"][0]["title"] != gold["title"]: errs.append("title section")
    words = 0; verbatim_miss = []
    for s in gold["sections"]:
        for f in ([s["title"]] + ([s["label"]] if s["label"] else [])):
            if squash(f) not in sq: errs.append("missing heading/label: " + f)
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds[kinds.index("caption"):] != ["caption"] * kinds[kinds.index("caption"):].__len__():
            errs.append("caption not last in " + s["title"])
        for b in s["blocks"]:
            if b["kind"] == "caption":
                if list(b) != ["kind", "text", "position", "credit"]: errs.append("caption keys")
                if ":" in b["position"]: errs.append("colon in position")
                for f in (b["text"], b["credit"], b["position"] + b["text"][:20]):
                    if squash(f) not in sq: errs.append("caption piece missing: " + f[:40])
                continue
            if list(b) != ["kind", "text"]: errs.append("paragraph keys")
            if "^" in b["text"] or "|" in b["text"]: errs.append("marker left")
            for w in b["text"].split():
                words += 1
                wl = unicodedata.normalize("NFKC", w).lower().strip(".,;:!?“”\"()")
                if wl not in toks and squash(w) not in sq:
                    errs.append("word missing: " + w)
            if squash(b["text"]) not in sq: verbatim_miss.append(b["text"][:50])
    for r in gold["running"]:
        if squash(r) not in sq: errs.append("running missing: " + r)
    if gold["title"] and squash(gold["title"]) not in sq: verbatim_miss.append("TITLE " + gold["title"])
    if words < 500: errs.append(f"only {words} gold paragraph words")
    errors += len(errs)
    report.append(f"{name} ({kind}): {words} gold paragraph words, {len(errs)} errors")
    report += ["  ERROR " + e for e in errs]
    report += ["  not verbatim (planned interruption): " + v for v in verbatim_miss]
for f in ["img/necropolis_platform.png", "img/necropolis_logo.png"]:
    if not os.path.exists(f): errors += 1; report.append("missing " + f)
report.append(f"TOTAL ERRORS: {errors}")
open("build/validation_report.txt", "w").write("\n".join(report) + "\n")
print("\n".join(report))
