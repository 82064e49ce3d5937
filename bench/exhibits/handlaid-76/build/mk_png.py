"""Writes the grey placeholder picture (build/grey.png, ../img/lantern.png)."""
import zlib, struct, os
B = os.path.dirname(os.path.abspath(__file__))
def png(w, h, g=200):
    raw = b"".join(b"\x00" + bytes([g]) * w for _ in range(h))
    def ch(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + ch(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + ch(b"IDAT", zlib.compress(raw)) + ch(b"IEND", b"")
open(os.path.join(B, "grey.png"), "wb").write(png(400, 260))
os.makedirs(os.path.join(os.path.dirname(B), "img"), exist_ok=True)
open(os.path.join(os.path.dirname(B), "img", "lantern.png"), "wb").write(png(640, 420))
