"""Checks set 74: gold JSON == content.py output, 500-900 paragraph words, .txt ==
fresh `pdftotext -raw`, and every gold string's words occur contiguously in the
document text (case/punctuation ignored; apostrophes and in-word hyphens removed).
A string whose words occur only in order but in pieces is a NOTE; anything else an ERROR."""
import json, os, re, subprocess, sys, unicodedata, zipfile
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from content import gold_json  # noqa: E402
from texts import GOLD  # noqa: E402

PDFS = ["hamburg_fire_1842", "barbon_fire_office_1680", "tooley_street_fire_1861", "van_der_heyden_fire_hose_1672"]
DOCX = "meireki_fire_1657"
HTML = "great_fire_rome_64"


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = re.sub(r"[’'‘]", "", s)
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return s.split()


def pdf_text(name):
    t = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    return re.sub(r"(\w)-\n(?=[a-z])", r"\1", t)


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    out = []
    for part in sorted(n for n in z.namelist() if re.match(r"word/(document|footer\d*|header\d*)\.xml$", n)):
        x = z.read(part).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    import html as H
    return H.unescape("\n".join(out))


class _Text(HTMLParser):
    SKIP = {"head", "script", "style", "template", "svg", "noscript", "sup"}

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        if tag in ("br", "p", "div", "li", "h1", "h2", "h3", "figcaption", "small", "span", "summary"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, d):
        if not self.depth:
            self.parts.append(d)


def html_text(name):
    p = _Text()
    p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return "".join(p.parts)


def find(needle, hay):
    n = len(needle)
    if n == 0:
        return "ok"
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return "ok"
    # in order, but in pieces?
    j = 0
    for w in hay:
        if j < n and w == needle[j]:
            j += 1
    if j == n:
        return "pieces"
    # out of order (e.g. a paragraph continued on a panel that comes earlier in the file)?
    from collections import Counter
    have, need = Counter(hay), Counter(needle)
    return "scattered" if all(have[w] >= c for w, c in need.items()) else "missing"


def main():
    errors, notes, lines = 0, 0, []
    for name, g in GOLD.items():
        path = os.path.join(OUT, name + ".json")
        if open(path, encoding="utf-8").read() != gold_json(name):
            lines.append("ERROR %s: JSON differs from content.py" % name); errors += 1
        words = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        lines.append("%s: %d paragraph words" % (name, words))
        if not 500 <= words <= 900:
            lines.append("ERROR %s: word count %d" % (name, words)); errors += 1
        if name in PDFS:
            fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"],
                                   capture_output=True, text=True).stdout
            if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
                lines.append("ERROR %s: .txt is not a fresh pdftotext -raw" % name); errors += 1
            text = pdf_text(name)
        elif name == DOCX:
            text = docx_text(name)
        else:
            text = html_text(name)
        hay = norm(text)
        checks = [("title", g["title"])] + [("running", r) for r in g["running"]]
        for si, s in enumerate(g["sections"]):
            if s["label"]:
                checks.append(("label %d" % si, s["label"]))
            checks.append(("section title %d" % si, s["title"]))
            for bi, b in enumerate(s["blocks"]):
                checks.append(("%s %d-%d" % (b["kind"], si, bi + 1), b["text"]))
                if b["kind"] == "caption":
                    if b["position"]:
                        checks.append(("position %d-%d" % (si, bi + 1), b["position"]))
                    checks.append(("credit %d-%d" % (si, bi + 1), b["credit"]))
        for what, s in checks:
            r = find(norm(s), hay)
            if r == "pieces":
                lines.append("NOTE  %s: %s found only in pieces: %.60s" % (name, what, s)); notes += 1
            elif r == "scattered":
                lines.append("NOTE  %s: %s found only in pieces, out of order: %.60s" % (name, what, s)); notes += 1
            elif r == "missing":
                lines.append("ERROR %s: %s missing: %.60s" % (name, what, s)); errors += 1
    lines.append("%d errors, %d notes" % (errors, notes))
    report = "\n".join(lines) + "\n"
    open(os.path.join(HERE, "validation_report.txt"), "w").write(report)
    print(report)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
