import re
ABBR = {'Dr','Lt','Gen','Jan','Feb','Aug','Sept','Oct','Nov','Dec','v','Mr','Mrs','St','Mt','Jr','Sr','Col','Capt','No','vs','Co','Ft'}
END = re.compile(r'[.!?][\"”’)\]]*(?=\s+[\"“‘(\[A-Z0-9])')
def sentences(text):
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in END.finditer(line):
            end = m.end()
            piece = line[start:m.start()]
            w = re.search(r'([A-Za-z]+)$', piece)
            core = w.group(1) if w else ''
            closing = m.group(0)[1:]
            if line[m.start()] == '.':
                if re.fullmatch(r'[A-Z]', core) and not any(c in closing for c in ')]'):
                    continue
                if core in ABBR:
                    continue
            out.append(line[start:end].strip())
            start = end
        rest = line[start:].strip()
        if rest:
            out.append(rest)
    return out
