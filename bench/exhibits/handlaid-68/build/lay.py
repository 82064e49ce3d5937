"""Own layout for set 68: fonts measured from the Liberation TTFs (hmtx), greedy line breaker with
pyphen hyphenation, and a tiny painter whose pages are written out with pdfsyntax (low-level COS objects).
Every glyph string is a hex string of glyph ids (Type0 / Identity-H, ToUnicode CMap)."""
import io, zlib
from fontTools.ttLib import TTFont
from fontTools import subset as ftsubset
import pyphen
import pdfsyntax as ps

LIB = '/usr/share/fonts/truetype/liberation/'
FONTFILES = {
    'serif': 'LiberationSerif-Regular.ttf', 'serif-b': 'LiberationSerif-Bold.ttf',
    'serif-i': 'LiberationSerif-Italic.ttf', 'serif-bi': 'LiberationSerif-BoldItalic.ttf',
    'sans': 'LiberationSans-Regular.ttf', 'sans-b': 'LiberationSans-Bold.ttf',
    'sans-i': 'LiberationSans-Italic.ttf', 'narrow': 'LiberationSansNarrow-Regular.ttf',
    'narrow-b': 'LiberationSansNarrow-Bold.ttf',
}
HYPH = pyphen.Pyphen(lang='en_GB', left=3, right=3)


class Font:
    def __init__(self, key):
        self.key = key
        self.path = LIB + FONTFILES[key]
        self.tt = TTFont(self.path)
        self.upm = self.tt['head'].unitsPerEm
        self.cmap = self.tt.getBestCmap()
        self.hmtx = self.tt['hmtx'].metrics
        self.order = self.tt.getGlyphOrder()
        self.gid = {n: i for i, n in enumerate(self.order)}
        self.used = {}   # gid -> unicode char

    def adv(self, ch):
        g = self.cmap.get(ord(ch))
        if g is None:
            raise ValueError('no glyph for %r in %s' % (ch, self.key))
        return self.hmtx[g][0]

    def width(self, s, size):
        return sum(self.adv(c) for c in s) * size / self.upm

    def encode(self, s):
        out = []
        for c in s:
            g = self.gid[self.cmap[ord(c)]]
            self.used[g] = c
            out.append('%04X' % g)
        return '<' + ''.join(out) + '>'


_FONTS = {}
def F(key):
    if key not in _FONTS:
        _FONTS[key] = Font(key)
    return _FONTS[key]


def hyph_ok(word):
    core = word.strip('.,;:!?()“”‘’"')
    if any(ch.isdigit() for ch in core) or "’" in core or '-' in core or '^' in core or '–' in core:
        return False
    if not core.isalpha():
        return False
    if core[0].isupper():
        return len(core) >= 9
    return len(core) >= 7


def hyph_splits(word):
    """Possible (head+'-', tail) splits, longest head first."""
    if not hyph_ok(word):
        return []
    lead = len(word) - len(word.lstrip('“‘(')); core_end = len(word.rstrip('.,;:!?)”’"'))
    core = word[lead:core_end]
    res = []
    for a, b in HYPH.iterate(core):
        res.append((word[:lead] + a + '-', b + word[core_end:]))
    return res


def mark_split(tok):
    """'word^12' -> ('word', '12')"""
    if '^' in tok:
        a, b = tok.split('^', 1)
        return a, b
    return tok, None


