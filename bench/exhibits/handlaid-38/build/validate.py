# -*- coding: utf-8 -*-
"""Checks the gold files against the documents. Writes build/validation_report.txt."""
import html, json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser

B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(B, ".."))
DOCS = [("christmas_card_1843", "pdf"), ("newcomen_engine_1712", "pdf"), ("r101_airship_1930", "pdf"),
        ("cullinan_diamond_1905", "pdf"), ("stonehenge_sale_1915", "docx"), ("big_ben_1859", "html")]
errors, report = [], []


def norm(s):
    return unicodedata.normalize("NFKC", s).replace("’", "'").replace("‘", "'").lower()


def words(s):
    return re.findall(r"[a-z0-9]+", norm(s))


def squash(s):
    return "".join(words(s))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(); self.skip = 0; self.out = []
    def handle_starttag(self, t, a):
        if t in ("head", "script", "style", "title"): self.skip += 1
        if t in ("p", "div", "li", "h1", "h2", "h3", "figcaption", "br", "small", "span", "section", "aside"):
            self.out.append("\n")
    def handle_endtag(self, t):
        if t in ("head", "script", "style", "title"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)


def doc_text(name, kind):
    if kind == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True,
                               text=True).stdout
        stored = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        if fresh != stored:
            errors.append(f"{name}: .txt differs from a fresh pdftotext -raw")
        return stored
    if kind == "docx":
        z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
        parts = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                for para in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                    parts.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", para)))
                parts += [v.replace("%1", "") for v in re.findall(r'<w:lvlText w:val="([^"]*)"', x)]
        return html.unescape("\n".join(parts))
    v = Visible(); v.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return html.unescape("".join(v.out))


for name, kind in DOCS:
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    text = doc_text(name, kind)
    lines = [l for l in text.splitlines()]
    toks = set()
    heads = set()  # line-end fragments "xxx-"
    for l in lines:
        ws = words(l)
        toks.update(ws)
        # hyphenated fragments at a line end, or at the end of a column's part of a line (texttopdf rows)
        for m in re.finditer(r"([A-Za-z]+)-(?=\s|$)", l):
            heads.add(m.group(1).lower())
    # join line-end hyphens with the next line's first word (single-column flow)
    for a, b in zip(lines, lines[1:]):
        m = re.search(r"([A-Za-z]+)-\s*$", a)
        wb = words(b)
        if m and wb:
            toks.add(m.group(1).lower() + wb[0])
    flat = squash(text)

    def has_word(w):
        if w in toks:
            return True
        return any(w.startswith(h) and w[len(h):] in toks for h in heads)

    # structure
    if list(g.keys()) != ["title", "running", "sections"]:
        errors.append(f"{name}: key order")
    s0 = g["sections"][0]
    if s0["label"] is not None or s0["title"] != g["title"] or len(s0["blocks"]) != 1:
        errors.append(f"{name}: title section")
    nwords, verb, notverb = 0, 0, []
    for s in g["sections"]:
        if list(s.keys()) != ["label", "title", "blocks"]:
            errors.append(f"{name}: section keys")
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errors.append(f"{name}: caption not last in {s['title']}")
        for w in words(s["title"]) + (words(s["label"]) if s["label"] else []):
            if not has_word(w):
                errors.append(f"{name}: heading word {w!r} missing ({s['title']})")
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                if list(b.keys()) != ["kind", "text"]:
                    errors.append(f"{name}: paragraph keys")
                if re.search(r"\[\d\]", b["text"]):
                    errors.append(f"{name}: note marker left")
                nwords += len(b["text"].split())
                missing = [w for w in words(b["text"]) if not has_word(w)]
                if missing:
                    errors.append(f"{name}: words missing {missing[:8]} in «{b['text'][:50]}…»")
                if squash(b["text"]) in flat:
                    verb += 1
                else:
                    notverb.append(b["text"][:40])
            else:
                if list(b.keys()) != ["kind", "text", "position", "credit"]:
                    errors.append(f"{name}: caption keys")
                if b["position"] and b["position"].endswith(":"):
                    errors.append(f"{name}: position with colon")
                for part in (b["text"], b["credit"]):
                    miss = [w for w in words(part) if not has_word(w)]
                    if miss:
                        errors.append(f"{name}: caption words missing {miss}")
    for r in g["running"]:
        if squash(r) not in flat:
            errors.append(f"{name}: running {r!r} not in text")
    if not 500 <= nwords <= 900:
        errors.append(f"{name}: {nwords} gold paragraph words")
    report.append(f"{name}: {nwords} gold paragraph words; {verb} paragraphs verbatim in the text, "
                  f"{len(notverb)} not: {notverb}")
    if kind == "html":
        for src in re.findall(r'src="(img/[^"]+)"', open(os.path.join(OUT, name + ".html")).read()):
            if not os.path.exists(os.path.join(OUT, src)):
                errors.append(f"{name}: missing {src}")

with open(os.path.join(B, "validation_report.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(report) + "\n\nERRORS: %d\n" % len(errors) + "\n".join(errors) + "\n")
print("\n".join(report))
print("ERRORS:", len(errors))
print("\n".join(errors))
