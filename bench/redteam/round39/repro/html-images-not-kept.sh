#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
python3 -c "
import base64,zlib,struct
def png(w,h):
    raw=b''.join(b'\x00'+b'\xc8\xb4\x78'*w for _ in range(h))
    def ch(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d))
    return b'\x89PNG\r\n\x1a\n'+ch(b'IHDR',struct.pack('>IIBBBBB',w,h,8,2,0,0,0))+ch(b'IDAT',zlib.compress(raw))+ch(b'IEND',b'')
open('h4.png','wb').write(png(20,20))"
printf '<html><body><h1>Pictures</h1><figure><img src="h4.png" alt="H4"><figcaption>H4, 1759. Photograph by Tomas Lindqvist.</figcaption></figure></body></html>' > p.html
"$V" build p.html --db t.db >/dev/null 2>&1; "$V" publish --db t.db --static site >/dev/null 2>&1
grep -o 'figure-missing[^<]*' site/documents/*.html 2>/dev/null || grep -rho 'not kept in the exhibit[^<]*' site | head -2
echo "Expected: the picture beside the page shown with its caption; observed: placeholder '[Image: H4 (h4.png) — not kept in the exhibit]'"
