"""Small helpers shared by the generators (stdlib only)."""
import os, struct, subprocess, zlib

BUILD = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(BUILD)


def grey_png(path, w, h, grey=0xB4):
    """A plain grey PNG with no text: a flat field and a 1-pixel darker border."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            v = grey - 0x28 if (x in (0, w - 1) or y in (0, h - 1)) else grey
            row += bytes([v, v, v])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


def pdftotext_raw(name):
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