class Painter:
    def __init__(self, title, creator):
        self.pages = []   # (w, h, [ops])
        self.title = title
        self.creator = creator

    def page(self, w, h):
        self.pages.append((w, h, []))
        return len(self.pages) - 1

    def op(self, p, s):
        self.pages[p][2].append(s)

    def text(self, p, x, y, s, font, size, color=(0, 0, 0), rot=0):
        f = F(font)
        r, g, b = color
        if rot == 90:
            m = '0 1 -1 0 %.2f %.2f' % (x, y)
        elif rot == -90:
            m = '0 -1 1 0 %.2f %.2f' % (x, y)
        else:
            m = '1 0 0 1 %.2f %.2f' % (x, y)
        self.op(p, 'BT /%s %.2f Tf %.3f %.3f %.3f rg %s Tm %s Tj ET' % (
            self.fname(font), size, r, g, b, m, f.encode(s)))

    def fname(self, key):
        return 'F_' + key.replace('-', '')

    def rect(self, p, x, y, w, h, fill=(0.8, 0.8, 0.8), stroke=None, lw=0.6):
        s = 'q '
        if fill is not None:
            s += '%.3f %.3f %.3f rg ' % fill
        if stroke is not None:
            s += '%.3f %.3f %.3f RG %.2f w ' % (stroke + (lw,))
        s += '%.2f %.2f %.2f %.2f re %s Q' % (x, y, w, h, 'B' if (fill and stroke) else ('f' if fill else 'S'))
        self.op(p, s)

    def line(self, p, x1, y1, x2, y2, color=(0, 0, 0), lw=0.6):
        self.op(p, 'q %.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S Q' % (color + (lw, x1, y1, x2, y2)))

    def picture(self, p, x, y, w, h):
        """grey box: grey rectangle with a lighter inner frame"""
        self.rect(p, x, y, w, h, fill=(0.62, 0.62, 0.62))
        m = min(w, h) * 0.06
        self.rect(p, x + m, y + m, w - 2 * m, h - 2 * m, fill=None, stroke=(0.84, 0.84, 0.84), lw=1.2)

    # --- output through pdfsyntax ---------------------------------------------------------
    def save(self, path):
        doc = ps.blank('A4')           # revision 1: catalog, pages, one blank page (object 3)
        fontrefs = {}
        for key, f in _FONTS.items():
            if not f.used:
                continue
            fontrefs[key] = None
        # fonts
        for key in list(fontrefs):
            doc, ref = self._embed(doc, F(key))
            fontrefs[key] = ref
        res = {'/Font': {'/' + self.fname(k): v for k, v in fontrefs.items()}}
        kids = []
        for i, (w, h, ops) in enumerate(self.pages):
            data = ('\n'.join(ops)).encode('latin-1')
            st, _ = ps.forge_stream({'/Length': 0, '/Filter': '/FlateDecode'}, data)
            doc, cref = ps.add_object(doc, st)
            pg = {'/Type': '/Page', '/Parent': 2j, '/MediaBox': [0, 0, round(w, 2), round(h, 2)],
                  '/Resources': res, '/Contents': cref}
            if i == 0:
                doc = ps.update_object(doc, 3, pg)
                kids.append(3j)
            else:
                doc, pref = ps.add_object(doc, pg)
                kids.append(pref)
        doc = ps.update_object(doc, 2, {'/Type': '/Pages', '/Kids': kids, '/Count': len(kids)})
        info = {'/Title': '(' + pdfstr(self.title) + ')', '/Producer': '(pdfsyntax 0.1.6)',
                '/Creator': '(' + pdfstr(self.creator) + ')'}
        doc, iref = ps.add_object(doc, info)
        doc.cache[0]['/Info'] = iref
        ps.writefile(doc, path)

    def _embed(self, doc, f):
        used = sorted(f.used)
        opts = ftsubset.Options()
        opts.retain_gids = True
        opts.notdef_outline = True
        opts.name_IDs = ['*']
        opts.drop_tables += ['GSUB', 'GPOS', 'kern']
        sub = ftsubset.Subsetter(opts)
        tt = TTFont(f.path)
        sub.populate(gids=used)
        sub.subset(tt)
        buf = io.BytesIO(); tt.save(buf)
        ff = buf.getvalue()
        st, _ = ps.forge_stream({'/Length': 0, '/Length1': len(ff), '/Filter': '/FlateDecode'}, ff)
        doc, ffref = ps.add_object(doc, st)
        scale = 1000 / f.upm
        head = f.tt['head']; hhea = f.tt['hhea']; os2 = f.tt['OS/2']
        psname = 'EXHB' + chr(65 + len(f.key) % 26) + 'A+' + f.tt['name'].getDebugName(6)
        fd = {'/Type': '/FontDescriptor', '/FontName': '/' + psname, '/Flags': 32 if 'sans' in f.key or 'narrow' in f.key else 34,
              '/FontBBox': [round(head.xMin * scale), round(head.yMin * scale), round(head.xMax * scale), round(head.yMax * scale)],
              '/ItalicAngle': -12 if f.key.endswith('i') else 0, '/Ascent': round(hhea.ascent * scale),
              '/Descent': round(hhea.descent * scale), '/CapHeight': round(getattr(os2, 'sCapHeight', 1400) * scale),
              '/StemV': 80, '/FontFile2': ffref}
        doc, fdref = ps.add_object(doc, fd)
        W = []
        for g in used:
            W += [g, [round(f.hmtx[f.order[g]][0] * scale)]]
        cid = {'/Type': '/Font', '/Subtype': '/CIDFontType2', '/BaseFont': '/' + psname,
               '/CIDSystemInfo': {'/Registry': '(Adobe)', '/Ordering': '(Identity)', '/Supplement': 0},
               '/FontDescriptor': fdref, '/W': W, '/CIDToGIDMap': '/Identity', '/DW': 500}
        doc, cidref = ps.add_object(doc, cid)
        cmap = tounicode(f.used)
        st, _ = ps.forge_stream({'/Length': 0, '/Filter': '/FlateDecode'}, cmap)
        doc, turef = ps.add_object(doc, st)
        t0 = {'/Type': '/Font', '/Subtype': '/Type0', '/BaseFont': '/' + psname, '/Encoding': '/Identity-H',
              '/DescendantFonts': [cidref], '/ToUnicode': turef}
        doc, ref = ps.add_object(doc, t0)
        return doc, ref


