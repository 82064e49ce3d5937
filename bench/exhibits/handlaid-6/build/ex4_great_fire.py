"""Exhibit 4: The Great Fire of London. fpdf2, A4 portrait, two columns.
Own layout engine: greedy column filling, justified text placed word by word,
pyphen (en_GB) hyphenation at line ends, ALL-CAPS headings with "PANEL A" labels,
a full-width figure whose caption spans both columns (the text above it is
balanced), and credits given as footnotes at the bottom of the page, keyed by
superscript numbers at the end of each caption."""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT
from fpdf import FPDF
import pyphen

NAME = "great_fire"
TITLE_LINES = ["LONDON BURNING:", "THE GREAT FIRE OF 1666"]
TITLE = " ".join(TITLE_LINES)
MUSEUM = "Ashby Guildhall Museum"

SPAN = "span"   # marker in the position slot is not used; spanning figure is chosen by index below

SECTIONS = [
    (None, TITLE, [
        P("For four days in September 1666 a fire swept through the City of London, the old walled heart of the capital. It destroyed most of the medieval city, left tens of thousands of people without homes and changed the way London was built."),
    ]),
    ("PANEL A", "THE BAKERY IN PUDDING LANE", [
        P("The fire began in the early hours of Sunday 2 September in the bakery of Thomas Farriner on Pudding Lane, close to London Bridge. Farriner later insisted that he had put out his oven the night before. The summer had been long and dry, and a strong wind was blowing from the east. The narrow streets were lined with timber houses, and the warehouses by the river were full of oil, tallow, pitch and coal."),
        C("A reconstruction of Pudding Lane as it may have looked in 1666, with upper storeys leaning over the street.",
          None, "Photo: Gideon Marsh / Thames Street Heritage Trust"),
        P("The Lord Mayor, Sir Thomas Bloodworth, was woken and brought to the scene, but he did not think the blaze serious and went back to bed. By morning the flames had reached the riverside. The usual way to stop a fire was to pull down the houses in its path to create a gap, but Bloodworth hesitated, afraid of the cost of rebuilding, and the chance was lost."),
    ]),
    ("PANEL B", "FOUR DAYS OF FIRE", [
        P("The naval official Samuel Pepys watched the fire from a boat on the Thames and described in his diary how pigeons, reluctant to leave their homes, fell with burned wings. He went to Whitehall to tell King Charles II, who ordered that houses be pulled down. Later in the week Pepys buried his wine and a parmesan cheese in his garden to save them."),
        P("The fire crossed the city walls and spread west. On the Tuesday night it reached St Paul's Cathedral, which was surrounded by wooden scaffolding for repairs. The old cathedral burned for hours, and the lead of its roof melted and ran into the streets. Only when the wind dropped on the Wednesday, and sailors used gunpowder to blow up houses and make wider firebreaks, was the fire brought under control."),
        C("The burning city seen from the south bank of the Thames, with the tower of St Paul's surrounded by flames.",
          "Above", "Collection of the Vintners' Hall Print Room"),
    ]),
    ("PANEL C", "AFTER THE FLAMES", [
        P("About thirteen thousand houses were lost, and eighty-seven parish churches, St Paul's, the Royal Exchange and the halls of many livery companies went with them. Perhaps seventy thousand of the city's eighty thousand inhabitants were made homeless and camped in the fields to the north. Only a handful of deaths were recorded, though the true number may have been higher."),
        P("Many people blamed foreigners or Catholics. A French watchmaker, Robert Hubert, confessed to starting the fire and was hanged, although it later emerged that he had not even arrived in London until two days after it began."),
        P("Plans to redesign the city with broad avenues were drawn up by Christopher Wren and John Evelyn, but the rebuilding followed the old street plan. New laws required houses to be built of brick or stone. Wren designed fifty-one new churches and a new St Paul's, and with Robert Hooke he designed the Monument, a column that stands 202 feet from the site of the bakery and is 202 feet tall."),
        P("The disaster also changed the business of risk. In 1680 the builder and economist Nicholas Barbon opened an office to insure houses against fire, and other companies soon followed, each with its own team of firemen. The buildings they covered were marked with metal plaques, some of which can still be seen on old houses today."),
        C("A panorama of the City after the fire, with the burnt area stretching from the Tower in the east to the Temple in the west.",
          None, "© Ambrose Tallis / Monument Street Archive"),
    ]),
]
SPANNING = ("PANEL C", 4)   # (section label, block index) of the caption that spans both columns

