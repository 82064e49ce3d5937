# Plain grey PNG "photographs" written with zlib and struct (no text in them).
import struct, zlib
def grey_png(path, w, h, shade=190):
    raw = b"".join(b"\x00" + bytes([shade if (x // 12 + y // 12) % 2 else shade - 12 for x in range(w)]) for y in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)
