"""Checks the gold files of hand-laid set 18 against their documents. Writes validation_report.txt."""
import html.parser, json, os, re, subprocess, sys, unicodedata, zipfile
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
NAMES = {"emu_war_1932": "pdf", "south_sea_bubble_1720": "pdf", "london_beer_flood_1814": "pdf",
         "halley_comet_1910": "pdf", "gunpowder_plot_1605": "docx", "mayflower_1620": "html"}
POS = {None, "Above", "Below", "Left", "Right"}
report, errors = [], 0


def err(m):
    global errors
    errors += 1; report.append("ERROR " + m)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def pdf_texts(name):
    txt = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True, text=True).stdout
    if fresh != txt:
        err(f"{name}: .txt differs from a fresh pdftotext -raw")
    joined = re.sub(r"[-\u2010\u00ad]\n", "", txt)
    kept = re.sub(r"([-\u2010\u00ad])\n", r"\1", txt)
    return txt, [txt, joined, kept]


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx")); lines = []
    parts = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)\d+\.xml", n))
    for part in parts:
        x = z.read(part).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
            p = re.sub(r"<w:br/>", "<w:t>\n</w:t>", p); p = re.sub(r"<w:tab/>", "<w:t>\t</w:t>", p)
            lines.append(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))))
    return "\n".join(lines)


import html
class Vis(html.parser.HTMLParser):
    SKIP = {"head", "script", "style", "template", "noscript"}
    VOID = {"img", "br", "meta", "link", "input", "source", "hr"}
    def __init__(self):
        super().__init__(); self.stack = []; self.out = []; self.imgs = []
    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == "img": self.imgs.append(d.get("src"))
        if tag in self.VOID: return
        hidden = tag in self.SKIP or "hidden" in d or (tag == "dialog" and "open" not in d)
        self.stack.append((tag, hidden))
        if tag in ("p", "h1", "h2", "h3", "li", "figcaption", "div", "section", "header", "aside", "cite"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in self.VOID: return
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag: break
        if tag in ("p", "h1", "h2", "h3", "li", "figcaption", "div"): self.out.append("\n")
    def handle_data(self, data):
        if not any(h for _, h in self.stack): self.out.append(data)


def html_text(name):
    v = Vis(); v.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    for src in v.imgs:
        if not os.path.exists(os.path.join(OUT, src)): err(f"{name}: missing image {src}")
    return "".join(v.out)


def tokens(s):
    """needle words cut into letter runs, digit runs and punctuation marks (hyphens dropped)"""
    out = []
    for w in unicodedata.normalize("NFKC", s).split():
        out += re.findall(r"[^\W\d_]+|\d+|[^\w]", re.sub(r"[-\u2010\u00ad]", "", w))
    return out


def squash(s):
    return re.sub(r"[\s\-\u2010\u00ad]+", "", unicodedata.normalize("NFKC", s))


def in_order(needle, hay):
    """all tokens of needle in order in hay (white space and hyphens dropped); the smallest largest gap over all
    starting points, or None"""
    h = squash(hay); tk = tokens(needle); best = None; start = h.find(tk[0])
    while start >= 0:
        pos = start + len(tk[0]); gaps = [0]
        for t in tk[1:]:
            i = h.find(t, pos)
            if i < 0: gaps = None; break
            gaps.append(i - pos); pos = i + len(t)
        if gaps is None: break
        best = max(gaps) if best is None else min(best, max(gaps))
        start = h.find(tk[0], start + 1)
    return best


for name, kind in NAMES.items():
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    report.append(f"== {name} ({kind})")
    if list(g) != ["title", "running", "sections"]: err(f"{name}: top-level keys {list(g)}")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]: err(f"{name}: title section")
    if secs[-1]["label"] is not None: err(f"{name}: last section is not a sidebar")
    words = 0; strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in secs:
        if list(s) != ["label", "title", "blocks"]: err(f"{name}: section keys {list(s)}")
        kinds = [b["kind"] for b in s["blocks"]]
        if kinds != sorted(kinds, key=lambda k: k == "caption"): err(f"{name}: caption before paragraph in {s['title']}")
        if s["label"]: strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                if list(b) != ["kind", "text"]: err(f"{name}: paragraph keys")
                words += len(b["text"].split()); strings.append(("paragraph", b["text"]))
            else:
                if list(b) != ["kind", "text", "position", "credit"]: err(f"{name}: caption keys")
                if b["position"] not in POS: err(f"{name}: position {b['position']}")
                strings.append(("caption", b["text"])); strings.append(("credit", b["credit"]))
                if b["position"]: strings.append(("position", b["position"] + ":"))
    for k, v in strings:
        if v != v.strip() or "  " in v or "\u00ad" in v: err(f"{name}: unclean {k} {v!r}")
    if not 420 <= words <= 550: err(f"{name}: {words} body words")
    report.append(f"body words: {words}")
    if kind == "pdf":
        txt, variants = pdf_texts(name)
    elif kind == "docx":
        txt = docx_text(name); variants = [txt]
    else:
        txt = html_text(name); variants = [txt]
    nv = [norm(v) for v in variants]
    for k, v in strings:
        if any(norm(v) in t for t in nv): continue
        gap = in_order(v, txt)
        if gap is None: err(f"{name}: {k} not found, not even word by word: {v[:70]!r}")
        elif gap > 1000: err(f"{name}: {k} found word by word with a gap of {gap}: {v[:70]!r}")
        else: report.append(f"not verbatim, words in order (largest gap {gap} chars): {k} {v[:70]!r}")
    # running strings as whole words, in order of first appearance
    if kind == "pdf":
        last = -1
        for r in g["running"]:
            m = re.search(r"(?<!\w)" + re.escape(r) + r"(?!\w)", norm(txt))
            if not m: err(f"{name}: running {r!r} not found as whole words")
            elif m.start() < last: err(f"{name}: running {r!r} out of order")
            else: last = m.start()
report.append(f"errors: {errors}")
open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write("\n".join(report) + "\n")
print("\n".join(report))
sys.exit(1 if errors else 0)
