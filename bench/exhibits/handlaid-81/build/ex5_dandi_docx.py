# -*- coding: utf-8 -*-
"""dandi_salt_march_1930: DOCX made by compono (render_docx) from a spec I write.
Stage headings live ONLY in the section headers; captions are compono image captions."""
import os, re
from PIL import Image
from compono.docx import render_docx
from content import EX
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = EX["dandi_salt_march_1930"]
grey = os.path.join(OUT, "build", "grey_pot.png")
Image.new("RGB", (900, 600), (190, 190, 190)).save(grey)

def runs(text, lead_bold=0):
    """Split a paragraph into runs, two of them breaking in the middle of a word."""
    words = text.split(" ")
    out = []
    if lead_bold:
        out.append(dict(text=" ".join(words[:lead_bold]) + " ", bold=True))
        words = words[lead_bold:]
    rest = " ".join(words)
    # cut points inside the 4th and the 12th word (if long enough)
    cuts = []
    pos = 0
    for i, w in enumerate(words):
        if i in (3, 11) and len(w) > 3:
            cuts.append(pos + 2)
        pos += len(w) + 1
    last = 0
    for c in cuts:
        out.append(dict(text=rest[last:c])); last = c
    out.append(dict(text=rest[last:]))
    return out

FOOT = E["running"][1]
sections = []
body = [
    dict(primitive="paragraph", runs=[dict(text="Temporary exhibition · Salt, Empire and Protest", bold=True)]),
    dict(primitive="heading", text=E["title"][0], level=1),
    dict(primitive="paragraph", runs=[dict(text=E["title"][1], italic=True, bold=True)]),
    dict(primitive="paragraph", runs=runs(E["intro"])),
]
sections.append(dict(header_text=E["running"][0], footer_text=FOOT, body=body))
for s in E["sections"]:
    body = []
    for k, p in enumerate(s["paras"]):
        body.append(dict(primitive="paragraph", runs=runs(p, lead_bold=3 if k == 0 else 0)))
    if s["label"] == "Stage 2":
        body.append(dict(primitive="table", headers=["Date", "Halt", "Note"], rows=[
            ["12 March", "Sabarmati Ashram", "78 marchers set out"],
            ["21 March", "Ankleshwar", "crossing of the Narmada"],
            ["5 April", "Dandi", "arrival on the coast"]]))
    if s["label"] == "Stage 3":
        body.append(dict(primitive="paragraph", runs=[dict(text="‘With this, I am shaking the foundations of the British Empire.’", italic=True)]))
        body.append(dict(primitive="paragraph", runs=[dict(text="— words attributed to Gandhi at Dandi, 6 April 1930")]))
        c = s["caption"]
        body.append(dict(primitive="image", src=grey, caption=c["text"], width_in=3.5))
        body.append(dict(primitive="paragraph", runs=[dict(text=c["credit"])]))
    sections.append(dict(header_text="%s · %s" % (s["label"], s["title"]), footer_text=FOOT, body=body))
sb = E["sidebar"]
sections.append(dict(header_text=E["running"][0], footer_text=FOOT, body=[
    dict(primitive="heading", text=sb["title"], level=2),
    dict(primitive="paragraph", runs=runs(sb["paras"][0])),
    dict(primitive="bullet_list", items=[[dict(text="Listen: recordings of marchers’ songs at the audio point")], [dict(text="Next room: salt in the kitchen")]]),
]))
spec = dict(title="A Handful of Salt", sections=sections)
render_docx(spec, os.path.join(OUT, "dandi_salt_march_1930.docx"))
print("docx written")
