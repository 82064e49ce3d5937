"""Sentence splitter: lines first (headings and captions are their own sentences), then split at . ! ?
(optionally followed by closing quotes/brackets) + whitespace + capital / digit / opening quote or bracket;
not after a single capital letter (initials, U.S.) unless a closing bracket follows, nor after common abbreviations."""
import re

ABBR = {"St", "Dr", "Mr", "Mrs", "Ms", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Lt", "Gen", "Col", "Capt", "Adm", "Gov", "Sen", "Rep", "No", "Blvd", "Ave", "v", "vs", "Co",
        "Jr", "Sr", "Inc", "Ltd", "Mt", "Ft"}
END = re.compile(r'[.!?][”"’\')\]]*\s+(?=[A-Z0-9“"‘\'(\[ÀÁÂÄÅÉÎÖÜ])')


def split_line(line):
    out, start = [], 0
    for m in END.finditer(line):
        piece = line[start:m.start() + 1]
        if line[m.start()] == '.':
            mw = re.search(r'([A-Za-z]+)\.$', piece)
            if mw:
                w = mw.group(1)
                closing = re.match(r'[.!?][”"’\')\]]+', line[m.start():])
                if len(w) == 1 and w.isupper() and not (closing and ')' in closing.group(0)):
                    continue
                if w in ABBR:
                    continue
        seg = line[start:m.end()].rstrip()
        out.append(seg)
        start = m.end()
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return out


def sentences(text):
    res = []
    for line in text.split('\n'):
        line = line.strip()
        if line:
            res.extend(s.strip() for s in split_line(line) if s.strip())
    return res
