"""Small shared helpers (stdlib only)."""
import os, struct, subprocess, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def grey_png(path, w, h, shade=0xB4):
    """A plain grey PNG with a slightly darker 2-px border, no text."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            edge = x < 2 or y < 2 or x >= w - 2 or y >= h - 2
            row += bytes([shade - 40 if edge else shade] * 3)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def pdftotext(name):
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)
