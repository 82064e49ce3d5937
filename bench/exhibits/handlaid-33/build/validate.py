# -*- coding: utf-8 -*-
"""Check every gold file against its document. Writes build/validation_report.txt; exit 1 on any error."""
import glob, html.parser, json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
errors, notes = [], []


def squash(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^0-9a-zà-ÿ]", "", s)


def tokens(s):
    s = unicodedata.normalize("NFKC", s)
    return set(t.lower() for t in re.findall(r"[0-9A-Za-zÀ-ÿ’'\-]+", s)) | set(
        t.lower().strip("’'-") for t in re.findall(r"[0-9A-Za-zÀ-ÿ’'\-]+", s))


def pdf_text(name):
    txt = open(os.path.join(ROOT, name + ".txt"), encoding="utf-8").read()
    fresh = subprocess.run(["pdftotext", "-raw", os.path.join(ROOT, name + ".pdf"), "-"], capture_output=True,
                           text=True).stdout
    if fresh != txt:
        errors.append(f"{name}: .txt differs from a fresh pdftotext -raw")
    # join line-end hyphens: "archaeolo-\ngist" -> "archaeologist"
    joined = re.sub(r"([a-zà-ÿ])-\n([a-zà-ÿ])", r"\1\2", txt)
    return joined, txt


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(ROOT, name + ".docx"))
    out = []
    for part in z.namelist():
        if part.startswith("word/") and part.endswith(".xml"):
            x = z.read(part).decode("utf-8")
            x = re.sub(r"<w:tab\s*/>", "\t", x)
            x = re.sub(r"<w:br\s*/>", "\n", x)
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", lambda m: "\x00" + m.group(1) + "\x00", x)
            out.append("".join(re.findall(r"\x00([^\x00]*)\x00|(\n|\t)", x) and
                               [a or b for a, b in re.findall(r"\x00([^\x00]*)\x00|(\n|\t)", x)]))
    t = "\n".join(out)
    import html as h
    return h.unescape(t), z.read("word/document.xml").decode("utf-8")


class Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, a):
        if tag in ("head", "style", "script", "template"):
            self.skip += 1
        if tag in ("p", "h1", "h2", "h3", "li", "figcaption", "small", "div", "section", "br"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "style", "script", "template"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(name):
    src = open(os.path.join(ROOT, name + ".html"), encoding="utf-8").read()
    v = Vis()
    v.feed(src)
    for m in re.findall(r'src="([^"]+)"', src):
        if not os.path.exists(os.path.join(ROOT, m)):
            errors.append(f"{name}: missing image {m}")
    return "".join(v.out), src


def check(name, kind):
    g = json.load(open(os.path.join(ROOT, name + ".json"), encoding="utf-8"))
    if list(g) != ["title", "running", "sections"]:
        errors.append(f"{name}: top-level keys {list(g)}")
    if kind == "pdf":
        text, raw = pdf_text(name)
    elif kind == "docx":
        text, raw = docx_text(name)
    else:
        text, raw = html_text(name)
    sq = squash(text)
    sq_raw = squash(raw)
    toks = tokens(text)
    s0 = g["sections"][0]
    if s0["label"] is not None or s0["title"] != g["title"]:
        errors.append(f"{name}: first section is not the title section")
    if squash(g["title"]) not in sq:
        errors.append(f"{name}: title not in text")
    for r in g["running"]:
        if squash(r) not in sq:
            errors.append(f"{name}: running {r!r} not in text")
    nwords = 0
    not_verbatim = []
    for si, s in enumerate(g["sections"]):
        if list(s) != ["label", "title", "blocks"]:
            errors.append(f"{name}: section keys {list(s)}")
        if s["label"] is not None and squash(s["label"]) not in sq:
            errors.append(f"{name}: label {s['label']!r} not in text")
        if squash(s["title"]) not in sq:
            errors.append(f"{name}: section title {s['title']!r} not in text")
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errors.append(f"{name}: caption not last in {s['title']!r}")
        for bi, b in enumerate(s["blocks"]):
            if re.search(r"\^\d+\^|\|PB\|", b["text"]):
                errors.append(f"{name}: marker left in gold")
            if b["kind"] == "paragraph":
                if list(b) != ["kind", "text"]:
                    errors.append(f"{name}: paragraph keys {list(b)}")
                words = re.findall(r"[0-9A-Za-zÀ-ÿ’'\-]+", unicodedata.normalize("NFKC", b["text"]))
                nwords += len(words)
                for w in words:
                    wl = w.lower()
                    if wl not in toks and wl.strip("’'-") not in toks and squash(w) not in sq:
                        errors.append(f"{name}: word {w!r} of section {si} block {bi} not in text")
                if squash(b["text"]) not in sq:
                    not_verbatim.append(f"{si}-{bi}")
            else:
                if list(b) != ["kind", "text", "position", "credit"]:
                    errors.append(f"{name}: caption keys {list(b)}")
                if b["position"] and b["position"].endswith(":"):
                    errors.append(f"{name}: position with colon")
                if squash(b["text"]) not in sq:
                    errors.append(f"{name}: caption text not in text: {b['text'][:40]}")
                if b["position"] and squash(b["position"] + b["text"][:20]) not in sq:
                    errors.append(f"{name}: 'Position: caption' not in text")
                if b["credit"] and squash(b["credit"]) not in sq_raw and squash(b["credit"]) not in sq:
                    errors.append(f"{name}: credit not in source: {b['credit']}")
    if nwords < 500:
        errors.append(f"{name}: only {nwords} gold paragraph words")
    notes.append(f"{name} ({kind}): {len(g['sections'])} sections, {nwords} gold paragraph words; "
                 f"paragraphs not verbatim in the text (section-block): {', '.join(not_verbatim) or 'none'}")


for f in sorted(glob.glob(os.path.join(ROOT, "*.json"))):
    n = os.path.basename(f)[:-5]
    kind = "pdf" if os.path.exists(os.path.join(ROOT, n + ".pdf")) else (
        "docx" if os.path.exists(os.path.join(ROOT, n + ".docx")) else "html")
    check(n, kind)

rep = "\n".join(notes + [""] + (["ERRORS:"] + errors if errors else ["0 errors"])) + "\n"
open(os.path.join(HERE, "validation_report.txt"), "w").write(rep)
print(rep)
sys.exit(1 if errors else 0)
