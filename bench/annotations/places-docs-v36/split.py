"""Sentence splitter: lines first, then . ! ? (+ closing quotes/brackets) + whitespace + capital/digit/opening quote/bracket.
No split after initials (a single capital letter, e.g. U.S., H.W., J.) unless the period is inside a closing bracket,
nor after common abbreviations."""
import re

ABBR = {"St", "Dr", "Mr", "Mrs", "Gen", "Sec", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov",
        "Dec", "Lt", "Col", "Capt", "Gov", "Sen", "Rep", "Jr", "Sr", "vs", "Ft", "Mt"}
END = re.compile(r'[.!?][\'"”’)\]]*\s+(?=[A-Z0-9“"‘(\[ÀÁÂÄÉÍÓÚÑŠŽĆČ])')


def split_line(line):
    out, start = [], 0
    for m in END.finditer(line):
        p = m.start()
        if line[p] == '.':
            j = p
            while j > 0 and (line[j - 1].isalpha()):
                j -= 1
            word = line[j:p]
            closer = line[p + 1:p + 2] in (')', ']')
            if not closer:
                if len(word) == 1 and word.isupper():
                    continue
                if word in ABBR:
                    continue
        end = m.end()
        seg = line[start:end].strip()
        if seg:
            out.append(seg)
        start = end
    seg = line[start:].strip()
    if seg:
        out.append(seg)
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
    docs = json.load(open('docs.json'))
    for k in sys.argv[1:]:
        for s in sentences(docs[k]):
            print('|', s)
