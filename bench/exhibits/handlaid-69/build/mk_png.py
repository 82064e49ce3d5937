# Grey-box pictures (grey rectangle with a lighter inner frame) as PNG, pure Python.
import zlib, struct, os
def png(path, w, h):
    def px(x, y):
        b = 10
        if b <= x < w - b and b <= y < h - b and (x < b + 3 or x >= w - b - 3 or y < b + 3 or y >= h - b - 3):
            return 220
        return 184
    raw = b''.join(b'\x00' + bytes(px(x, y) for x in range(w)) for y in range(h))
    def chunk(t, d):
        c = t + d
        return struct.pack('>I', len(d)) + c + struct.pack('>I', zlib.crc32(c) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) + \
        chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'wb').write(data)
if __name__ == '__main__':
    B = os.path.dirname(os.path.abspath(__file__))
    png(os.path.join(B, 'png', 'guitar.png'), 480, 320)
    png(os.path.join(B, '..', 'img', 'theremin_cabinet.png'), 640, 420)
