"""Shared helpers: grey PNGs (stdlib only), pdftotext, paths."""
import os
import struct
import subprocess
import zlib

BUILD = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(BUILD)          # handlaid-17/
IMG = os.path.join(BUILD, "img")


def grey_png(path, w, h, grey=0xB4, border=0x8C):
    """A plain grey PNG with a slightly darker 2-pixel border and no text."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            edge = x < 2 or y < 2 or x >= w - 2 or y >= h - 2
            row.append(border if edge else grey)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(png)
    return path


def pdftotext_raw(pdf, txt):
    subprocess.run(["pdftotext", "-raw", pdf, txt], check=True)
    with open(txt, encoding="utf-8") as f:
        return f.read()
