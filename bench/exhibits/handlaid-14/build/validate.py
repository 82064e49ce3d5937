"""Checks every gold file: key order and types, then that every gold string (title, running strings, labels,
section titles, paragraphs, caption texts, positions, credits) occurs in the document text, after NFKC and with any
run of whitespace matching any other. Stdlib only. Writes validation_report.txt. Findings are reported, not fixed.

PDF  : the .txt must equal a fresh `pdftotext -raw`; strings are looked for in the .txt as is, in the .txt with
       line-end hyphens removed ("erup-/tion" -> "eruption") and in the .txt with line-end hyphens kept but the line
       break removed ("lead-/mining" -> "lead-mining").
DOCX : the w:t text of each w:p (document, headers, footers), one line per paragraph; a w:t counts for its nearest
       w:p ancestor only (so text-box paragraphs are lines of their own).
HTML : the visible text, without head, script and style. Every img src must exist.
"""
import json, os, re, subprocess, unicodedata, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.parts = []
        self.imgs = []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1
        if tag == "img":
            self.imgs.append(dict(attrs).get("src"))

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(name):
    for ext in ("pdf", "docx", "html"):
        p = os.path.join(OUT, name + "." + ext)
        if os.path.exists(p):
            break
    if ext == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", p, "-"], capture_output=True, text=True).stdout
        saved = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        assert fresh == saved, name + ": .txt is stale"
        return ext, [saved, re.sub(r"(\w)-\n(\w)", r"\1\2", saved), re.sub(r"(\w)-\n(\w)", r"\1-\2", saved)]
    if ext == "docx":
        z = zipfile.ZipFile(p)
        lines = []
        for part in [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]:
            root = ET.fromstring(z.read(part))
            parent = {c: q for q in root.iter() for c in q}
            for para in root.iter(W + "p"):
                ts = []
                for t in para.iter(W + "t"):
                    a = parent[t]
                    while a.tag != W + "p":
                        a = parent[a]
                    if a is para:
                        ts.append(t.text or "")
                lines.append("".join(ts))
        return ext, ["\n".join(lines)]
    v = Visible()
    v.feed(open(p, encoding="utf-8").read())
    for src in v.imgs:
        assert os.path.exists(os.path.join(OUT, src)), src
    return ext, ["".join(v.parts)]


def check(name, g):
    assert list(g) == ["title", "running", "sections"], name
    assert isinstance(g["title"], str) and isinstance(g["running"], list)
    strings = [g["title"]] + g["running"]
    for s in g["sections"]:
        assert list(s) == ["label", "title", "blocks"], (name, s)
        assert s["label"] is None or isinstance(s["label"], str)
        strings += [x for x in (s["label"], s["title"]) if x]
        seen_cap = False
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                assert list(b) == ["kind", "text"] and not seen_cap, (name, b)
                strings.append(b["text"])
            else:
                assert b["kind"] == "caption" and list(b) == ["kind", "text", "position", "credit"], (name, b)
                assert b["position"] is None or not b["position"].endswith(":")
                seen_cap = True
                strings += [x for x in (b["text"], b["position"], b["credit"]) if x]
    return strings


report = []
ok_all = True
for fn in sorted(os.listdir(OUT)):
    if not fn.endswith(".json"):
        continue
    name = fn[:-5]
    g = json.load(open(os.path.join(OUT, fn), encoding="utf-8"))
    strings = check(name, g)
    ext, texts = text_of(name)
    texts = [norm(t) for t in texts]
    missing = [s for s in strings if not any(norm(s) in t for t in texts)]
    ok_all &= not missing
    nsec = len(g["sections"])
    ncap = sum(b["kind"] == "caption" for s in g["sections"] for b in s["blocks"])
    npar = sum(b["kind"] == "paragraph" for s in g["sections"] for b in s["blocks"])
    report.append("%s (%s): %d sections, %d paragraphs, %d captions; %d strings, %d not found verbatim%s"
                  % (name, ext, nsec, npar, ncap, len(strings), len(missing),
                     "".join("\n    - " + m[:100] for m in missing)))
report.append("ALL FOUND" if ok_all else "SOME STRINGS NOT FOUND VERBATIM (see above; expected only where noted in README)")
open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write("\n".join(report) + "\n")
print("\n".join(report))
