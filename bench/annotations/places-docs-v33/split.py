"""Sentence splitter: lines first, then split at . ! ? (plus closing quotes/brackets) followed by
whitespace and a capital, digit or opening quote; not after abbreviations or initials."""
import re, json, glob, os
ABBR = {"U.S.", "Jan.", "Feb.", "Dr.", "Mr.", "Mrs.", "St.", "i.e.", "e.g.", "H.W.", "J.P.", "Blvd.", "No.", "Gen.", "Lt."}
def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r'[.!?][”"’)]*(?=\s+[A-Z0-9“"(‘ÁÉÍÓÚ])', line):
            end = m.end()
            tok = re.split(r'[\s/(“"]', line[start:end].strip())[-1]
            word = re.sub(r'[”"’)]+$', '', tok)
            if word in ABBR or re.fullmatch(r'(?:[A-Z]\.)+', word) or word.endswith("U.S."):
                continue
            out.append(line[start:end].strip())
            start = end
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out
def load_docs():
    here = os.path.dirname(os.path.abspath(__file__))
    docs = json.load(open(os.path.join(here, "places_texts.json")))
    for p in sorted(glob.glob(os.path.join(here, "panel-*.txt"))):
        docs[os.path.basename(p)[:-4]] = open(p).read()
    return docs
if __name__ == "__main__":
    import sys
    d = load_docs()
    for k in (sys.argv[1:] or d):
        for s in sentences(d[k]):
            print(k, "|", s)
