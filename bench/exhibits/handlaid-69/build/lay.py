# Set 69 layout engine: my own greedy line breaker with Adobe AFM metrics (Times, Helvetica),
# pyphen hyphenation, and a writer that emits one LaTeX file per document in which every page is
# a PSTricks pspicture and every line (or every word of a justified line) is placed with \rput.
# latex -> dvips -> ps2pdf turns it into the PDF; the layout is entirely decided here.
import os, re, subprocess, pyphen

AFMDIR = '/usr/share/texlive/texmf-dist/fonts/afm/adobe/'
FONTS = {  # key: (afm file, LaTeX family, series, shape)
    'TR': ('times/ptmr8a.afm', 'ptm', 'm', 'n'), 'TB': ('times/ptmb8a.afm', 'ptm', 'b', 'n'),
    'TI': ('times/ptmri8a.afm', 'ptm', 'm', 'it'), 'TBI': ('times/ptmbi8a.afm', 'ptm', 'b', 'it'),
    'HR': ('helvetic/phvr8a.afm', 'phv', 'm', 'n'), 'HB': ('helvetic/phvb8a.afm', 'phv', 'b', 'n'),
}
UNI = {' ': 'space', '’': 'quoteright', '‘': 'quoteleft', '“': 'quotedblleft', '”': 'quotedblright',
       '—': 'emdash', '–': 'endash', '·': 'periodcentered', '½': 'onehalf', 'é': 'eacute', 'è': 'egrave',
       'ä': 'adieresis', 'ö': 'odieresis', 'ü': 'udieresis', 'à': 'agrave', 'ç': 'ccedilla', '»': 'guillemotright',
       '&': 'ampersand', ',': 'comma', '.': 'period', ':': 'colon', ';': 'semicolon', '-': 'hyphen',
       '(': 'parenleft', ')': 'parenright', '?': 'question', '!': 'exclam', "'": 'quotesingle', '/': 'slash',
       '0': 'zero', '1': 'one', '2': 'two', '3': 'three', '4': 'four', '5': 'five', '6': 'six', '7': 'seven',
       '8': 'eight', '9': 'nine', '*': 'asterisk', '%': 'percent', '+': 'plus', '=': 'equal', 'Ä': 'Adieresis'}
_M = {}

def metrics(key):
    if key in _M:
        return _M[key]
    w, k = {}, {}
    for line in open(AFMDIR + FONTS[key][0], encoding='latin-1'):
        if line.startswith('C '):
            m = re.search(r'WX (\d+) ; N (\S+)', line)
            w[m.group(2)] = int(m.group(1))
        elif line.startswith('KPX '):
            _, a, b, v = line.split()
            k[(a, b)] = int(v)
    _M[key] = (w, k)
    return _M[key]

def gname(ch):
    return UNI.get(ch, ch)

def width(s, font, size):
    if '^' in s:  # note mark: word^N
        a, b = s.split('^')
        return width(a, font, size) + width(b, font, size * 0.62)
    w, k = metrics(font)
    tot, prev = 0, None
    for ch in s:
        g = gname(ch)
        tot += w.get(g, 500)
        if prev is not None:
            tot += k.get((prev, g), 0)
        prev = g
    return tot * size / 1000.0

ESC = {'&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_', '’': r'\textquoteright{}',
       '‘': r'\textquoteleft{}', '“': r'\textquotedblleft{}', '”': r'\textquotedblright{}',
       '—': r'\textemdash{}', '–': r'\textendash{}', '·': r'\textperiodcentered{}', '½': r'\textonehalf{}',
       '»': r'\guillemotright{}', '{': r'\{', '}': r'\}', '~': r'\~{}'}

def tex(s):
    if '^' in s:
        a, b = s.split('^')
        return tex(a) + r'\textsuperscript{%s}' % b
    return ''.join(ESC.get(c, c) for c in s)

HY = pyphen.Pyphen(lang='en_GB', left=3, right=3)

def hyph_points(word):
    """Possible (prefix, rest) splits of a word, longest prefix first."""
    m = re.match(r'^([A-Za-z]+)([.,;:!?”’)]*)$', word) if '^' not in word else None
    if not m:
        return []
    core, tail = m.groups()
    if len(core) < 7 or (core[0].isupper() and len(core) < 9):
        return []
    out = []
    for a, b in HY.iterate(core):
        out.append((a + '-', b + tail))
    return out


