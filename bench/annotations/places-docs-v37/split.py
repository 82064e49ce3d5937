"""Sentence splitter: lines first, then split at . ! ? (plus closing quotes/brackets) followed by
whitespace and a capital, digit, opening quote or bracket; not after a single capital letter
(unless a closing bracket follows) nor after common abbreviations."""
import re
ABBR = {"St", "Dr", "Mr", "Mrs", "Ms", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Gen", "Col", "Capt", "Lt", "No", "vs", "etc", "Mt", "Ft", "Jr", "Sr", "Co"}
END = re.compile(r'([.!?])([’”"\')\]]*)(\s+)(?=[A-Z0-9“"‘\'(\[À-ÖØ-Þ])')

def split_line(line):
    out, start = [], 0
    for m in END.finditer(line):
        if m.group(1) == '.':
            before = line[start:m.start()]
            w = re.search(r'([A-Za-z]+)$', before)
            word = w.group(1) if w else ''
            closing = m.group(2)
            if len(word) == 1 and word.isupper() and ')' not in closing:
                continue
            if word in ABBR:
                continue
        end = m.end(2)
        s = line[start:end].strip()
        if s:
            out.append(s)
        start = m.end()
    s = line[start:].strip()
    if s:
        out.append(s)
    return out

def sentences(text):
    res = []
    for line in text.split('\n'):
        line = line.strip()
        if line:
            res.extend(split_line(line))
    return res

if __name__ == '__main__':
    import json, sys
    d = json.load(open('docs.json'))
    for s in sentences(d[sys.argv[1]]):
        print(repr(s))
