"""The Ashes: an HTML page of a legacy museum site laid out with tables. Labels sit in
the left cell of each panel table; the figure credit exists only in a data attribute
shown by CSS ::after (and in the img title); the sidebar is a third layout cell."""
import html
import os
from content import ASHES as C
from common import gold, write_gold, OUT
from png import grey_png

E = html.escape


def build():
    name = C["name"]
    title = " ".join(C["title_lines"])
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    for fn, (w, h, s) in {"ashes_logo.png": (120, 40, 90), "ashes_scorecard.png": (360, 260, 190)}.items():
        with open(os.path.join(OUT, "img", fn), "wb") as f:
            f.write(grey_png(w, h, s))
    pos, ctext, credit = C["caption"]
    panels = []
    for si, (label, stitle, paras) in enumerate(C["sections"]):
        body = []
        for pi, p in enumerate(paras):
            body.append(f"<p>{E(p, quote=False)}</p>")
            if si == 1 and pi == 0:
                body.append(
                    '<table class="pullquote" align="right" role="presentation"><tr><td>'
                    f"{E(C['pull'], quote=False)}</td></tr></table>")
        if si == 1:
            body.append(
                '<table class="figure" role="presentation" width="100%"><tr>\n'
                f'<td class="cap" valign="bottom" data-credit="{E(credit)}"><b>{E(pos)}:</b> {E(ctext, quote=False)}</td>\n'
                f'<td width="360"><img src="img/ashes_scorecard.png" width="360" height="260" alt="" title="{E(credit)}"></td>\n'
                "</tr></table>")
        panels.append(
            f'<table class="panel" role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr>\n'
            f'<td class="label" width="88" valign="top">{E(label)}</td>\n'
            f'<td class="text" valign="top">\n<h2>{E(stitle)}</h2>\n' + "\n".join(body) + "\n</td></tr></table>")
    st, sp = C["sidebar"]
    side = f'<h3>{E(st)}</h3>\n' + "\n".join(f"<p>{E(p, quote=False)}</p>" for p in sp)
    h1 = "<br>\n".join(E(t, quote=False) for t in C["title_lines"])
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{E(C['title_lines'][0].rstrip(':'))} – {E(C['site'])}</title>
<meta name="description" content="{E(C['intro'])}">
<style>
body {{ margin: 0; font-family: Georgia, serif; background: #e9e4d8; color: #222; }}
table.layout {{ width: 980px; margin: 0 auto; background: #fff; border-collapse: collapse; }}
td.masthead {{ background: #1f4d2b; color: #fff; padding: 10px 16px; font-family: Arial, sans-serif; }}
td.masthead a {{ color: #dfe9d6; margin-right: 14px; font-size: 13px; }}
td.nav {{ width: 170px; background: #f3efe4; padding: 16px; font-family: Arial, sans-serif; font-size: 13px; vertical-align: top; }}
td.main {{ padding: 16px 24px; vertical-align: top; }}
td.side {{ width: 210px; padding: 16px; vertical-align: top; background: #fbf6e6; border-left: 3px solid #1f4d2b; font-family: Arial, sans-serif; font-size: 14px; }}
p.kicker {{ text-transform: uppercase; letter-spacing: .2em; color: #8a6d3b; font: bold 12px Arial, sans-serif; }}
h1 {{ font-size: 34px; margin: 4px 0 12px; }}
p.standfirst {{ font-size: 19px; font-style: italic; border-bottom: 2px solid #1f4d2b; padding-bottom: 12px; }}
table.panel {{ margin: 18px 0; }}
td.label {{ background: #1f4d2b; color: #fff; font: bold 13px Arial, sans-serif; text-align: center; padding: 8px 4px; }}
td.text {{ padding-left: 16px; }}
td.text h2 {{ margin: 0 0 8px; font-family: Arial, sans-serif; color: #1f4d2b; }}
table.pullquote {{ width: 230px; margin: 0 0 8px 16px; }}
table.pullquote td {{ border-top: 3px solid #8a6d3b; border-bottom: 3px solid #8a6d3b; font-size: 20px; font-style: italic; color: #8a6d3b; padding: 8px 0; }}
td.cap {{ font: 13px Arial, sans-serif; padding-right: 12px; }}
td.cap::after {{ content: attr(data-credit); display: block; margin-top: 6px; font-style: italic; color: #666; font-size: 11px; }}
td.foot {{ background: #333; color: #ccc; font: 12px Arial, sans-serif; padding: 12px 16px; }}
</style>
</head>
<body>
<table class="layout" role="presentation">
<tr><td class="masthead" colspan="3"><img src="img/ashes_logo.png" width="120" height="40" alt="{E(C['site'])}"> &nbsp;
<a href="#">Home</a> <a href="#">Visit</a> <a href="#">Collections</a> <a href="#">Online exhibitions</a> <a href="#">Support us</a></td></tr>
<tr>
<td class="nav">
<b>In this exhibition</b><br>
<a href="#">Seven Runs Short</a><br>
<a href="#">Grace and the run-out</a><br>
<a href="#">The Bligh tour</a><br>
<a href="#">Visit the urn</a><br><br>
<b>Opening times</b><br>Tuesday to Sunday, 10.00–16.30
</td>
<td class="main">
<p class="kicker">{E(C['kicker'])}</p>
<h1>{h1}</h1>
<p class="standfirst">{E(C['intro'], quote=False)}</p>
{chr(10).join(panels)}
<p class="share"><a href="#">Share this page</a> · <a href="#">Print</a></p>
</td>
<td class="side">
{side}
</td>
</tr>
<tr><td class="foot" colspan="3">© {E(C['site'])}, Kennington. Registered charity. <a href="#">Accessibility</a> · <a href="#">Privacy</a></td></tr>
</table>
</body>
</html>
"""
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    sections = [(None, title, [C["intro"]], None)]
    for si, (label, stitle, paras) in enumerate(C["sections"]):
        sections.append((label, stitle, paras, C["caption"] if si == 1 else None))
    sections.append((None, st, sp, None))
    write_gold(name, gold(title, [], sections))


if __name__ == "__main__":
    build()
