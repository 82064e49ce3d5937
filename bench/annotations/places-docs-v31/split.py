"""Sentence splitter: every sentence is an exact substring of its document."""
import re
ABBR = {"U.S.", "U.N.", "St.", "Dr.", "Jr.", "Jan.", "Mr.", "Mrs.", "Gen.", "Lt.", "Sr.", "No.", "vs."}

def sentences(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        start = 0
        for m in re.finditer(r'[.!?][”"’)]*\s+(?=[“"‘(]?[A-Z0-9ÅÄÖÉ])', line):
            # token ending at the punctuation
            head = line[start:m.start() + 1]
            last = head.split()[-1] if head.split() else ""
            last = re.split(r'[/(“"]', last)[-1]
            if last in ABBR or re.fullmatch(r"[A-Z]\.", last) or re.fullmatch(r"(?:[A-Z]\.){2,}", last):
                continue
            s = line[start:m.end()].strip()
            if s:
                out.append(s)
            start = m.end()
        s = line[start:].strip()
        if s:
            out.append(s)
    return out

if __name__ == "__main__":
    import json, sys
    d = json.load(open("docs.json"))
    for k in sys.argv[1:] or d:
        for s in sentences(d[k]):
            print(k, "|", s)
