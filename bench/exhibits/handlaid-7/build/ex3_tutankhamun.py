"""Exhibit 3: the tomb of Tutankhamun. A catalogue page made with fpdf2, A4
portrait, 2 pages. Each entry starts with a red date kicker ("4 November
1922"), then a bold serif heading; the text runs in a 108 mm left column,
the figure sits in a 62 mm right column level with the entry: caption ABOVE
the grey box, credit BELOW it, right-aligned in fake small caps (capitals
at two sizes, so the PDF text is upper case). Body text contains the
ligature characters U+FB01/U+FB02 and soft hyphens from pyphen (fpdf2
prints "-" only where it breaks). Running header and folios "12", "13"."""
import os, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT
from fpdf import FPDF
import pyphen

NAME = "tutankhamun_tomb"
TITLE = "Wonderful Things: The Opening of Tutankhamun\u2019s Tomb"
RUN_L = "Catalogue of the Exhibition"
RUN_R = "Whitlow Institute of Egyptology"
FOLIOS = ["12", "13"]

def SC(s):
    return s.upper()

SECTIONS = [
    (None, TITLE, [
        P("For more than five years the British archaeologist Howard Carter searched the Valley of the Kings near Luxor for "
          "the tomb of a little-known boy king. This catalogue follows the discovery day by day, from the first step cut in "
          "the rock to the moment the king\u2019s face was seen again after more than three thousand years."),
    ]),
    ("4 November 1922", "A Step in the Rock", [
        P("Carter\u2019s patron, George Herbert, the fifth Earl of Carnarvon, had paid for the excavations since 1917 and was "
          "ready to give up. Carter persuaded him to fund one final season. Only a few days into the work, his men cleared away "
          "the remains of ancient workmen\u2019s huts and found a step cut into the bedrock. By the next evening they had uncovered "
          "a staircase leading down to a sealed doorway."),
        P("Carter ordered the staircase to be filled in again and sent a telegram to Carnarvon in England: at last he had made a "
          "wonderful discovery in the Valley, a magnificent tomb with seals intact."),
        C("The entrance to the tomb, cut in the floor of the valley below the later tomb of Ramesses VI.",
          None, SC("Photo: Elinor Vass / Theban Survey Collection")),
    ]),
    ("26 November 1922", "Wonderful Things", [
        P("Carnarvon and his daughter, Lady Evelyn Herbert, arrived at Luxor, and the staircase was cleared again. Behind the "
          "first doorway lay a sloping corridor filled with rubble, and at its end a second sealed door. Carter made a small "
          "hole in the corner and held up a candle. Asked whether he could see anything, he is said to have replied: "
          "\u201cYes, wonderful things.\u201d"),
        P("The room beyond, which became known as the Antechamber, was crowded with gilded couches, chariots, boxes and "
          "statues. Two life-size figures of the king stood guard on either side of a sealed wall."),
        C("One of the two black and gold guardian statues found beside the sealed wall of the burial chamber.",
          None, SC("Courtesy of the Harcourt Archive")),
    ]),
    ("16 February 1923", "The Burial Chamber", [
        P("Clearing and recording the Antechamber took almost three months. Every object was numbered, photographed and "
          "drawn before it was moved, a careful method that was unusual at the time. The photographer Harry Burton "
          "and the conservator Arthur Mace set up their workrooms in an empty tomb nearby. When the sealed wall was finally "
          "opened in front of invited officials, it revealed a gilded shrine that almost filled the room. Inside it stood "
          "three more shrines, nested one within another."),
        P("Two months later Carnarvon died in Cairo from an infected mosquito bite. Newspapers spread the story of a "
          "pharaoh\u2019s curse, although most of the people present at the opening lived for many years."),
    ]),
    ("28 October 1925", "The Face of the King", [
        P("Work on the tomb went on for ten years. Inside the shrines was a stone sarcophagus holding three coffins, the "
          "innermost made of solid gold. When its lid was raised, the team saw the king\u2019s mummy wearing a mask of gold, "
          "glass and semi-precious stones, which covered his head and shoulders."),
        P("Studies of the mummy showed that Tutankhamun was about nineteen years old when he died, in around 1323 BC. The "
          "contents of his tomb, more than five thousand objects, are now kept in Cairo at the Grand Egyptian Museum."),
        C("The gold mask, which weighs about ten kilograms and is inlaid with lapis lazuli, quartz and coloured glass.",
          None, SC("\u00a9 Rafael Ostrander / Meridian Picture Library")),
    ]),
]

LIG = [("fi", "\ufb01"), ("fl", "\ufb02")]
DIC = pyphen.Pyphen(lang="en_GB")
LIB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"


def typeset_body(s):
    """Soft hyphens in longer words (pyphen), then ligature characters."""
    def hy(m):
        w = m.group(0)
        return DIC.inserted(w, hyphen="\u00ad") if len(w) >= 7 else w
    s = re.sub(r"[A-Za-z]+", hy, s)
    for a, b in LIG:
        # ligatures only where the pair is not split by a soft hyphen
        s = s.replace(a, b)
    return s


