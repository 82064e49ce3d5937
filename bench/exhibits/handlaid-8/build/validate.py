"""Check every gold string against the generated document and report any text
the gold does not account for (LEFTOVER).

PDFs: checked against NAME.txt (pdftotext -raw). Lines made only of running
strings (one or several, also letter-spaced) are dropped first. Comparison is
on a squashed form: NFKC, whitespace removed, hyphens removed (-, U+2010,
soft hyphen U+00AD). Known decoration/apparatus is cut out first and
reported: footnotes and footnote calls (vasa_warship), the pull quote
(dunhuang_library_cave, with its curly quotes), the Intense Quote paragraph
(panama_canal), the footnote definitions and refs (machu_picchu). Captions
are cut out (with position label and credit) before paragraphs, because in
-raw order a caption or credit can fall inside a paragraph.
DOCX: body paragraphs (text of w:r, w:hyperlink and w:ins runs; w:del text
is skipped), table cells, header. Numbering labels (Stage N) are rebuilt from
numbering.xml (lvlText) and checked against the gold labels.
Markdown: front matter title, then the body with link URLs, emphasis
markers, footnote refs and the HTML comment removed; shortcode attribute
values are kept as text."""
import json, os, re, sys, unicodedata, zipfile
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
EX = ["vasa_warship", "golden_spike", "dunhuang_library_cave", "hadrians_wall", "panama_canal", "machu_picchu"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s\-\u2010\u00ad]+", "", s)


def only_running(line, running, title=""):
    l = squash(line)
    if l in (squash(r) for r in running) and l in squash(title):
        return False      # a line that repeats part of the title (vasa_warship: "The Warship Vasa")
    runs = sorted((squash(r) for r in running), key=len, reverse=True)
    changed = True
    while l and changed:
        changed = False
        for r in runs:
            if r and l.startswith(r):
                l = l[len(r):]; changed = True; break
    return l == ""


DROPCAP = {"dunhuang_library_cave": "T", "hadrians_wall": "T"}


def pdf_text(name, running, title, notes):
    lines = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read().replace("\f", "\n").split("\n")
    lines = [ln.strip() for ln in lines if ln.strip() and not only_running(ln, running, title)]
    if name in DROPCAP:
        i = lines.index(DROPCAP[name])
        notes.append("drop cap line %r (line %d of the kept text) removed" % (lines[i], i + 1))
        del lines[i]
    return "\n".join(lines)


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    doc = etree.fromstring(z.read("word/document.xml"))
    body = doc.find(W + "body")

    def ptext(p):
        out = []
        for t in p.iter(W + "t"):
            # skip nothing: w:delText is a different tag, so deleted text is not collected
            out.append(t.text or "")
        for _ in p.iter(W + "br"):
            pass
        return "".join(out)

    paras = []
    for el in body:
        if el.tag == W + "p":
            paras.append((el, ptext(el)))
        elif el.tag == W + "tbl":
            for p in el.iter(W + "p"):
                paras.append((p, ptext(p)))
    # numbering labels
    num = etree.fromstring(z.read("word/numbering.xml"))
    abs_of = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in num.findall(W + "num")}
    lvltext = {a.get(W + "abstractNumId"): a.find(W + "lvl/" + W + "lvlText").get(W + "val") for a in num.findall(W + "abstractNum")}
    counters, labels = {}, []
    for p, t in paras:
        np_ = p.find(W + "pPr/" + W + "numPr")
        if np_ is not None:
            nid = np_.find(W + "numId").get(W + "val")
            counters[nid] = counters.get(nid, 0) + 1
            labels.append((lvltext[abs_of[nid]].replace("%1", str(counters[nid])), t))
    hdr = []
    for n in z.namelist():
        if re.match(r"word/(header|footer)\d*\.xml", n):
            x = etree.fromstring(z.read(n))
            for p in x.iter(W + "p"):
                tx = "".join("\t" if e.tag == W + "tab" else (e.text or "") for e in p.iter(W + "t", W + "tab")).strip()
                if tx:
                    hdr.append(tx)
    return paras, labels, hdr


def md_text(name):
    s = open(os.path.join(OUT, name + ".md"), encoding="utf-8").read()
    m = re.match(r"---\n(.*?)\n---\n", s, re.S)
    fm, body = m.group(1), s[m.end():]
    title = re.search(r'^title: "(.*)"$', fm, re.M).group(1)
    return title, body


def expected_extras(name):
    if name == "vasa_warship":
        import ex1_vasa as m
        notes = ["%d %s" % (i + 1, n[1]) for i, n in enumerate(m.NOTES)]
        calls = [(n[0], str(i + 1)) for i, n in enumerate(m.NOTES)]
        return notes, calls
    if name == "dunhuang_library_cave":
        import ex3_dunhuang as m
        return ["\u201c%s\u201d" % m.PULL], []
    if name == "machu_picchu":
        import ex6_machu_picchu_md as m
        return ["[^%s]: %s" % kv for kv in m.NOTES.items()], []
    return [], []


def check(name):
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    problems, notes = [], []
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        raw = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        for r in g["running"]:
            if squash(r) not in squash(raw):
                problems.append("running not found: %r" % r)
        text = pdf_text(name, g["running"], g["title"], notes)
        kind = "pdf"
    elif os.path.exists(os.path.join(OUT, name + ".docx")):
        import ex5_panama_docx as m
        paras, labels, hdr = docx_text(name)
        kept = []
        for p, t in paras:
            if t == m.PULL:
                notes.append("expected extra cut: Intense Quote paragraph %r" % t[:60]); continue
            kept.append(t)
        text = "\n".join(kept)
        hdr_strings = [x for h in hdr for x in h.split("\t") if x.strip()]
        if g["running"] != hdr_strings:
            problems.append("running %r != header strings %r" % (g["running"], hdr_strings))
        glabels = [(s["label"], s["title"]) for s in g["sections"] if s["label"]]
        if glabels != labels:
            problems.append("numbering labels %r != gold %r" % (labels, glabels))
        else:
            notes.append("numbering labels match: %s" % ", ".join(l for l, _ in labels))
        kind = "docx"
    else:
        title, body = md_text(name)
        if title != g["title"]:
            problems.append("front matter title %r != gold %r" % (title, g["title"]))
        body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
        body = re.sub(r'\{\{<\s*figure[^>]*?caption="([^"]*)"\s+attr="([^"]*)"\s*>\}\}', r"\1 \2", body)
        body = re.sub(r"\[\^\d+\](?!:)", "", body)
        body = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", body)
        body = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", body, flags=re.S)
        body = re.sub(r"<[^>]+>", " ", body)
        body = body.replace("*", "")
        text = body
        kind = "md"
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
    dc = DROPCAP.get(name)
    for sec in g["sections"]:
        for b in sec["blocks"]:
            if b["kind"] == "paragraph":
                if dc and b["text"].startswith(dc) and sec["title"] != g["title"]:
                    take(b["text"][1:], "paragraph (without its drop cap)"); dc = None
                else:
                    take(b["text"], "paragraph")
    if kind != "md":
        take(g["title"], "title")
    for sec in g["sections"]:
        if sec["label"] is None and sec["title"] == g["title"]:
            continue
        if sec["label"] and kind != "docx":
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
        out.append("   LEFTOVER: %r" % left)
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
