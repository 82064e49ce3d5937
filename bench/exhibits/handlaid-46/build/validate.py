# -*- coding: utf-8 -*-
"""Writes every gold JSON from content.gold() and checks it against the documents."""
import json, os, re, subprocess, zipfile
from html.parser import HTMLParser
from content import DOCS, gold

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {"ur_royal_cemetery_1927": "pdf", "voyager_record_1977": "pdf", "transistor_1947": "pdf",
         "colossus_computer_1944": "pdf", "nazca_lines_1927": "docx", "hubble_expansion_1929": "html"}
P = "\"“”‘’.,;:!?()[]*¹"


def toks(s):
    return [t.strip(P) for t in s.split() if t.strip(P)]


class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.skip = 0; self.out = []
    def handle_starttag(self, t, a):
        if t in ("head", "script", "style", "template"): self.skip += 1
    def handle_endtag(self, t):
        if t in ("head", "script", "style", "template"): self.skip -= 1
    def handle_data(self, x):
        if not self.skip: self.out.append(x)


def doc_text(name, kind):
    if kind == "pdf":
        pdf, txt = os.path.join(OUT, name + ".pdf"), os.path.join(OUT, name + ".txt")
        fresh = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
        assert fresh == open(txt, encoding="utf-8").read(), "txt is stale"
        return "\n".join([fresh, re.sub(r"-\n", "", fresh), re.sub(r"-\n", "-", fresh)])
    if kind == "docx":
        z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
        x = z.read("word/document.xml").decode()
        x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x)
        return " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x))
    p = Text(); p.feed(open(os.path.join(OUT, name + ".html"), encoding="utf-8").read())
    import html
    return " ".join(p.out)


def main():
    errors, lines = 0, []
    for name, kind in KINDS.items():
        g = gold(name)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
        have = set(toks(doc_text(name, kind)))
        words = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        missing = []
        strings = [g["title"]] + list(g["running"])
        for s in g["sections"]:
            strings += [s["title"], s["label"] or ""]
            for b in s["blocks"]:
                strings += [b["text"]] + ([b["position"], b["credit"]] if b["kind"] == "caption" else [])
        for st in strings:
            missing += [w for w in toks(st) if w not in have]
        ok = (g["sections"][0]["label"] is None and g["sections"][0]["title"] == g["title"]
              and g["sections"][-1]["label"] is None and 500 <= words <= 900
              and all(b["kind"] == "paragraph" for s in g["sections"] for b in s["blocks"][:-1]))
        if missing or not ok: errors += 1
        lines.append("%-26s %-4s words=%d structure=%s missing=%s" % (name, kind, words, "ok" if ok else "BAD", missing or "none"))
    lines.append("errors: %d" % errors)
    open(os.path.join(HERE, "validation_report.txt"), "w").write("\n".join(lines) + "\n")
    print("\n".join(lines))
    return errors


if __name__ == "__main__":
    raise SystemExit(main())
