"""Check every gold string against the generated document and report any text
the gold does not account for (LEFTOVER).

PDFs: checked against NAME.txt (pdftotext -raw). Lines made only of running
strings (one or several on one line) are dropped first. Comparison is on a
squashed form: NFKC (so the ligature characters U+FB01/U+FB02 become "fi"/"fl"),
whitespace removed, hyphens removed (-, U+2010, soft hyphen U+00AD).
Known decoration is cut out first and reported as EXPECTED EXTRA: the
pull quote (johnstown_flood) and the footnotes and footnote calls
(bayeux_tapestry). Captions are cut out (with position label and credit)
before paragraphs, because in -raw order a caption or credit can fall inside
a paragraph. DOCX: body paragraphs, table cells, header. HTML: the text of
the page (tags removed, entities decoded); the page boilerplate is left over.
Credits of tutankhamun_tomb are in the gold in capitals, as the PDF has them."""
import json, os, re, sys, unicodedata
from html.parser import HTMLParser
from docx import Document
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
EX = ["johnstown_flood", "kon_tiki", "tutankhamun_tomb", "bayeux_tapestry", "penicillin_discovery", "pompeii_rediscovery"]


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-\u2010\u00ad]+", "", s)


def strip_running(line, running):
    l = line.strip()
    runs = sorted(running, key=len, reverse=True)
    changed = True
    while l and changed:
        changed = False
        for r in runs:
            if l.startswith(r):
                l = l[len(r):].strip(); changed = True; break
    return l


def pdf_text(name, running):
    lines = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read().replace("\f", "\n").split("\n")
    kept = []
    for ln in lines:
        if not ln.strip() or not strip_running(ln, running):
            continue
        kept.append(ln.strip())
    return "\n".join(kept)


def docx_text(name):
    d = Document(os.path.join(OUT, name + ".docx"))
    parts = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            parts.append(docx.text.paragraph.Paragraph(el, d).text)
        elif tag == "tbl":
            for row in docx.table.Table(el, d).rows:
                for c in row.cells:
                    parts += [p.text for p in c.paragraphs]
    hf = [p.text for p in d.sections[0].header.paragraphs if p.text] + \
         [p.text for p in d.sections[0].footer.paragraphs if p.text]
    return "\n".join(parts), hf


class TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "title"):
            self.skip += 1
        self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        self.out.append("\n")
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(name):
    p = TextOf(); p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return "".join(p.out)


def expected_extras(name):
    if name == "johnstown_flood":
        import ex1_johnstown as m
        return [m.PULL], []
    if name == "bayeux_tapestry":
        import ex4_bayeux as m
        notes = ["%d. %s" % (i + 1, n) for i, (k, n) in enumerate(m.NOTES)]
        calls = [(k, str(i + 1)) for i, (k, n) in enumerate(m.NOTES)]
        return notes, calls
    return [], []


def check(name):
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    problems, notes = [], []
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        raw = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        for r in g["running"]:
            if r not in raw:
                problems.append("running not found: %r" % r)
        text = pdf_text(name, g["running"])
        kind = "pdf"
    elif os.path.exists(os.path.join(OUT, name + ".docx")):
        text, hf = docx_text(name)
        if g["running"] != hf:
            problems.append("running %r != header/footer %r" % (g["running"], hf))
        kind = "docx"
    else:
        text = html_text(name)
        kind = "html"
    S = squash(text)
    extras, calls = expected_extras(name)
    for e in extras:
        q = squash(e)
        if q in S:
            S = S.replace(q, "", 1); notes.append("expected extra cut: %r" % e[:60])
        else:
            problems.append("expected extra not found: %r" % e[:60])
    for k, n in calls:
        q = squash(k)
        if q + n in S:
            S = S.replace(q + n, q, 1); notes.append("footnote call %s after %r removed" % (n, k))
        else:
            problems.append("footnote call %s not found after %r" % (n, k))

    def take(s, what, mark="\u2402"):
        nonlocal S
        q = squash(s)
        i = S.find(q)
        if i >= 0:
            S = S[:i] + mark + S[i + len(q):]
            return True
        problems.append("%s not found: %r" % (what, s[:70]))
        return False

    for sec in g["sections"]:
        for b in sec["blocks"]:
            if b["kind"] == "caption":
                take(b["text"], "caption", mark="")
                if b["position"]:
                    take(b["position"] + ":", "position", mark="")
                if b["credit"]:
                    take(b["credit"], "credit", mark="")
    for sec in g["sections"]:
        for b in sec["blocks"]:
            if b["kind"] == "paragraph":
                take(b["text"], "paragraph")
    take(g["title"], "title")
    for sec in g["sections"]:
        if sec["label"] is None and sec["title"] == g["title"]:
            continue
        if sec["label"]:
            take(sec["label"], "label")
        take(sec["title"], "section title")
    left = re.sub(r"\u2402", " ", S)
    left = re.sub(r"[|·:\u201c\u201d()]", "", left)
    left = re.sub(r"\s+", " ", left).strip()
    return problems, notes, left, kind


def hyphen_report(name):
    p = os.path.join(OUT, name + ".txt")
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    gtext = unicodedata.normalize("NFKC", " ".join(
        [g["title"]] + [b["text"] for s in g["sections"] for b in s["blocks"]] +
        [b["credit"] or "" for s in g["sections"] for b in s["blocks"] if b["kind"] == "caption"]))
    lines = [unicodedata.normalize("NFKC", l) for l in open(p, encoding="utf-8").read().replace("\f", "\n").split("\n")]
    lines = [l for l in lines if l.strip() not in ("\u2010", "-")]      # Chromium's lone hyphen lines
    comp, hyph, bad = [], [], []
    for a, b in zip(lines, lines[1:]):
        m = re.search(r"(\w+)([-\u2010\u00ad])$", a)
        m2 = re.match(r"(\w+)", b)
        if not (m and m2):
            continue
        x, y = m.group(1), m2.group(1)
        tag = {"-": "-", "\u2010": "\u2010", "\u00ad": "SHY"}[m.group(2)]
        if re.search(r"\b%s-%s\b" % (re.escape(x), re.escape(y)), gtext):
            comp.append("%s%s/%s" % (x, tag, y))
        elif re.search(r"%s%s" % (re.escape(x), re.escape(y)), gtext):
            hyph.append("%s%s/%s" % (x, tag, y))
        else:
            bad.append("%s%s/%s" % (x, tag, y))
    inline = set(re.findall(r"\w+-\w+", "\n".join(l[:-1] if l.endswith("-") else l for l in lines)))
    missing = sorted(w for w in inline if w not in gtext)
    return "%s: hyphenations %s; compounds at line end %s; unexplained %s; inline hyphenated words not in gold %s" % (
        name, hyph, comp, bad, missing)


def main():
    out, ok = [], True
    for n in EX:
        probs, notes, left, kind = check(n)
        out.append("== %s (%s): %s" % (n, kind, "OK" if not probs else "%d problems" % len(probs)))
        out += ["   " + p for p in probs]
        out += ["   " + x for x in notes]
        out.append("   LEFTOVER: %r" % (left if kind != "html" else left[:400] + (" …" if len(left) > 400 else "")))
        ok &= not probs
    out.append("ALL OK" if ok else "PROBLEMS")
    out.append("")
    out.append("Line-end hyphens in the PDFs' -raw text:")
    for n in EX[:4]:
        out.append(hyphen_report(n))
    rep = "\n".join(out)
    print(rep)
    open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write(rep + "\n")


if __name__ == "__main__":
    main()