class Page:
    def __init__(self, doc, w, h):
        self.doc, self.w, self.h, self.items = doc, w, h, []

    def text(self, x, y, s, font, size, color=None, rot=0, raw=False):
        f = FONTS[font]
        body = s if raw else tex(s)
        if color:
            body = r'\textcolor{%s}{%s}' % (color, body)
        r = '{%g}' % rot if rot else ''
        self.items.append(r'\rput[Bl]%s(%.2f,%.2f){\usefont{T1}{%s}{%s}{%s}\fontsize{%gbp}{%gbp}\selectfont %s}'
                          % (r, x, y, f[1], f[2], f[3], size, size * 1.2, body))

    def rect(self, x, y, w, h, fill='grey', line=None):
        if line:
            self.items.append(r'\psframe[linestyle=solid,linewidth=%gbp,linecolor=%s,fillstyle=%s,fillcolor=%s](%.2f,%.2f)(%.2f,%.2f)'
                              % (line[1], line[0], 'solid' if fill else 'none', fill or 'white', x, y, x + w, y + h))
        else:
            self.items.append(r'\psframe[linestyle=none,fillstyle=solid,fillcolor=%s](%.2f,%.2f)(%.2f,%.2f)'
                              % (fill, x, y, x + w, y + h))

    def rule(self, x0, y0, x1, y1, lw=0.5, color='black'):
        self.items.append(r'\psline[linestyle=solid,linewidth=%gbp,linecolor=%s](%.2f,%.2f)(%.2f,%.2f)' % (lw, color, x0, y0, x1, y1))

    def picture(self, x, y, w, h):
        self.rect(x, y, w, h, 'picgrey')
        self.rect(x + 6, y + 6, w - 12, h - 12, None, ('piclight', 1.2))


class View:
    """A rectangle of a page, optionally turned 180 degrees (for panels printed upside down)."""
    def __init__(self, page, x0, y0, w, h, turned=False):
        self.page, self.x0, self.y0, self.w, self.h, self.turned = page, x0, y0, w, h, turned

    def text(self, x, y, s, font, size, color=None, rot=0, raw=False):
        if self.turned:
            self.page.text(self.x0 + self.w - x, self.y0 + self.h - y, s, font, size, color, (rot + 180) % 360, raw)
        else:
            self.page.text(self.x0 + x, self.y0 + y, s, font, size, color, rot, raw)

    def _box(self, x, y, w, h):
        if self.turned:
            return self.x0 + self.w - x - w, self.y0 + self.h - y - h
        return self.x0 + x, self.y0 + y

    def rect(self, x, y, w, h, fill='grey', line=None):
        X, Y = self._box(x, y, w, h); self.page.rect(X, Y, w, h, fill, line)

    def picture(self, x, y, w, h):
        X, Y = self._box(x, y, w, h); self.page.picture(X, Y, w, h)

    def rule(self, x0, y0, x1, y1, lw=0.5, color='black'):
        if self.turned:
            self.page.rule(self.x0 + self.w - x0, self.y0 + self.h - y0, self.x0 + self.w - x1, self.y0 + self.h - y1, lw, color)
        else:
            self.page.rule(self.x0 + x0, self.y0 + y0, self.x0 + x1, self.y0 + y1, lw, color)


class Frame:
    def __init__(self, view, x, top, w, bottom, name=''):
        self.view, self.x, self.top, self.w, self.bottom, self.name = view, x, top, w, bottom, name


class Flow:
    """Fills a list of frames line by line. Exclusions narrow lines (floats)."""
    def __init__(self, frames, log):
        self.frames, self.i, self.log = frames, 0, log
        self.y = frames[0].top
        self.excl = []  # (frame index, ytop, ybot, side, amount)
        self.on_enter = {}

    @property
    def f(self):
        return self.frames[self.i]

    def next_frame(self, why=''):
        self.i += 1
        self.y = self.f.top
        self.log.append('frame -> %s %s' % (self.f.name, why))
        cb = self.on_enter.pop(self.i, None)
        for c in (cb if isinstance(cb, list) else [cb] if cb else []):
            c(self)

    def clear(self):
        """Move below any float on the current frame and forget it."""
        for fi, yt, yb, side, amt in self.excl:
            if fi == self.i:
                self.y = min(self.y, yb)
        self.excl = [x for x in self.excl if x[0] != self.i]

    def space(self, d):
        self.y -= d

    def need(self, h):
        if self.y - h < self.f.bottom:
            self.next_frame('need')

    def avail(self, y, lead):
        x, w = self.f.x, self.f.w
        for fi, yt, yb, side, amt in self.excl:
            if fi == self.i and y + lead * 0.75 > yb and y - lead * 0.25 < yt:
                w -= amt
                if side == 'left':
                    x += amt
        return x, w

    def para(self, text, font='TR', size=9.5, lead=12, justify=True, indent=0, after=0, color=None,
             hooks=None, hyph=True, first_font=None, start_x=0, lastline_cb=None, start_lines=None):
        """hooks: {line_index: callback(flow)} run after that line is set."""
        words = text.split()
        n = 0
        hooks = hooks or {}
        sw = width(' ', font, size)
        while words:
            if self.y - lead < self.f.bottom - 0.01:
                self.next_frame('para "%s"' % ' '.join(words[:4]))
            base = self.y - lead * 0.8
            x, w = self.avail(self.y - lead, lead)
            ind = indent if n == 0 else 0
            if start_lines and n < start_lines[0]:
                ind += start_lines[1]
            line, lw = [], 0.0
            while words:
                wd = words[0]
                ww = width(wd, font, size)
                add = ww + (sw if line else 0)
                if lw + add <= w - ind + 0.01:
                    line.append(wd); lw += add; words.pop(0)
                    continue
                if hyph:
                    for a, b in reversed(hyph_points(wd)):
                        aw = width(a, font, size) + (sw if line else 0)
                        if lw + aw <= w - ind:
                            line.append(a); lw += aw; words[0] = b
                            break
                if not line:  # overlong word
                    line.append(wd); lw += ww; words.pop(0)
                break
            last = not words
            v = self.f.view
            if justify and not last and len(line) > 1:
                nat = sum(width(t, font, size) for t in line)
                gap = (w - ind - nat) / (len(line) - 1)
                xx = x + ind
                for t in line:
                    v.text(xx, base, tex(t), font, size, color, raw=True)
                    xx += width(t, font, size) + gap
            else:
                v.text(x + ind, base, ' '.join(tex(t) for t in line), font, size, color, raw=True)
            self.y -= lead
            if n in hooks:
                hooks[n](self)
            n += 1
        self.y -= after
        return n

    def lines(self, text, font, size, lead, color=None, after=0, align='left'):
        """Ragged lines that were broken by hand (titles, headings): text is a list."""
        for t in text:
            if self.y - lead < self.f.bottom:
                self.next_frame('lines')
            x, w = self.avail(self.y - lead, lead)
            if align == 'center':
                x += (w - width(t, font, size)) / 2
            self.f.view.text(x, self.y - lead * 0.8, t, font, size, color)
            self.y -= lead
        self.y -= after


