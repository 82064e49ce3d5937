"""Check that every gold string (title, running strings, labels, section titles, paragraphs,
caption texts, position labels, credits) appears in the exhibit document.
PDF: searched in pdftotext -raw output; a line-end hyphen break is allowed between any two
letters, and a line break is allowed after a real hyphen. Whitespace is collapsed.
DOCX: searched in the paragraph, header and footer text read with python-docx.
HTML: searched in the text content (tags removed, entities decoded).
A string that is not found whole is searched as consecutive word runs; the split points are
reported (a paragraph interrupted by a caption, a page break with running header/footer, or a drop cap)."""
import json, os, re, sys, glob, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pat(s):
    out = []
    for i, ch in enumerate(s):
        if ch.isspace():
            if out and out[-1] == r"\s+":
                continue
            out.append(r"\s+")
        elif ch == "-":
            out.append(r"-\s*")
        else:
            out.append(re.escape(ch))
            if ch.isalpha() and i + 1 < len(s) and s[i + 1].isalpha():
                out.append(r"(?:-\n)?")
    return "".join(out)


class Text(HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "li", "figcaption", "div", "section", "figure", "br", "title", "address", "header", "footer", "nav", "aside"}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.buf = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ("script", "style"): self.skip += 1
        if t in self.BLOCK: self.buf.append("\n")
    def handle_endtag(self, t):
        if t in ("script", "style"): self.skip -= 1
        if t in self.BLOCK: self.buf.append("\n")
    def handle_data(self, d):
        if not self.skip: self.buf.append(d)


def doc_text(name):
    base = os.path.join(HERE, name)
    if os.path.exists(base + ".txt"):
        return open(base + ".txt", encoding="utf-8").read(), "pdf"
    if os.path.exists(base + ".docx"):
        import docx
        d = docx.Document(base + ".docx")
        parts = []
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        parts += [p.text for p in d.paragraphs]
        return "\n".join(parts), "docx"
    t = Text(); t.feed(open(base + ".html", encoding="utf-8").read())
    return "".join(t.buf), "html"


def find(s, text):
    if re.search(pat(s), text):
        return []
    words = s.split()
    pieces, i = [], 0
    while i < len(words):
        best = 0
        for j in range(len(words), i, -1):
            if re.search(pat(" ".join(words[i:j])), text):
                best = j; break
        if best == 0:
            w = words[i]  # drop cap: first letter set apart from the rest of the word
            if len(w) > 1 and re.search(r"(?m)^" + re.escape(w[0]) + r"$", text) and re.search(pat(w[1:]), text):
                pieces.append(f"[drop cap {w[0]}|{w[1:]}]"); words[i] = w[1:]
                continue
            return None
        piece = " ".join(words[i:best])
        if best < len(words):  # a word hyphenated at a line end, with something set between its halves
            w = words[best]
            for k in range(len(w) - 1, 0, -1):
                if w[k - 1].isalpha() and w[k].isalpha() and re.search(pat(piece + " " + w[:k]) + r"-\n", text) and re.search(pat(w[k:]), text):
                    piece += " " + w[:k] + "-"; words[best] = w[k:]; break
        pieces.append(piece); i = best
    return pieces


def main():
    ok = True
    for gp in sorted(glob.glob(os.path.join(HERE, "*.json"))):
        name = os.path.basename(gp)[:-5]
        gold = json.load(open(gp, encoding="utf-8"))
        text, kind = doc_text(name)
        checks = [("title", gold["title"])] + [("running", r) for r in gold["running"]]
        words = 0
        for s in gold["sections"]:
            if s["label"]: checks.append(("label", s["label"]))
            checks.append(("section title", s["title"]))
            for b in s["blocks"]:
                if b["kind"] == "paragraph":
                    checks.append(("paragraph", b["text"])); words += len(b["text"].split())
                else:
                    checks.append(("caption", b["text"]))
                    if b["position"]: checks.append(("position", b["position"] + ":"))
                    if b["credit"]: checks.append(("credit", b["credit"]))
        ncap = sum(b["kind"] == "caption" for s in gold["sections"] for b in s["blocks"])
        print(f"== {name} ({kind}): {len(gold['sections'])} sections, {ncap} captions, {words} paragraph words")
        for what, s in checks:
            r = find(s, text)
            if r is None:
                ok = False; print(f"  MISSING {what}: {s[:70]}")
            elif r:
                print(f"  split {what}: " + " || ".join(p if p.startswith("[") else (p[:25] + "…" + p[-25:] if len(p) > 55 else p) for p in r))
        print(f"  {len(checks)} strings checked")
    print("ALL FOUND" if ok else "SOME MISSING")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
