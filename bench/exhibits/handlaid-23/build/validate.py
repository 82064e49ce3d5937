# Checks the gold files against the documents. Writes validation_report.txt next to this script.
import json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
from lxml import etree

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = ["medusa_raft_1816.pdf", "operation_mincemeat_1943.pdf", "hunley_submarine_1864.pdf", "pig_war_1859.pdf",
        "scopes_trial_1925.docx", "great_blizzard_1888.html"]
errors, lines = [], []


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def toks(s):
    return re.findall(r"[\w’'.,;:!?()–—-]+", s)


def words(s):
    return [w.lower() for w in re.findall(r"[^\W\d_]+|\d+", norm(s))]


def pdf_text(name):
    txt = open(os.path.join(OUT, name[:-4] + ".txt"), encoding="utf-8").read()
    fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name), "-"], capture_output=True, text=True).stdout
    if fresh != txt:
        errors.append(name + ": .txt differs from a fresh pdftotext -raw")
    joined = re.sub(r"(\w)-\n(\w)", r"\1\2", txt)       # undo line-end hyphens
    keep = re.sub(r"(\w)-\n(\w)", r"\1-\2", txt)         # real compounds keep theirs
    return [norm(txt), norm(joined), norm(keep)]


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name))
    out = []
    for part in z.namelist():
        if not re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", part):
            continue
        root = etree.fromstring(z.read(part))
        for p in root.iter(W + "p"):
            s = "".join((e.text or "") if e.tag == W + "t" else "\n" for e in p.iter(W + "t", W + "br")
                        if e.getparent().getparent() is p or e.getparent().getparent().getparent() is p)
            out.append(s)
        # text boxes flattened too, one line per paragraph
    return [norm("\n".join(out))]


class Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip, self.parts, self.imgs = 0, [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        if tag == "img":
            self.imgs.append(dict(attrs).get("src"))
        if tag in ("p", "div", "h1", "h2", "h3", "li", "figcaption", "section", "aside", "dt", "dd", "br"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def html_text(name):
    v = Vis()
    v.feed(open(os.path.join(OUT, name), encoding="utf-8").read())
    for src in v.imgs:
        if not os.path.exists(os.path.join(OUT, src)):
            errors.append(name + ": missing image " + src)
    return [norm("".join(v.parts))]


def find(label, s, texts, name):
    s = norm(s)
    if any(s in t for t in texts):
        return True
    # all words in order, report the largest gap
    tw = words(texts[1] if len(texts) > 1 else texts[0])
    gw = words(s)
    best = None
    for start in [i for i, w in enumerate(tw) if gw and w == gw[0]]:
        i, gap, ok = start, 0, True
        for w in gw[1:]:
            j = i + 1
            while j < len(tw) and tw[j] != w and j - i < 250:
                j += 1
            if j >= len(tw) or tw[j] != w:
                ok = False
                break
            gap = max(gap, j - i - 1)
            i = j
        if ok and (best is None or gap < best):
            best = gap
    if best is None:
        errors.append("%s: %s not found in order: %s" % (name, label, s[:80]))
        return False
    lines.append("  %s: %s not verbatim; all words in order, largest gap %d tokens: %s…" % (name, label, best, s[:60]))
    return True


for name in DOCS:
    base = os.path.splitext(name)[0]
    g = json.load(open(os.path.join(OUT, base + ".json"), encoding="utf-8"))
    if list(g) != ["title", "running", "sections"]:
        errors.append(base + ": top-level keys")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        errors.append(base + ": title section")
    if secs[-1]["label"] is not None:
        errors.append(base + ": sidebar section should be last with label null")
    nw = 0
    for s in secs:
        if list(s) != ["label", "title", "blocks"]:
            errors.append(base + ": section keys")
        for i, b in enumerate(s["blocks"]):
            if b["kind"] == "caption":
                if list(b) != ["kind", "text", "position", "credit"] or i != len(s["blocks"]) - 1:
                    errors.append(base + ": caption keys/position in section")
                if b["position"] not in (None, "Left", "Right", "Above", "Below"):
                    errors.append(base + ": position " + str(b["position"]))
            elif b["kind"] == "paragraph":
                nw += len(b["text"].split())
                if re.search(r"[|^\uE000-\uE03F]", b["text"]):
                    errors.append(base + ": mark left in " + b["text"][:40])
            else:
                errors.append(base + ": block kind")
    if nw < 500:
        errors.append("%s: only %d body words" % (base, nw))
    texts = pdf_text(name) if name.endswith(".pdf") else docx_text(name) if name.endswith(".docx") else html_text(name)
    lines.append("%s: %d body words" % (name, nw))
    find("title", g["title"], texts, base)
    for r in g["running"]:
        find("running", r, texts, base)
    alltok = set(words(" ".join(texts)))
    for s in secs:
        if s["label"]:
            find("label", s["label"], texts, base)
        find("section title", s["title"], texts, base)
        for b in s["blocks"]:
            find(b["kind"], b["text"], texts, base)
            missing = [w for w in words(b["text"]) if w not in alltok]
            if missing:
                errors.append("%s: words missing from the text: %s" % (base, missing))
            if b["kind"] == "caption":
                if b["position"]:
                    find("position", b["position"] + ":", texts, base)
                find("credit", b["credit"], texts, base)
rep = "\n".join(lines + ["", "ERRORS: %d" % len(errors)] + errors) + "\n"
open(os.path.join(HERE, "validation_report.txt"), "w").write(rep)
print(rep)
sys.exit(1 if errors else 0)
