"""Checks the gold files of hand-laid set 17 against their documents; writes build/validation_report.txt.

1. Format: key order and types (set 16's format), positions in {Left, Right, Above, Below, null}, no soft
   hyphens / double spaces / surrounding white space in gold strings, captions after the paragraphs of their
   section, title section first (label null, title = title), sidebar last (label null), body words 420-550.
2. PDFs: the .txt must equal a fresh `pdftotext -raw`. Every gold string is looked for verbatim (NFKC, any run
   of white space matching any other) in three versions of the .txt: as it is, with line-end hyphens
   (-, U+2010, U+00AD) and the line break removed, and with the line break removed but the hyphen kept.
   Then every gold paragraph (and every other gold string) must have its words IN ORDER in the .txt: white
   space and hyphen-like characters are dropped from both sides and each word must be found after the end of
   the previous one. Anything skipped between two words is reported (an interruption: a picture, a caption,
   a footnote, a page break, a glued footnote mark, ...). A skip of more than 1000 characters is an error.
3. DOCX: the text of each w:p (document incl. text boxes, header, footer), one line per paragraph; same checks.
4. HTML: the visible text (no head/script/style, no elements with the `hidden` attribute); same checks. Every
   <img src> must exist.
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import content  # noqa: E402

POSITIONS = {"Left", "Right", "Above", "Below", None}
HYPHENS = "\\-\u2010\u00ad"
MAX_SKIP = 1000
report = []
errors = 0


def say(s=""):
    report.append(s)


def err(s):
    global errors
    errors += 1
    say("  ERROR: " + s)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ format
def check_format(name, g):
    if list(g) != ["title", "running", "sections"]:
        err(f"top-level keys {list(g)}")
    if not isinstance(g["title"], str) or not isinstance(g["running"], list):
        err("title/running types")
    strings = [g["title"]] + list(g["running"])
    secs = g["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
        err("first section is not the title section")
    if secs[-1]["label"] is not None:
        err("last section (sidebar) should have label null")
    for s in secs:
        if list(s) != ["label", "title", "blocks"]:
            err(f"section keys {list(s)}")
        if s["label"] is not None:
            strings.append(s["label"])
        strings.append(s["title"])
        seen_caption = False
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                if list(b) != ["kind", "text"]:
                    err(f"paragraph keys {list(b)}")
                if seen_caption:
                    err(f"paragraph after a caption in {s['title']!r}")
                strings.append(b["text"])
            elif b["kind"] == "caption":
                seen_caption = True
                if list(b) != ["kind", "text", "position", "credit"]:
                    err(f"caption keys {list(b)}")
                if b["position"] not in POSITIONS:
                    err(f"position {b['position']!r}")
                strings += [b["text"], b["credit"]]
            else:
                err(f"block kind {b['kind']!r}")
    for st in strings:
        if not isinstance(st, str) or not st:
            err(f"bad string {st!r}")
            continue
        if "\u00ad" in st or "  " in st or st != st.strip():
            err(f"string not clean: {st[:50]!r}")
    words = sum(len(b["text"].split()) for s in secs for b in s["blocks"] if b["kind"] == "paragraph")
    say(f"  body words (intro + paragraphs + sidebar): {words}")
    if not 420 <= words <= 550:
        err("body words out of 420-550")


def gold_strings(g):
    """(kind, string) pairs to look for."""
    out = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"] is not None:
            out.append(("label", s["label"]))
        out.append(("section title", s["title"]))
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                out.append(("paragraph", b["text"]))
            else:
                out.append(("caption", b["text"]))
                out.append(("credit", b["credit"]))
                if b["position"]:
                    out.append(("position", b["position"] + ":"))
    return out


# ------------------------------------------------------------------ matching
def versions(text):
    t = unicodedata.normalize("NFKC", text)
    joined = re.sub("[" + HYPHENS + r"]\n", "", t)
    kept = re.sub("([" + HYPHENS + r"])\n", r"\1", t)
    return [norm(t), norm(joined), norm(kept)]


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s" + HYPHENS + "]", "", s)


def in_order(needle, hay_squashed):
    """Find the words of `needle` in order in the squashed text. Returns (ok, skips).

    A word is cut into its runs of letters/digits and its punctuation marks, so a glued footnote mark
    ("launch*," or "days1,") shows up as a skip. A token not found whole may be found as a prefix at the
    current place and the rest later (a word hyphenated across a page break: "ad-" ... "mitted")."""
    words = [t for w in needle.split() for t in re.findall(r"\w+|[^\w\s]", squash(w))]
    best = None
    start = 0
    # try every occurrence of the first word as a starting point; keep the one with the smallest total skip
    while True:
        i = hay_squashed.find(words[0], start)
        if i < 0:
            break
        pos, skips, ok = i + len(words[0]), [], True
        for n, w in enumerate(words[1:], 1):
            j = hay_squashed.find(w, pos)
            nxt = words[n + 1] if n + 1 < len(words) else None
            if j > pos and nxt:             # skipping: prefer a place where the next word follows at once
                k = j
                while 0 <= k < pos + 2000 and not hay_squashed.startswith(nxt, k + len(w)):
                    k = hay_squashed.find(w, k + 1)
                if 0 <= k < pos + 2000:
                    j = k
            cut = None
            for k in range(len(w) - 1, 0, -1):          # prefix here, rest after an interruption?
                if hay_squashed.startswith(w[:k], pos) and (j < 0 or j - pos > 40):
                    j2 = hay_squashed.find(w[k:], pos + k)
                    if j2 >= 0:
                        cut = (k, j2)
                        break
            if cut:
                k, j2 = cut
                skips.append(hay_squashed[pos + k:j2])
                pos = j2 + len(w) - k
                continue
            if j < 0:
                ok = False
                break
            if j > pos:
                skips.append(hay_squashed[pos:j])
            pos = j + len(w)
        if ok:
            total = sum(len(x) for x in skips)
            if best is None or total < best[0]:
                best = (total, skips)
            if total == 0:
                break
        start = i + 1
    if best is None:
        return False, []
    return True, best[1]


def check_strings(name, g, text, kind_of_doc):
    vs = versions(text)
    hay = squash(text)
    not_verbatim = []
    for kind, st in gold_strings(g):
        n = norm(st)
        if any(n in v for v in vs):
            continue
        ok, skips = in_order(st, hay)
        if not ok:
            err(f"{kind} not found, not even word by word: {st[:70]!r}")
            continue
        big = [s for s in skips if len(s) > MAX_SKIP]
        if big:
            err(f"{kind} found only with a skip of {len(big[0])} characters: {st[:60]!r}")
        not_verbatim.append((kind, st, skips))
    if not_verbatim:
        say(f"  not found verbatim, but every word found in order ({kind_of_doc}):")
        for kind, st, skips in not_verbatim:
            sk = "; ".join(repr(s[:70] + ("…" if len(s) > 70 else "")) for s in skips) or "none (spacing only)"
            say(f"    - {kind}: {st[:60]!r}…  skipped: {sk}")
    else:
        say("  every gold string found verbatim")


# ------------------------------------------------------------------ DOCX / HTML text
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    lines = []

    def walk(el, cur):
        if el.tag == W + "p":
            cur = []
            lines.append(cur)
        elif el.tag == W + "t" and cur is not None:
            cur.append(el.text or "")
        elif el.tag == W + "tab" and cur is not None:
            cur.append("\t")
        elif el.tag == W + "br" and cur is not None:
            cur.append("\n")
        for ch in el:
            walk(ch, cur)

    with zipfile.ZipFile(path) as z:
        for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml"):
            walk(ET.fromstring(z.read(part)), None)
    return "\n".join("".join(x) for x in lines)


VOID = {"img", "br", "hr", "meta", "link", "input", "source", "wbr"}
BLOCK = {"p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "h1", "h2", "h3", "h4",
         "li", "ul", "ol", "figure", "figcaption", "details", "summary", "form", "table", "tr", "td", "br", "small"}


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.stack, self.imgs = [], 0, [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.imgs.append(a.get("src"))
        if tag in VOID:
            if tag == "br":
                self.out.append("\n")
            return
        hidden = tag in ("head", "script", "style", "template") or "hidden" in a
        self.stack.append((tag, hidden))
        if hidden:
            self.skip += 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, hidden = self.stack.pop()
            if hidden:
                self.skip -= 1
            if t == tag:
                break
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


# ------------------------------------------------------------------ main
def main():
    for ex in content.ALL:
        name = ex["name"]
        gpath = os.path.join(OUT, name + ".json")
        say(f"== {name}")
        with open(gpath, encoding="utf-8") as f:
            g = json.load(f)
        check_format(name, g)
        pdf = os.path.join(OUT, name + ".pdf")
        if os.path.exists(pdf):
            txt = os.path.join(OUT, name + ".txt")
            fresh = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
            with open(txt, encoding="utf-8") as f:
                text = f.read()
            if fresh != text:
                err(".txt differs from a fresh pdftotext -raw")
            say(f"  visible words in the .txt: {len(text.split())}")
            check_strings(name, g, text, "pdf")
            # running strings in order of first appearance
            pos = []
            for r in g["running"]:
                m = re.search(r"(?<!\S)" + re.escape(norm(r)) + r"(?!\S)", norm(text))
                pos.append(m.start() if m else -1)
            if any(p < 0 for p in pos):
                err("a running string is not verbatim in the .txt")
            elif pos != sorted(pos):
                err(f"running strings not in order of first appearance: {pos}")
        elif os.path.exists(os.path.join(OUT, name + ".docx")):
            text = docx_text(os.path.join(OUT, name + ".docx"))
            check_strings(name, g, text, "docx")
        else:
            p = Visible()
            with open(os.path.join(OUT, name + ".html"), encoding="utf-8") as f:
                p.feed(f.read())
            text = "".join(p.out)
            for src in p.imgs:
                if not os.path.exists(os.path.join(OUT, src)):
                    err(f"missing image {src}")
            check_strings(name, g, text, "html")
        say()
    say(f"{errors} error(s)")
    with open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(report) + "\n")
    print("\n".join(report))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
