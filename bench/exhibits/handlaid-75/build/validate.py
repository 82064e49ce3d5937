"""Checks: JSON == content.py output; 500-900 paragraph words; .txt == fresh pdftotext -raw;
every gold string's words occur contiguously in the document text (NOTE if only in order, ERROR if not)."""
import json, os, re, subprocess, sys, zipfile, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import gold
from texts import DOCS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm_words(s):
    s = s.replace("\u2019", "").replace("'", "")
    s = re.sub(r"(?<=\w)-(?=\w)", "", s)
    return re.findall(r"\w+", s.lower())


def doc_text(name):
    p = os.path.join(OUT, name)
    if os.path.exists(p + ".pdf"):
        t = open(p + ".txt", encoding="utf-8").read()
        fresh = subprocess.run(["pdftotext", "-raw", p + ".pdf", "-"], capture_output=True, text=True).stdout
        assert fresh == t, name + ": .txt differs from a fresh pdftotext -raw"
        t = re.sub(r"-\n(?=[a-z])", "", t)
        return re.sub(r"(?<=[a-z])\d\b", "", t)  # a note mark glued to a word ("days3")
    if os.path.exists(p + ".docx"):
        x = zipfile.ZipFile(p + ".docx").read("word/document.xml").decode()
        x = re.sub(r"<w:(br|tab)/>", "<w:t> </w:t>", x)
        paras = re.findall(r"<w:p[ >].*?</w:p>", x, re.S)
        return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", q))) for q in paras)
    x = open(p + ".html", encoding="utf-8").read()
    x = re.sub(r"(?is)<(head|script|style|template|svg|noscript|sup)\b.*?</\1>", " ", x)
    return html.unescape(re.sub(r"<[^>]+>", " ", x))


def find(words, hay):
    n = len(words)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == words:
            return "ok"
    j = 0
    for w in hay:
        if j < n and w == words[j]:
            j += 1
    return "note" if j == n else "error"


def main():
    errors = notes = 0
    rep = []
    for name in DOCS:
        g = gold(name)
        on_disk = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
        if on_disk != g:
            rep.append("ERROR %s: JSON differs from content.py" % name); errors += 1
        nwords = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        if not 500 <= nwords <= 900:
            rep.append("ERROR %s: %d paragraph words" % (name, nwords)); errors += 1
        hay = norm_words(doc_text(name))
        strings = [("title", g["title"])] + [("running", r) for r in g["running"]]
        for s in g["sections"]:
            if s["label"]:
                strings.append(("label", s["label"]))
            strings.append(("section title", s["title"]))
            for b in s["blocks"]:
                strings.append((b["kind"], b["text"]))
                if b["kind"] == "caption":
                    if b["position"]:
                        strings.append(("position", b["position"]))
                    strings.append(("credit", b["credit"]))
        for kind, st in strings:
            r = find(norm_words(st), hay)
            if r == "error":
                errors += 1; rep.append("ERROR %s %s: %s" % (name, kind, st[:70]))
            elif r == "note":
                notes += 1; rep.append("NOTE  %s %s (in order, not contiguous): %s" % (name, kind, st[:70]))
        rep.append("%s: %d paragraph words" % (name, nwords))
    rep.append("%d errors, %d notes" % (errors, notes))
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "validation_report.txt"), "w").write("\n".join(rep) + "\n")
    print("\n".join(rep))
    return errors


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
