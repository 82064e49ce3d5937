"""Layout helpers for set 58: llpdf 0.0.5 writes the PDF objects; everything
else (fonts, line breaking, hyphenation, columns, content streams) is here.

Fonts: Liberation Serif and Lato (TrueType), subset with fontTools and embedded
as simple TrueType fonts with WinAnsiEncoding, /Widths from hmtx and a
ToUnicode CMap.  Widths used by the line breaker are the same hmtx widths.
"""
import io, hashlib
import pyphen
from fontTools.ttLib import TTFont
from fontTools import subset as ftsubset
import llpdf
from llpdf import PDFName, PDFString
from llpdf.EncodeDecode import EncodedObject
from llpdf.types.PDFObject import PDFObject

FONTS = {
    "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "serif-b": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "serif-i": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "sans": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "sans-b": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "sans-k": "/usr/share/fonts/truetype/lato/Lato-Black.ttf",
    "sans-i": "/usr/share/fonts/truetype/lato/Lato-Italic.ttf",
}
HYPH = pyphen.Pyphen(lang="en_GB", left=3, right=3)
MM = 72 / 25.4


class Font:
    def __init__(self, key, path):
        self.key, self.path = key, path
        self.tt = TTFont(path)
        self.upm = self.tt["head"].unitsPerEm
        self.cmap = self.tt.getBestCmap()
        self.hmtx = self.tt["hmtx"]
        self.used = set()
        os2 = self.tt["OS/2"]
        self.ascent = os2.sTypoAscender * 1000 / self.upm
        self.descent = os2.sTypoDescender * 1000 / self.upm
        self.capheight = getattr(os2, "sCapHeight", 700) * 1000 / self.upm
        self.name = self.tt["name"].getDebugName(6).replace(" ", "")

    def cw(self, ch):
        g = self.cmap.get(ord(ch))
        if g is None:
            raise ValueError(f"{self.key}: no glyph for {ch!r}")
        return self.hmtx[g][0] * 1000 / self.upm

    def width(self, text, size):
        self.used.update(text)
        return sum(self.cw(c) for c in text) * size / 1000


def esc(text):
    b = text.encode("cp1252")
    out = bytearray()
    for c in b:
        if c in b"()\\":
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    return out.decode("ascii")


def fmt(v):
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class Page:
    def __init__(self, doc, w, h):
        self.doc, self.w, self.h = doc, w, h
        self.ops = []

    # --- graphics
    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, dash=None):
        o = ["q"]
        if dash:
            o.append(f"[{dash[0]} {dash[1]}] 0 d")
        if fill is not None:
            o.append("%s %s %s rg" % tuple(fmt(c) for c in fill))
        if stroke is not None:
            o.append("%s %s %s RG %s w" % (*[fmt(c) for c in stroke], fmt(lw)))
        o.append(f"{fmt(x)} {fmt(y)} {fmt(w)} {fmt(h)} re")
        o.append("B" if fill is not None and stroke is not None else ("f" if fill is not None else "S"))
        o.append("Q")
        self.ops.append(" ".join(o))

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), lw=0.5, dash=None):
        d = f"[{dash[0]} {dash[1]}] 0 d " if dash else ""
        self.ops.append(f"q {d}%s %s %s RG {fmt(lw)} w {fmt(x0)} {fmt(y0)} m {fmt(x1)} {fmt(y1)} l S Q" % tuple(fmt(c) for c in color))

    def picture(self, x, y, w, h):
        """A grey box with a thin darker frame and a diagonal cross (picture placeholder)."""
        self.rect(x, y, w, h, fill=(0.78, 0.78, 0.78), stroke=(0.55, 0.55, 0.55), lw=0.6)
        self.line(x, y, x + w, y + h, color=(0.68, 0.68, 0.68), lw=0.4)
        self.line(x, y + h, x + w, y, color=(0.68, 0.68, 0.68), lw=0.4)

    # --- text
    def text(self, x, y, s, font="serif", size=10, color=(0, 0, 0), rot=0, tw=0.0, tc=0.0):
        f = self.doc.font(font)
        f.width(s, size)
        tag = self.doc.fonttag(font)
        if rot == 0:
            m = f"1 0 0 1 {fmt(x)} {fmt(y)}"
        elif rot == 180:
            m = f"-1 0 0 -1 {fmt(x)} {fmt(y)}"
        elif rot == 90:
            m = f"0 1 -1 0 {fmt(x)} {fmt(y)}"
        else:
            raise ValueError(rot)
        extra = f" {fmt(tw)} Tw {fmt(tc)} Tc"
        self.ops.append("BT %s %s %s rg /%s %s Tf%s %s Tm (%s) Tj ET" % (
            *[fmt(c) for c in color], tag, fmt(size), extra, m, esc(s)))

    def segs(self, x, y, segs, rot=0):
        """segs: list of (dx, text, font, size, color, tw, rise)."""
        parts = []
        for dx, s, font, size, color, tw, rise in segs:
            f = self.doc.font(font)
            f.width(s, size)
            tag = self.doc.fonttag(font)
            if rot == 0:
                m = f"1 0 0 1 {fmt(x + dx)} {fmt(y + rise)}"
            else:  # 180
                m = f"-1 0 0 -1 {fmt(x - dx)} {fmt(y - rise)}"
            parts.append("%s %s %s rg /%s %s Tf %.3f Tw 0 Tc %s Tm (%s) Tj" % (
                *[fmt(c) for c in color], tag, fmt(size), tw, m, esc(s)))
        self.ops.append("BT " + " ".join(parts) + " ET")


