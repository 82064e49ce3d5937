"""Shared helpers: font metrics, hyphenation, greedy line breaking, gold JSON."""
import json, re, os
from fontTools.ttLib import TTFont
import pyphen

LIB = "/usr/share/fonts/truetype/liberation/"
FONT_FILES = {
    "serif": "LiberationSerif-Regular.ttf", "serif-b": "LiberationSerif-Bold.ttf",
    "serif-i": "LiberationSerif-Italic.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
    "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
    "sans-i": "LiberationSans-Italic.ttf", "narrow": "LiberationSansNarrow-Regular.ttf",
    "narrow-b": "LiberationSansNarrow-Bold.ttf",
}
_cache = {}

def metrics(name):
    if name not in _cache:
        f = TTFont(LIB + FONT_FILES[name])
        _cache[name] = (f.getBestCmap(), f["hmtx"], f["head"].unitsPerEm)
    return _cache[name]

def width(text, font, size):
    cmap, hmtx, upem = metrics(font)
    w = 0
    for ch in text:
        g = cmap.get(ord(ch)) or cmap.get(ord("?"))
        w += hmtx[g][0]
    return w * size / upem

_dic = pyphen.Pyphen(lang="en_GB", left=3, right=3)

def strip_marks(t):
    return re.sub(r"\^\d+\^", "", t)

def tokens(text):
    """Split text into words; a note mark ^n^ stays glued to its word."""
    return text.split()

def break_lines(text, font, size, w, first_indent=0.0, hyphenate=True, widths=None):
    """Greedy breaking. Returns list of (line_text, is_last, words). widths: optional per-line widths list."""
    words = text.split()
    lines, cur = [], []
    def avail(i):
        if widths and i < len(widths):
            return widths[i]
        return w - (first_indent if i == 0 else 0)
    def wtxt(ws):
        return " ".join(strip_marks(x) for x in ws)
    i = 0
    while i < len(words):
        word = words[i]
        trial = cur + [word]
        if width(wtxt(trial), font, size) <= avail(len(lines)):
            cur = trial; i += 1; continue
        # try hyphenating
        done = False
        clean = strip_marks(word)
        if hyphenate and re.fullmatch(r"[A-Za-z’']{6,}[,.;:]?", clean) and "-" not in clean and clean[0].islower():
            core = clean.rstrip(",.;:")
            for a, b in _dic.iterate(core):
                cand = cur + [a + "-"]
                if width(wtxt(cand), font, size) <= avail(len(lines)):
                    lines.append(cand); cur = []
                    words[i] = word.replace(core, b, 1) if word.startswith(core) else b + word[len(core):]
                    done = True
                    break
        if done:
            continue
        if not cur:
            cur = [word]; i += 1
        lines.append(cur); cur = []
    if cur:
        lines.append(cur)
    out = []
    for k, ws in enumerate(lines):
        out.append((" ".join(ws), k == len(lines) - 1, ws))
    return out

def gold(title_lines, intro, sections, running, joiner=" "):
    title = joiner.join(title_lines)
    secs = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": strip_marks(intro)}]}]
    for label, stitle, blocks in sections:
        bl, caps = [], []
        for b in blocks:
            if b[0] == "p":
                bl.append({"kind": "paragraph", "text": strip_marks(b[1])})
            else:
                caps.append({"kind": "caption", "text": b[2], "position": b[1], "credit": b[3]})
        secs.append({"label": label, "title": stitle, "blocks": bl + caps})
    return {"title": title, "running": running, "sections": secs}

def write_gold(path, g):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