def pdfstr(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)').encode('ascii', 'replace').decode()


def tounicode(used):
    lines = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
             '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
             '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def', '1 begincodespacerange', '<0000> <FFFF>',
             'endcodespacerange']
    items = sorted(used.items())
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append('%d beginbfchar' % len(chunk))
        for g, c in chunk:
            lines.append('<%04X> <%s>' % (g, ''.join('%04X' % ord(x) for x in c)))
        lines.append('endbfchar')
    lines += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
    return '\n'.join(lines).encode('ascii')


# ------------------------------------------------------------------------------------------------
class Style:
    def __init__(self, font='serif', size=10, lead=None, color=(0, 0, 0), justify=True, indent=0,
                 after=0, hyph=True, mark_font=None):
        self.font, self.size = font, size
        self.lead = lead or size * 1.25
        self.color, self.justify, self.indent, self.after, self.hyph = color, justify, indent, after, hyph
        self.mark_font = mark_font or font


def take_line(words, i, width, st, first):
    """Greedy: return (tokens, next_index, hyphen_tail or None). tokens are strings (may end with '-')."""
    f = F(st.font)
    sp = f.width(' ', st.size)
    avail = width - (st.indent if first else 0)
    toks, w = [], 0.0
    j = i
    while j < len(words):
        word = words[j]
        base, mark = mark_split(word)
        ww = f.width(base, st.size) + (F(st.mark_font).width(mark, st.size * 0.62) if mark else 0)
        need = ww + (sp if toks else 0)
        if w + need <= avail + 0.01:
            toks.append(word); w += need; j += 1
            continue
        # try hyphenation
        if st.hyph:
            for head, tail in hyph_splits(word):
                hw = f.width(head, st.size) + (sp if toks else 0)
                if w + hw <= avail + 0.01 and len(toks) >= 1:
                    toks.append(head)
                    return toks, j, tail
        break
    if not toks:   # overlong word
        toks.append(words[j]); j += 1
    return toks, j, None


