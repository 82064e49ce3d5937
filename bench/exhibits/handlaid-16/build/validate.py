"""Validator for hand-laid set 16 (same gold format and checks as set 15). Stdlib only.

1. Every NAME.json: keys title/running/sections in that order; a section is label/title/blocks; a block is
   {kind: paragraph, text} or {kind: caption, text, position, credit}; captions come after the paragraphs of their
   section; positions carry no colon.
2. Every gold string (title, running strings, labels, section titles, paragraph texts, caption texts, positions,
   credits) must occur in the document's text, after NFKC and with any run of white space matching any other:
   PDF  - NAME.txt must equal a fresh `pdftotext -raw NAME.pdf -`; strings are looked for in the .txt as it is,
          with line-end hyphens removed ("sul-/phur" -> "sulphur") and with line-end hyphens kept but the line break
          removed ("two-/year-old" -> "two-year-old").
   DOCX - the w:t text of each w:p of document.xml, headers and footers, one line per paragraph (a w:t counts only
          for its nearest w:p, so table-cell and frame paragraphs are lines of their own).
   HTML - the visible text without head, script and style; every img src must exist.
3. The gold texts must not contain soft hyphens or double spaces.
4. (new in set 16) A PDF string that none of the three texts holds is looked for once more with a pattern that
   allows, at every point of the string, a line-end hyphen that was added (removed in the gold) or a compound
   hyphen followed by a line break; this covers a paragraph that has both kinds ("Lon-/don" and "best-/known").
Findings are reported (validation_report.txt), not fixed."""
import json, os, re, subprocess, unicodedata, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


class Visible(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip, self.parts, self.imgs = 0, [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1
        if tag == "img":
            self.imgs.append(dict(attrs).get("src"))

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def document_text(name):
    for ext in ("pdf", "docx", "html"):
        path = os.path.join(OUT, name + "." + ext)
        if os.path.exists(path):
            break
    else:
        raise SystemExit("no document for " + name)
    if ext == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
        saved = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        if fresh != saved:
            raise SystemExit(name + ": the .txt is not a fresh pdftotext -raw")
        return ext, [saved, re.sub(r"(\w)-\n(\w)", r"\1\2", saved), re.sub(r"(\w)-\n(\w)", r"\1-\2", saved)]
    if ext == "docx":
        z = zipfile.ZipFile(path)
        lines = []
        for part in sorted(n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)):
            root = ET.fromstring(z.read(part))
            parent = {c: q for q in root.iter() for c in q}
            for para in root.iter(W + "p"):
                ts = []
                for t in para.iter(W + "t"):
                    a = parent[t]
                    while a.tag != W + "p":
                        a = parent[a]
                    if a is para:
                        ts.append(t.text or "")
                lines.append("".join(ts))
        return ext, ["\n".join(lines)]
    v = Visible()
    v.feed(open(path, encoding="utf-8").read())
    for src in v.imgs:
        if not os.path.exists(os.path.join(OUT, src)):
            raise SystemExit(name + ": missing image " + src)
    return ext, ["".join(v.parts)]


def flexible(s):
    out = []
    for i, ch in enumerate(s):
        out.append(re.escape(ch))
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if ch.isalpha() and nxt.isalpha():
            out.append("(?:- )?")
        elif ch == "-" and nxt.isalpha():
            out.append(" ?")
    return "".join(out)


def gold_strings(name, g):
    assert list(g) == ["title", "running", "sections"], name
    assert isinstance(g["title"], str) and isinstance(g["running"], list)
    strings = [g["title"]] + g["running"]
    for s in g["sections"]:
        assert list(s) == ["label", "title", "blocks"], (name, s)
        assert s["label"] is None or isinstance(s["label"], str)
        strings += [x for x in (s["label"], s["title"]) if x]
        seen_caption = False
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                assert list(b) == ["kind", "text"] and not seen_caption, (name, b)
                strings.append(b["text"])
            else:
                assert b["kind"] == "caption" and list(b) == ["kind", "text", "position", "credit"], (name, b)
                assert b["position"] is None or not b["position"].endswith(":"), (name, b)
                seen_caption = True
                strings += [x for x in (b["text"], b["position"], b["credit"]) if x]
    for x in strings:
        assert "\u00ad" not in x and "  " not in x and x == x.strip(), (name, x)
    return strings


def main():
    report, all_found = [], True
    for fn in sorted(os.listdir(OUT)):
        if not fn.endswith(".json"):
            continue
        name = fn[:-5]
        g = json.load(open(os.path.join(OUT, fn), encoding="utf-8"))
        strings = gold_strings(name, g)
        ext, texts = document_text(name)
        texts = [norm(t) for t in texts]
        missing = [s for s in strings if not any(norm(s) in t for t in texts)]
        if ext == "pdf" and missing:
            missing = [s for s in missing if not re.search(flexible(norm(s)), texts[0])]
        all_found &= not missing
        npar = sum(b["kind"] == "paragraph" for s in g["sections"] for b in s["blocks"])
        ncap = sum(b["kind"] == "caption" for s in g["sections"] for b in s["blocks"])
        words = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        report.append("%s (%s): %d sections, %d paragraphs (%d words), %d captions; %d strings, %d not found verbatim%s"
                      % (name, ext, len(g["sections"]), npar, words, ncap, len(strings), len(missing),
                         "".join("\n    - " + m[:110] for m in missing)))
    report.append("ALL FOUND" if all_found else
                  "SOME STRINGS NOT FOUND VERBATIM (see above; expected only where the README says so)")
    open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write("\n".join(report) + "\n")
    print("\n".join(report))


if __name__ == "__main__":
    main()