class Doc:
    def __init__(self, title, creator):
        self.title, self.creator = title, creator
        self.fonts, self.tags = {}, {}
        self.pages = []

    def font(self, key):
        if key not in self.fonts:
            self.fonts[key] = Font(key, FONTS[key])
            self.tags[key] = "F%d" % len(self.tags)
        return self.fonts[key]

    def fonttag(self, key):
        self.font(key)
        return self.tags[key]

    def width(self, s, font, size):
        return self.font(font).width(s, size)

    def page(self, w, h):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    # ------------------------------------------------------------ writing
    def _embed(self, pdf, key):
        f = self.fonts[key]
        used = sorted(set(f.used) | {" "})
        opts = ftsubset.Options()
        opts.name_IDs = ["*"]
        opts.notdef_outline = True
        opts.recalc_bounds = True
        opts.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "DSIG"]
        tt = TTFont(f.path)
        sub = ftsubset.Subsetter(opts)
        sub.populate(text="".join(used))
        sub.subset(tt)
        buf = io.BytesIO()
        tt.save(buf)
        data = buf.getvalue()
        tagprefix = hashlib.md5((self.title + key).encode()).hexdigest()[:6].upper().translate(str.maketrans("0123456789", "GHIJKLMNOP"))
        basename = f"{tagprefix}+{f.name}"
        ff = pdf.new_object({PDFName("/Length1"): len(data)}, stream=EncodedObject.create(data))
        head = f.tt["head"]
        sc = 1000 / f.upm
        fd = pdf.new_object({
            PDFName("/Type"): PDFName("/FontDescriptor"),
            PDFName("/FontName"): PDFName("/" + basename),
            PDFName("/Flags"): 32 + (64 if key.endswith("-i") else 0) + (2 if key.startswith("serif") else 0),
            PDFName("/FontBBox"): [round(head.xMin * sc), round(head.yMin * sc), round(head.xMax * sc), round(head.yMax * sc)],
            PDFName("/ItalicAngle"): -12 if key.endswith("-i") else 0,
            PDFName("/Ascent"): round(f.ascent), PDFName("/Descent"): round(f.descent),
            PDFName("/CapHeight"): round(f.capheight), PDFName("/StemV"): 120 if "-b" in key or "-k" in key else 80,
            PDFName("/FontFile2"): ff.xref,
        })
        widths = []
        cmap_lines = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                widths.append(0)
                continue
            g = f.cmap.get(ord(ch))
            widths.append(round(f.hmtx[g][0] * sc) if g else 0)
            if g:
                cmap_lines.append("<%02X> <%04X>" % (code, ord(ch)))
        cm = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
              "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
              "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
              "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
        for i in range(0, len(cmap_lines), 100):
            chunk = cmap_lines[i:i + 100]
            cm.append(f"{len(chunk)} beginbfchar")
            cm += chunk
            cm.append("endbfchar")
        cm += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        tu = pdf.new_object({}, stream=EncodedObject.create("\n".join(cm).encode("ascii")))
        fo = pdf.new_object({
            PDFName("/Type"): PDFName("/Font"), PDFName("/Subtype"): PDFName("/TrueType"),
            PDFName("/BaseFont"): PDFName("/" + basename), PDFName("/FirstChar"): 32, PDFName("/LastChar"): 255,
            PDFName("/Widths"): widths, PDFName("/Encoding"): PDFName("/WinAnsiEncoding"),
            PDFName("/FontDescriptor"): fd.xref, PDFName("/ToUnicode"): tu.xref,
        })
        return fo.xref

    def save(self, path):
        pdf = llpdf.PDFDocument()
        hl = llpdf.HighlevelPDFFunctions(pdf)
        hl.initialize_pages(title=self.title)
        info = pdf.lookup(pdf.trailer[PDFName("/Info")])
        info.content[PDFName("/Producer")] = PDFString("llpdf " + llpdf.VERSION)
        info.content[PDFName("/Creator")] = PDFString(self.creator)
        info.content[PDFName("/CreationDate")] = PDFString("D:20250314101500Z")
        fontrefs = {k: self._embed(pdf, k) for k in self.fonts}
        res = pdf.new_object({PDFName("/Font"): {PDFName("/" + self.tags[k]): v for k, v in fontrefs.items()},
                              PDFName("/ProcSet"): [PDFName("/PDF"), PDFName("/Text")]})
        for p in self.pages:
            hp = hl.new_page(width_mm=p.w / MM, height_mm=p.h / MM)
            hp.page_obj.content[PDFName("/MediaBox")] = [0, 0, round(p.w, 2), round(p.h, 2)]
            hp.page_obj.content[PDFName("/Resources")] = res.xref
            hp.contents_obj.set_content({})
            hp.contents_obj.set_stream(EncodedObject.create("\n".join(p.ops).encode("ascii")))
        llpdf.PDFWriter().write(pdf, path)


