import re
ABBR = {"U.S.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Dr.", "Mr.", "Mrs.", "St.", "Gen.", "Lt.", "Col.", "Capt.", "Adm.", "Gov.", "Sen.", "Rep.", "Blvd.", "Jr.", "Sr.", "No.", "vs.", "U.N.", "U.K.", "Ft.", "Mt.", "Sgt.", "Rev.", "Hon.", "Pres.", "Co.", "Inc.", "Ltd.", "cf.", "e.g.", "i.e.", "D.C.", "U.S.S.R.", "a.m.", "p.m.", "Esq.", "Prof."}
OPEN = "\"“‘'([" 
def split(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r"[.!?][\"”’')\]]*(\s+)", line):
            end = m.start(1)
            nxt = line[m.end():m.end()+1]
            if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in OPEN):
                continue
            # token before punctuation
            pre = line[start:m.end(1)-len(m.group(1))].rstrip()
            lastword = pre.split()[-1] if pre.split() else ""
            lw = re.split(r"[/(\[“\"‘]", lastword)[-1]
            if lw == "I." and pre.endswith("War I."):
                pass
            elif lw in ABBR or re.fullmatch(r"(?:[A-Z]\.)+", lw) or re.fullmatch(r"[A-Z]\.", lw):
                continue
            out.append(line[start:end].strip())
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return out
