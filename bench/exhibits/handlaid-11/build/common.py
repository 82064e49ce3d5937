"""Shared helpers for the r10 held-out exhibits.

Every generator builds its gold from the same Python strings it typesets.
"""
import json, os, re, subprocess, unicodedata
from PIL import ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)          # /work/heldout/r10/exhibits

FONTS = {
    "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "serif-bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "serif-italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "sans-bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "sans-italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "dv-serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "dv-serif-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "dv-serif-italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
    "dv-sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dv-sans-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "dv-sans-italic": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
}
_fcache = {}


def text_width(s, font, size):
    """Advance width of s in points for a TrueType font at `size` pt."""
    key = font
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(FONTS[font], 1000)
    return _fcache[key].getlength(s) * size / 1000.0


def wrap(text, font, size, width):
    """Greedy line breaking (no hyphenation). Returns a list of lines."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if text_width(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---- gold -------------------------------------------------------------------
def P(text):
    return {"kind": "paragraph", "text": text}


def C(text, credit=None, position=None):
    return {"kind": "caption", "text": text, "position": position, "credit": credit}


def S(label, title, blocks):
    return {"label": label, "title": title, "blocks": blocks}


def write_gold(name, title, running, sections):
    gold = {"title": title, "running": running, "sections": sections}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return gold


def pdftotext_raw(name):
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)


def body_words(gold):
    return sum(len(b["text"].split()) for s in gold["sections"] for b in s["blocks"]
               if b["kind"] == "paragraph")


# ---- comparison ---------------------------------------------------------------
def squash(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "").replace("\u2010", "").replace("-", "")
    return re.sub(r"\s+", "", s).casefold()


def grey_png(path, w=600, h=400, shade=200):
    """A plain grey picture with no text (the exhibits' stand-in for photographs)."""
    from PIL import Image
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        Image.new("RGB", (w, h), (shade, shade, shade)).save(path)
    return path
