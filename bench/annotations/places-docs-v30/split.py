"""Sentence splitter: documents -> list of exact-substring sentences."""
import json, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
ABBR = {"U.S.", "U.", "S.", "Dr.", "Jan.", "St.", "Lt.", "Mr.", "Mrs.", "Gen.", "Jr.", "D.", "B.", "T.", "F.", "J.", "W.", "H.", "P.", "No.", "vs.", "v."}
FORCE = ["U.N. In May", "U.N. These"]  # real boundary after an abbreviation

def load_docs():
    docs = json.load(open(os.path.join(HERE, "places_texts.json")))
    for p in sorted(glob.glob(os.path.join(HERE, "panel-*.txt"))):
        docs[os.path.basename(p)[:-4]] = open(p).read()
    return docs

def sentences(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        start = 0
        for m in re.finditer(r'[.!?]["”’)]*\s+(?=[“"(\[A-Z0-9])', line):
            end = m.start() + 1
            # include trailing quotes
            j = end
            while j < len(line) and line[j] in '"”’)':
                j += 1
            prev = line[start:end].split()[-1].split("/")[-1] if line[start:end].split() else ""
            forced = any(line.startswith(f, m.start() - 3) for f in FORCE)
            if not forced and (prev in ABBR or re.fullmatch(r"[A-Z]\.", prev) or re.fullmatch(r"(?:[A-Z]\.){2,}", prev)):
                continue
            out.append(line[start:j].strip())
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return out

if __name__ == "__main__":
    docs = load_docs()
    for k, v in docs.items():
        for s in sentences(v):
            assert s in v
            print(k, "|", s[:150])
