"""Shared helpers: grey placeholder PNGs (stdlib only) and pdftotext."""
import os, struct, subprocess, zlib
from content import OUT


def grey_png(path, w, h, shade=170, band=True):
    """A plain grey picture with a soft darker band (no text)."""
    rows = []
    for y in range(h):
        v = shade - (25 if band and h * 0.55 < y < h * 0.8 else 0) - (y * 20 // h)
        rows.append(b"\x00" + bytes([v, v, v]) * w)
    raw = zlib.compress(b"".join(rows), 9)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "wb").write(data)


def to_txt(name):
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)
