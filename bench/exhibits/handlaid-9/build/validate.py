"""Check every gold string against the generated documents and report LEFTOVER text that the gold does not
account for.  Run: /work/heldout/r8/venv/bin/python build/validate.py  (writes build/validation_report.txt)

PDFs: against NAME.txt (pdftotext -raw). Everything is compared in a squashed form (NFKC, all whitespace and
hyphens -, U+2010, U+00AD removed), so line breaks, line-end hyphenation and one-word-per-line rotated text do
not matter. Cut order: running strings (every occurrence), known apparatus (jump lines, badges), captions
(credit, position label, text), paragraphs, section titles, labels, exhibit title. The remainder is LEFTOVER.
DOCX: exact comparison with the text of body paragraphs (w:p outside text boxes), table cells, the text box
paragraphs, header/footer; footnotes read from word/footnotes.xml must NOT be in the gold.
HTML: h1, lede, h2 (eyebrow span = label), p, figcaption (strong = position, small = credit), exact."""
import json, os, re, sys, unicodedata, zipfile
from lxml import etree, html as lhtml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
PDFS = ["sutton_hoo", "rosetta_stone", "great_fire_london", "lascaux_cave"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
APPARATUS = {"sutton_hoo": ["Continued on page 2", "Continued from page 1"],
             "lascaux_cave": [], "rosetta_stone": [], "great_fire_london": []}


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-\u2010\u00ad]+", "", s)


def only_running(line, running):
    l = squash(line)
    runs = sorted((squash(r) for r in running), key=len, reverse=True)
    changed = True
    while l and changed:
        changed = False
        for r in runs:
            if r and l.startswith(r):
                l = l[len(r):]; changed = True; break
    return l == ""


def load(name):
    return json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))


def cut(hay, s, what, problems, sep="\u2063"):
    """cut the first occurrence; captions/credits/apparatus are cut with sep="" so that a paragraph they
    interrupt in -raw order becomes contiguous again"""
    k = squash(s)
    if k not in hay:
        problems.append("NOT FOUND %s: %r" % (what, s[:90]))
        return hay
    return hay.replace(k, sep, 1)


def check_pdf(name, rep):
    g = load(name)
    raw = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    lines = raw.replace("\f", "\n").split("\n")
    kept = [ln for ln in lines if ln.strip() and not only_running(ln, g["running"])]
    rep.append("  %d lines made only of running strings dropped" % (len([l for l in lines if l.strip()]) - len(kept)))
    hay = "".join(squash(l) for l in kept)
    problems = []
    for r in g["running"]:
        if squash(r) not in squash(raw):
            problems.append("running not found in the .txt: %r" % r)
    for r in sorted(g["running"], key=len, reverse=True):
        if r.isdigit():
            continue                    # folios: only dropped as part of running lines (digits occur in the text)
        hay = hay.replace(squash(r), "")   # e.g. rotated running text, one word per line
    for a in APPARATUS[name]:
        hay = cut(hay, a, "apparatus", problems, "")
        rep.append("  apparatus cut: %r" % a)
    secs = g["sections"]
    for s in secs:
        for b in s["blocks"]:
            if b["kind"] == "caption":
                if b["credit"]:
                    hay = cut(hay, b["credit"], "credit", problems, "")
                if b["position"]:
                    hay = cut(hay, b["position"] + ":", "position", problems, "")
                hay = cut(hay, b["text"], "caption", problems, "")
    for s in secs:
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                hay = cut(hay, b["text"], "paragraph", problems)
    for s in secs:
        if s["title"] != g["title"]:
            hay = cut(hay, s["title"], "section title", problems)
    hay = cut(hay, g["title"], "title", problems)
    # the title section also repeats the title; labels and folios last
    for s in secs:
        if s["label"]:
            hay = cut(hay, s["label"], "label", problems)
    left = [x for x in hay.split("\u2063") if x]
    return problems, left


