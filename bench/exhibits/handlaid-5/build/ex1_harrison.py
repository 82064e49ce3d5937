# Exhibit 1: reportlab canvas with a hand-written justified line breaker,
# US Letter portrait, two columns, pyphen hyphenation, indent-only paragraphs.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, write_gold, body_words
import pyphen
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = os.path.join(os.path.dirname(__file__), "..")
NAME = "harrison_longitude"
TITLE_LINES = ["A Clock for the Open Sea:", "John Harrison and the Longitude Problem"]
TITLE = " ".join(TITLE_LINES)
HEADER = "A Clock for the Open Sea \u00b7 Kestrel Point Museum of Time"

sections = [
 {"label": "\u00a7 1", "title": "The Prize of 1714", "blocks": [
  P("On a foggy night in October 1707, four ships of a British fleet returning from Gibraltar struck the rocks of the Scilly Isles, and some fourteen hundred sailors drowned. The navigators had misjudged their position, a failure that was all too common at the time. Latitude could be found from the height of the sun or the Pole Star, but longitude, the distance east or west, had no reliable method at all."),
  C("The loss of the Association and her companions off the Scilly Isles, from an engraving of about 1710.", "Above", "Photograph \u00a9 Hester Quayle / Penwith Marine Archive"),
  P("In 1714 Parliament passed the Longitude Act, which offered a reward of up to twenty thousand pounds for a practical way to find longitude at sea to within half a degree. A Board of Longitude was set up to judge the proposals. Most of its members were astronomers, and they expected the answer to come from the sky, by measuring the position of the moon against the stars."),
 ]},
 {"label": "\u00a7 2", "title": "A Carpenter from Lincolnshire", "blocks": [
  P("John Harrison was born in Yorkshire in 1693 and grew up in the village of Barrow upon Humber in Lincolnshire, where he trained as a carpenter like his father. He was self-taught as a clockmaker. His early long-case clocks were built almost entirely of wood, with oak wheels and bearings of lignum vitae, a tropical hardwood so oily that it needed no lubrication."),
  P("Harrison understood that the problem was one of keeping time. If a ship carried a clock set to the time at its home port, the navigator could compare it with local noon and work out how far east or west he had sailed, since each hour of difference meant fifteen degrees of longitude. The difficulty was that no clock of the day could keep accurate time on a rolling deck, through changes of temperature and humidity, for weeks on end."),
  P("His first marine timekeeper, now known as H1, was finished in 1735. It was a large brass machine with two linked balances that swung in opposite directions, so that the motion of the ship would not disturb them. On a trial voyage to Lisbon in 1736 it performed well enough for the Board to grant him money to continue."),
  C("A wooden regulator clock of the 1720s, its wheels cut from oak with the grain running outward.", None, "Courtesy of the Harwell Collection of Horology"),
 ]},
 {"label": "\u00a7 3", "title": "The Watch", "blocks": [
  P("Harrison spent the next twenty years on two more large clocks, H2 and H3, each an improvement on the last but neither quite good enough. Along the way he invented the bimetallic strip, which compensates for changes in temperature, and the caged roller bearing, both of which are still in use today. Then he changed direction completely. In 1759 he completed H4, a watch only about thirteen centimetres across, with a fast-beating balance that proved far steadier than the slow swinging parts of his earlier machines."),
  P("In 1761 his son William sailed with H4 to Jamaica. After eighty-one days at sea the watch had lost only about five seconds. A second trial to Barbados in 1764 confirmed the result. Even so, the Board was reluctant to pay the full prize. It insisted that Harrison hand over his watches, explain their construction under oath, and show that other makers could copy them."),
  C("The movement of H4, with its diamond pallets and decorated silver backplate.", "Opposite", "Image: Tobias Fenwick / Clerkenwell Time Society"),
  P("The copy was made by Larcum Kendall, and his version, known as K1, went with James Cook on his second voyage to the Pacific. Cook praised it as his trusty friend. In 1773, after an appeal from the Harrisons, King George III supported their cause and Parliament awarded John Harrison a further sum of more than eight thousand pounds. He died in London three years later, on his eighty-third birthday. Within a few decades the marine chronometer had become a well-known and standard instrument aboard ships around the world."),
 ]},
]

