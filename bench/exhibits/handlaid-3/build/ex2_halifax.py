"""Exhibit 2: HTML+CSS printed by headless Chromium. Panels labelled "Part One" etc.,
captions beside images, credits in smaller type after an em dash, drop cap, @page margin boxes."""
import os, sys, subprocess, html
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, S, write_gold, OUT, make_png

NAME = "halifax_explosion"
TITLE = "When the Harbour Exploded: Halifax, 6 December 1917"
HEADER = "Halifax 1917"

hero = C("The Narrows of Halifax Harbour, looking north toward Bedford Basin, in a postcard view from about 1915.", None, "Courtesy of the Dartmouth Harbour Archive")
p1 = P("By 1917 Halifax had become one of the busiest ports in the British Empire. Convoys carrying troops, food and munitions gathered in Bedford Basin before crossing the Atlantic under naval escort, and ships entered and left the basin through a narrow channel known simply as the Narrows. The city's population of about fifty thousand lived close to the waterfront, where railway yards, a sugar refinery and the homes of dockworkers crowded the slopes of the North End.")
p2 = P("On the morning of 6 December the French cargo ship Mont-Blanc was making its way up the Narrows to join a convoy. Its holds were packed with more than two and a half thousand tonnes of explosives, mostly picric acid and TNT, and barrels of benzol were stacked on its deck. Coming the other way was the Norwegian steamer Imo, which had been delayed the day before and was hurrying out to sea to collect relief supplies for Belgium.")
p3 = P("Shortly before quarter to nine the two ships collided. The blow was not severe, but sparks set the benzol alight, and the crew of the Mont-Blanc, knowing exactly what their ship was carrying, abandoned it and rowed hard for the Dartmouth shore. The burning ship drifted against Pier 6 on the Halifax side, where crowds gathered to watch the smoke and firefighters hurried to the scene.")
c1 = C("A railway dispatcher's telegraph key of the type Vince Coleman used at Richmond Station.", "Left", "Courtesy of the Maritime Railway Society")
p4 = P("At Richmond railway station, the train dispatcher Vince Coleman learned of the danger from a sailor. Instead of fleeing, he returned to his telegraph key to warn an approaching passenger train from Saint John to stop. His message is remembered as one of the most famous in Canadian history. At 9:04 the Mont-Blanc exploded. Coleman was killed at his post, but the train was held back and its passengers survived.")
p5 = P("The blast was the largest man-made explosion before the atomic age. It flattened most of the North End, threw a tsunami over the waterfront, and hurled part of the ship's anchor more than three kilometres. Nearly two thousand people died and about nine thousand were injured, many of them by flying glass from windows they had rushed to look through.")
p6 = P("That night a blizzard buried the ruined city in snow, hampering the search for survivors. Help arrived quickly. A relief train from Boston, organised by the Massachusetts Committee on Public Safety, reached Halifax within days carrying doctors, nurses and medical supplies, and aid came from across Canada, the United States and Britain.")
c2 = C("Volunteers unloading relief supplies from a railway car on Barrington Street, December 1917.", "Right", "Photo: Harold Dunsworth")
p7 = P("The disaster also changed how Canadians thought about emergencies. The Halifax Relief Commission rebuilt the North End with the Hydrostone district, a planned neighbourhood of fire-resistant concrete-block houses that still stands. Samuel Henry Prince, an Anglican priest who had helped the wounded, later wrote one of the first scholarly studies of how communities respond to catastrophe. Every year since 1971, Nova Scotia has sent a Christmas tree to Boston to thank the city for its help.")
c3 = C("The Christmas tree sent from Nova Scotia stands lit on Boston Common.", None, "Image: Harbourside Collections")

sections = [
    S(None, TITLE, [hero]),
    S("Part One", "A Harbour at War", [p1, p2]),
    S("Part Two", "Four Minutes past Nine", [p3, c1, p4, p5]),
    S("Part Three", "Relief and Rebuilding", [p6, c2, p7, c3]),
]

e = html.escape

def credit(c):
    return f' <small class="credit">&mdash;&nbsp;{e(c["credit"])}</small>' if c["credit"] else ""

