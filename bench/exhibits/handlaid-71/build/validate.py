# -*- coding: utf-8 -*-
"""Check the set: JSON = content.py output, 500-900 gold paragraph words, .txt =
fresh pdftotext -raw, and every gold string's words occur contiguously in the
document text (case, punctuation, apostrophes and in-word hyphens ignored).
A string that is found only in pieces is reported as a NOTE."""
import html, json, os, re, subprocess, sys, tempfile, zipfile
from html.parser import HTMLParser
sys.path.insert(0, os.path.dirname(__file__))
import content, texts

B = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.join(B, "..")
errors, notes, info = [], [], []


def words(t):
    t = t.lower().replace("\u2019", "").replace("'", "").replace("\u00ad", "")
    t = re.sub(r"[\u00b9\u00b2\u00b3]", " ", t)
    t = re.sub(r"(\w)[-\u2212\u2010](\w)", r"\1\2", t)
    t = re.sub(r"(\w)[-\u2212\u2010](\w)", r"\1\2", t)
    return re.findall(r"[^\W_]+", t)


def pdf_text(name):
    t = open(os.path.join(TOP, name + ".txt"), encoding="utf-8").read()
    return re.sub(r"[-\u2212]\n(?=[a-z])", "", t)


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(TOP, name + ".docx"))
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and ("document" in n or "footer" in n or "footnotes" in n):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:tab/>", " ", x)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


class HT(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, a):
        if tag in ("head", "script", "style", "template", "svg", "sup"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "template", "svg", "sup"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(name):
    h = HT()
    h.feed(open(os.path.join(TOP, name + ".html"), encoding="utf-8").read())
    return " ".join(h.out)


def contiguous(needle, hay):
    n = len(needle)
    if n == 0:
        return True
    s = " " + " ".join(hay) + " "
    return (" " + " ".join(needle) + " ") in s


def check(name, doc_words, g):
    items = [("title", g["title"])] + [("running", r) for r in g["running"]]
    for s in g["sections"]:
        if s["label"]:
            items.append(("label", s["label"]))
        items.append(("section title", s["title"]))
        for b in s["blocks"]:
            items.append((b["kind"], b["text"]))
            if b["kind"] == "caption":
                if b["position"]:
                    items.append(("position", b["position"]))
                items.append(("credit", b["credit"]))
    for kind, t in items:
        w = words(t)
        if contiguous(w, doc_words):
            continue
        missing = [x for x in w if x not in set(doc_words)]
        if missing:
            errors.append("%s: %s words missing %s: %s" % (name, kind, missing[:6], t[:70]))
        else:
            notes.append("%s: %s found only in pieces: %s" % (name, kind, t[:70]))


def main():
    for d in texts.ALL:
        name = d["name"]
        g = json.load(open(os.path.join(TOP, name + ".json"), encoding="utf-8"))
        if g != content.gold(d):
            errors.append(name + ": JSON differs from content.py")
        n = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        info.append("%s: %d gold paragraph words" % (name, n))
        if not 500 <= n <= 900:
            errors.append("%s: %d paragraph words" % (name, n))
        if os.path.exists(os.path.join(TOP, name + ".pdf")):
            with tempfile.TemporaryDirectory() as td:
                f = os.path.join(td, "x.txt")
                subprocess.run(["pdftotext", "-raw", os.path.join(TOP, name + ".pdf"), f], check=True)
                if open(f, "rb").read() != open(os.path.join(TOP, name + ".txt"), "rb").read():
                    errors.append(name + ": .txt is not a fresh pdftotext -raw")
            text = pdf_text(name)
        elif os.path.exists(os.path.join(TOP, name + ".docx")):
            text = docx_text(name)
        else:
            text = html_text(name)
        check(name, words(text), g)
    rep = ["errors: %d, notes: %d" % (len(errors), len(notes))] + info + ["ERROR " + e for e in errors] + ["NOTE " + n for n in notes]
    open(os.path.join(B, "validation_report.txt"), "w").write("\n".join(rep) + "\n")
    print("\n".join(rep))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
