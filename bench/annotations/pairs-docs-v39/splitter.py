"""Character-walking sentence splitter and document loader for the r57 pairs set (stdlib only)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ESSAYS = os.path.join(os.path.dirname(HERE), "all_essays.json")

ABBREV = {"U.S.", "U.N.", "D.C.", "Mr.", "Mrs.", "Dr.", "St.", "Gen.", "Jr.", "Sr.", "Lt.", "Col.", "Adm.",
          "Gov.", "Sen.", "Rep.", "No.", "vs.", "etc.", "e.g.", "i.e.", "U.K.", "U.S.S.R."}
CLOSERS = "\"'\u201d\u2019)]"
OPENERS = "\"'\u201c\u2018([$"
ENDERS = ".!?"


def is_prose(line):
    s = line.rstrip()
    while s and s[-1] in CLOSERS:
        s = s[:-1]
    return (s != "" and s[-1] in ENDERS) or len(line.split()) >= 40


def _word_before(line, i):
    j = i
    while j > 0 and not line[j - 1].isspace():
        j -= 1
    return line[j:i + 1]


def split_line(line):
    out = []
    start = 0
    n = len(line)
    i = 0
    while i < n:
        c = line[i]
        if c in ENDERS:
            j = i + 1
            while j < n and line[j] in CLOSERS:
                j += 1
            if j < n and line[j].isspace():
                k = j
                while k < n and line[k].isspace():
                    k += 1
                if k < n and (line[k].isupper() or line[k].isdigit() or line[k] in OPENERS):
                    word = _word_before(line, i).lstrip(OPENERS)
                    abbrev = c == "." and (word in ABBREV or (len(word) == 2 and word[0].isupper()))
                    if not abbrev:
                        out.append(line[start:j].strip())
                        start = k
                        i = k
                        continue
        i += 1
    tail = line[start:].strip()
    if tail:
        out.append(tail)
    return out


def sentences(text):
    res = []
    for line in text.split("\n"):
        if line.strip() and is_prose(line):
            res.extend(s for s in split_line(line.strip()) if s)
    return res


def load_docs():
    docs = dict(json.load(open(ESSAYS, encoding="utf-8")))
    for fn in sorted(os.listdir(HERE)):
        if fn.startswith("panel-") and fn.endswith(".txt"):
            docs[fn[:-4]] = open(os.path.join(HERE, fn), encoding="utf-8").read()
    return docs


if __name__ == "__main__":
    docs = load_docs()
    for d in sys.argv[1:]:
        for i, s in enumerate(sentences(docs[d]), 1):
            print(f"{d}#{i}: {s}")
