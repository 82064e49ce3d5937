# Checks the gold files against the documents (my own checker).
import json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser
import content as C
OUT = C.OUT
errors = []
report = []


def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "-")
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return re.findall(r"[\w’'.,;:!?()“”\"–—-]+", s)


def tok(s):
    # a note mark glued to a word ("levels1", "Solander*", "source†") counts as the word
    return [re.sub(r"(?<=[a-z])[\d*†]+$", "", w.strip(".,;:!?()“”\"’'–—")) for w in s.split()]


def find(label, needle, hay, hay_joined):
    n = norm(needle)
    if n in hay or n in hay_joined:
        return True
    # every word must occur, in order, with gaps
    ht = tok(hay_joined)
    nt = [w for w in tok(n) if w]
    best = None
    starts = [i for i, w in enumerate(ht) if w == nt[0]]
    for st in starts:
        pos, gaps = st + 1, []
        for w in nt[1:]:
            try:
                j = ht.index(w, pos)
            except ValueError:
                gaps = None
                break
            gaps.append(j - pos)
            pos = j + 1
        if gaps is not None and (best is None or max(gaps or [0]) < max(best or [0])):
            best = gaps
    if best is None:
        errors.append("%s: words of %r not found in order" % (label, needle[:50]))
        return False
    gaps = best
    report.append("  not verbatim (words in order, largest gap %d tokens): %s" % (max(gaps or [0]), needle[:60]))
    return True


def check_gold(g, name):
    assert list(g) == ["title", "running", "sections"], name
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        errors.append(name + ": first section is not the title section")
    if secs[-1]["label"] is not None:
        errors.append(name + ": last section is not a label-null sidebar")
    n = 0
    for s in secs:
        assert list(s) == ["label", "title", "blocks"]
        for k, b in enumerate(s["blocks"]):
            if b["kind"] == "caption":
                assert list(b) == ["kind", "text", "position", "credit"]
                if k != len(s["blocks"]) - 1:
                    errors.append(name + ": caption not last in " + s["title"])
                if b["position"] not in (None, "Above", "Below", "Left", "Right"):
                    errors.append(name + ": bad position")
            else:
                assert list(b) == ["kind", "text"]
            n += len(b["text"].split())
            if b["text"] != b["text"].strip() or "  " in b["text"]:
                errors.append(name + ": unclean string")
    if n < 500:
        errors.append("%s: only %d body words" % (name, n))
    return n


class Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.imgs = [], 0, []

    def handle_starttag(self, t, a):
        if t in ("script", "style", "head"):
            self.skip += 1
        if t == "img":
            self.imgs.append(dict(a).get("src"))
        if t in ("p", "h1", "h2", "h3", "li", "figcaption", "div", "section", "br", "figure", "aside"):
            self.out.append("\n")

    def handle_endtag(self, t):
        if t in ("script", "style", "head"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def docx_text(path):
    z = zipfile.ZipFile(path)
    res = []
    for part in ["word/header1.xml", "word/document.xml", "word/footer1.xml"]:
        x = z.read(part).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
            res.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) if "<w:br" not in p
                       else " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    return "\n".join(res)


for ex in C.ALL:
    name = ex["name"]
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    n = check_gold(g, name)
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True,
                               text=True).stdout
        txt = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        if fresh != txt:
            errors.append(name + ": .txt differs from a fresh pdftotext -raw")
        raw = txt
    elif os.path.exists(os.path.join(OUT, name + ".docx")):
        raw = docx_text(os.path.join(OUT, name + ".docx"))
    else:
        v = Vis()
        v.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
        raw = "".join(v.out)
        for src in v.imgs:
            if not os.path.exists(os.path.join(OUT, src)):
                errors.append(name + ": missing image " + src)
    hay = norm(raw)
    joined = norm(re.sub(r"(\w)-\n(\w)", r"\1\2", raw).replace("\n", " "))
    joined2 = norm(re.sub(r"(\w)-\n(\w)", r"\1-\2", raw).replace("\n", " "))
    report.append("%s: %d body words" % (name, n))
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]:
            strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            strings.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    strings.append(("position", b["position"] + ":"))
                strings.append(("credit", b["credit"]))
    for kind, st in strings:
        n1 = len(errors)
        ok = find(name + " " + kind, st, hay, joined)
        if not ok:
            del errors[n1:]
            find(name + " " + kind, st, hay, joined2)
    # every word of every gold paragraph must occur in the text
    hw = set(tok(joined)) | set(tok(joined2)) | set(tok(hay))
    for s in g["sections"]:
        for b in s["blocks"]:
            for w in tok(b["text"]):
                if w and w not in hw:
                    errors.append("%s: word %r missing" % (name, w))
print("\n".join(report))
print("ERRORS: %d" % len(errors))
print("\n".join(errors))
sys.exit(1 if errors else 0)
