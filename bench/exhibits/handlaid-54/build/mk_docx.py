"""Writes build/docx/hoover_dam_1936.md (Markdown with grid tables) and runs @adobe/helix-md2docx on it."""
import base64, os, subprocess, textwrap, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import EX, OUT

HERE = os.path.dirname(os.path.abspath(__file__))
W = 96


def grid(rows):
    """rows: list of lists of markdown blocks (one column)."""
    bar = "+" + "-" * (W + 2) + "+"
    out = [bar]
    for r, blocks in enumerate(rows):
        lines = []
        for i, b in enumerate(blocks):
            if i:
                lines.append("")
            lines += textwrap.wrap(b, W, break_long_words=False, break_on_hyphens=False) or [""]
        for ln in lines:
            assert len(ln) <= W, ln
            out.append("| " + ln.ljust(W) + " |")
        out.append(bar)
    return "\n".join(out)


def main():
    e = EX["hoover_dam_1936"]
    md = []
    md.append("**" + e["kicker"].upper() + "**")
    md.append(e["title_lines"][0] + "\\\n" + e["title_lines"][1] + "\n" + "=" * 40)
    md.append("*" + e["intro"] + "*")
    for i, s in enumerate(e["sections"]):
        md.append(grid([["**" + s["label"] + "**", "## " + s["title"]] + s["paras"]]))
        if s["caption"]:
            c = s["caption"]
            md.append(grid([["![High scalers, Black Canyon][grey]"],
                            ["**" + c["position"] + ":** " + c["text"] + " *" + c["credit"] + "*"]]))
        if i == 0:
            md.append("> " + e["pull"] + " — " + e["pull_attr"])
    t = e["table"]
    md.append("| " + t[0][0] + " | |\n| --- | --- |\n" + "\n".join("| **%s** | %s |" % r for r in t[1:]))
    md.append("---")
    md.append("### " + e["sidebar"]["title"])
    md += e["sidebar"]["paras"]
    md.append("Basin and Range Museum of Engineering · Gallery of Water · Text panel set 7")
    with open(os.path.join(HERE, "grey.png"), "rb") as f:
        md.append("[grey]: data:image/png;base64," + base64.b64encode(f.read()).decode())
    src = os.path.join(HERE, "docx", "hoover_dam_1936.md")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n\n".join(md) + "\n")
    subprocess.run(["node", "convert.mjs", "hoover_dam_1936.md", os.path.join(OUT, "hoover_dam_1936.docx")],
                   cwd=os.path.join(HERE, "docx"), check=True)


if __name__ == "__main__":
    main()
