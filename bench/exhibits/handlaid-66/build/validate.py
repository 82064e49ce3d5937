"""Checks of set 66: gold JSON == content.py output, structure, word counts, .txt == fresh pdftotext -raw, and that every
gold string occurs contiguously in the document text (NOTE when only found in pieces in order, ERROR otherwise)."""
import json, os, re, subprocess, zipfile, html
from html.parser import HTMLParser
from texts import EX
from content import gold, words

HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
errors, notes, lines = [], [], []


def norm(s):
    s = s.replace("’", "").replace("'", "").replace("‘", "")
    s = s.replace("-", "").replace("–", " ").replace("—", " ")
    return re.findall(r"[0-9a-z£]+", s.lower())


def pdf_text(name):
    t = open(os.path.join(OUT, name + ".txt")).read()
    t = re.sub(r"-\n(?=[a-z])", "", t)              # line-end hyphens
    t = re.sub(r"’\n(?=[a-z])", "’", t)             # italic ’s kerned back so far that pdftotext starts a new line
    t = re.sub(r"(?<=[a-z]\.)[12](?=\s)", "", t)    # sidenote marks glued to a full stop
    return t


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    out = []
    for part in ("word/document.xml", "word/footer1.xml"):
        x = z.read(part).decode()
        x = re.sub(r"<w:r>(?:(?!</w:r>).)*?w:footnoteReference(?:(?!</w:r>).)*?</w:r>", "", x, flags=re.S)
        x = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", x, flags=re.S)
        x = re.sub(r"</w:p>", "\n", x)
        out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


class HT(HTMLParser):
    SKIP = {"head", "script", "style", "template", "svg", "sup"}

    def __init__(self):
        super().__init__(); self.d = 0; self.out = []

    def handle_starttag(self, t, a):
        if t in self.SKIP: self.d += 1
        self.out.append(" ")

    def handle_endtag(self, t):
        if t in self.SKIP: self.d -= 1
        self.out.append(" ")

    def handle_data(self, s):
        if not self.d: self.out.append(s)


def html_text(name):
    p = HT(); p.feed(open(os.path.join(OUT, name + ".html")).read()); return "".join(p.out)


def find(hay, needle):
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return i
    return -1


def in_pieces(hay, needle, ordered=True):
    """Greedy: longest prefixes found after the previous piece (anywhere if not ordered)."""
    pos, k, pieces = 0, 0, 0
    while k < len(needle):
        best = None
        for j in range(len(needle), k, -1):
            i = find(hay[pos:], needle[k:j])
            if i >= 0:
                best = (pos + i, j); break
        if best is None:
            return None
        pos = best[0] + (best[1] - k) if ordered else 0; k = best[1]; pieces += 1
    return pieces


def check(name, text, g):
    hay = norm(text)
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]: strings.append((f"label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]: strings.append(("position", b["position"]))
                strings.append(("credit", b["credit"]))
    for kind, s in strings:
        nd = norm(s)
        if find(hay, nd) >= 0:
            continue
        p = in_pieces(hay, nd)
        q = None if p else in_pieces(hay, nd, ordered=False)
        if p:
            notes.append(f"NOTE {name}: {kind} found in {p} pieces (in text order): “{s[:60]}…”")
        elif q:
            notes.append(f"NOTE {name}: {kind} found in {q} pieces, NOT in text order: “{s[:60]}…”")
        else:
            errors.append(f"ERROR {name}: {kind} not found: “{s[:70]}…”")


for name, e in EX.items():
    g = gold(name, e)
    disk = json.load(open(os.path.join(OUT, name + ".json")))
    if json.dumps(disk, ensure_ascii=False) != json.dumps(g, ensure_ascii=False):
        errors.append(f"ERROR {name}: JSON differs from content.py")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        errors.append(f"ERROR {name}: title section not first")
    for s in secs:
        ks = [b["kind"] for b in s["blocks"]]
        if "caption" in ks and ks.index("caption") != len(ks) - 1:
            errors.append(f"ERROR {name}: caption not last in {s['title']}")
    n = words(g)
    if not 500 <= n <= 900:
        errors.append(f"ERROR {name}: {n} paragraph words")
    if e["kind"] == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True,
                               text=True).stdout
        if fresh != open(os.path.join(OUT, name + ".txt")).read():
            errors.append(f"ERROR {name}: .txt is not a fresh pdftotext -raw")
        text = pdf_text(name)
    elif e["kind"] == "docx":
        text = docx_text(name)
    else:
        text = html_text(name)
    check(name, text, g)
    lines.append(f"{name}: {n} paragraph words")

report = "\n".join(lines + errors + notes) + f"\n{len(errors)} errors, {len(notes)} notes\n"
open(os.path.join(HERE, "validation_report.txt"), "w").write(report)
print(report)
