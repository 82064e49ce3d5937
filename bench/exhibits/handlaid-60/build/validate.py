"""Checks for set 60 (see README): gold = content.py, structure, word counts, .txt fresh,
and every gold string's words occur contiguously in the document text."""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

import content as K

OUT = K.OUT
errors, notes = [], []


def norm_tokens(text):
    text = text.replace("’", "'").replace("‘", "'")
    toks = []
    for t in text.split():
        t = re.sub(r"[^0-9a-zA-ZÀ-ÿ]", "", t.lower())
        if t:
            toks.append(t)
    return toks


def find(hay, needle):
    n = len(needle)
    if n == 0:
        return True
    first = needle[0]
    for i in range(len(hay) - n + 1):
        if hay[i] == first and hay[i:i + n] == needle:
            return True
    return False


def eq(h, n):
    """hay token H matches needle token N; a note mark glued to a word ("phipps2") counts."""
    return h == n or (h.startswith(n) and h[len(n):].isdigit() and not n.isdigit())


def pieces(hay, needle, window=160, anywhere=False):
    """Match NEEDLE in HAY as few contiguous pieces, in order, each starting within WINDOW
    tokens of the previous one; a word may be split between two pieces (a line-end hyphen
    separated from its second half by other text). Returns the number of pieces or None."""
    i, count, start, lo = 0, 0, None, 0
    while i < len(needle):
        best = (0, None, None)
        if anywhere and start is not None:
            lo = 0
        hi = len(hay) if (start is None or anywhere) else min(len(hay), lo + window)
        for j in range(lo, hi):
            k = 0
            while i + k < len(needle) and j + k < len(hay) and eq(hay[j + k], needle[i + k]):
                k += 1
            if k > best[0]:
                best = (k, j, None)
            elif k == 0 and start is not None and j == lo and False:
                pass
        # a word split across pieces: prefix here, the rest later
        if best[0] == 0:
            t = needle[i]
            done = False
            for j in range(lo, hi):
                if t.startswith(hay[j]) and hay[j] != t and len(hay[j]) >= 2:
                    rest = t[len(hay[j]):]
                    for j2 in range(j + 1, min(len(hay), j + window)):
                        if hay[j2].startswith(rest) and (hay[j2] == rest):
                            i += 1
                            lo = j2 + 1
                            count += 1
                            done = True
                            break
                if done:
                    break
            if not done:
                return None
            start = lo
            continue
        i += best[0]
        lo = best[1] + best[0]
        start = best[1]
        count += 1
    return count


def pdf_text(name):
    raw = open(os.path.join(OUT, name + ".txt"), encoding="utf-8").read()
    raw = raw.replace("\f", "\n")
    return re.sub(r"(\w)-\n([a-z])", r"\1\2", raw)


def docx_text(name):
    z = zipfile.ZipFile(os.path.join(OUT, name + ".docx"))
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)]
    out = []
    for n in parts:
        x = z.read(n).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
            bits = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(br|tab)/>", p)
            out.append("".join(html.unescape(t) if not b else " " for t, b in bits))
    return "\n".join(out)


def html_text(name):
    s = open(os.path.join(OUT, name + ".html"), encoding="utf-8").read()
    for tag in ("head", "script", "style", "template", "svg"):
        s = re.sub(r"<%s\b.*?</%s>" % (tag, tag), " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def strings(gold):
    yield "title", gold["title"]
    for r in gold["running"]:
        yield "running", r
    for i, s in enumerate(gold["sections"]):
        if s["label"]:
            yield "label %d" % i, s["label"]
        yield "section title %d" % i, s["title"]
        for j, b in enumerate(s["blocks"]):
            yield "%s %d-%d" % (b["kind"], i, j), b["text"]
            if b["kind"] == "caption":
                if b["position"]:
                    yield "position %d-%d" % (i, j), b["position"]
                yield "credit %d-%d" % (i, j), b["credit"]


def check(name, kind):
    path = os.path.join(OUT, name + ".json")
    gold = json.load(open(path, encoding="utf-8"))
    if gold != json.loads(json.dumps(K.DOCS[name], ensure_ascii=False)):
        errors.append("%s: json differs from content.py" % name)
    if list(gold) != ["title", "running", "sections"]:
        errors.append("%s: key order" % name)
    secs = gold["sections"]
    if secs[0]["label"] is not None or secs[0]["title"] != gold["title"]:
        errors.append("%s: title section not first" % name)
    if secs[-1]["label"] is not None:
        errors.append("%s: sidebar not last" % name)
    for s in secs:
        kinds = [b["kind"] for b in s["blocks"]]
        if "caption" in kinds and kinds.index("caption") != len(kinds) - 1:
            errors.append("%s: caption not last in %s" % (name, s["title"]))
    w = K.words(gold)
    if not 500 <= w <= 900:
        errors.append("%s: %d paragraph words" % (name, w))
    if kind == "pdf":
        with tempfile.TemporaryDirectory() as t:
            fresh = os.path.join(t, "x.txt")
            subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), fresh], check=True)
            if open(fresh, "rb").read() != open(os.path.join(OUT, name + ".txt"), "rb").read():
                errors.append("%s: .txt is not a fresh pdftotext -raw" % name)
        text = pdf_text(name)
    elif kind == "docx":
        text = docx_text(name)
    else:
        text = html_text(name)
    hay = norm_tokens(text)
    for where, s in strings(gold):
        needle = norm_tokens(s)
        if find(hay, needle):
            continue
        n = pieces(hay, needle)
        m = None if n else pieces(hay, needle, anywhere=True)
        if n and n > 1:
            notes.append("%s %s: found in %d pieces (%s...)" % (name, where, n, s[:40]))
        elif m and m > 1:
            notes.append("%s %s: found in %d pieces, NOT in text order (%s...)" % (name, where, m, s[:40]))
        else:
            errors.append("%s %s: not found: %r" % (name, where, s[:70]))
    print("%-22s %-4s %d paragraph words, %d sections" % (name, kind, w, len(secs)))


KINDS = {"jacquard_loom_1804": "pdf", "globe_theatre_1599": "pdf", "messiah_dublin_1742": "pdf",
         "savoy_theatre_1881": "pdf", "harris_tweed_1846": "docx", "proms_1895": "html"}
for n, k in KINDS.items():
    check(n, k)
for n in notes:
    print("NOTE", n)
for e in errors:
    print("ERROR", e)
print("%d errors, %d notes" % (len(errors), len(notes)))
sys.exit(1 if errors else 0)
