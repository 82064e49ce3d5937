# -*- coding: utf-8 -*-
"""Checks for set 59: gold = content.py; structure; 500-900 paragraph words; .txt = fresh pdftotext -raw;
every word of every gold string occurs contiguously in the document text (case, punctuation, hyphens ignored)."""
import json, os, re, subprocess, sys, tempfile, unicodedata, zipfile
from html.parser import HTMLParser
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import EX, gold, para_words

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
errors, notes, lines = [], [], []


def norm_words(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'")
    s = re.sub(r"[-‐‑]", "", s)
    s = re.sub(r"[–—]", " ", s)
    s = re.sub(r"[^\w\s']", " ", s)
    s = s.replace("'", "")
    return s.split()


def pdf_text(name):
    raw = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    ls = raw.split("\n")
    # join line-end hyphens, also across running lines (the next line that starts lower-case)
    out = []
    i = 0
    while i < len(ls):
        l = ls[i]
        if re.search(r"[a-z]-$", l):
            j = i + 1
            while j < len(ls) and j < i + 6 and not re.match(r"^[a-z]", ls[j]):
                j += 1
            if j < len(ls) and re.match(r"^[a-z]", ls[j]):
                w = ls[j].split(" ", 1)
                out.append(l[:-1] + w[0])
                rest = w[1] if len(w) > 1 else ""
                out.extend(ls[i + 1:j])
                ls[j] = rest
                i = j
                continue
        out.append(l)
        i += 1
    text = "\n".join(out)
    # vertical text comes one word per line: nothing to do, words stay in order
    return text


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    parts = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and ("document" in n or "header" in n):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:br/>", " ", x)
            x = re.sub(r"</w:p>", "\n", x)
            parts.append(" ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x)))
    import html
    return html.unescape("\n".join(parts))


class TextOnly(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.buf = []

    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "template", "head", "svg"):
            self.skip += 1
        self.buf.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template", "head", "svg"):
            self.skip -= 1
        self.buf.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


def html_text(name):
    p = TextOnly()
    p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return "".join(p.buf)


def find(hay, needle):
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return True
    return False


def check(name, kind):
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if g != json.loads(json.dumps(gold(name))):
        errors.append(f"{name}: JSON differs from content.py")
    s = g["sections"]
    if s[0]["label"] is not None or s[0]["title"] != g["title"]:
        errors.append(f"{name}: title section not first")
    for sec in s:
        kinds = [b["kind"] for b in sec["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errors.append(f"{name}: caption not last in {sec['title']}")
    pw = para_words(g)
    if not 500 <= pw <= 900:
        errors.append(f"{name}: {pw} paragraph words")
    if kind == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
            errors.append(f"{name}: .txt is not a fresh pdftotext -raw")
        text = pdf_text(name)
    elif kind == "docx":
        text = docx_text(name)
    else:
        text = html_text(name)
    hay = norm_words(text)
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for sec in s:
        if sec["label"]:
            strings.append(("label", sec["label"]))
        strings.append(("section title", sec["title"]))
        for b in sec["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    strings.append(("position", b["position"]))
                strings.append(("credit", b["credit"]))
    nfound = 0
    for k, st in strings:
        w = norm_words(st)
        if find(hay, w):
            nfound += 1
            continue
        # found as a few contiguous pieces (interrupted by a caption, note mark, sidenote, page turn)?
        ok = False
        rest, pieces, splits = w, 0, []
        while rest and pieces < 5:
            cut = len(rest)
            while cut > 0 and not find(hay, rest[:cut]):
                cut -= 1
            if cut == 0:
                break
            pieces += 1
            rest = rest[cut:]
            if rest:
                splits.append(rest[0])
        if not rest and pieces <= 4:
            notes.append(f"{name}: {k} found in {pieces} pieces, split before {', '.join(repr(x) for x in splits)}: {st[:50]}…")
            ok = True
        if not ok and k == "title":
            # title lines may be set apart (vertical / separate elements)
            e = EX[name]
            if all(find(hay, norm_words(t)) for t in e["title_lines"]):
                notes.append(f"{name}: title found as its separate printed lines")
                ok = True
        if not ok:
            errors.append(f"{name}: {k} not found: {st[:70]}")
    lines.append(f"{name}: {len(strings)} strings, {nfound} found whole, paragraph words {pw}")


for n, k in [("lind_scurvy_1747", "pdf"), ("vesalius_fabrica_1543", "pdf"), ("eddington_eclipse_1919", "pdf"),
             ("leavitt_cepheids_1912", "pdf"), ("landsteiner_blood_groups_1901", "docx"), ("bell_pulsar_1967", "html")]:
    check(n, k)
rep = "\n".join(lines + ["", f"ERRORS {len(errors)}"] + errors + ["", f"NOTES {len(notes)}"] + notes)
print(rep)
open(os.path.join(HERE, "validation_report.txt"), "w").write(rep + "\n")
sys.exit(1 if errors else 0)
