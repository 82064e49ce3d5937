"""Checks the set: JSON = content.py, structure rules, word counts, .txt = fresh pdftotext -raw, and that every
gold string's words occur contiguously in the document text (else in pieces -> NOTE, or missing -> ERROR)."""
import json, os, re, subprocess, sys, zipfile, tempfile
from html.parser import HTMLParser
from content import EX, OUT, gold, words

errors, notes = [], []


def norm_tokens(text):
    text = text.replace("\u00ad", "")
    toks = []
    for t in text.split():
        t = t.lower().replace("’", "'")
        t = re.sub(r"[†*¹²]", "", t)
        t = re.sub(r"^([a-z]{2,})\d$", r"\1", t)           # glued note mark: york1
        t = re.sub(r"[^\w]", "", t.replace("-", "").replace("–", "").replace("—", ""))
        if t:
            toks.append(t)
    return toks


def pdf_text(name):
    lines = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read().split("\n")
    out = ""
    for ln in lines:
        if out.endswith("-") and ln[:1].islower():
            out = out[:-1] + ln
        else:
            out += "\n" + ln
    return out


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml", n)]
    txt = ""
    for p in sorted(parts):
        x = z.read(p).decode("utf-8")
        x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x)
        x = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", x, flags=re.S)
        x = re.sub(r"<w:(tab|br)[^>]*/>", " ", x)
        x = re.sub(r"</w:p>", "\n", x)
        x = re.sub(r"<[^>]+>", "", x)
        txt += " " + x
    import html
    return html.unescape(txt)


class H(HTMLParser):
    def __init__(self):
        super().__init__(); self.skip = 0; self.out = []

    def handle_starttag(self, tag, a):
        if tag in ("head", "script", "style", "template", "svg"):
            self.skip += 1
        if tag in ("p", "li", "h1", "h2", "h3", "figcaption", "small", "br", "div", "section", "aside"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style", "template", "svg"):
            self.skip -= 1
        if tag in ("p", "span", "li", "h2", "a"):
            self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(name):
    h = H(); h.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    return "".join(h.out)


def find(hay, needle):
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return i
    return -1


def check(name, label, s, hay):
    nd = norm_tokens(s)
    if not nd:
        return
    if find(hay, nd) >= 0:
        return
    # pieces: longest prefix found anywhere, within 160 tokens of the last piece
    pieces, k, last, order = 0, 0, None, True
    while k < len(nd):
        best = 0; bpos = -1
        lo = 0 if last is None else max(0, last - 160)
        hi = len(hay) if last is None else min(len(hay), last + 160)
        win = hay[lo:hi]
        if last is not None and last < len(hay) and nd[k] != hay[last] and nd[k].startswith(hay[last]):
            rest = nd[k][len(hay[last]):]
            for j in range(last + 1, hi):
                if hay[j].startswith(rest) and (hay[j] == rest or True):
                    if hay[j] == rest:
                        hay = hay[:j] + [nd[k]] + hay[j + 1:]
                        best, bpos = 1, j
                        # extend from the rejoined word
                        L = 1
                        while k + L < len(nd) and j + L < len(hay) and hay[j + L] == nd[k + L]:
                            L += 1
                        best = L
                        break
        if best == 0:
            for L in range(len(nd) - k, 0, -1):
                p = find(win, nd[k:k + L])
                if p >= 0:
                    best, bpos = L, p + lo
                    break
        if best == 0:
            errors.append("%s: %s: word '%s' not found near the previous piece" % (name, label, nd[k])); return
        if last is not None and bpos < last:
            order = False
        last = bpos + best; k += best; pieces += 1
    notes.append("%s: %s in %d pieces%s" % (name, label, pieces, "" if order else " (not in text order)"))


def main():
    for name in EX:
        g = json.load(open(os.path.join(OUT, name + ".json"), encoding="utf-8"))
        if g != gold(name) or list(g) != ["title", "running", "sections"]:
            errors.append(name + ": JSON differs from content.py")
        secs = g["sections"]
        if secs[0]["label"] is not None or secs[0]["title"] != g["title"]:
            errors.append(name + ": title section")
        if secs[-1]["label"] is not None:
            errors.append(name + ": sidebar not last")
        for s in secs:
            kinds = [b["kind"] for b in s["blocks"]]
            if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
                errors.append(name + ": caption not last in " + s["title"])
        w = words(name)
        if not 500 <= w <= 900:
            errors.append("%s: %d words" % (name, w))
        if os.path.exists(os.path.join(OUT, name + ".pdf")):
            fresh = subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), "-"], capture_output=True,
                                   text=True).stdout
            if fresh != open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read():
                errors.append(name + ": .txt is not a fresh pdftotext -raw")
            hay = norm_tokens(pdf_text(name))
        elif os.path.exists(os.path.join(OUT, name + ".docx")):
            hay = norm_tokens(docx_text(name))
        else:
            hay = norm_tokens(html_text(name))
        check(name, "title", g["title"], hay)
        for r in g["running"]:
            check(name, "running '%s'" % r, r, hay)
        for si, s in enumerate(secs):
            if s["label"]:
                check(name, "label " + s["label"], s["label"], hay)
            check(name, "section title " + s["title"][:30], s["title"], hay)
            for bi, b in enumerate(s["blocks"]):
                lab = "%s block %d" % (s["label"] or s["title"][:20], bi + 1)
                check(name, lab, b["text"], hay)
                if b["kind"] == "caption":
                    if b["position"]:
                        check(name, lab + " position", b["position"], hay)
                    check(name, lab + " credit", b["credit"], hay)
    rep = ["errors: %d" % len(errors)] + errors + ["notes: %d" % len(notes)] + notes
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "validation_report.txt"), "w").write("\n".join(rep) + "\n")
    print("\n".join(rep))
    for n in EX:
        print(n, words(n))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
