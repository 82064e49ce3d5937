import re
ABBR = {'St','Jr','Gen','Lt','Dr','Jan','Feb','Mr','Mrs','Sr','Capt','Col','Mt','Ft','No','vs','i.e','e.g','D.C','U.S','H.W','J.P'}
def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r'[.!?][”"’\')\]]*(?=\s+[A-Z“"‘(\[0-9])', line):
            end = m.end()
            before = line[start:m.start()]
            w = re.search(r'([A-Za-z.]+)$', before)
            tok = w.group(1) if w else ''
            if tok.rstrip('.') in ABBR or re.fullmatch(r'[A-Z]', tok) or re.fullmatch(r'([A-Z]\.)+[A-Z]?', tok):
                continue
            s = line[start:end].strip()
            if s:
                out.append(s)
            start = end
        s = line[start:].strip()
        if s:
            out.append(s)
    return out
