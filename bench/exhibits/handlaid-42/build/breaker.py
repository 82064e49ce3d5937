"""Greedy line breaker with real font metrics (fontTools advance widths of the Liberation TTFs that PlutoBook
embeds) and en-GB hyphenation from pyphen (words of 7+ letters, at least 3 letters each side)."""
import re, html
from fontTools.ttLib import TTFont
import pyphen

FONTDIR = "/usr/share/fonts/truetype/liberation/"
FILES = {"serif": "LiberationSerif-Regular.ttf", "serif-i": "LiberationSerif-Italic.ttf",
         "serif-b": "LiberationSerif-Bold.ttf", "sans": "LiberationSans-Regular.ttf",
         "sans-b": "LiberationSans-Bold.ttf", "sans-i": "LiberationSans-Italic.ttf"}
_cache = {}
_hy = pyphen.Pyphen(lang="en_GB")


def _font(face):
    if face not in _cache:
        f = TTFont(FONTDIR + FILES[face])
        _cache[face] = (f.getBestCmap(), f["hmtx"].metrics, f["head"].unitsPerEm)
    return _cache[face]


def width(text, face, size):
    cmap, hmtx, upm = _font(face)
    w = 0
    for ch in text:
        g = cmap.get(ord(ch))
        w += hmtx[g][0] if g else upm * 0.5
    return w * size / upm


def _hyphen_splits(word):
    m = re.match(r"^([^A-Za-zÀ-ÿ]*)([A-Za-zÀ-ÿ’']+)([^A-Za-zÀ-ÿ]*)$", word)
    if not m or len(m.group(2)) < 7 or "-" in word:
        return []
    pre, core, post = m.groups()
    out = []
    for pos in _hy.positions(core):
        if pos >= 3 and len(core) - pos >= 3:
            out.append((pre + core[:pos] + "-", core[pos:] + post))
    return out


def break_lines(text, face, size, maxw, hyphenate=True, first_indent=0.0):
    maxw = maxw * 0.975  # safety against shaping differences
    words = text.split()
    lines, cur = [], ""
    i = 0
    while i < len(words):
        w = words[i]
        limit = maxw - (first_indent if not lines else 0)
        trial = (cur + " " + w) if cur else w
        if width(trial, face, size) <= limit:
            cur = trial
            i += 1
            continue
        done = False
        if hyphenate and cur:
            for a, b in reversed(_hyphen_splits(w)):
                if width(cur + " " + a, face, size) <= limit:
                    lines.append(cur + " " + a)
                    cur = ""
                    words[i] = b
                    done = True
                    break
        if not done:
            if not cur:
                cur = w
                i += 1
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    return lines


def to_html(lines):
    return "<br>".join(html.escape(l, quote=False) for l in lines)
