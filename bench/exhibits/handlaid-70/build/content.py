"""texts.py -> gold JSON (one per exhibit) + texts.json for the JS producers."""
import json, os, unicodedata
from texts import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def ascii_pdf(s):
    """What the PDF can print: pdfrune writes UTF-8 into a StandardEncoding Helvetica, so only ASCII survives.
    ' prints as a right quote, ` as a left quote."""
    s = s.replace("’", "'").replace("‘", "`").replace(" · ", " | ").replace("—", "-").replace("–", "-")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128)


def gold_text(doc, s):
    if doc["kind"] != "pdf":
        return s
    return ascii_pdf(s).replace("'", "’").replace("`", "‘")


def gold(name, d):
    g = lambda s: gold_text(d, s)
    title = " ".join(g(t) for t in d["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=g(d["intro"]))])]
    for s in d["sections"]:
        blocks = [dict(kind="paragraph", text=g(p)) for p in s["paras"]]
        c = s.get("caption")
        if c:
            t = c["text"]
            blocks.append(dict(kind="caption", text=g(t[0].upper() + t[1:]), position=c["position"], credit=g(c["credit"])))
        secs.append(dict(label=s["label"], title=g(s["title"]), blocks=blocks))
    sb = d["sidebar"]
    secs.append(dict(label=None, title=g(sb["title"]), blocks=[dict(kind="paragraph", text=g(p)) for p in sb["paras"]]))
    running = [g(r) for r in d["running"]]
    return dict(title=title, running=running, sections=secs)


def para_words(j):
    return sum(len(b["text"].split()) for s in j["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    out = {}
    for name, d in DOCS.items():
        j = gold(name, d)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False, indent=2)
            f.write("\n")
        out[name] = d
        print(name, para_words(j), "paragraph words")
    with open(os.path.join(HERE, "texts.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
