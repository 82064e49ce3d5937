"""Plain grey PNGs with a darker frame and diagonals, written with zlib and struct."""
import struct, zlib
def grey_png(path, w, h):
    rows = []
    for y in range(h):
        r = bytearray([0])
        for x in range(w):
            edge = x < 2 or y < 2 or x >= w - 2 or y >= h - 2
            diag = abs(x * h - y * w) < w * 1.2 or abs((w - x) * h - y * w) < w * 1.2
            v = 140 if edge else (165 if diag else 200)
            r += bytes([v, v, v])
        rows.append(bytes(r))
    raw = b"".join(rows)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)
if __name__ == "__main__":
    import sys
    grey_png(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
