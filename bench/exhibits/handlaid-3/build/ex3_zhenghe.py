"""Exhibit 3: reportlab, Letter, single main column with a left side-bar.
Big exhibit number "31" beside a title over two lines; section labels (31.1 ...) sit in the
side-bar; captions sit in the side-bar beside the paragraph they belong to; a pull quote repeats
a body sentence (omitted from the gold)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, S, write_gold, OUT
from reportlab.lib.pagesizes import letter
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Flowable
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in [("LS", "LiberationSerif-Regular.ttf"), ("LS-B", "LiberationSerif-Bold.ttf"),
             ("LS-I", "LiberationSerif-Italic.ttf"), ("LN", "LiberationSansNarrow-Regular.ttf"),
             ("LN-B", "LiberationSansNarrow-Bold.ttf"), ("LN-I", "LiberationSansNarrow-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(n, LIB + f))

NAME = "zheng_he_treasure_fleet"
TITLE = "The Treasure Fleet of Admiral Zheng He"
HEADER = "Ming Maritime Gallery · Exhibit 31"
FOOT = "Sheet {n} of {t}"

intro = P("Between 1405 and 1433 the Ming dynasty sent seven great fleets across the Indian Ocean. Their commander, Zheng He, led some of the largest wooden fleets the world had yet seen to the ports of Southeast Asia, India, Arabia and East Africa.")
p1 = P("Zheng He was born around 1371 in Yunnan, in south-western China, into a Muslim family named Ma. When Ming armies conquered the province, he was captured as a boy, castrated and sent to serve in the household of Zhu Di, the Prince of Yan. He became one of the prince's most trusted officers, and after Zhu Di seized the throne in 1402 and took the reign name Yongle, the eunuch was given the surname Zheng and placed in charge of a new maritime project.")
p2 = P("The Yongle Emperor wanted to display the power of his new reign, to draw foreign rulers into the tribute system, and perhaps to search for his nephew, the deposed emperor, who some said had escaped by sea. The shipyards near Nanjing built hundreds of vessels for the purpose.")
p3 = P("The first fleet sailed in 1405 with, by some accounts, more than three hundred ships and about twenty-seven thousand men. At its heart were the great treasure ships, which Ming records describe as more than one hundred and twenty metres long, although many historians now think the real vessels were smaller. Alongside them sailed horse ships, supply ships, water tankers and warships.")
c1 = C("A wooden rudder post more than eleven metres long, excavated in 1957 at the site of the treasure-ship yard in Nanjing.", "Left", "Photo: Wen Qiao")
p4 = P("Over the next three decades the fleets called at Champa, Java, Malacca, Sri Lanka and Calicut on the Malabar Coast, which became their main trading base in India. Later voyages went on to Hormuz in the Persian Gulf, to Aden and the Red Sea, and down the coast of East Africa as far as Malindi. Zheng He's ships carried silk and porcelain outward and came home with pepper, gems and ambassadors. At Malacca the Chinese built a fortified storehouse where ships could wait for the monsoon winds to change.")
PULL = "Zheng He's ships carried silk and porcelain outward and came home with pepper, gems and ambassadors."
assert PULL in p4["text"]
c2 = C("A blue-and-white porcelain dish of the early fifteenth century, of the kind carried as gifts to foreign courts.", "Below", "Courtesy of the Linwood Collection of Chinese Ceramics")
p5 = P("The voyages were diplomatic as much as commercial. Envoys from dozens of states travelled to China aboard the fleet to present tribute, and several kings made the journey in person. In 1414 envoys from Bengal brought a giraffe to Nanjing, and a second giraffe from Malindi followed. Court officials hailed the animals as the qilin, a mythical creature whose appearance signalled a wise and virtuous ruler.")
c3 = C("Tribute giraffe with its attendant, after a Ming court painting of the animal brought from Bengal in 1414.", None, "Image: Ashcombe Museum of Asian Art")
p6 = P("The fleets could also fight. On the first voyage Zheng He defeated the pirate leader Chen Zuyi at Palembang and brought him to Nanjing for execution, and on the third he captured the king of Kotte in Sri Lanka after a battle on land.")
p7 = P("After the Yongle Emperor died in 1424, officials at court attacked the voyages as a waste of money. A final expedition sailed in 1431 under the Xuande Emperor, and Zheng He is thought to have died on its return journey in 1433. No further fleets were sent, and China's rulers turned their attention to the northern frontier. Two stone inscriptions that Zheng He set up in 1431 at Liujiagang and Changle remain the best record of the voyages in his own words.")

sections = [
    S("31", TITLE, [intro]),
    S("31.1", "The Admiral", [p1, p2]),
    S("31.2", "Across the Western Ocean", [p3, c1, p4, c2]),
    S("31.3", "Tribute, Force and Retreat", [p5, c3, p6, p7]),
]

W, H = letter
LM = 50; SIDE = 138; GUT = 20; RM = 62
MX = LM + SIDE + GUT; MW = W - MX - RM
TOP = 64; BOT = 64
RED = colors.HexColor("#9b2d20")

body = ParagraphStyle("b", fontName="LS", fontSize=11, leading=15, alignment=TA_LEFT, spaceAfter=8)
intro_st = ParagraphStyle("i", fontName="LN", fontSize=13, leading=17.5, textColor=colors.HexColor("#333333"))
head_st = ParagraphStyle("h", fontName="LS-B", fontSize=15, leading=18)
lab_st = ParagraphStyle("l", fontName="LN-B", fontSize=13, leading=18, alignment=TA_RIGHT, textColor=RED)
cap_st = ParagraphStyle("c", fontName="LN", fontSize=8.8, leading=11, textColor=colors.HexColor("#222222"))
cred_st = ParagraphStyle("cr", fontName="LN-I", fontSize=8, leading=10, textColor=colors.HexColor("#666666"))
pull_st = ParagraphStyle("pq", fontName="LS-I", fontSize=17, leading=22, alignment=TA_CENTER, textColor=RED)
title_st = ParagraphStyle("t", fontName="LS-B", fontSize=27, leading=31)
num_st = ParagraphStyle("n", fontName="LN-B", fontSize=78, leading=78, alignment=TA_RIGHT, textColor=RED)


class GreyImg(Flowable):
    def __init__(self, w, h, g=0.75):
        super().__init__(); self.w, self.h, self.g = w, h, g
    def wrap(self, aw, ah): return self.w, self.h
    def draw(self):
        c = self.canv; c.setFillGray(self.g); c.setStrokeGray(0.5)
        c.rect(0, 0, self.w, self.h, fill=1, stroke=1)
        c.setFillGray(self.g - 0.15); c.circle(self.w * 0.3, self.h * 0.6, min(self.w, self.h) * 0.18, fill=1, stroke=0)


class WithSide(Flowable):
    """Main-column flowable(s) with side-bar flowables aligned to their top.
    Main content is drawn first, so the content stream follows reading order."""
    def __init__(self, main, side, side_first=False, pad=0):
        super().__init__(); self.main = main; self.side = side; self.side_first = side_first; self.pad = pad
    def wrap(self, aw, ah):
        self.mh = [f.wrap(aw, ah)[1] for f in self.main]
        self.sh = [f.wrap(SIDE, ah)[1] for f in self.side]
        self.hm = sum(self.mh); self.hs = sum(self.sh) + 4 * (len(self.side) - 1) + self.pad
        self.height = max(self.hm, self.hs)
        return aw, self.height
    def split(self, aw, ah):
        if len(self.main) == 1 and isinstance(self.main[0], Paragraph):
            self.wrap(aw, ah)
            if self.hs > ah:
                return []
            parts = self.main[0].split(aw, ah)
            if len(parts) == 2:
                return [WithSide([parts[0]], self.side, self.side_first, self.pad), parts[1]]
        return []
    def _draw_main(self):
        y = self.height
        for f, h in zip(self.main, self.mh):
            y -= h; f.drawOn(self.canv, 0, y)
    def _draw_side(self):
        y = self.height - 2
        for f, h in zip(self.side, self.sh):
            y -= h; f.drawOn(self.canv, -(SIDE + GUT), y); y -= 4
    def draw(self):
        if self.side_first:
            self._draw_side(); self._draw_main()
        else:
            self._draw_main(); self._draw_side()


class PullQuote(Flowable):
    def __init__(self, text):
        super().__init__(); self.p = Paragraph("\u201c" + text + "\u201d", pull_st)
    def wrap(self, aw, ah):
        self.w = aw - 40; self.ph = self.p.wrap(self.w, ah)[1]; self.h = self.ph + 26
        return aw, self.h + 10
    def draw(self):
        c = self.canv; c.setStrokeColor(RED); c.setLineWidth(1.2)
        c.line(20, self.h + 4, 20 + self.w, self.h + 4); c.line(20, 6, 20 + self.w, 6)
        self.p.drawOn(c, 20, 6 + 12)


def side_heading(label, title):
    return WithSide([Spacer(1, 14), Paragraph(title, head_st), Spacer(1, 6)],
                    [Spacer(1, 14), Paragraph(label, lab_st)], side_first=True)


class NumberedCanvas(rlcanvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self._states = []
    def showPage(self):
        self._states.append(dict(self.__dict__)); self._startPage()
    def save(self):
        t = len(self._states)
        for s in self._states:
            self.__dict__.update(s); self._furniture(t); super().showPage()
        super().save()
    def _furniture(self, t):
        self.saveState()
        self.setFont("LN", 8.5); self.setFillColor(colors.HexColor("#555555"))
        self.drawRightString(W - RM, H - 38, HEADER)
        self.setStrokeGray(0.6); self.setLineWidth(0.4); self.line(MX, H - 44, W - RM, H - 44)
        self.setFont("LN", 8.5); self.drawString(LM, 34, FOOT.format(n=self._pageNumber, t=t))
        self.restoreState()


def build():
    doc = BaseDocTemplate(os.path.join(OUT, NAME + ".pdf"), pagesize=letter, title=TITLE,
                          author="Ming Maritime Gallery")
    fr = Frame(MX, BOT, MW, H - TOP - BOT, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("all", [fr])])
    st = []
    st.append(WithSide([Paragraph("The Treasure Fleet of<br/>Admiral Zheng He", title_st)],
                       [Paragraph("31", num_st)], side_first=True))
    st.append(Spacer(1, 14))
    st.append(Paragraph(intro["text"], intro_st))
    st.append(Spacer(1, 6))
    st.append(side_heading("31.1", "The Admiral"))
    st.append(Paragraph(p1["text"], body))
    st.append(Paragraph(p2["text"], body))
    st.append(side_heading("31.2", "Across the Western Ocean"))
    st.append(WithSide([Paragraph(p3["text"], body)],
                       [GreyImg(SIDE, 62, 0.7),
                        Paragraph(f'<font name="LN-B">Left:</font> {c1["text"]}', cap_st),
                        Paragraph(c1["credit"], cred_st)], pad=10))
    st.append(WithSide([Paragraph(p4["text"], body)],
                       [Paragraph(f'<font name="LN-B">Below:</font> {c2["text"]} '
                                  f'<font name="LN-I" color="#666666" size="8">{c2["credit"]}</font>', cap_st),
                        GreyImg(SIDE, 50, 0.82)]))
    st.append(Spacer(1, 4))
    st.append(PullQuote(PULL))
    st.append(side_heading("31.3", "Tribute, Force and Retreat"))
    st.append(WithSide([Paragraph(p5["text"], body)],
                       [GreyImg(SIDE, 60, 0.68),
                        Paragraph(c3["text"], cap_st),
                        Paragraph(c3["credit"], cred_st)]))
    st.append(Paragraph(p6["text"], body))
    st.append(Paragraph(p7["text"], body))
    doc.build(st, canvasmaker=NumberedCanvas)
    return doc.page


if __name__ == "__main__":
    n = build()
    running = [HEADER] + [FOOT.format(n=i, t=n) for i in range(1, n + 1)]
    write_gold(NAME, TITLE, running, sections)
    print("pages", n)