class Flow:
    """Fills frames (page, x, ytop, width, ybottom) with lines, one after another."""
    def __init__(self, painter, frames, log=None, name=''):
        self.P = painter
        self.frames = frames
        self.k = 0
        self.y = frames[0][2]
        self.fresh = True
        self.log = log if log is not None else []
        self.name = name
        self.on_enter = {}     # frame index -> callable(flow) run when the flow enters that frame

    @property
    def fr(self):
        return self.frames[self.k]

    def next_frame(self, why=''):
        self.k += 1
        if self.k >= len(self.frames):
            raise RuntimeError('%s: out of frames (%s)' % (self.name, why))
        self.y = self.fr[2]
        self.fresh = True
        self.log.append('%s: frame %d -> %d %s' % (self.name, self.k - 1, self.k, why))
        if self.k in self.on_enter:
            self.on_enter[self.k](self)

    def room(self):
        return self.y - self.fr[4]

    def space(self, h):
        if not self.fresh:
            self.y -= h

    def ensure(self, h, why=''):
        if self.room() < h:
            self.next_frame(why)

    def para(self, text, st, hooks=None, tag=''):
        """hooks: {line_number_after_which: callable(flow)} (1-based)"""
        hooks = hooks or {}
        words = text.split()
        i, n, first = 0, 0, True
        while i < len(words):
            step = st.size * 0.9 if self.fresh else st.lead
            if self.y - step < self.fr[4]:
                self.next_frame(('mid-paragraph ' if n else 'before ') + tag)
                step = st.size * 0.9
            page, x, _, width, _ = self.fr
            toks, j, tail = take_line(words, i, width, st, first)
            if tail is not None:
                words[j] = tail
            last = j >= len(words)
            self.y -= step
            self.fresh = False
            self._set(page, x + (st.indent if first else 0), self.y, toks, st,
                      width - (st.indent if first else 0), st.justify and not last)
            n += 1
            first = False
            i = j
            if n in hooks:
                hooks[n](self)
        self.y -= st.after
        return n

    def _set(self, page, x, y, toks, st, width, justify):
        f = F(st.font)
        sp = f.width(' ', st.size)
        parts = []
        for t in toks:
            base, mark = mark_split(t)
            parts.append((base, mark, f.width(base, st.size) + (F(st.mark_font).width(mark, st.size * 0.62) if mark else 0)))
        total = sum(p[2] for p in parts)
        gap = sp
        if justify and len(parts) > 1:
            gap = (width - total) / (len(parts) - 1)
            if gap > sp * 2.6:
                gap = sp
        cx = x
        for base, mark, w in parts:
            self.P.text(page, cx, y, base, st.font, st.size, st.color)
            if mark:
                self.P.text(page, cx + f.width(base, st.size), y + st.size * 0.38, mark, st.mark_font, st.size * 0.62, st.color)
            cx += w + gap

    def lines(self, text, st, x=None, width=None):
        """ragged lines, no hyphenation, within current frame (used for headings/captions)"""
        return self.para(text, st)


def set_block(P, page, x, ytop, width, text, st, max_lines=None):
    """Set a paragraph at a fixed place, returns y of last baseline."""
    fl = Flow(P, [(page, x, ytop, width, -1e9)], name='block')
    fl.para(text, st)
    return fl.y + st.after


def measure_block(text, st, width):
    P = Painter('', '')
    P.page(1000, 1000)
    fl = Flow(P, [(0, 0, 0, width, -1e9)], name='measure')
    n = fl.para(text, st)
    return n, -fl.y - st.after


def split_frame_for_float(fl, used_w, h, side='right', gap=12):
    """Make the rest of the current frame narrower for h points (text beside a float)."""
    page, x, ytop, w, ybot = fl.fr
    y = fl.y
    if side == 'right':
        narrow = (page, x, y, w - used_w - gap, y - h)
    else:
        narrow = (page, x + used_w + gap, y, w - used_w - gap, y - h)
    rest = (page, x, y - h, w, ybot)
    fl.frames[fl.k] = (page, x, ytop, w, y)   # current frame ends here
    fl.frames.insert(fl.k + 1, narrow)
    fl.frames.insert(fl.k + 2, rest)
    # shift on_enter keys
    fl.on_enter = {(k + 2 if k > fl.k else k): v for k, v in fl.on_enter.items()}
    fresh = fl.fresh
    fl.k += 1
    fl.y = y
    fl.fresh = fresh
    fl.log.append('%s: float %s %.0fx%.0f at y=%.0f' % (fl.name, side, used_w, h, y))
    return (page, x, y, w, h)


def wrap_lines(text, font, size, width):
    """Simple ragged breaking without hyphenation (headings, captions, labels)."""
    f = F(font)
    out, cur = [], ''
    for w in text.split():
        t = (cur + ' ' + w) if cur else w
        if f.width(t, size) <= width or not cur:
            cur = t
        else:
            out.append(cur); cur = w
    if cur:
        out.append(cur)
    return out


def text_lines(P, page, x, y, text, font, size, lead, width, color=(0, 0, 0), align='left'):
    """Draw ragged lines downward from baseline y; returns baseline of the last line."""
    lines = wrap_lines(text, font, size, width)
    for i, ln in enumerate(lines):
        xx = x
        if align == 'center':
            xx = x + (width - F(font).width(ln, size)) / 2
        elif align == 'right':
            xx = x + width - F(font).width(ln, size)
        P.text(page, xx, y - i * lead, ln, font, size, color)
    return y - (len(lines) - 1) * lead
