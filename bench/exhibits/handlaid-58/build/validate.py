"""Checks the set: gold JSON = content.py, word counts, .txt = fresh pdftotext -raw, and that
every gold string's words occur contiguously in the document text (or as two contiguous pieces,
printed as a NOTE)."""
import json, os, re, subprocess, sys, zipfile, tempfile, unicodedata
from html.parser import HTMLParser
from content import EX, OUT, gold, gold_text, para_words

errors, notes = [], []


def toks(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u00ad", "")
    s = re.sub(r"[-\u2010\u2011\u2013]", "", s)  # hyphens ignored; en dash too (ranges)
    return re.findall(r"\w+", s)


def pdf_text(name):
    t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    running = {r.lower() for r in EX[name]["running"]}
    lines = t.split("\n")
    out, i = [], 0
    while i < len(lines):
        ln = lines[i]
        if ln.endswith("-") and i + 1 < len(lines):
            # a word split at a page turn: skip running heads/folios between its halves
            j = i + 1
            while j < len(lines) and (lines[j].strip().lower() in running or
                                      re.sub(r"(?<=\S) (?=\S)", "", lines[j]).strip().lower().replace(" ", "") in
                                      {r.replace(" ", "") for r in running}):
                j += 1
            if j > i + 1 and j < len(lines) and re.match(r"[a-z]", lines[j]):
                out.append(ln[:-1] + lines[j])
                i = j + 1
                continue
        out.append(ln)
        i += 1
    t = "\n".join(out)
    t = re.sub(r"-\n(?=\w)", "", t)          # line-end hyphens joined
    # letter-spaced capitals ("P A R T O N E") become one word
    t = re.sub(r"\b(?:[A-Z] ){2,}[A-Z]\b", lambda m: m.group(0).replace(" ", ""), t)
    # the note mark "*" is not a word character, so toks() drops it wherever it stands
    return t


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    out = []
    for part in sorted(n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)):
        x = z.read(part).decode("utf-8")
        x = re.sub(r"</w:p>", "\n", x)
        out.append(" ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)))
    import html as H
    return H.unescape("\n".join(out))


class TextOnly(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip, self.out = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style", "template", "svg"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "template", "svg"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(name):
    p = TextOnly()
    p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return " ".join(p.out)


def find(seq, sub):
    n = len(sub)
    for i in range(len(seq) - n + 1):
        if seq[i:i + n] == sub:
            return i
    return -1


def check(name, doc_tokens, label, s):
    t = toks(s)
    if not t:
        return
    if find(doc_tokens, t) >= 0:
        return
    if len(t) > 1 and "".join(t) in doc_tokens:
        notes.append(f"{name}: {label} found letter-spaced as one word {''.join(t)!r}")
        return
    for k in range(1, len(t)):
        a, b = find(doc_tokens, t[:k]), find(doc_tokens, t[k:])
        if a >= 0 and b >= 0:
            where = "in order" if b > a else "in REVERSE order"
            notes.append(f"{name}: {label} found as two pieces ({where}), split before {t[k]!r} (word {k} of {len(t)})")
            return
    errors.append(f"{name}: {label} NOT FOUND: {s[:70]!r}")


for name, ex in EX.items():
    jp = os.path.join(OUT, name + ".json")
    if open(jp, encoding="utf-8").read() != gold_text(name):
        errors.append(f"{name}: JSON differs from content.py")
    g = gold(ex)
    if g["sections"][0]["label"] is not None or g["sections"][-1]["label"] is not None:
        errors.append(f"{name}: title/sidebar order")
    for s in g["sections"]:
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errors.append(f"{name}: caption not last in {s['title']}")
    w = para_words(name)
    if not 500 <= w <= 900:
        errors.append(f"{name}: {w} paragraph words")
    if ex["kind"] == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
            errors.append(f"{name}: .txt is not a fresh pdftotext -raw")
        text = pdf_text(name)
    elif ex["kind"] == "docx":
        text = docx_text(name)
    else:
        text = html_text(name)
    dt = toks(text)
    check(name, dt, "title", g["title"])
    raw = toks(open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()) if ex["kind"] == "pdf" else dt
    for r in g["running"]:
        check(name, raw, "running", r)
    for si, s in enumerate(g["sections"]):
        if s["label"]:
            check(name, dt, f"label {s['label']}", s["label"])
        check(name, dt, f"section title {si}", s["title"])
        for bi, b in enumerate(s["blocks"]):
            lab = f"{s['label'] or 'sec' + str(si)}-{bi + 1} {b['kind']}"
            check(name, dt, lab, b["text"])
            if b["kind"] == "caption":
                if b["position"]:
                    check(name, dt, lab + " position", b["position"])
                if b["credit"]:
                    check(name, dt, lab + " credit", b["credit"])
    print(f"{name}: {w} paragraph words, checked")

rep = ["ERRORS: %d" % len(errors)] + errors + ["NOTES: %d" % len(notes)] + notes
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "validation_report.txt"), "w").write("\n".join(rep) + "\n")
print("\n".join(rep))
sys.exit(1 if errors else 0)