def wrap(text, font, size, w):
    """Break a short text into ragged lines of at most w (no hyphenation)."""
    out, cur = [], ''
    for t in text.split():
        c = (cur + ' ' + t).strip()
        if width(c, font, size) <= w or not cur:
            cur = c
        else:
            out.append(cur); cur = t
    if cur:
        out.append(cur)
    return out


class Doc:
    def __init__(self, name, w, h, title, creator):
        self.name, self.w, self.h, self.pages = name, w, h, []
        self.title, self.creator = title, creator
        self.log = []

    def page(self):
        p = Page(self, self.w, self.h)
        self.pages.append(p)
        return p

    def write(self, outdir, builddir):
        L = [r'\documentclass{article}', r'\usepackage[T1]{fontenc}', r'\usepackage[utf8]{inputenc}',
             r'\usepackage{textcomp}', r'\usepackage{xcolor}', r'\usepackage{pstricks}',
             r'\usepackage{microtype}', r'\DisableLigatures{encoding = *, family = *}',
             r'\usepackage[paperwidth=%gbp,paperheight=%gbp,margin=0pt,dvips]{geometry}' % (self.w, self.h),
             r'\pagestyle{empty}\parindent=0pt\topskip=0pt\maxdepth=0pt',
             r'\definecolor{picgrey}{rgb}{0.72,0.72,0.72}\definecolor{piclight}{rgb}{0.86,0.86,0.86}',
             r'\definecolor{band}{rgb}{0.13,0.16,0.24}\definecolor{accent}{rgb}{0.66,0.18,0.12}',
             r'\definecolor{tint}{rgb}{0.93,0.90,0.82}\definecolor{mid}{rgb}{0.35,0.35,0.35}',
             r'\definecolor{brass}{rgb}{0.72,0.55,0.20}\definecolor{tint2}{rgb}{0.88,0.92,0.95}',
             r'\psset{unit=1bp}',
             r'\special{!userdict begin [ /Title (%s) /Creator (%s) /DOCINFO pdfmark end}' % (self.title, self.creator),
             r'\begin{document}']
        for p in self.pages:
            L.append(r'\vbox to %gbp{\hbox{\begin{pspicture}(0,0)(%g,%g)' % (self.h, self.w, self.h))
            L.extend(p.items)
            L.append(r'\end{pspicture}}\vss}\newpage')
        L.append(r'\end{document}')
        src = os.path.join(builddir, 'tex', self.name + '.tex')
        os.makedirs(os.path.dirname(src), exist_ok=True)
        open(src, 'w', encoding='utf-8').write('\n'.join(L) + '\n')
        d = os.path.dirname(src)
        run = lambda *a: subprocess.run(a, cwd=d, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        run('nice', 'latex', '-interaction=batchmode', self.name + '.tex')
        run('nice', 'dvips', '-q', '-o', self.name + '.ps', self.name + '.dvi')
        run('nice', 'ps2pdf', '-dAutoRotatePages=/None', self.name + '.ps', os.path.join(outdir, self.name + '.pdf'))
        with open(os.path.join(builddir, 'layout_log.txt'), 'a') as f:
            for l in self.log:
                f.write(self.name + ': ' + l + '\n')
