"""Sentence splitter: paragraphs (lines) first, then . ! ? (plus closing quotes/brackets)
followed by whitespace and an upper-case letter, digit or opening quote, except after
abbreviations and initials. Every sentence is an exact substring of its document."""
import re

ABBR = {"U.S", "St", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "Dr", "Mr", "Mrs", "Gen", "Lt", "Col", "Capt", "Gov", "Sen", "Rep", "No", "vs", "D.C"}
END = re.compile(r'[.!?][”"’)]*\s+(?=[“"‘(]?[A-Z0-9ÁÉÍÓÚÅÖÄ])')


def sentences(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        start = 0
        for m in END.finditer(line):
            cut = m.start()
            # word before the period
            m2 = re.search(r'([A-Za-z.]+)$', line[start:cut])
            word = m2.group(1) if m2 else ""
            if line[cut] == '.':
                if word in ABBR or word.rstrip('.') in ABBR:
                    continue
                if re.fullmatch(r'[A-Z]', word) or re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', word):
                    continue
            end = m.end()
            s = line[start:end].strip()
            if s:
                out.append(s)
            start = end
        s = line[start:].strip()
        if s:
            out.append(s)
    return out


if __name__ == "__main__":
    import json, sys
    docs = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "docs.json"))
    for k, v in docs.items():
        print("#####", k)
        for s in sentences(v):
            print("  |", s)
