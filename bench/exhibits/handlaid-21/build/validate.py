# -*- coding: utf-8 -*-
"""Validator for hand-laid set 21 (my own). Writes build/validation_report.txt."""
import glob, html.parser, json, os, re, subprocess, sys, tempfile, unicodedata, zipfile

BUILD = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(BUILD)
POS = {None, "Left", "Right", "Above", "Below"}
errors, notes = [], []


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def pdf_text(name):
    txt = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), d + "/t.txt"], check=True)
        if open(d + "/t.txt", encoding="utf-8").read() != txt:
            errors.append(f"{name}: .txt differs from a fresh pdftotext -raw")
    return txt


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    out = []
    parts = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(r"word/(header|footer)", n))
    for part in parts:
        x = z.read(part).decode("utf-8")
        # every w:p, text boxes included, gives its own line (a nested w:p closes the outer run of text)
        x = re.sub(r"<w:p[ >]", "\n\\g<0>", x)
        for m in re.finditer(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|\n", x):
            out.append("\n" if m.group(0) == "\n" else m.group(1))
        out.append("\n")
    import html as h
    return h.unescape("".join(out))


class Vis(html.parser.HTMLParser):
    SKIP = {"head", "script", "style", "template", "noscript", "title"}
    VOID = {"img", "br", "hr", "meta", "link", "input"}

    def __init__(self):
        super().__init__()
        self.stack, self.out, self.srcs = [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.srcs.append(a.get("src"))
        if tag in self.VOID:
            return
        hide = tag in self.SKIP or "hidden" in a or (self.stack and self.stack[-1])
        self.stack.append(bool(hide))
        if tag in ("p", "h1", "h2", "h3", "li", "tr", "th", "td", "figcaption", "div", "blockquote", "section"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if self.stack:
            self.stack.pop()
        self.out.append("\n" if tag in ("p", "h1", "h2", "h3", "li", "th", "td") else "")

    def handle_data(self, d):
        if not (self.stack and self.stack[-1]):
            self.out.append(d)


def html_text(name):
    v = Vis()
    v.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    for s in v.srcs:
        if not os.path.exists(os.path.join(OUT, s)):
            errors.append(f"{name}: missing image {s}")
    return "".join(v.out)


def variants(txt):
    a = norm(txt)
    b = norm(re.sub(r"(?<=\w)[-\u2010\u00ad]\n(?=\w)", "", txt))
    c = norm(re.sub(r"(?<=\w)\u00ad\n(?=\w)", "", txt))
    return [a, b, c]


def tokens(s):
    s = unicodedata.normalize("NFKC", s)
    return re.findall(r"[^\W\d_]+|\d+|[^\w\s\-\u2010\u00ad]", s)


def joined(txt):
    """The text with line-end hyphens and their line break removed."""
    return re.sub(r"(?<=\w)[-\u2010\u00ad]\n(?=\w)", "", txt)


def smart(txt, gold):
    """Undo a line-end hyphen only where the gold has the joined word; otherwise keep the hyphen."""
    gw = set(t.lower() for t in tokens(gold))

    def rep(m):
        a, b = m.group(1), m.group(3)
        return a + b if (a + b).lower() in gw else a + "-" + b
    return re.sub(r"(\w+)([-\u2010\u00ad])\n(\w+)", rep, txt)


def in_order(needle, txt):
    """Smallest largest gap (in tokens) for all words of needle in order in txt; None if impossible."""
    nt, tt = tokens(needle), tokens(txt)
    best = None
    starts = [i for i, t in enumerate(tt) if t == nt[0]]
    for st in starts:
        j, last, gap = st, st, 0
        ok = True
        for w in nt[1:]:
            k = j + 1
            while k < len(tt) and tt[k] != w:
                k += 1
            if k >= len(tt):
                ok = False
                break
            gap = max(gap, k - j - 1)
            j = k
        if ok and (best is None or gap < best):
            best = gap
    return best


def check(name, kind):
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    if list(g) != ["title", "running", "sections"]:
        errors.append(f"{name}: top keys {list(g)}")
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        errors.append(f"{name}: first section is not the title section")
    if secs[-1]["label"] is not None:
        errors.append(f"{name}: last section (sidebar) has a label")
    strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
    words = 0
    for s in secs:
        if list(s) != ["label", "title", "blocks"]:
            errors.append(f"{name}: section keys {list(s)}")
        if s["label"]:
            strings.append(("label", s["label"]))
        strings.append(("section title", s["title"]))
        seen_cap = False
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                if list(b) != ["kind", "text"]:
                    errors.append(f"{name}: block keys {list(b)}")
                if seen_cap:
                    errors.append(f"{name}: paragraph after caption in {s['title']}")
                words += len(b["text"].split())
                strings.append(("paragraph", b["text"]))
            else:
                seen_cap = True
                if list(b) != ["kind", "text", "position", "credit"]:
                    errors.append(f"{name}: caption keys {list(b)}")
                if b["position"] not in POS:
                    errors.append(f"{name}: position {b['position']}")
                strings.append(("caption", b["text"]))
                strings.append(("credit", b["credit"]))
                if b["position"]:
                    strings.append(("position", b["position"] + ":"))
    for what, s in strings:
        if s != s.strip() or "  " in s or "\u00ad" in s:
            errors.append(f"{name}: unclean {what}: {s!r}")
    if words < 500:
        errors.append(f"{name}: only {words} body words")
    txt = {"pdf": pdf_text, "docx": docx_text, "html": html_text}[kind](name)
    vs = variants(txt)
    found = 0
    for what, s in strings:
        ns = norm(s)
        if any(ns in v for v in vs):
            found += 1
            continue
        gaps = [x for x in (in_order(s, txt), in_order(s, joined(txt)), in_order(s, smart(txt, s)))
                if x is not None]
        gap = min(gaps) if gaps else None
        if gap is None:
            errors.append(f"{name}: {what} not found, words not in order: {s[:70]!r}")
        elif gap > 200:
            errors.append(f"{name}: {what} words in order but largest gap {gap} tokens: {s[:70]!r}")
        else:
            notes.append(f"{name}: {what} not verbatim, all words in order (largest gap {gap} tokens): {s[:60]!r}")
    # every word of every gold paragraph occurs in the text
    tt = set(t.lower() for t in tokens(txt) + tokens(joined(txt)))
    for what, s in strings:
        if what == "paragraph":
            miss = [w for w in tokens(s) if w.lower() not in tt]
            if miss:
                errors.append(f"{name}: paragraph words missing {miss[:5]}")
    # running strings must be whole words in the text, in order of first appearance
    if g["running"] and kind == "pdf":
        v = vs[0]
        idx = [v.find(norm(r)) for r in g["running"]]
        notes.append(f"{name}: running first positions {idx}")
    notes.append(f"{name}: {found}/{len(strings)} strings verbatim, {words} body words")


for f in sorted(glob.glob(os.path.join(OUT, "*.json"))):
    name = os.path.basename(f)[:-5]
    kind = "pdf" if os.path.exists(os.path.join(OUT, name + ".pdf")) else (
        "docx" if os.path.exists(os.path.join(OUT, name + ".docx")) else "html")
    check(name, kind)
rep = "\n".join(["ERRORS: %d" % len(errors)] + errors + ["", "NOTES:"] + notes) + "\n"
open(os.path.join(BUILD, "validation_report.txt"), "w", encoding="utf-8").write(rep)
print(rep)
sys.exit(1 if errors else 0)
