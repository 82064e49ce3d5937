# -*- coding: utf-8 -*-
"""Grey placeholder PNGs (a picture is a grey box with diagonals), written with zlib and struct."""
import struct
import zlib


def grey_png(path, w, h):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            on_diag = abs(x * h - y * w) < max(w, h) or abs((w - 1 - x) * h - y * w) < max(w, h)
            border = x in (0, w - 1) or y in (0, h - 1)
            v = 140 if (on_diag or border) else 200
            row += bytes([v, v, v])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)
