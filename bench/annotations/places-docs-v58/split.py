import re
ABBR = {"U.S.", "U.N.", "U.S.S.R.", "St.", "Lt.", "Mr.", "Dr.", "No.", "Jan.", "Feb.", "Gen.", "Col.", "Mt.", "Co.", "Jr.", "Sr.", "H.W.", "D.", "E.", "M.", "S.", "A.", "C.", "G.", "F.", "W."}
END = re.compile(r'[.!?][”"’)\]]*(?=\s+[“"‘(\[A-Z0-9ÓÁÉÍÚÖÜ])')
def sentences(text):
    out = []
    for line in text.split('\n'):
        if not line.strip():
            continue
        start = 0
        for m in END.finditer(line):
            end = m.end()
            # token before the period
            tok = line[start:m.start() + 1].split()[-1] if line[start:m.start() + 1].split() else ''
            if tok in ABBR or re.fullmatch(r'[A-Z]\.', tok):
                continue
            s = line[start:end].strip()
            if s:
                out.append(s)
            start = end
        s = line[start:].strip()
        if s:
            out.append(s)
    return out
