# -*- coding: utf-8 -*-
"""Exhibit 5: The Zimmermann Telegram (DOCX by html-to-docx 1.8.0, npm).  The script writes an HTML
string and fill_docx.js hands it to html-to-docx with a header and a footer."""
import base64, html, os, subprocess, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content

NAME = "zimmermann_telegram_1917"
OUT = content.OUT
EX = content.ZIMMERMANN
e = html.escape


def img(w, h):
    png = content.grey_png(os.path.join(HERE, "grey_%dx%d.png" % (w, h)), w, h)
    return '<img src="data:image/png;base64,%s" width="%d" height="%d" alt=""/>' % (base64.b64encode(png).decode(), w, h)


def ptext(p):
    out = []
    for i, part in enumerate(p.split("^")):
        out.append(e(part))
        if i < len(p.split("^")) - 1:
            out.append("<sup>1</sup>")
    return content.clean("".join(out))


H = []
H.append('<p style="font-family: Arial; font-size: 9pt; color: #8a1c1c; text-transform: uppercase;"><strong>%s</strong></p>' % e(EX["kicker"]))
H.append('<h1 style="font-family: Georgia;">%s</h1>' % e(EX["title"]))
H.append('<p style="font-size: 13pt;"><em>%s</em></p>' % e(content.clean(EX["intro"])))
H.append("<p>%s</p>" % img(560, 160))
for s in EX["sections"]:
    H.append('<p style="font-family: Arial; font-size: 8pt; color: #8a1c1c;"><strong>%s</strong></p>' % e(s["label"]))
    H.append('<h2 style="font-family: Georgia;">%s</h2>' % e(s["title"]))
    for p in s["paras"]:
        parts = p.split("|")
        for k, part in enumerate(parts):
            H.append("<p>%s</p>" % ptext(part.strip()))
            if k < len(parts) - 1:
                c = s["captions"][0]
                H.append('<table style="width: 100%%; border: none;"><tr>'
                         '<td style="border: none;">%s</td>'
                         '<td style="border: none;"><p style="font-family: Arial; font-size: 8pt;"><strong>%s:</strong> %s</p>'
                         '<p style="font-family: Arial; font-size: 7pt; color: #666666;"><em>%s</em></p></td>'
                         '</tr></table>' % (img(220, 140), e(c["pos"]), e(c["text"]), e(c["credit"])))
    if s["label"] == "Step 1":
        sb = EX["sidebar"]
        H.append('<table style="width: 100%%; border: none;"><tr><td style="background-color: #e8e2d0; border: none;">'
                 '<p style="font-family: Arial; font-size: 11pt;"><strong>%s</strong></p>'
                 '<p style="font-family: Arial; font-size: 9pt;">%s</p></td></tr></table>'
                 % (e(sb["title"]), e(content.clean(sb["paras"][0]))))
    if s["label"] == "Step 2":
        H.append('<blockquote style="font-size: 16pt; color: #8a1c1c;"><em>%s</em></blockquote>' % e(EX["pullquote"]))
    if s["label"] == "Step 4":
        c = s["captions"][0]
        H.append('<p style="font-family: Arial; font-size: 8pt;"><strong>%s:</strong> %s</p>' % (e(c["pos"]), e(c["text"])))
        H.append('<p style="font-family: Arial; font-size: 7pt; color: #666666;"><em>%s</em></p>' % e(c["credit"]))
        H.append("<p>%s</p>" % img(400, 220))
t = EX["table"]
H.append('<h3 style="font-family: Arial;">%s</h3>' % e(t["title"]))
H.append('<table style="width: 100%; border: 1px solid #444444;">')
for a, b in t["rows"]:
    H.append('<tr><td style="border: 1px solid #444444;"><strong>%s</strong></td><td style="border: 1px solid #444444;">%s</td></tr>' % (e(a), e(b)))
H.append("</table>")
H.append('<h3 style="font-family: Arial;">Notes</h3>')
for i, n in enumerate(EX["notes"], 1):
    H.append('<p style="font-size: 8pt;"><sup>%d</sup> %s</p>' % (i, e(n)))
body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>" % (e(EX["title"]), "\n".join(H))
job = {"html": body,
       "header": '<p style="font-family: Arial; font-size: 8pt; color: #666666;">%s</p>' % e(EX["running"][0]),
       "footer": '<p style="font-family: Arial; font-size: 8pt; color: #666666;">%s</p>' % e(EX["running"][1]),
       "options": {"title": EX["title"], "creator": "Museum of Signals and Secrets", "header": True, "footer": True,
                   "pageNumber": False, "font": "Times New Roman", "fontSize": 22, "orientation": "portrait",
                   "decodeUnicode": True},
       "out": os.path.join(OUT, NAME + ".docx")}
jp = os.path.join(HERE, NAME + ".job.json")
json.dump(job, open(jp, "w", encoding="utf-8"), ensure_ascii=False)
open(os.path.join(HERE, NAME + ".input.html"), "w", encoding="utf-8").write(body)
subprocess.check_call(["node", os.path.join(HERE, "fill_docx.js"), jp])
content.write_gold(EX, NAME)
print("wrote", NAME)
