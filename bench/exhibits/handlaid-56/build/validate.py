"""Check the gold JSONs against content.py and against the text of each document.

Every word of every gold string (title, running, labels, section titles, paragraphs, captions,
positions, credits) must occur in order in the document text, contiguously or, for a paragraph
or caption, in two contiguous pieces (reported as a note).  Case and punctuation are ignored,
hyphens are ignored (so line-end splits of compounds match); in the PDF text, line-end hyphens
are joined first and note marks glued to a word ("hospitalism.1") are dropped.
"""
import html as H, json, os, re, subprocess, sys, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C

OUT = C.OUT
errors, notes = [], []


def norm_tokens(s):
    s = s.replace("’", "'").replace("‘", "'").replace("“", " ").replace("”", " ")
    s = s.replace("-", "").replace("\u00ad", "")
    toks = re.findall(r"[0-9a-zà-ÿœ']+", s.lower())
    return [t.strip("'") for t in toks if t.strip("'")]


def find(seq, doc):
    n = len(seq)
    for i in range(len(doc) - n + 1):
        if doc[i:i + n] == seq:
            return i
    return -1


def check(name, what, text, doc, allow_split=True):
    seq = norm_tokens(text)
    if not seq:
        return
    if find(seq, doc) >= 0:
        return
    if allow_split:
        for k in range(1, len(seq)):
            a, b = find(seq[:k], doc), find(seq[k:], doc)
            if a >= 0 and b >= 0:
                order = "in order" if a < b else "in REVERSE order"
                notes.append("%s: %s found in two pieces %s, split before “%s”" % (name, what, order, " ".join(seq[k:k + 4])))
                return
    errors.append("%s: %s not found: %s" % (name, what, text[:70]))


def pdf_text(name):
    pdf = os.path.join(OUT, name + ".pdf")
    fresh = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    saved = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    if fresh != saved:
        errors.append("%s: .txt differs from a fresh pdftotext -raw" % name)
    t = saved
    t = re.sub(r"-\n(?=\S)", "-", t)                       # join line-end hyphens
    t = re.sub(r"(?<=[a-z][.,;:’”])[0-9*](?=\s)|(?<=[a-z])[0-9*](?=\s)", "", t)   # glued note marks
    t = re.sub(r"(?m)^[0-9*]$", "", t)                    # note marks / picture keys on a line of their own
    return t


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    x = z.read("word/document.xml").decode("utf-8")
    x = x.replace("</w:p>", "\n")
    x = re.sub(r"<w:footnoteReference[^>]*/>", " ", x)
    parts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n)|<w:br/>|<w:tab/>", x)
    out = []
    for m in re.finditer(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|\n|<w:br/>|<w:tab/>", x):
        out.append(H.unescape(m.group(1)) if m.group(1) is not None else " ")
    return "".join(out)


def html_text(name):
    h = open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()
    h = re.sub(r"<!--.*?-->", " ", h, flags=re.S)
    for tag in ("head", "script", "style", "template", "svg"):
        h = re.sub(r"<%s\b.*?</%s>" % (tag, tag), " ", h, flags=re.S)
    h = re.sub(r"<sup\b.*?</sup>", " ", h, flags=re.S)      # footnote reference numbers
    h = re.sub(r"<[^>]+>", " ", h)
    return H.unescape(h)


def main():
    kinds = {"lister_antisepsis_1867": "pdf", "menai_bridge_1826": "pdf", "wegener_drift_1912": "pdf",
             "foucault_pendulum_1851": "pdf", "iron_lung_1928": "docx", "cavendish_experiment_1798": "html"}
    for ex in C.ALL:
        name = ex["name"]
        g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
        if g != C.gold(ex):
            errors.append("%s: JSON differs from content.py" % name)
        secs = g["sections"]
        if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
            errors.append("%s: title section is not first" % name)
        if secs[-1]["label"] is not None:
            errors.append("%s: last section (sidebar) has a label" % name)
        for s in secs:
            kinds_ = [b["kind"] for b in s["blocks"]]
            if "caption" in kinds_ and kinds_.index("caption") != len(kinds_) - 1:
                errors.append("%s: caption not last in %s" % (name, s["title"]))
        words = C.para_words(ex)
        if not 500 <= words <= 900:
            errors.append("%s: %d paragraph words" % (name, words))
        kind = kinds[name]
        text = {"pdf": pdf_text, "docx": docx_text, "html": html_text}[kind](name)
        doc = norm_tokens(text)
        check(name, "title", g["title"], doc)
        for r in g["running"]:
            check(name, "running “%s”" % r, r, doc, False)
        for s in secs:
            if s["label"]:
                check(name, "label %s" % s["label"], s["label"], doc, False)
            check(name, "section title %s" % s["title"], s["title"], doc, s is secs[0])
            for i, b in enumerate(s["blocks"]):
                check(name, "%s block %d (%s)" % (s["label"] or s["title"][:20], i + 1, b["kind"]), b["text"], doc)
                if b["kind"] == "caption":
                    if b["position"]:
                        check(name, "caption position", b["position"], doc, False)
                    check(name, "caption credit", b["credit"], doc, False)
        print("%-28s %-4s %3d paragraph words" % (name, kind, words))
    print()
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print("\n%d errors, %d notes" % (len(errors), len(notes)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
