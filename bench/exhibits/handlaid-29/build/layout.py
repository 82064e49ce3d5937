# Own line breaker for the gofpdf exhibits: real glyph widths from the Liberation TTFs (fontTools),
# greedy breaking, pyphen (en_GB) hyphenation, frames with rectangular obstacles (text wrap).
import pyphen
from fontTools.ttLib import TTFont

LIB = "/usr/share/fonts/truetype/liberation/"
FONTS = {"serif": "LiberationSerif-Regular.ttf", "serifB": "LiberationSerif-Bold.ttf",
         "serifI": "LiberationSerif-Italic.ttf", "sans": "LiberationSans-Regular.ttf",
         "sansB": "LiberationSans-Bold.ttf", "sansI": "LiberationSans-Italic.ttf",
         "narrow": "LiberationSansNarrow-Regular.ttf"}
_m = {}
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)

def metrics(name):
    if name not in _m:
        f = TTFont(LIB + FONTS[name])
        cmap = f.getBestCmap(); hmtx = f["hmtx"]; upm = f["head"].unitsPerEm
        _m[name] = (cmap, hmtx, upm)
    return _m[name]

def width(text, font, size):
    cmap, hmtx, upm = metrics(font)
    return sum(hmtx[cmap.get(ord(c), cmap[ord("?")])][0] for c in text) * size / upm

def take_line(text, font, size, avail):
    """Greedy: returns (line, remainder, words_fully_consumed)."""
    words = text.split()
    cur = ""; k = 0
    while k < len(words):
        cand = (cur + " " + words[k]) if cur else words[k]
        if width(cand, font, size) <= avail:
            cur = cand; k += 1; continue
        w = words[k]
        pre = (cur + " ") if cur else ""
        if "-" in w[:-1]:   # real compound: break only after its own hyphen
            head, tail = w.split("-", 1)
            if width(pre + head + "-", font, size) <= avail:
                return pre + head + "-", " ".join([tail] + words[k+1:]), k
        else:
            core = w.rstrip(".,;:’”)!?")
            if core.isalpha() and len(core) >= 6:
                for a, b in HY.iterate(core):
                    if width(pre + a + "-", font, size) <= avail:
                        return pre + a + "-", " ".join([b + w[len(core):]] + words[k+1:]), k
        if not cur:
            return w, " ".join(words[k+1:]), k + 1
        return cur, " ".join(words[k:]), k
    return cur, "", k

def break_lines(text, font, size, avail):
    out = []
    while text:
        l, text, _ = take_line(text, font, size, avail)
        out.append(l)
    return out

class Frame:
    def __init__(s, x, top, w, bottom):
        s.x, s.top, s.w, s.bottom = x, top, w, bottom
        s.obst = []   # (y0, y1, x0, x1) in absolute coords, the text must avoid [x0,x1]

class Flow:
    """Flows paragraphs through frames; every placed line is a text op appended to out[group]."""
    def __init__(s, frames, out, groups):
        s.frames, s.fi, s.out, s.groups = frames, 0, out, groups
        s.y = frames[0].top
    @property
    def fr(s): return s.frames[s.fi]
    def group(s): return s.groups[s.fi]
    def next_frame(s):
        s.fi += 1; s.y = s.fr.top
    def avail(s, lead):
        """x and width for a line whose baseline will be at s.y+lead."""
        fr = s.fr; y0, y1 = s.y, s.y + lead
        x, w = fr.x, fr.w
        for (a, b, x0, x1) in fr.obst:
            if y1 > a and y0 < b:
                if x0 <= fr.x + 1: x, w = x1, fr.x + fr.w - x1
                else: w = x0 - fr.x
        return x, w
    def space(s, h):
        s.y += h
    def need(s, h):
        if s.y + h > s.fr.bottom: s.next_frame()
    def para(s, text, font, size, lead, rgb=None, first_indent=0, hook=None, drop=None):
        """text may contain one '|' mark: hook() is called after the line holding it."""
        mark_word = None
        if "|" in text:
            pre, post = text.split("|", 1)
            mark_word = len(pre.split())
            text = (pre + post).replace("  ", " ")
        words_total = len(text.split())
        rest = text; i = 0; done_words = 0; hooked = False
        while rest:
            if s.y + lead > s.fr.bottom: s.next_frame()
            x, w = s.avail(lead)
            ind = first_indent if i == 0 else 0
            if drop and i < drop[1]: ind += drop[0]
            line, rest, k = take_line(rest, font, size, w - ind)
            s.y += lead
            if drop and i == 0:
                s.out[s.group()].append(dict(op="text", x=round(x, 2), y=round(s.y + (drop[1]-1)*lead, 2), font=drop[2], size=drop[3], text=drop[4], rgb=drop[5]))
            s.out[s.group()].append(dict(op="text", x=round(x + ind, 2), y=round(s.y, 2), font=font, size=size, text=line, rgb=rgb))
            done_words += k
            i += 1
            if mark_word is not None and not hooked and done_words >= mark_word:
                hooked = True; hook(s)