W, H = letter
ML, MR, MT, MB = 60, 60, 66, 64
GAP = 22
COLW = (W - ML - MR - GAP) / 2
BODY = ("Times-Roman", float(os.environ.get("FS", "11.8")), float(os.environ.get("LD", "15")))
dic = pyphen.Pyphen(lang="en_US")
log = []

def break_lines(text, font, size, width, indent=0, hyph=True):
    words = text.split()
    lines, cur = [], []
    avail = width - indent
    sp = stringWidth(" ", font, size)
    def w(s): return stringWidth(s, font, size)
    i = 0
    while i < len(words):
        word = words[i]
        trial = cur + [word]
        if w(" ".join(trial)) <= avail:
            cur = trial; i += 1; continue
        # try to split word
        done = False
        if hyph and cur is not None:
            cands = []
            # real hyphens first
            for m in [k for k, ch in enumerate(word) if ch == "-"]:
                cands.append((word[:m+1], word[m+1:], "compound"))
            core = word.strip(".,;:!?\u201c\u201d")
            if "-" not in word and len(core) >= 6:
                for a, b in dic.iterate(word):
                    if len(a) >= 2 and len(b.strip(".,;:")) >= 3:
                        cands.append((a + "-", b, "hyph"))
            cands.sort(key=lambda c: -len(c[0]))
            for a, b, kind in cands:
                if w(" ".join(cur + [a])) <= avail:
                    lines.append((cur + [a], avail))
                    log.append((kind, a, b))
                    words[i] = b
                    cur = []; avail = width; done = True
                    break
        if not done:
            lines.append((cur, avail)); cur = []; avail = width
    if cur: lines.append((cur, avail))
    return lines

