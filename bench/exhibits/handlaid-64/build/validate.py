#!/usr/bin/env python3
"""Checks of set 64: gold JSON = content.py, structure, word counts, .txt = fresh
pdftotext -raw, and that every gold string's words occur contiguously in the document text.
Writes build/validation_report.txt."""
import html.parser, json, os, re, subprocess, sys, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
errors, notes, info = [], [], []


def toks(s):
    s = s.lower().replace("’", "").replace("'", "")
    s = re.sub(r"[\u00b9\u00b2\u00b3*]", " ", s)  # note marks
    s = re.sub(r"[-\u2010\u2011]", "", s)  # hyphens joined (compounds and line-end hyphens alike)
    return re.findall(r"[0-9a-z\u00c0-\u024f]+", s)


def pdf_text(path):
    t = open(path, encoding="utf-8").read()
    # a line-end hyphen followed by a lower-case letter on the next line is undone
    t = re.sub(r"(\w)-\n(?=[a-z\u00e0-\u00ff])", r"\1", t)
    return t


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:(br|tab)\b[^>]*/>", " ", x)
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", x)
            # note marks: runs set as superscript are left out
            x = re.sub(r"<w:r>(?:(?!</w:r>).)*?w:vertAlign w:val=\"superscript\"(?:(?!</w:r>).)*?</w:r>", "", x, flags=re.S)
            out.append(re.sub(r"<[^>]+>", "", x))
    return html.unescape("\n".join(out))


class HT(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, a):
        if tag in ("head", "script", "style", "template", "svg", "sup"):
            self.skip += 1
        if tag in ("p", "li", "h1", "h2", "h3", "figcaption", "br", "div", "section", "footer", "header"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "template", "svg", "sup"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(path):
    h = HT()
    h.feed(open(path, encoding="utf-8").read())
    return "".join(h.out)


def find(seq, doc):
    n = len(seq)
    for i in range(len(doc) - n + 1):
        if doc[i:i + n] == seq:
            return i
    return -1


def pieces(seq, doc):
    """Greedy: longest prefix found anywhere, repeat. Returns list of start positions or None.
    A gold word whose first part ends one piece and whose rest opens the next (a hyphen at a
    column or page end, with other text between) is rejoined."""
    pos, k = [], 0
    end = None
    while k < len(seq):
        if end is not None and end < len(doc) and seq[k] != doc[end] and seq[k].startswith(doc[end]) \
                and len(doc[end]) < len(seq[k]):
            rest = seq[k][len(doc[end]):]
            cand = [j for j in range(end + 1, len(doc)) if doc[j] == rest]
            if cand:
                j = cand[0]
                L = 1
                while k + L < len(seq) and j + L < len(doc) and doc[j + L] == seq[k + L]:
                    L += 1
                pos.append(j)
                k += L
                end = j + L
                continue
        best = None
        for L in range(len(seq) - k, 0, -1):
            i = find(seq[k:k + L], doc)
            if i >= 0:
                best = (i, L)
                break
        if not best:
            return None
        pos.append(best[0])
        k += best[1]
        end = best[0] + best[1]
    return pos


def check(name, label, s, doc):
    seq = toks(s)
    if not seq:
        return
    if find(seq, doc) >= 0:
        return
    p = pieces(seq, doc)
    if p is None:
        errors.append(f"{name}: {label} not found: {s[:70]}")
    else:
        order = "in text order" if p == sorted(p) else "NOT in text order"
        notes.append(f"{name}: {label} found in {len(p)} pieces ({order}): {s[:60]}…")


def main():
    for name, ex in content.EX.items():
        g = content.gold(name, ex)
        gp = os.path.join(OUT, name + ".json")
        raw = open(gp, encoding="utf-8").read()
        if json.loads(raw) != g or list(json.loads(raw).keys()) != ["title", "running", "sections"]:
            errors.append(f"{name}: JSON differs from content.py")
        secs = g["sections"]
        if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
            errors.append(f"{name}: title section not first")
        if secs[-1]["label"] is not None:
            errors.append(f"{name}: sidebar not last")
        for s in secs:
            kinds = [b["kind"] for b in s["blocks"]]
            if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
                errors.append(f"{name}: caption not last in {s['title']}")
        words = sum(len(b["text"].split()) for s in secs for b in s["blocks"] if b["kind"] == "paragraph")
        if not 500 <= words <= 900:
            errors.append(f"{name}: {words} paragraph words")
        info.append(f"{name}: {words} paragraph words")
        kind = ex["kind"]
        if kind == "pdf":
            fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"],
                                   capture_output=True, text=True).stdout
            if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
                errors.append(f"{name}: .txt is not a fresh pdftotext -raw")
            text = pdf_text(os.path.join(OUT, name + ".txt"))
        elif kind == "docx":
            text = docx_text(os.path.join(OUT, name + ".docx"))
        else:
            text = html_text(os.path.join(OUT, name + ".html"))
        doc = toks(text)
        check(name, "title", g["title"], doc)
        for r in g["running"]:
            check(name, "running", r, doc)
        for s in secs:
            if s["label"]:
                check(name, "label", s["label"], doc)
            check(name, "section title", s["title"], doc)
            for bi, b in enumerate(s["blocks"]):
                lab = f"{s['label'] or s['title']} block {bi + 1} ({b['kind']})"
                check(name, lab, b["text"], doc)
                if b["kind"] == "caption":
                    if b["position"]:
                        check(name, lab + " position", b["position"], doc)
                    check(name, lab + " credit", b["credit"], doc)
    rep = ["errors: %d, notes: %d" % (len(errors), len(notes))] + ["ERROR " + e for e in errors] + \
          ["NOTE " + n for n in notes] + info
    open(os.path.join(HERE, "validation_report.txt"), "w").write("\n".join(rep) + "\n")
    print("\n".join(rep))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
