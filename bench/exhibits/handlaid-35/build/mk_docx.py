# Comet: HTML source written here, converted to DOCX by calibre's ebook-convert (calibre's own DOCX writer).
import json, os, re, subprocess, sys, html
from content import COMET as EX, gold_for
from png import grey_png

out = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "comet_src"); os.makedirs(src, exist_ok=True)
grey_png(os.path.join(src, "comet_replica.png"), 480, 300)
e = html.escape
def body(s):
    return re.sub(r"\^(\d+)\^", r'<sup class="nref">\1</sup>', e(s, quote=False))

H = ["""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"/>
<title>%s</title><meta name="author" content="Riverside Hall, Greenock"/>
<style>
body { font-family: "Liberation Serif", serif; font-size: 11pt; }
p { margin: 0 0 6pt 0; text-align: justify; }
p.kicker { font-family: "Liberation Sans", sans-serif; font-size: 9pt; color: #8a3b12; text-transform: uppercase; letter-spacing: 2pt; font-weight: bold; }
h1 { font-size: 26pt; color: #17324d; margin: 0 0 8pt 0; }
h1 span.sub { font-size: 17pt; font-style: italic; font-weight: normal; }
p.intro { font-size: 13pt; font-style: italic; border-bottom: 1pt solid #17324d; padding-bottom: 6pt; }
p.label { text-transform: uppercase; font-family: "Liberation Sans", sans-serif; font-weight: bold; color: #ffffff; background-color: #17324d; font-size: 9pt; margin-top: 16pt; margin-bottom: 0; }
h2 { font-family: "Liberation Sans", sans-serif; font-size: 15pt; color: #17324d; margin-top: 2pt; }
table.fig { border-collapse: collapse; width: 100%%; margin: 6pt 0; }
table.fig td { border: 0.5pt solid #999999; padding: 4pt; }
td.cap { font-family: "Liberation Sans", sans-serif; font-size: 9pt; }
td.cap i { color: #555555; }
blockquote { font-size: 16pt; font-style: italic; color: #8a3b12; text-align: center; border-top: 1pt solid #8a3b12; border-bottom: 1pt solid #8a3b12; margin: 12pt 30pt; }
div.box { background-color: #eef2f6; border: 1pt solid #17324d; padding: 8pt; margin: 12pt 0; }
div.box h3 { font-family: "Liberation Sans", sans-serif; font-size: 12pt; margin: 0 0 4pt 0; }
div.box p { font-family: "Liberation Sans", sans-serif; font-size: 10pt; }
.newpage { page-break-before: always; }
sup.nref { font-size: 7pt; }
h4 { font-family: "Liberation Sans", sans-serif; font-size: 10pt; margin-top: 18pt; }
ol.notes li { font-size: 9pt; }
</style></head><body>
""" % e(" ".join(EX["title_lines"]))]
H.append('<p class="kicker">%s</p>' % e(EX["kicker"]))
H.append('<h1>%s<br/><span class="sub">%s</span></h1>' % (e(EX["title_lines"][0]), e(EX["title_lines"][1])))
H.append('<p class="intro">%s</p>' % e(EX["intro"]))
for si, s in enumerate(EX["sections"]):
    cls = "label newpage" if si == 2 else "label"
    H.append('<p class="%s">%s</p>' % (cls, e(s["label"])))
    H.append("<h2>%s</h2>" % e(s["title"]))
    for i, p in enumerate(s["paras"]):
        H.append("<p>%s</p>" % body(p))
        if i == 0 and "fig" in s:
            f = s["fig"]
            H.append('<table class="fig"><tr><td><img src="comet_replica.png" alt="Grey placeholder for a photograph" width="480" height="300"/></td></tr>'
                     '<tr><td class="cap"><b>%s:</b> %s<br/><i>%s</i></td></tr></table>' % (e(f["pos"]), e(f["text"]), e(f["credit"])))
    if si == 1:
        H.append("<blockquote><p>%s</p></blockquote>" % e(EX["pullquote"]))
    if si == 2:
        sb = EX["sidebar"]
        H.append('<div class="box"><h3>%s</h3>%s</div>' % (e(sb["title"]), "".join("<p>%s</p>" % e(p) for p in sb["paras"])))
H.append('<h4>Notes</h4><ol class="notes">%s</ol>' % "".join("<li>%s</li>" % e(n) for n in EX["notes"]))
H.append("</body></html>")
open(os.path.join(src, "comet.html"), "w").write("\n".join(H))
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CALIBRE_CONFIG_DIRECTORY="/tmp/r32_calibre_cfg")
subprocess.run(["ebook-convert", os.path.join(src, "comet.html"), out + ".docx", "--docx-no-toc", "--docx-page-size", "a4",
                "--title", " ".join(EX["title_lines"]), "--authors", "Riverside Hall", "--language", "en-GB",
                "--docx-no-cover", "--base-font-size", "11", "--chapter-mark", "none", "--page-breaks-before", "/"], check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
g = gold_for(EX)
json.dump(g, open(out + ".json", "w"), ensure_ascii=False, indent=2)
