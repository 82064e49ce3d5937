# -*- coding: utf-8 -*-
"""telephone_1876.html: rendered by staticjinja from build/site/templates; images are flat grey PNGs."""
import os, re, shutil, struct, zlib
from importlib.metadata import version
from markupsafe import Markup, escape
from staticjinja import Site
import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
E = C.TELEPHONE
NOTES = ["Gray’s caveat and Bell’s application were both handed in at the Patent Office on 14 February 1876.",
         "The emperor was Pedro II, who visited the exhibition in June 1876."]
SHY = {"tuberculosis": "tuber\u00adculosis", "physiology": "physi\u00adology", "Philadelphia": "Phila\u00addelphia",
       "interrupted": "inter\u00adrupted", "instruments": "instru\u00adments"}

def shy(s):
    s = C.clean(s)
    for k, v in SHY.items():
        s = s.replace(k, v)
    return s

def notes(s):
    s = s.replace("¦", "")
    t = str(escape(shy_keep(s)))
    return Markup(re.sub(r"\{(\d)\}", lambda m: '<sup class="note-ref"><a href="#note-%s">%s</a></sup>' % (m.group(1), m.group(1)), t))

def shy_keep(s):
    for k, v in SHY.items():
        s = s.replace(k, v)
    return s

def png(path, w=64, h=40, grey=154):
    raw = b"".join(b"\x00" + bytes([grey]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    open(path, "wb").write(data)

if __name__ == "__main__":
    secs = []
    for i, s in enumerate(E["sections"]):
        d = dict(s)
        d["id"] = "zone-%d" % (i + 1)
        d["label_as_attr"] = (i == 2)
        d["pullquote"] = E["pullquote"] if i == 0 else None
        d["img"] = "telephone_1876_transmitter.png"
        secs.append(d)
    # note marks: add to zone 2 paragraph 2 and zone 3 paragraph 1
    secs[1]["paras"] = list(secs[1]["paras"]); secs[1]["paras"][1] = secs[1]["paras"][1].replace("filed a caveat,", "filed a caveat,{1}")
    secs[2]["paras"] = list(secs[2]["paras"]); secs[2]["paras"][0] = secs[2]["paras"][0].replace("the emperor of Brazil", "the emperor of Brazil{2}")
    tmp = os.path.join(HERE, "site", "out")
    site = Site.make_site(searchpath=os.path.join(HERE, "site", "templates"), outpath=tmp,
                          env_globals=dict(e=E, sections=secs, notes=NOTES, generator_version=version("staticjinja")),
                          filters=dict(shy=shy, notes=notes))
    site.render()
    shutil.copy(os.path.join(tmp, "telephone_1876.html"), os.path.join(OUT, "telephone_1876.html"))
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    png(os.path.join(OUT, "img", "telephone_1876_transmitter.png"))
    print("wrote telephone_1876.html")