FONTS = {
    "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "serifB": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sansB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "sansI": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
}
PT = 25.4 / 72
PW, PH = 210, 297
ML, MR, MT = 17, 17, 22
GAP = 7
COLW = (PW - ML - MR - GAP) / 2
FOOTZONE = 17          # reserved for footnote credits at the bottom of every page
BOTTOM = PH - 14 - FOOTZONE
BODY_SIZE, BODY_LEAD = float(os.environ.get("EX4_SIZE", "10.6")), 14.2 * PT
HYPH = pyphen.Pyphen(lang="en_GB", left=2, right=3)
RED = (170, 40, 20)


class Doc(FPDF):
    def header(self):
        self.set_font("sans", size=7.5)
        self.set_text_color(90, 90, 90)
        self.text(ML, 13, MUSEUM)
        s = "Page %d" % self.page_no()
        self.text(PW - MR - self.get_string_width(s), 13, s)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.line(ML, 15, PW - MR, 15)
        self.set_text_color(0, 0, 0)


pdf = Doc(unit="mm", format="A4")
pdf.set_auto_page_break(False)
for k, v in FONTS.items():
    pdf.add_font(k, fname=v)


def sw(text, font, size):
    pdf.set_font(font, size=size)
    return pdf.get_string_width(text)


# ---------- line breaking -------------------------------------------------
def split_word(word, avail, font, size):
    """Best split of word so that head fits in avail. Returns (head_drawn, tail) or None.
    Real compounds split only after their own hyphen; other words by pyphen."""
    cands = []
    if "-" in word:
        for m in re.finditer("-", word):
            i = m.end()
            if 2 <= i <= len(word) - 2:
                cands.append((word[:i], word[i:]))
    else:
        m = re.match(r"^([^A-Za-z]*)([A-Za-z]+)([^A-Za-z]*)$", word)
        if m and len(m.group(2)) >= 6:
            pre, core, post = m.groups()
            for pos in HYPH.positions(core):
                cands.append((pre + core[:pos] + "-", core[pos:] + post))
    best = None
    for head, tail in cands:
        if sw(head, font, size) <= avail and (best is None or len(head) > len(best[0])):
            best = (head, tail)
    return best


def break_tokens(tokens, width, hyphenate=False, first_width=None):
    """tokens: list of (word, font, size). Returns lines: list of lists of tokens.
    first_width (if given) is the width of the first line."""
    full = width
    if first_width is not None:
        width = first_width
    lines, cur, curw = [], [], 0.0
    queue = list(tokens)
    while queue:
        if lines:
            width = full
        word, font, size = queue.pop(0)
        space = sw(" ", font, size) if cur else 0
        w = sw(word, font, size)
        if curw + space + w <= width:
            cur.append((word, font, size)); curw += space + w
            continue
        if hyphenate and cur is not None:
            sp = split_word(word, width - curw - space, font, size)
            if sp:
                cur.append((sp[0], font, size))
                lines.append(cur)
                cur, curw = [], 0.0
                queue.insert(0, (sp[1], font, size))
                continue
        if cur:
            lines.append(cur)
        cur, curw = [(word, font, size)], w
    if cur:
        lines.append(cur)
    return lines


def draw_line(line, x, y, width, justify):
    widths = [sw(t, f, s) for t, f, s in line]
    if justify and len(line) > 1:
        gap = (width - sum(widths)) / (len(line) - 1)
    else:
        gap = None
    cx = x
    for (t, f, s), w in zip(line, widths):
        pdf.set_font(f, size=s)
        if f.startswith("sans") and f != "sans" or f == "lab":
            pass
        pdf.text(cx, y, t)
        cx += w + (gap if gap is not None else sw(" ", f, s))


# ---------- items ----------------------------------------------------------
class Item:
    def __init__(self, kind, h, draw, keep=0, caption=None):
        self.kind, self.h, self.draw, self.keep, self.caption = kind, h, draw, keep, caption


