"""Markdown for the DOCX, converted by remark-docx (npm) in build/docx/convert.mjs."""
import os, subprocess, struct, zlib
from content import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def grey_png(path, w=480, h=300, v=196):
    raw = b"".join(b"\x00" + bytes([v]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    open(path, "wb").write(data)


def md(name):
    e = EX[name]
    L = []
    L.append(f"**{e['kicker']}**\n")
    # setext heading with a hard break: the title keeps its two lines
    L.append(e["title_lines"][0] + "\\\n" + e["title_lines"][1] + "\n===\n")
    L.append(f"*{e['intro']}*\n")
    for i, s in enumerate(e["sections"]):
        # label and title in ONE heading paragraph, split by a hard break
        L.append(f"{s['label']}\\\n{s['title']}\n---\n")
        for k, p in enumerate(s["paras"]):
            if i == 0:
                p = p.replace("were refused.", "were refused.[^1]")
            L.append(p + "\n")
            if s.get("caption") and k == 0:
                c = s["caption"]
                L.append("![Grey placeholder for the picture](picture.png)\n")
                L.append(f"**{c['position']}:** {c['text']} *{c['credit']}*\n")
        if i == 0:
            L.append("> " + e["pull_quote"] + "\n")
        if i == 1:
            t = e["table"]
            L.append(f"**{t['title']}**\n")
            L.append("| | |\n|---|---|")
            for a, b in t["rows"]:
                L.append(f"| **{a}** | {b} |")
            L.append("")
    L.append("***\n")
    sb = e["sidebar"]
    L.append(f"### {sb['title']}\n")
    for p in sb["paras"]:
        L.append(p + "\n")
    L.append(f"*{e['colophon']}*\n")
    L.append(f"[^1]: {e['note']}\n")
    return "\n".join(L)


if __name__ == "__main__":
    d = os.path.join(HERE, "docx")
    grey_png(os.path.join(d, "picture.png"))
    name = "salon_des_refuses_1863"
    open(os.path.join(d, name + ".md"), "w", encoding="utf-8").write(md(name))
    subprocess.run(["node", "convert.mjs", name + ".md", os.path.join(OUT, name + ".docx")], cwd=d, check=True)