# ================================================================ line breaking
def hyph_points(word):
    """Allowed break positions inside a word (index into word)."""
    core = word.strip(".,;:!?\u2019\u201d)(\u2018\u201c'\"")
    if "-" in core:
        # real compounds: break only after their own hyphen
        pts, i = [], word.find("-")
        while i != -1:
            if 0 < i < len(word) - 1:
                pts.append(i + 1)
            i = word.find("-", i + 1)
        return [("compound", p) for p in pts]
    letters = sum(c.isalpha() for c in core)
    if letters < 7 or any(c.isdigit() for c in core):
        return []
    if core[0].isupper() and letters < 9:
        return []
    lead = word.find(core)
    return [("hyph", lead + p) for p in HYPH.positions(core)]


class Style:
    def __init__(self, font="serif", size=9.5, lead=12.5, color=(0, 0, 0), align="justify", indent=0.0):
        self.font, self.size, self.lead, self.color, self.align, self.indent = font, size, lead, color, align, indent


def break_lines(doc, text, style, width_at, marks=None):
    """Greedy breaker.  width_at(i) -> width of line i.  marks: {word_index: (mark, font)}
    for superscript note marks glued after a word.  Returns list of lines; each line is a
    list of tokens (str) plus flags."""
    words = text.split()
    sp = doc.width(" ", style.font, style.size)
    lines = []
    i = 0
    carry = None  # remainder of a hyphenated word
    li = 0
    while i < len(words):
        W = width_at(li) - (style.indent if li == 0 else 0)
        cur, cw = [], 0.0
        while i < len(words):
            w = carry if carry is not None else words[i]
            ww = doc.width(w, style.font, style.size)
            if marks and i in marks and carry is None or (marks and i in marks and carry is not None):
                ww += doc.width(marks[i][0], marks[i][1], style.size * 0.62)
            need = ww + (sp if cur else 0)
            if cw + need <= W + 0.01:
                cur.append((w, i))
                cw += need
                carry = None
                i += 1
                continue
            # try to hyphenate
            best = None
            for kind, p in hyph_points(w):
                head = w[:p] + ("" if kind == "compound" else "-")
                hw = doc.width(head, style.font, style.size) + (sp if cur else 0)
                if cw + hw <= W + 0.01:
                    best = (head, w[p:])
            if best and (len(cur) >= 1):
                cur.append((best[0], None))
                carry = best[1]
            elif not cur:  # overlong word: force
                cur.append((w, i))
                carry = None
                i += 1
            break
        lines.append(dict(tokens=cur, last=(i >= len(words) and carry is None)))
        li += 1
    return lines