def docx_check(name, rep):
    import ex5_brooklyn_bridge_docx as m
    g = load(name)
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    doc = etree.fromstring(z.read("word/document.xml"))
    body = doc.find(W + "body")
    paras = []   # (style, text, where)
    for p in body.iter(W + "p"):
        anc = [a.tag for a in p.iterancestors()]
        where = "textbox" if W + "txbxContent" in anc else ("table" if W + "tbl" in anc else "body")
        # text of this paragraph only (not of a text box nested in its runs)
        t = "".join(x.text or "" for x in p.iter(W + "t")
                    if not any(a.tag == W + "txbxContent" for a in x.iterancestors() if a is not p and p in a.iterancestors() or False)
                    and next(x.iterancestors(W + "p")) is p)
        sty = p.find(W + "pPr/" + W + "pStyle")
        paras.append((sty.get(W + "val") if sty is not None else "Normal", t, where))
    styles = etree.fromstring(z.read("word/styles.xml"))
    names = {s.get(W + "styleId"): s.find(W + "name").get(W + "val") for s in styles.findall(W + "style")}
    rep.append("  style Heading1 is named %r; title style %r" % (names.get("Heading1"), names.get("ExhibitTitle")))
    fn = etree.fromstring(z.read("word/footnotes.xml"))
    notes = ["".join(t.text for t in f.iter(W + "t")).strip() for f in fn.findall(W + "footnote")
             if f.get(W + "type") is None]
    hdr = []
    for n in z.namelist():
        if re.match(r"word/(header|footer)\d*\.xml", n):
            for p in etree.fromstring(z.read(n)).iter(W + "p"):
                t = "".join(x.text or "" for x in p.iter(W + "t")).strip()
                if t:
                    hdr.append(t)
    problems = []
    if hdr != g["running"]:
        problems.append("running %r != header/footer %r" % (g["running"], hdr))
    texts = [t for _, t, _ in paras]
    used = set()

    def take(t, what):
        for i, x in enumerate(texts):
            if i not in used and x == t:
                used.add(i); return i
        problems.append("NOT FOUND %s: %r" % (what, t[:80]))

    i = take(g["title"], "title")
    if i is not None and paras[i][0] != "ExhibitTitle":
        problems.append("title style is %r" % paras[i][0])
    for s in g["sections"]:
        if s["label"]:
            i = take(s["label"] + m.SEP + s["title"], "heading")
            if i is not None and paras[i][0] != "Heading1":
                problems.append("heading style %r" % paras[i][0])
        elif s["title"] != g["title"]:
            i = take(s["title"], "textbox heading")
            if i is not None and paras[i][2] != "textbox":
                problems.append("box title not in text box")
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                take(b["text"], "paragraph")
            else:
                a = take(b["text"], "caption"); c = take(b["credit"], "credit")
                if a is not None and paras[a][2] != "table":
                    problems.append("caption not in table")
    for n in notes:
        if any(squash(n) in squash(b.get("text", "")) for s in g["sections"] for b in s["blocks"]):
            problems.append("footnote text leaked into gold: %r" % n)
    rep.append("  footnotes (not in gold): %r" % notes)
    left = [t for i, t in enumerate(texts) if i not in used and t.strip()]
    return problems, left


def html_check(name, rep):
    g = load(name)
    root = lhtml.parse(os.path.join(OUT, name + ".html")).getroot()
    art = root.find(".//article")
    problems = []
    h1 = art.find(".//h1").text_content()
    if h1 != g["title"]:
        problems.append("h1 %r" % h1)
    got = [(None, h1, [("p", art.find_class("story__lede")[0].text_content())])]
    for sec in art.find_class("story__section"):
        h2 = sec.find("h2"); lab = h2.find_class("eyebrow")[0].text_content()
        tit = h2.text_content()[len(lab):].strip()
        bl = []
        for el in sec:
            if el.tag == "p":
                bl.append(("p", el.text_content()))
            elif el.tag == "figure":
                fc = el.find("figcaption")
                pos = fc.find("strong"); cr = fc.find("small")
                txt = fc.text_content()
                if pos is not None:
                    txt = txt.replace(pos.text_content(), "", 1)
                txt = txt.replace(cr.text_content(), "").strip()
                bl.append(("c", txt, pos.text_content().rstrip(":") if pos is not None else None, cr.text_content()))
            elif el.tag == "aside":
                rep.append("  decoration skipped: %r" % el.text_content()[:70])
        got.append((lab, tit, bl))
    from common import gold
    if gold(g["title"], [], got)["sections"] != g["sections"]:
        problems.append("sections differ from the gold")
    left = [e.text_content().strip() for e in art.iter("p") if e.getparent().tag == "header" and "story__meta" in e.get("class", "")
            or "story__kicker" in e.get("class", "")]
    return problems, left


def main():
    rep = []
    ok = True
    for name in PDFS + ["brooklyn_bridge", "wright_brothers"]:
        rep.append("== %s" % name)
        if name in PDFS:
            pr, left = check_pdf(name, rep)
        elif name == "brooklyn_bridge":
            pr, left = docx_check(name, rep)
        else:
            pr, left = html_check(name, rep)
        g = load(name)
        nw = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        rep.append("  body words %d, sections %d, captions %d" % (nw, len(g["sections"]),
                   sum(1 for s in g["sections"] for b in s["blocks"] if b["kind"] == "caption")))
        for p in pr:
            rep.append("  PROBLEM " + p); ok = False
        rep.append("  LEFTOVER: %r" % left)
        if name in PDFS:
            txt = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read().split("\n")
            hy = [(a, b) for a, b in zip(txt, txt[1:]) if re.search(r"[A-Za-z][\-\u2010]$", a)]
            rep.append("  line-end hyphens: " + ", ".join("%s/%s" % (a.split()[-1], b.split()[0] if b.split() else "") for a, b in hy))
    rep.append("ALL OK" if ok else "PROBLEMS FOUND")
    s = "\n".join(rep)
    open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write(s + "\n")
    print(s)


if __name__ == "__main__":
    main()