def fig(c, img, side, w=190, h=130):
    pos = f'<b class="pos">{e(c["position"])}:</b> ' if c["position"] else ""
    cap = f'<div class="cap">{pos}{e(c["text"])}{credit(c)}</div>'
    im = f'<img src="{img}" style="width:{w}px;height:{h}px">'
    inner = im + cap if side == "img-left" else cap + im
    return f'<div class="fig {side}">{inner}</div>'

def para(p, cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{e(p['text'])}</p>"

def build():
    imgdir = os.path.join(OUT, "build", "img_halifax"); os.makedirs(imgdir, exist_ok=True)
    imgs = [make_png(os.path.join(imgdir, f"h{i}.png"), 380, 260, seed=100 + i) for i in range(4)]
    css = """
@page { size: A4; margin: 22mm 20mm 22mm 20mm;
  @top-left { content: "Halifax 1917"; font: italic 9pt Georgia, 'Liberation Serif', serif; color: #7a1f1f; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 9pt 'Liberation Sans', sans-serif; color:#444; } }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11.5pt; line-height: 1.45; color: #1b1b1b; }
h1 { font-family: 'Liberation Sans', sans-serif; font-weight: 700; font-size: 27pt; line-height: 1.1; margin: 0 0 14px 0; color:#7a1f1f; }
.hero { display:flex; gap:16px; align-items:flex-end; margin-bottom: 20px; border-bottom: 2px solid #7a1f1f; padding-bottom: 14px;}
.hero img { width: 280px; height: 140px; }
.hero .cap { font-size: 9.5pt; font-style: italic; width: 200px; }
.label { font-family: 'Liberation Sans', sans-serif; font-style: italic; color:#7a1f1f; font-size:10.5pt; margin: 22px 0 0 0; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 16pt; margin: 2px 0 8px 0; }
p { margin: 0 0 9px 0; text-align: left; }
p.first::first-letter { float:left; font-size: 42pt; line-height: 0.9; padding: 4px 6px 0 0; color:#7a1f1f; font-family: 'Liberation Sans', sans-serif; font-weight:700;}
.fig { display:flex; gap:14px; align-items:center; margin: 12px 0 14px 0; }
.fig .cap { font-size: 9.5pt; line-height: 1.35; font-family: 'Liberation Sans', sans-serif; color:#333; flex: 1; }
.fig.cap-left .cap { text-align: right; }
small.credit { font-size: 7.5pt; color: #666; }
.pos { color:#7a1f1f; }
"""
    body = []
    body.append(f'<h1>When the Harbour Exploded:<br>Halifax, 6 December 1917</h1>')
    body.append(f'<div class="hero"><img src="{imgs[0]}"><div class="cap">{e(hero["text"])}{credit(hero)}</div></div>')
    body.append('<div class="label">Part One</div><h2>A Harbour at War</h2>')
    body.append(para(p1, "first")); body.append(para(p2))
    body.append('<div class="label">Part Two</div><h2>Four Minutes past Nine</h2>')
    body.append(para(p3))
    body.append(fig(c1, imgs[1], "img-left", 150, 95))
    body.append(para(p4)); body.append(para(p5))
    body.append('<div class="label">Part Three</div><h2>Relief and Rebuilding</h2>')
    body.append(para(p6))
    body.append(fig(c2, imgs[2], "cap-left", 200, 130))
    body.append(para(p7))
    body.append(fig(c3, imgs[3], "img-left", 150, 100))
    doc = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(TITLE)}</title><style>{css}</style></head><body>{''.join(body)}</body></html>"
    hp = os.path.join(OUT, "build", NAME + ".html")
    open(hp, "w", encoding="utf-8").write(doc)
    pdf = os.path.join(OUT, NAME + ".pdf")
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + hp], check=True, capture_output=True)
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int([l for l in out.splitlines() if l.startswith("Pages:")][0].split()[1])

if __name__ == "__main__":
    n = build()
    running = [HEADER] + [f"{i} / {n}" for i in range(1, n + 1)]
    write_gold(NAME, TITLE, running, sections)
    print("pages", n)