def render_line(page, x, y, line, style, width, doc, marks=None, rot=0, first=False):
    toks = line["tokens"]
    ind = style.indent if first else 0
    x0 = x + ind
    W = width - ind
    segs_text = []
    # build segments: body text runs split by marks
    cur = []
    segments = []
    for t, wi in toks:
        cur.append(t)
        if marks and wi is not None and wi in marks:
            segments.append(("body", " ".join(cur)))
            segments.append(("mark", marks[wi]))
            cur = []
    if cur:
        segments.append(("body", " ".join(cur)))
    # natural width and number of spaces
    sp = doc.width(" ", style.font, style.size)
    nat = 0.0
    nspaces = 0
    prev_body = False
    for k, (kind, v) in enumerate(segments):
        if kind == "body":
            if prev_body or (k > 0):
                pass
            nat += doc.width(v, style.font, style.size)
            nspaces += v.count(" ")
        else:
            nat += doc.width(v[0], v[1], style.size * 0.62)
    # spaces between a mark and the following body segment
    joins = sum(1 for k in range(1, len(segments)) if segments[k][0] == "body" and segments[k - 1][0] == "mark")
    nat += joins * sp
    nspaces += joins
    tw = 0.0
    if style.align == "justify" and not line["last"] and nspaces:
        tw = max(0.0, (W - nat) / nspaces)
    if style.align == "center":
        x0 = x + (width - nat) / 2
    elif style.align == "right":
        x0 = x + width - nat
    out = []
    dx = 0.0
    for k, (kind, v) in enumerate(segments):
        if kind == "body":
            if k > 0 and segments[k - 1][0] == "mark":
                dx += sp + tw
            out.append((dx, v, style.font, style.size, style.color, tw, 0))
            dx += doc.width(v, style.font, style.size) + v.count(" ") * tw
        else:
            out.append((dx, v[0], v[1], style.size * 0.62, v[2] if len(v) > 2 else style.color, 0.0, style.size * 0.38))
            dx += doc.width(v[0], v[1], style.size * 0.62)
    page.segs(x0, y, out, rot=rot)