def para_items(text, width, first_indent=4.0, size=BODY_SIZE, font="serif", lead=BODY_LEAD, justify=True):
    toks = [(w, font, size) for w in text.split()]
    # first-line indent: break the first line with a narrower width, then the rest
    lines = break_tokens(toks, width, hyphenate=True, first_width=width - first_indent)
    items = []
    for i, ln in enumerate(lines):
        last = i == len(lines) - 1
        ind = first_indent if i == 0 else 0
        def d(x, y, ln=ln, ind=ind, last=last):
            pdf.set_text_color(0, 0, 0)
            draw_line(ln, x + ind, y + lead * 0.78, width - ind, justify and not last)
        items.append(Item("line", lead, d))
    return items


CAPTION_NO = [0]
FOOTNOTES = {}   # page -> list of (number, credit)


def caption_lines(b, width, number):
    _, text, pos, credit = b
    toks = []
    if pos:
        toks.append((pos + ":", "sansB", 8.2))
    toks += [(w, "sans", 8.2) for w in text.split()]
    lines = break_tokens(toks, width - 2.5)
    return lines


def figure_item(b, width, box_h, spanning=False):
    CAPTION_NO[0] += 1
    num = CAPTION_NO[0]
    lines = caption_lines(b, width, num)
    cap_lead = 10.2 * PT
    h = box_h + 2.2 + len(lines) * cap_lead + 4.5

    def d(x, y, lines=lines, num=num):
        pdf.set_fill_color(178, 178, 178)
        pdf.rect(x, y, width, box_h, style="F")
        cy = y + box_h + 2.2
        for i, ln in enumerate(lines):
            pdf.set_text_color(40, 40, 40)
            draw_line(ln, x, cy + cap_lead * 0.78, width, False)
            if i == len(lines) - 1:
                endx = x + sum(sw(t, f, s) for t, f, s in ln) + sw(" ", "sans", 8.2) * (len(ln) - 1)
                pdf.set_font("sans", size=5.6)
                pdf.set_text_color(*RED)
                pdf.text(endx + 0.5, cy + cap_lead * 0.78 - 1.6, str(num))
            cy += cap_lead
        pdf.set_text_color(0, 0, 0)
        FOOTNOTES.setdefault(pdf.page_no(), []).append((num, b[3]))
    return Item("spanfig" if spanning else "colfig", h, d, caption=b)


def heading_items(label, title, width):
    toks = [(label, "sansB", 9.6), ("|", "sans", 9.6)] + [(w, "sansB", 11.2) for w in title.split()]
    # keep the label as one token ("PANEL A")
    lines = break_tokens(toks, width)
    lead = 15 * PT
    items = [Item("gap", 3.0, None)]
    for i, ln in enumerate(lines):
        def d(x, y, ln=ln):
            cx = x
            for t, f, s in ln:
                pdf.set_font(f, size=s)
                if t == label:
                    pdf.set_text_color(*RED)
                elif t == "|":
                    pdf.set_text_color(150, 150, 150)
                else:
                    pdf.set_text_color(0, 0, 0)
                pdf.text(cx, y + lead * 0.8, t)
                cx += sw(t, f, s) + sw(" ", f, s) * 1.15
            pdf.set_text_color(0, 0, 0)
        items.append(Item("head", lead, d, keep=1))
    items.append(Item("gap", 1.2, None, keep=1))
    return items


# ---------- flow -----------------------------------------------------------
placements = []   # (page, x, y, item)


def flow(items, page, region_top, max_h=None):
    """Greedy fill of two columns starting at region_top on page. Returns (placed, page, col, y, region_top)."""
    placed = []
    col, y = 0, region_top
    bottom = BOTTOM if max_h is None else region_top + max_h
    i = 0
    while i < len(items):
        it = items[i]
        if it.kind == "gap" and y == region_top:
            i += 1; continue
        need = it.h
        if it.kind in ("head", "gap") and it.keep:
            # keep heading with the following two body lines
            j, need = i, 0
            while j < len(items) and (items[j].kind in ("head", "gap")):
                need += items[j].h; j += 1
            need += sum(x.h for x in items[j:j + 2])
        if y + need > bottom + 0.01:
            if col == 0:
                col, y = 1, region_top
                continue
            if max_h is not None:
                return None
            page += 1
            region_top, col, y = MT, 0, MT
            bottom = BOTTOM
            continue
        x = ML + col * (COLW + GAP)
        placed.append((page, x, y, it))
        y += it.h
        i += 1
    return placed, page, col, y, region_top


