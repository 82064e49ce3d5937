import re
ABBR = {"U.S.", "U.N.", "Jan.", "Feb.", "St.", "No.", "Mr.", "Mrs.", "Dr.", "Gen.", "Lt.", "Capt.", "Col.", "Mt.", "Ft.", "i.e.", "e.g.", "vs.", "v.", "D.C.", "Jr.", "Sr.", "Rev.", "Sgt."}
END = re.compile(r'[.!?][”"’)\]]*(?=\s+[A-Z0-9“"‘(\[])')

def sentences(text):
    """Return list of (start, end, sentence)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        ls = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        start = 0
        for m in END.finditer(line):
            tokstart = line.rfind(" ", 0, m.start()) + 1
            tok = line[tokstart:m.start() + 1]
            tok = tok.lstrip("(“\"‘")
            if tok in ABBR or re.fullmatch(r"(?:[A-Z]\.)+", tok):
                continue
            s = line[start:m.end()].strip()
            if s:
                off = line.index(s, start)
                out.append((ls + off, ls + off + len(s), s))
            start = m.end()
        s = line[start:].strip()
        if s:
            off = line.index(s, start)
            out.append((ls + off, ls + off + len(s), s))
    return out