def build():
    c = canvas.Canvas(os.path.join(OUT, NAME + ".pdf"), pagesize=letter)
    c.setTitle(TITLE)
    pages = []
    state = {"page": 1, "col": 0, "y": None}
    ops = []  # list of (page, callable)
    def col_x(): return ML + state["col"] * (COLW + GAP)
    def top(): return H - MT - (state["title_h"] if state["page"] == 1 else 0)
    state["title_h"] = 0
    def newcol():
        if state["col"] == 0:
            state["col"] = 1
        else:
            state["col"] = 0; state["page"] += 1
        state["y"] = top()
        log.append(("colbreak", state["page"], state["col"], cur_para[0]))
    cur_para = [None]
    # title block spans both columns
    ty = H - MT
    def draw_title(cv):
        cv.setFont("Times-Bold", 26)
        y = H - MT - 26
        for t in TITLE_LINES:
            cv.drawString(ML, y, t); y -= 30
        cv.setLineWidth(0.8); cv.line(ML, y + 14, W - MR, y + 14)
    ops.append((1, draw_title))
    state["title_h"] = 26 + 30 * len(TITLE_LINES) - 4
    state["y"] = top()
    font, size, lead = BODY
    for s in sections:
        # heading
        need = 40
        if state["y"] - need < MB + 3 * lead: newcol()
        if state["y"] < top() - 1: state["y"] -= 24
        else: state["y"] -= 14
        y = state["y"]; x = col_x()
        def draw_head(cv, x=x, y=y, s=s):
            cv.setFont("Helvetica-Bold", 12.5); cv.setFillColorRGB(0.55, 0.1, 0.1)
            cv.drawString(x, y, s["label"])
            lw = stringWidth(s["label"], "Helvetica-Bold", 12.5)
            cv.setFillGray(0); cv.setFont("Times-Bold", 14)
            cv.drawString(x + lw + 9, y, s["title"])
        ops.append((state["page"], draw_head))
        state["y"] -= 6
        first = True
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                cur_para[0] = b["text"][:30]
                ind = 0 if first else 15
                first = False
                lines = break_lines(b["text"], font, size, COLW, indent=ind)
                for li, (ws, avail) in enumerate(lines):
                    if state["y"] - lead < MB:
                        newcol()
                    state["y"] -= lead
                    y = state["y"]; x = col_x() + (ind if li == 0 else 0)
                    last = li == len(lines) - 1
                    def draw_line(cv, ws=ws, x=x, y=y, avail=avail, last=last):
                        cv.setFont(font, size)
                        if last or len(ws) == 1:
                            cv.drawString(x, y, " ".join(ws)); return
                        tw = sum(stringWidth(t, font, size) for t in ws)
                        gap = (avail - tw) / (len(ws) - 1)
                        xx = x
                        for t in ws:
                            cv.drawString(xx, y, t); xx += stringWidth(t, font, size) + gap
                    ops.append((state["page"], draw_line))
                cur_para[0] = None
            else:
                # image box + caption stacked, mid-column
                pos, cred = b["position"], b["credit"]
                cap_font, cap_size, cap_lead = "Helvetica", 8.6, 10.8
                text = (pos + ": " if pos else "") + b["text"]
                if pos == "Above" or pos is None:
                    img_h = 120
                else:
                    img_h = 105
                cap_lines = break_lines(text + ("" if pos == "Above" else " " + cred), cap_font, cap_size, COLW, hyph=False)
                if pos == "Above":
                    cred_lines = break_lines(cred, "Helvetica-Oblique", cap_size, COLW, hyph=False)
                else:
                    cred_lines = []
                need = img_h + 12 + cap_lead * (len(cap_lines) + len(cred_lines)) + 10
                if state["y"] - need < MB: newcol()
                if pos == "Opposite":
                    # caption first, image box below it
                    order = ["cap", "img"]
                else:
                    order = ["img", "cap"]
                state["y"] -= 8
                for part in order:
                    if part == "img":
                        y0 = state["y"] - img_h; x = col_x()
                        ops.append((state["page"], lambda cv, x=x, y0=y0, h=img_h: (cv.setFillGray(0.78), cv.rect(x, y0, COLW, h, stroke=0, fill=1), cv.setFillGray(0))))
                        state["y"] = y0 - 6
                    else:
                        for ws, av in cap_lines:
                            state["y"] -= cap_lead; y = state["y"]; x = col_x()
                            line = " ".join(ws)
                            def dc(cv, line=line, x=x, y=y):
                                # label in bold, credit in oblique when on same line
                                xx = x
                                if pos and line.startswith(pos + ":"):
                                    cv.setFont("Helvetica-Bold", cap_size); cv.drawString(xx, y, pos + ":")
                                    xx += stringWidth(pos + ": ", "Helvetica-Bold", cap_size)
                                    line = line[len(pos) + 2:]
                                if pos != "Above" and cred in line:
                                    k = line.index(cred)
                                    cv.setFont(cap_font, cap_size); cv.drawString(xx, y, line[:k])
                                    xx += stringWidth(line[:k], cap_font, cap_size)
                                    cv.setFont("Helvetica-Oblique", cap_size); cv.drawString(xx, y, line[k:])
                                else:
                                    # partial credit on a line (wrapped) - detect by credit prefix words
                                    cv.setFont(cap_font, cap_size); cv.drawString(xx, y, line)
                            ops.append((state["page"], dc))
                        for ws, av in cred_lines:
                            state["y"] -= cap_lead; y = state["y"]; x = col_x(); line = " ".join(ws)
                            ops.append((state["page"], lambda cv, line=line, x=x, y=y: (cv.setFont("Helvetica-Oblique", cap_size), cv.drawString(x, y, line))))
                        state["y"] -= 4
                state["y"] -= 6
    npages = state["page"]
    for p in range(1, npages + 1):
        for pg, fn in ops:
            if pg == p: fn(c)
        # running header (pages 2+), right aligned; footer centre on all pages
        if p > 1:
            c.setFont("Helvetica", 8.5); c.setFillGray(0.3)
            c.drawRightString(W - MR, H - 40, HEADER)
            c.setLineWidth(0.4); c.line(ML, H - 46, W - MR, H - 46); c.setFillGray(0)
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(W / 2, 34, "Page %d of %d" % (p, npages))
        c.showPage()
    c.save()
    return npages

n = build()
running = [HEADER] + ["Page %d of %d" % (p, n) for p in range(1, n + 1)]
write_gold(os.path.join(OUT, NAME + ".json"), TITLE, running, sections)
print("pages", n, "words", body_words(sections))
for l in log: print(l)
