# Turns an ops list into PDF content-stream text (base-14 fonts, WinAnsiEncoding), for the pdfrw and pypdf painters.
from layout import BASE14
FKEYS = sorted(BASE14)
FRES = {k: "F%d" % (i + 1) for i, k in enumerate(FKEYS)}


def esc(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c)
    return "".join(out)


def pages(ops):
    res = []
    cur = None
    for op in ops:
        if op[0] == "page":
            cur = [op[2], op[3], []]
            res.append(cur)
            continue
        out = cur[2]
        if op[0] == "text":
            _, x, y, s, f, size, c = op
            out.append("BT %.3f %.3f %.3f rg /%s %.2f Tf %.2f %.2f Td (%s) Tj ET" % (c[0], c[1], c[2], FRES[f], size, x, y, esc(s)))
        elif op[0] == "rect":
            _, x, y, w, h, c = op
            out.append("%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f" % (c[0], c[1], c[2], x, y, w, h))
        elif op[0] == "line":
            _, x1, y1, x2, y2, lw, c = op
            out.append("%.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S" % (c[0], c[1], c[2], lw, x1, y1, x2, y2))
    return [(w, h, "\n".join(o)) for w, h, o in res]
