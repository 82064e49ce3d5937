"""Write the Markdown source of the iron-lung DOCX (converted by markdown-docx in docx/convert.mjs)."""
import os, struct, zlib, subprocess
import content as C

HERE = os.path.dirname(os.path.abspath(__file__))


def grey_png(path, w=320, h=220, v=200):
    raw = b"".join(b"\x00" + bytes([v, v, v]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)


def markdown():
    ex = C.IRONLUNG; X = ex["extra"]
    S = ex["sections"]
    out = []
    out.append("**%s**\n" % X["kicker"])
    out.append("%s  \n%s\n%s\n" % (ex["title_lines"][0], ex["title_lines"][1], "=" * 30))
    out.append("*%s*\n" % ex["intro"])
    for i, (label, title, blocks) in enumerate(S[:3]):
        sec = []
        sec.append("## %s\n" % title)
        for b in blocks:
            if b[0] == "p":
                t = b[1]
                if i == 2 and "a small house," in t:
                    t = t.replace("a small house,", "a small house,[^cost]")
                sec.append(t + "\n")
        c = [b for b in blocks if b[0] == "cap"]
        if c:
            c = c[0]
            sec.insert(2, "| ![Grey placeholder for the respirator photograph](respirator.png) |\n|---|\n| **%s:** %s *%s* |\n" % (c[2], c[1], c[3]))
        if i == 0:
            sec.append("> %s\n" % X["pull"])
        sec[0] = "## %s. %s\n" % (label, title)   # the label is typed into the heading text
        out.extend(sec)
    out.append("| Year | What happened |\n|---|---|\n" + "".join("| **%s** | %s |\n" % r for r in X["table"]))
    sb = S[3]
    out.append("### %s\n" % sb[1])
    out.append(sb[2][0][1] + "\n")
    out.append("---\n")
    out.append("*%s*\n" % X["colophon"])
    out.append("[^cost]: %s\n" % X["footnote"])
    return "\n".join(out)


if __name__ == "__main__":
    d = os.path.join(HERE, "docx")
    grey_png(os.path.join(d, "respirator.png"))
    open(os.path.join(d, "iron_lung_1928.md"), "w", encoding="utf-8").write(markdown())
    subprocess.run(["node", "convert.mjs", "iron_lung_1928.md", os.path.join(C.OUT, "iron_lung_1928.docx")], cwd=d, check=True)
