# A small line-breaking and column-flow engine. It writes a list of drawing operations
# (ops file) that the producer-specific painters (C/libharu, Perl/PDF::Create, C++/PoDoFo) draw
# in the given order. Metrics: Liberation Sans/Serif, metric-compatible with the base-14
# Helvetica/Times fonts the painters use.
import os, struct, zlib
from fontTools.ttLib import TTFont
import pyphen

FONTDIR = '/usr/share/fonts/truetype/liberation/'
FILES = {'HR': 'LiberationSans-Regular.ttf', 'HB': 'LiberationSans-Bold.ttf', 'HI': 'LiberationSans-Italic.ttf',
         'HBI': 'LiberationSans-BoldItalic.ttf', 'TR': 'LiberationSerif-Regular.ttf',
         'TB': 'LiberationSerif-Bold.ttf', 'TI': 'LiberationSerif-Italic.ttf', 'TBI': 'LiberationSerif-BoldItalic.ttf'}
_W = {}
SHY = '\u00ad'
DIC = pyphen.Pyphen(lang='en_GB')


def _load(font):
    if font not in _W:
        f = TTFont(FONTDIR + FILES[font])
        cmap = f.getBestCmap(); hm = f['hmtx']; upm = f['head'].unitsPerEm
        _W[font] = {cp: hm[g][0] / upm for cp, g in cmap.items()}
    return _W[font]


def width(s, font, size):
    w = _load(font)
    return sum(w.get(ord(c), 0.5) for c in s if c != SHY) * size


def hyphenate(text, minlen=7):
    out = []
    for word in text.split(' '):
        core = word.strip('.,;:!?\u201c\u201d\u2019()')
        if len(core) >= minlen and core.isalpha():
            word = word.replace(core, DIC.inserted(core, hyphen=SHY), 1)
        out.append(word)
    return ' '.join(out)


def wrap(text, font, size, width_, indent=0.0):
    """Greedy breaking. Returns list of (text, hyphen_broken). Soft hyphens print '-' when used."""
    words = text.split(' ')
    lines, cur = [], ''
    avail = lambda: width_ - (indent if not lines else 0)
    i = 0
    while i < len(words):
        w = words[i]
        cand = (cur + ' ' + w) if cur else w
        if width(cand, font, size) <= avail():
            cur = cand; i += 1; continue
        # try a soft-hyphen break
        if SHY in w:
            parts = w.split(SHY)
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = ''.join(parts[:k]) + '-'
                c2 = (cur + ' ' + head) if cur else head
                if width(c2, font, size) <= avail():
                    lines.append((c2, True)); cur = ''
                    words[i] = SHY.join(parts[k:])
                    done = True
                    break
            if done:
                continue
        if not cur:  # word longer than line
            cur = w.replace(SHY, ''); i += 1; continue
        lines.append((cur, False)); cur = ''
    if cur:
        lines.append((cur, False))
    return [(l.replace(SHY, ''), h) for l, h in lines]


class Doc:
    def __init__(self):
        self.pages = []  # list of (w, h, ops)

    def page(self, w, h):
        self.pages.append((w, h, []))
        return len(self.pages) - 1

    def _ops(self, p):
        return self.pages[p][2]

    def H(self, p):
        return self.pages[p][1]

    # y is measured from the TOP of the page in all helpers; converted here.
    def text(self, p, font, size, x, ytop_baseline, s, color=(0, 0, 0), ws=0.0):
        self._ops(p).append(('TEXT', font, '%.2f' % size, *('%.3f' % c for c in color), '%.2f' % x,
                             '%.2f' % (self.H(p) - ytop_baseline), '%.3f' % ws, s))

    def rect(self, p, x, ytop, w, h, color):
        self._ops(p).append(('RECT', '%.2f' % x, '%.2f' % (self.H(p) - ytop - h), '%.2f' % w, '%.2f' % h,
                             *('%.3f' % c for c in color)))

    def line(self, p, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        H = self.H(p)
        self._ops(p).append(('LINE', '%.2f' % x1, '%.2f' % (H - y1), '%.2f' % x2, '%.2f' % (H - y2),
                             '%.2f' % lw, *('%.3f' % c for c in color)))

    def write(self, path, encoding='utf-8'):
        with open(path, 'w', encoding=encoding, newline='\n') as f:
            for w, h, ops in self.pages:
                f.write('PAGE\t%.2f\t%.2f\n' % (w, h))
                for op in ops:
                    f.write('\t'.join(op) + '\n')
            f.write('END\n')


class Flow:
    """Flows blocks through a list of frames: (page, x, ytop, width, ybottom)."""

    def __init__(self, doc, frames):
        self.doc, self.frames, self.fi = doc, frames, 0
        self.y = frames[0][2]

    @property
    def fr(self):
        return self.frames[self.fi]

    def next_frame(self):
        self.fi += 1
        self.y = self.fr[2]

    def room(self):
        return self.fr[4] - self.y

    def space(self, h):
        if self.y > self.fr[2]:
            self.y += h

    def block(self, h, draw):
        """draw(page, x, ytop, width) for an unbreakable block of height h."""
        if h > self.room():
            self.next_frame()
        p, x, _, w, _ = self.fr
        draw(p, x, self.y, w)
        self.y += h

    def para(self, text, font='TR', size=9.5, lead=12.0, indent=0.0, color=(0, 0, 0), justify=False,
             hyph=True, after=4.0, last_justified=False, keep=2):
        t = hyphenate(text) if hyph else text
        w = self.fr[3]
        lines = wrap(t, font, size, w, indent)
        if self.room() < lead * min(keep, len(lines)):
            self.next_frame()
        for n, (s, hy) in enumerate(lines):
            if self.room() < lead:
                self.next_frame()
            p, x, _, w, _ = self.fr
            ind = indent if n == 0 else 0
            ws = 0.0
            last = n == len(lines) - 1
            if justify and (not last or last_justified) and ' ' in s:
                ws = (w - ind - width(s, font, size)) / s.count(' ')
            self.doc.text(p, font, size, x + ind, self.y + size, s, color, ws)
            self.y += lead
        self.y += after
        return lines


def grey_png(path, w=40, h=30, g=170):
    raw = b''.join(b'\x00' + bytes([g + (1 if (x + y) % 2 else 0) for x in range(w) for _ in range(3)]) for y in range(h))
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + \
        chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(png)