def wrap_simple(doc, text, font, size, width):
    """Ragged wrap without hyphenation (headings, captions)."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if doc.width(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ================================================================ column flow
class Column:
    def __init__(self, page, x, top, bottom, w, rot=0, excl=None):
        self.page, self.x, self.top, self.bottom, self.w, self.rot = page, x, top, bottom, w, rot
        self.excl = excl or []  # (ytop, ybottom, x0, x1) areas text must avoid

    def span(self, y, h):
        """Available (x, w) for a line occupying [y-h*0.25, y+h*0.8]."""
        x0, x1 = self.x, self.x + self.w
        for (yt, yb, ex0, ex1) in self.excl:
            if y + h * 0.8 > yb and y - h * 0.25 < yt:
                if ex0 <= x0 + 1:
                    x0 = max(x0, ex1)
                else:
                    x1 = min(x1, ex0)
        return x0, x1 - x0


class Flow:
    """Flows blocks down a list of columns (upright or rotated 180 on the page)."""

    def __init__(self, doc, columns):
        self.doc, self.cols, self.ci = doc, columns, 0
        self.y = columns[0].top
        self.log = []

    @property
    def col(self):
        return self.cols[self.ci]

    def next_col(self):
        self.ci += 1
        self.y = self.col.top
        if hasattr(self.col, "on_enter"):
            self.col.on_enter(self)

    def room(self, h):
        return self.y - h >= self.col.bottom - 0.01

    def space(self, h):
        if self.y != self.col.top:
            self.y -= h

    def draw_text(self, x, y, segs):
        """x,y in column's unrotated frame; apply rotation if needed."""
        c = self.col
        if c.rot == 180:
            pw, ph = c.page.w, c.page.h
            c.page.segs(pw - x, ph - y, segs, rot=180)
        else:
            c.page.segs(x, y, segs)

    def para(self, text, style, marks=None, after=3.0, inserts=None, keep=2, tag=None):
        """inserts: {line_index: callable(flow)} drawn after that many lines."""
        doc = self.doc
        words = text.split()
        # break incrementally so that the width may change between columns/exclusions
        lines_done = 0
        sp = doc.width(" ", style.font, style.size)
        i = 0
        carry = None
        first = True
        while i < len(words) or carry is not None:
            if inserts and lines_done in inserts:
                inserts.pop(lines_done)(self)
            if not self.room(style.lead):
                self.next_col()
            y = self.y - style.size
            x, W = self.col.span(y, style.size)
            sub = " ".join(([carry] if carry is not None else []) + words[i + (1 if carry is not None else 0):])
            # map word indices: if carry present, word i is replaced by carry
            offset = i
            m2 = None
            if marks:
                m2 = {k - offset: v for k, v in marks.items() if k >= offset}
            st = Style(style.font, style.size, style.lead, style.color, style.align, style.indent if first else 0)
            lines = break_lines(doc, sub, st, lambda li: W, marks=m2)
            ln = lines[0]
            # advance
            used = [t for t in ln["tokens"]]
            n_whole = sum(1 for t, wi in used if wi is not None)
            last_tok = used[-1]
            if last_tok[1] is None:  # hyphenated piece
                rest_word = sub.split()[n_whole]
                piece = last_tok[0]
                head_len = len(piece) - (0 if piece.endswith("-") and rest_word[len(piece) - 1:len(piece)] == "-" else (1 if piece.endswith("-") else 0))
                new_carry = rest_word[head_len:]
            else:
                new_carry = None
            # index bookkeeping
            if carry is not None:
                consumed = n_whole
                i = i + consumed
            else:
                i = i + n_whole
            carry = new_carry
            if carry is not None and carry == "":
                carry = None
                i += 1
            ln["last"] = (i >= len(words) and carry is None) or (i >= len(words) - 0 and carry is None)
            c = self.col
            yb = self.y - style.size
            if c.rot == 180:
                render_line(_RotProxy(self), x, yb, ln, st, W, doc, marks=m2, first=first)
            else:
                render_line(c.page, x, yb, ln, st, W, doc, marks=m2, first=first)
            self.y -= style.lead
            self.log.append((tag, self.ci, " ".join(t for t, _ in ln["tokens"])))
            lines_done += 1
            first = False
            if carry is not None and i < len(words):
                pass
        if inserts:
            for k in sorted(inserts):
                inserts.pop(k)(self)
        self.y -= after

    def block(self, h, draw, gap_after=0.0):
        """Reserve h points at the current position (moving to the next column if needed)
        and call draw(page_proxy, x, ytop, w)."""
        if not self.room(h):
            self.next_col()
        c = self.col
        proxy = _RotProxy(self) if c.rot == 180 else c.page
        draw(proxy, c.x, self.y, c.w)
        self.y -= h + gap_after


class _RotProxy:
    """Page proxy that maps drawing in an upright frame to a 180-degree rotated half."""

    def __init__(self, flow_or_page, page=None):
        if page is None:
            self.p = flow_or_page.col.page
        else:
            self.p = page
        self.w, self.h, self.doc = self.p.w, self.p.h, self.p.doc

    def segs(self, x, y, segs, rot=0):
        self.p.segs(self.w - x, self.h - y, segs, rot=180)

    def text(self, x, y, s, font="serif", size=10, color=(0, 0, 0), rot=0, **kw):
        self.p.text(self.w - x, self.h - y, s, font=font, size=size, color=color, rot=180, **kw)

    def rect(self, x, y, w, h, **kw):
        self.p.rect(self.w - x - w, self.h - y - h, w, h, **kw)

    def line(self, x0, y0, x1, y1, **kw):
        self.p.line(self.w - x0, self.h - y0, self.w - x1, self.h - y1, **kw)

    def picture(self, x, y, w, h):
        self.p.picture(self.w - x - w, self.h - y - h, w, h)


def rot_page(page):
    return _RotProxy(None, page=page)
