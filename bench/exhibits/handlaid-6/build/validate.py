"""Check every gold string against the laid-out document, and report any text
in the document that the gold does not account for.

PDFs are checked against NAME.txt (pdftotext -raw). Running lines (exact
lines equal to a gold running string, or to two of them joined by a space)
are dropped first. Comparison is on a squashed form: whitespace removed and
hyphens (- and U+2010) removed, so line-end hyphenation and line breaks do
not matter. Captions are matched and cut out (with their position label and
credit) before paragraphs, because positioned captions and footnote credits
can fall inside a paragraph in the -raw text. A paragraph that begins with a
drop cap is accepted if its text minus the first letter is found and that
letter is left over. Whatever is left at the end is printed as LEFTOVER."""
import json, os, re, sys
from docx import Document
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
EX = ["rosetta_stone", "wright_brothers", "sutton_hoo", "great_fire", "lascaux_cave", "endurance_expedition"]


def squash(s):
    return re.sub(r"[\s\-\u2010\u00ad]+", "", s)


def pdf_text(name, running, labels):
    lines = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read().replace("\f", "\n").split("\n")
    runs = set(running)
    pairs = {a + " " + b for a in running for b in running}
    kept = []
    for ln in lines:
        l = ln.strip()
        if not l or l in runs or l in pairs:
            continue
        if re.fullmatch(r"\d{1,2}", l) and l not in labels:      # superscript note numbers
            continue
        kept.append(l)
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
    footer = [p.text for p in d.sections[0].footer.paragraphs]
    header = [p.text for p in d.sections[0].header.paragraphs if p.text]
    return "\n".join(parts), footer + header


def md_text(name):
    s = open(os.path.join(OUT, name + ".md"), encoding="utf-8").read()
    s = re.sub(r"^=+$", "", s, flags=re.M)
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"[ALT:\1]", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    s = re.sub(r"^#+ ", "", s, flags=re.M)
    s = re.sub(r"^> ", "", s, flags=re.M)
    s = re.sub(r"(?<!\w)[*_]|[*_](?!\w)", "", s)
    return s


def check(name):
    g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
    problems = []
    if os.path.exists(os.path.join(OUT, name + ".pdf")):
        text = pdf_text(name, g["running"], {sec["label"] for sec in g["sections"]})
        raw = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        for r in g["running"]:
            if r not in raw:
                problems.append("running not found: %r" % r)
    elif os.path.exists(os.path.join(OUT, name + ".docx")):
        text, hf = docx_text(name)
        if [r for r in g["running"]] != [x for x in hf if x]:
            problems.append("running %r != header/footer %r" % (g["running"], hf))
    else:
        text = md_text(name)
    S = squash(text)

    def take(s, what, dropcap=False, mark="\u2402"):
        nonlocal S
        q = squash(s)
        i = S.find(q)
        if i >= 0:
            S = S[:i] + mark + S[i + len(q):]
            return True
        if dropcap:
            j = S.find(q[1:])
            k = S.find(q[0])
            if j >= 0 and 0 <= k < j:
                S = S[:j] + "\u2402" + S[j + len(q) - 1:]
                S = S[:k] + S[k + 1:]
                return True
        problems.append("%s not found: %r" % (what, s[:70]))
        return False

    # captions first (text, position label, credit), then paragraphs, then headings
    for sec in g["sections"]:
        for b in sec["blocks"]:
            if b["kind"] == "caption":
                # cut out without a marker: a caption may sit inside a paragraph in -raw order
                take(b["text"], "caption", mark="")
                if b["position"]:
                    take(b["position"] + ":", "position", mark="")
                if b["credit"]:
                    take(b["credit"], "credit", mark="")
    first_para = True
    for sec in g["sections"]:
        for b in sec["blocks"]:
            if b["kind"] == "paragraph":
                take(b["text"], "paragraph", dropcap=first_para)
                first_para = False
    take(g["title"], "title")
    for sec in g["sections"]:
        if sec["label"] is None:
            if sec["title"] != g["title"]:
                take(sec["title"], "section title")
            continue
        take(sec["label"], "label")
        take(sec["title"], "section title")
    left = re.sub(r"\u2402", " ", S)
    left = re.sub(r"[|·:\u201c\u201d]", "", left).strip()
    return problems, left


def main():
    out = []
    ok = True
    for n in EX:
        probs, left = check(n)
        out.append("== %s: %s" % (n, "OK" if not probs else "%d problems" % len(probs)))
        out += ["   " + p for p in probs]
        out.append("   LEFTOVER: %r" % left)
        ok &= not probs
    out.append("ALL OK" if ok else "PROBLEMS")
    rep = "\n".join(out)
    print(rep)
    open(os.path.join(HERE, "validation_report.txt"), "w").write(rep + "\n")


if __name__ == "__main__":
    main()


def hyphen_report():
    """List line-end hyphens in each PDF's .txt and classify them against the gold:
    'compound' if the gold keeps the hyphen (X-Y), 'hyphenation' if the gold has XY."""
    lines_out = []
    for n in EX:
        p = os.path.join(OUT, n + ".txt")
        if not os.path.exists(p):
            continue
        g = json.load(open(os.path.join(OUT, n + ".json"), encoding="utf-8"))
        gtext = " ".join([g["title"]] + [b["text"] for s in g["sections"] for b in s["blocks"]] +
                         [b["credit"] or "" for s in g["sections"] for b in s["blocks"] if b["kind"] == "caption"])
        lines = [l for l in open(p, encoding="utf-8").read().replace("\f", "\n").split("\n")]
        comp, hyph, bad = [], [], []
        for a, b in zip(lines, lines[1:]):
            m = re.search(r"(\w+)([-\u2010])$", a)
            m2 = re.match(r"(\w+)", b)
            if not (m and m2):
                continue
            x, y = m.group(1), m2.group(1)
            if re.search(r"\b%s-%s\b" % (re.escape(x), re.escape(y)), gtext):
                comp.append("%s%s/%s" % (x, m.group(2), y))
            elif re.search(r"%s%s" % (re.escape(x), re.escape(y)), gtext):
                hyph.append("%s%s/%s" % (x, "-" if m.group(2) == "-" else "\u2010", y))
            else:
                bad.append("%s%s/%s" % (x, m.group(2), y))
        # hyphens inside lines must be real compounds in the gold
        inline = set(re.findall(r"\w+-\w+", "\n".join(l[:-1] if l.endswith("-") else l for l in lines)))
        missing = [w for w in inline if w not in gtext]
        lines_out.append("%s: compounds at line end %s; hyphenations %s; unexplained %s; inline compounds not in gold %s"
                         % (n, comp, hyph, bad, missing))
    return lines_out


if __name__ == "__main__":
    rep = "\n".join(hyphen_report())
    print(rep)
    with open(os.path.join(HERE, "validation_report.txt"), "a") as f:
        f.write("\nLine-end hyphens:\n" + rep + "\n")
