"""Write a flat grey PNG (the picture placeholder) without any imaging library."""
import struct, sys, zlib


def png(path, w, h, grey=0xB4):
    raw = b"".join(b"\x00" + bytes([grey]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    png(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