class Cat(FPDF):
    def header(self):
        self.set_font("Sans", "", 7.5); self.set_text_color(90, 90, 90)
        self.set_xy(18, 10); self.cell(80, 4, RUN_L)
        self.set_xy(112, 10); self.cell(80, 4, RUN_R, align="R")
        self.set_draw_color(150, 40, 30); self.set_line_width(0.4); self.line(18, 15.5, 192, 15.5)
        self.set_text_color(25, 25, 25); self.set_font("Serif", "", 10.8); self.set_xy(self.l_margin, 22)

    def footer(self):
        self.set_font("Sans", "B", 8); self.set_text_color(150, 40, 30)
        f = FOLIOS[self.page_no() - 1]
        if self.page_no() % 2 == 0:
            self.set_xy(18, 284); self.cell(20, 4, f)
        else:
            self.set_xy(172, 284); self.cell(20, 4, f, align="R")


def smallcaps_right(pdf, s, xr, y, big=7.0, small=5.6):
    runs = []
    for ch in s:
        sz = small if ch.islower() else big
        if runs and runs[-1][1] == sz:
            runs[-1][0] += ch
        else:
            runs.append([ch, sz])
    w = 0
    for t, sz in runs:
        pdf.set_font("Sans", "", sz); w += pdf.get_string_width(t.upper())
    x = xr - w
    for t, sz in runs:
        pdf.set_font("Sans", "", sz)
        pdf.text(x, y, t.upper()); x += pdf.get_string_width(t.upper())


def main():
    pdf = Cat(format="A4", unit="mm")
    pdf.set_auto_page_break(True, margin=22); pdf.set_top_margin(22)
    pdf.add_font("Serif", "", LIB + "LiberationSerif-Regular.ttf")
    pdf.add_font("Serif", "B", LIB + "LiberationSerif-Bold.ttf")
    pdf.add_font("Serif", "I", LIB + "LiberationSerif-Italic.ttf")
    pdf.add_font("Sans", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_title("Wonderful Things")
    pdf.add_page()
    L, TW = 18, 108
    FX, FW = 130, 62
    pdf.set_left_margin(L); pdf.set_right_margin(210 - L - TW)
    # title across the full width
    pdf.set_xy(L, 22); pdf.set_text_color(25, 25, 25)
    pdf.set_font("Serif", "B", 24)
    pdf.multi_cell(174, 10.5, "Wonderful Things:\nThe Opening of Tutankhamun\u2019s Tomb", align="L")
    pdf.ln(3)
    pdf.set_font("Serif", "I", 12.2)
    pdf.multi_cell(TW + 30, 6.2, typeset_body(SECTIONS[0][2][0][1]), align="L")
    pdf.ln(5)
    for label, title, blocks in SECTIONS[1:]:
        if pdf.get_y() > 250:
            pdf.add_page(); pdf.set_y(22)
        page0, y0 = pdf.page, pdf.get_y()
        pdf.set_font("Sans", "B", 8.6); pdf.set_text_color(160, 40, 30)
        pdf.set_char_spacing(0.6)
        pdf.cell(TW, 5, label.upper() if False else label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_char_spacing(0)
        pdf.set_font("Serif", "B", 15.5); pdf.set_text_color(25, 25, 25)
        pdf.cell(TW, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Serif", "", 10.8)
        for b in blocks:
            if b[0] == "p":
                pdf.multi_cell(TW, 5.3, typeset_body(b[1]), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.2)
        pdf.ln(4)
        page1, y1 = pdf.page, pdf.get_y()
        figs = [b for b in blocks if b[0] == "c"]
        if figs:
            b = figs[0]
            pdf.page = page0
            pdf.set_left_margin(FX); pdf.set_right_margin(210 - FX - FW)
            pdf.set_xy(FX, y0 + 1)
            pdf.set_font("Serif", "I", 8.8); pdf.set_text_color(40, 40, 40)
            pdf.multi_cell(FW, 4.1, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            yb = pdf.get_y() + 1.5
            pdf.set_fill_color(165, 165, 165); pdf.rect(FX, yb, FW, 44, style="F")
            pdf.set_text_color(90, 90, 90)
            smallcaps_right(pdf, b[3].title() if False else CREDIT_TYPED[b[3]], FX + FW, yb + 48.5)
            pdf.set_left_margin(L); pdf.set_right_margin(210 - L - TW)
            pdf.page = page1; pdf.set_xy(L, max(y1, yb + 56) if page1 == page0 else y1)
    path = os.path.join(OUT, NAME + ".pdf")
    pdf.output(path)
    write_gold(NAME, gold(TITLE, [RUN_L, RUN_R] + FOLIOS, SECTIONS))
    os.system("pdftotext -raw %s %s" % (path, os.path.join(OUT, NAME + ".txt")))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS), "pages", pdf.page)


# the credits as typed; the gold holds SC(typed), i.e. the upper-case text the PDF contains
CREDIT_TYPED = {SC(t): t for t in ["Photo: Elinor Vass / Theban Survey Collection",
                                    "Courtesy of the Harcourt Archive",
                                    "\u00a9 Rafael Ostrander / Meridian Picture Library"]}

if __name__ == "__main__":
    main()
