"""Checks that every word of every gold paragraph, caption, credit and title occurs in the document text:
the pdftotext -raw .txt (line-end hyphens joined), the DOCX XML text (deleted and hidden runs dropped), or the
HTML text."""
import json, os, re, sys, zipfile, html as H
out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tok = lambda s: re.findall(r"[\w’'.,:;()–\-]+", s)
norm = lambda w: w.replace("¹", "").replace("²", "").replace("*", "").strip(".,:;()’'").lower()


def words_of(text):
    text = re.sub(r"-\n", "-", text)
    ws = set()
    for w in text.split():
        ws.add(norm(w))
        if "-" in w:
            ws.add(norm(w.replace("-", "")))
    return ws


def doc_text(name):
    if os.path.exists(os.path.join(out, name + ".txt")):
        t = open(os.path.join(out, name + ".txt"), encoding="utf-8").read()
        return t, re.sub(r"(\w)-\n(\w)", r"\1\2", t)  # hyphenation undone
    if os.path.exists(os.path.join(out, name + ".docx")):
        z = zipfile.ZipFile(os.path.join(out, name + ".docx"))
        x = z.read("word/document.xml").decode()
        x = re.sub(r"<w:del\b.*?</w:del>", "", x, flags=re.S)
        x = re.sub(r"<w:r>(?:(?!</w:r>).)*?<w:vanish/>.*?</w:r>", "", x, flags=re.S)
        t = H.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"</w:p>", "\n", x)))
        return t, t
    x = open(os.path.join(out, name + ".html"), encoding="utf-8").read()
    x = re.sub(r"<(script|style)\b.*?</\1>", " ", x, flags=re.S)
    t = H.unescape(re.sub(r"<[^>]+>", " ", x))
    return t, t


bad = 0
for f in sorted(os.listdir(out)):
    if not f.endswith(".json"):
        continue
    name = f[:-5]
    g = json.load(open(os.path.join(out, f), encoding="utf-8"))
    raw, joined = doc_text(name)
    have = words_of(raw) | words_of(joined)
    nwords = 0
    for s in g["sections"]:
        strings = [s["title"]] + ([s["label"]] if s["label"] else [])
        for b in s["blocks"]:
            strings.append(b["text"])
            if b["kind"] == "paragraph" and s["label"] is not None or (s["label"] is None and b["kind"] == "paragraph"):
                nwords += len(b["text"].split())
            if b["kind"] == "caption" and b["credit"]:
                strings.append(b["credit"])
        for st in strings:
            for w in st.split():
                if norm(w) and norm(w) not in have and norm(w).upper() not in {x.upper() for x in have}:
                    print(f"  {name}: missing {w!r}")
                    bad += 1
    print(f"{name}: {nwords} gold paragraph words")
print("missing words:", bad)
sys.exit(1 if bad else 0)
