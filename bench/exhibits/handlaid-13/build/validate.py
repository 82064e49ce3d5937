"""Checks that every gold string can be found in its document's text (whitespace-insensitive, line-end hyphens
undone, NFKC). Writes validation_report.txt. Findings are reported, not fixed."""
import json, os, re, unicodedata, zipfile, subprocess
from lxml import etree, html as lhtml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s).strip()

def dehyph(s):
    return re.sub(r"(\w)-\n(\w)", r"\1\2", s)

def text_of(name):
    for ext in ("pdf", "docx", "html"):
        p = os.path.join(OUT, name + "." + ext)
        if os.path.exists(p):
            break
    if ext == "pdf":
        fresh = subprocess.run(["pdftotext", "-raw", p, "-"], capture_output=True, text=True).stdout
        saved = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
        assert fresh == saved, name + ": .txt is stale"
        return [saved, dehyph(saved)]
    if ext == "docx":
        z = zipfile.ZipFile(p)
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        out = []
        for part in [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)]:
            root = etree.fromstring(z.read(part))
            for para in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in para.iter(W + "t") if t.getparent().getparent() is para or True and t.getparent().getparent().tag != W + "p" or True))
        # the above joins all w:t under a paragraph, including nested text-box paragraphs; use direct runs only:
        out = []
        for part in [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)]:
            root = etree.fromstring(z.read(part))
            for para in root.iter(W + "p"):
                ts = [t.text or "" for t in para.iter(W + "t") if next(t.iterancestors(W + "p")) is para]
                out.append("".join(ts))
        s = "\n".join(out)
        return [s]
    doc = lhtml.parse(p).getroot()
    for bad in doc.xpath("//script|//style|//head"):
        bad.getparent().remove(bad)
    for img in doc.xpath("//img"):
        assert os.path.exists(os.path.join(OUT, img.get("src"))), img.get("src")
    return [doc.text_content()]

report = []
ok_all = True
for fn in sorted(os.listdir(OUT)):
    if not fn.endswith(".json"):
        continue
    name = fn[:-5]
    g = json.load(open(os.path.join(OUT, fn), encoding="utf-8"))
    assert list(g) == ["title", "running", "sections"]
    strings = [g["title"]] + g["running"]
    for s in g["sections"]:
        assert list(s) == ["label", "title", "blocks"]
        strings += [x for x in (s["label"], s["title"]) if x]
        seen_cap = False
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                assert list(b) == ["kind", "text"] and not seen_cap, (name, b)
                strings.append(b["text"])
            else:
                assert list(b) == ["kind", "text", "position", "credit"]
                seen_cap = True
                strings += [x for x in (b["text"], b["position"], b["credit"]) if x]
    texts = [norm(t) for t in text_of(name)]
    missing = [s for s in strings if not any(norm(s) in t for t in texts)]
    ok_all &= not missing
    report.append("%s: %d strings, %d not found verbatim%s" % (name, len(strings), len(missing),
                  "".join("\n    - " + m[:90] for m in missing)))
report.append("ALL FOUND" if ok_all else "SOME STRINGS NOT FOUND VERBATIM (see above; expected only where noted in README)")
open(os.path.join(HERE, "validation_report.txt"), "w").write("\n".join(report) + "\n")
print("\n".join(report))
