"""Checks for set 63 (see README): JSON = content.gold(), structure, word counts, .txt = fresh pdftotext -raw,
and every gold string's words found contiguously in the document text.  Writes validation_report.txt."""
import json, os, re, subprocess, sys, zipfile
from html.parser import HTMLParser
from content import EX, gold, para_words

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PDFS = ["einthoven_electrocardiograph_1903", "ross_malaria_1897", "helmholtz_ophthalmoscope_1851",
        "allbutt_thermometer_1867"]
DOCX = "typhoid_mary_1907"
HTML = "chadwick_sanitary_report_1842"


def words(t):
    t = t.replace("’", "").replace("'", "").replace("‘", "")
    return re.findall(r"[0-9a-zà-ÿ]+", t.lower())


def pdf_text(name):
    t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    return re.sub(r"([a-zà-ÿ])-\n(?=[a-zà-ÿ])", r"\1", t)


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
            x = z.read(n).decode("utf-8")
            for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    import html
    return html.unescape("\n".join(out))


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip, self.out = 0, []

    def handle_starttag(self, tag, a):
        if tag in ("head", "script", "style", "template", "svg"):
            self.skip += 1
        if tag in ("p", "br", "li", "h1", "h2", "h3", "figcaption", "div", "section", "aside"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "template", "svg"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(name):
    h = _H()
    h.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return "".join(h.out)


def find(seq, hay):
    n = len(seq)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == seq:
            return i
    return -1


def pieces(seq, hay):
    """greedy split of seq into longest contiguous runs found in hay; returns (runs, positions)"""
    runs, pos, i = [], [], 0
    while i < len(seq):
        best, bp = 0, -1
        for j in range(len(seq), i, -1):
            p = find(seq[i:j], hay)
            if p >= 0:
                best, bp = j - i, p
                break
        if best == 0:
            return None, None
        runs.append(" ".join(seq[i:i + best]))
        pos.append(bp)
        i += best
    return runs, pos


def main():
    errors, notes, lines = [], [], []
    for name in EX:
        g = gold(name)
        path = os.path.join(OUT, name + ".json")
        disk = json.load(open(path, encoding="utf-8"))
        if disk != g or list(disk) != ["title", "running", "sections"]:
            errors.append("%s: JSON differs from content.py" % name)
        secs = g["sections"]
        if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
            errors.append("%s: title section not first" % name)
        if secs[-1]["label"] is not None:
            errors.append("%s: sidebar not last" % name)
        for s in secs:
            kinds = [b["kind"] for b in s["blocks"]]
            if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
                errors.append("%s: caption not last in %s" % (name, s["title"]))
        pw = para_words(name)
        if not 500 <= pw <= 900:
            errors.append("%s: %d paragraph words" % (name, pw))
        if name in PDFS:
            fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"],
                                   capture_output=True, text=True).stdout
            if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
                errors.append("%s: .txt is not a fresh pdftotext -raw" % name)
            text = pdf_text(name)
        elif name == DOCX:
            text = docx_text(name)
        else:
            text = html_text(name)
        hay = words(text)
        strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
        for s in secs:
            if s["label"]:
                strings.append(("label", s["label"]))
            strings.append(("section title", s["title"]))
            for b in s["blocks"]:
                strings.append((b["kind"], b["text"]))
                if b["kind"] == "caption":
                    if b["position"]:
                        strings.append(("position", b["position"]))
                    strings.append(("credit", b["credit"]))
        found = 0
        for kind, st in strings:
            seq = words(st)
            if find(seq, hay) >= 0:
                found += 1
                continue
            runs, pos = pieces(seq, hay)
            if runs is None:
                errors.append("%s: %s not found: %s" % (name, kind, st[:70]))
            else:
                inorder = pos == sorted(pos)
                notes.append("%s: %s found in %d pieces (%s): %s" % (
                    name, kind, len(runs), "in text order" if inorder else "NOT in text order",
                    " | ".join(r[-30:] if k == 0 else r[:30] for k, r in enumerate(runs))))
        lines.append("%-36s %3d gold strings, %3d contiguous, %d paragraph words" % (name, len(strings), found, pw))
    rep = "\n".join(lines + [""] + ["ERROR " + e for e in errors] + ["NOTE " + n for n in notes] +
                    ["", "%d errors, %d notes" % (len(errors), len(notes))])
    open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write(rep + "\n")
    print(rep)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
