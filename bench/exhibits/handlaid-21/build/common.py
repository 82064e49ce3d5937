# -*- coding: utf-8 -*-
import json, os, subprocess, sys

BUILD = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(BUILD)
VENV_PY = os.path.join(BUILD, "venv", "bin", "python")


def ensure_venv():
    """Re-execute with the build venv's Python."""
    if os.path.realpath(sys.prefix) != os.path.realpath(os.path.join(BUILD, "venv")):
        os.execv(VENV_PY, [VENV_PY] + sys.argv)


def write_ops(name, ops):
    path = os.path.join(BUILD, name + ".ops.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(ops, f, ensure_ascii=False, indent=0)
    return path


def pdftotext(name):
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)


def write_ops_tsv(name, ops):
    """The same ops as tab-separated lines (for the Java and Perl painters)."""
    path = os.path.join(BUILD, name + ".ops.tsv")
    with open(path, "w", encoding="utf-8") as f:
        for o in ops:
            if o["op"] == "page":
                f.write("page\t%s\t%s\n" % (o["w"], o["h"]))
            elif o["op"] == "text":
                assert "\t" not in o["text"] and "\n" not in o["text"]
                f.write("text\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (o["x"], o["y"], o["font"], o["size"],
                        *o["color"], o["tw"], o["text"]))
            elif o["op"] == "rect":
                f.write("rect\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (o["x"], o["y"], o["w"], o["h"], *o["fill"]))
            elif o["op"] == "line":
                f.write("line\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (o["x1"], o["y1"], o["x2"], o["y2"], o["width"],
                        *o["color"]))
    return path


def grey_png(w, h, g=190):
    """A plain grey PNG (no text), made with zlib/struct."""
    import struct, zlib
    raw = b"".join(b"\x00" + bytes([g]) * w for _ in range(h))

    def ch(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + ch(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            ch(b"IDAT", zlib.compress(raw, 9)) + ch(b"IEND", b""))
