"""Shared helpers: grey PNGs (zlib/struct only), soft hyphens with pyphen, paths."""
import os, struct, zlib, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
IMG = os.path.join(HERE, "img")
VENV_PY = os.path.join(HERE, "venv", "bin", "python")


def ensure_venv():
    if os.path.realpath(sys.executable) != os.path.realpath(VENV_PY) and os.path.exists(VENV_PY) and sys.prefix == sys.base_prefix:
        os.execv(VENV_PY, [VENV_PY] + sys.argv)


def grey_png(name, w, h, grey=190):
    """A plain grey PNG with a darker 2-px border, no text."""
    os.makedirs(IMG, exist_ok=True)
    path = os.path.join(IMG, name)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            v = 120 if (x < 2 or y < 2 or x >= w - 2 or y >= h - 2) else grey
            row += bytes([v, v, v])
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)
    return path


def soft_hyphens(text, minlen=9, lang="en_GB"):
    """Put U+00AD into words of at least minlen letters (pyphen, en_GB patterns)."""
    import pyphen, re
    dic = pyphen.Pyphen(lang=lang)
    def fix(m):
        w = m.group(0)
        return dic.inserted(w, hyphen="\u00ad") if len(w) >= minlen else w
    return re.sub(r"[A-Za-z]+", fix, text)