def layout():
    pdf_pages = 1
    # title and standfirst (full width)
    y = MT
    tl = []
    tsize, tlead = 23, 27 * PT
    for t in TITLE_LINES:
        def d(x, yy, t=t):
            pdf.set_font("sansB", size=tsize); pdf.set_text_color(0, 0, 0)
            pdf.text(x, yy + tlead * 0.8, t)
        placements.append((1, ML, y, Item("title", tlead, d)))
        y += tlead
    y += 2.5
    def rule(x, yy):
        pdf.set_draw_color(*RED); pdf.set_line_width(0.8); pdf.line(ML, yy, PW - MR, yy)
    placements.append((1, ML, y, Item("rule", 1, rule)))
    y += 5
    intro = SECTIONS[0][2][0][1]
    for it in para_items(intro, PW - ML - MR, first_indent=0, size=11.6, font="serifB", lead=15.5 * PT):
        placements.append((1, ML, y, it))
        y += it.h
    y += 6
    # body items, split into runs separated by spanning figures
    runs, cur = [], []
    for label, title, blocks in SECTIONS[1:]:
        cur += heading_items(label, title, COLW)
        first = True
        for bi, b in enumerate(blocks):
            if b[0] == "p":
                cur += para_items(b[1], COLW, first_indent=0 if first else 4.0)
                first = False
            elif (label, bi) == SPANNING:
                runs.append((cur, b)); cur = []
                first = True
            else:
                cur += [Item("gap", 2.0, None), figure_item(b, COLW, 42), ]
                first = True
    runs.append((cur, None))
    page, region_top = 1, y
    for items, span in runs:
        res = flow(items, page, region_top)
        placed, page2, col, yend, rtop = res
        if span is not None:
            # balance the part of the run that sits on the last page
            last = [p for p in placed if p[0] == page2]
            earlier = [p for p in placed if p[0] != page2]
            its = [p[3] for p in last]
            lo = max(it.h for it in its)
            full = BOTTOM - rtop
            best = None
            h = lo
            while h <= full + 0.01:
                r = flow(its, page2, rtop, max_h=h)
                if r is not None:
                    best = r; break
                h += 0.5
            placed = earlier + best[0]
            yend = max(p[2] + p[3].h for p in best[0])
            fig = figure_item(span, PW - ML - MR, 58, spanning=True)
            if yend + 5 + fig.h > BOTTOM:
                page2 += 1; yend = MT - 5
            placed.append((page2, ML, yend + 5, fig))
            region_top = yend + 5 + fig.h + 2
        else:
            region_top = yend
        placements.extend(placed)
        page = page2
    return max(p[0] for p in placements)


def render(npages):
    for pg in range(1, npages + 1):
        pdf.add_page()
        for p, x, y, it in placements:
            if p == pg and it.draw:
                it.draw(x, y)
        notes = FOOTNOTES.get(pg, [])
        if notes:
            fy = PH - 14 - FOOTZONE + 4
            pdf.set_draw_color(120, 120, 120); pdf.set_line_width(0.25)
            pdf.line(ML, fy, ML + 40, fy)
            fy += 1.5
            for num, credit in notes:
                fy += 9.5 * PT
                pdf.set_font("sans", size=5.4); pdf.set_text_color(*RED)
                pdf.text(ML, fy - 1.5, str(num))
                pdf.set_font("sansI", size=7.4); pdf.set_text_color(60, 60, 60)
                pdf.text(ML + 2.6, fy, credit)
        pdf.set_text_color(0, 0, 0)


def main():
    n = layout()
    render(n)
    out = os.path.join(OUT, NAME + ".pdf")
    pdf.set_title(TITLE)
    pdf.output(out)
    subprocess.run(["pdftotext", "-raw", out, os.path.join(OUT, NAME + ".txt")], check=True)
    running = [MUSEUM] + ["Page %d" % i for i in range(1, n + 1)]
    write_gold(NAME, gold(TITLE, running, SECTIONS))
    print(NAME, "pages", n, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS), "running", running)


if __name__ == "__main__":
    main()
