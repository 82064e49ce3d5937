"""Sentence splitter: lines first, then split at . ! ? (with closing quotes/brackets) followed by
whitespace and a capital, digit, opening quote or bracket; not after a single capital letter or an abbreviation."""
import re
ABBR = {"U.S", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "St", "No", "Mr", "Mrs", "Dr",
        "Gen", "Sec", "Lt", "Col", "Capt", "Gov", "Sen", "Rep", "H.W", "W", "Jr", "Sr", "vs", "Ft", "Mt"}
END = re.compile(r'[.!?][”"’\')\]]*(?=\s+[A-Z0-9“"‘(\[])')

def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in END.finditer(line):
            # word before the punctuation
            pre = line[start:m.start()]
            w = re.search(r'(\S+)$', pre)
            word = w.group(1) if w else ""
            word = re.split(r'[/(“"‘]', word)[-1]
            if line[m.start()] == "." and (re.fullmatch(r'[A-Z]', word) or word in ABBR or re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', word)):
                continue
            out.append(line[start:m.end()].strip())
            start = m.end()
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out
