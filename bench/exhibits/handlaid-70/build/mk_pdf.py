"""Four PDFs painted with pdfrune (insert_text / draw_rect only); every line placed by my own breaker,
measured with Liberation Sans hmtx (metric-compatible with the Helvetica pdfrune uses)."""
import os, sys, pyphen, pdfrune
from fontTools.ttLib import TTFont
from texts import DOCS
from content import ascii_pdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
_f = TTFont("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
_upm = _f["head"].unitsPerEm; _cmap = _f.getBestCmap(); _hm = _f["hmtx"].metrics
HY = pyphen.Pyphen(lang="en_GB", left=3, right=3)
LOG = open(os.path.join(HERE, "layout_log.txt"), "w")
GREY, LIGHT, INK, RED, WHITE = (0.72, 0.72, 0.72), (0.86, 0.86, 0.86), (0.1, 0.1, 0.1), (0.6, 0.12, 0.08), (1, 1, 1)


def W(s, size):
    return sum(_hm[_cmap.get(ord(c), _cmap[32])][0] for c in s) * size / _upm


def T(page, x, y, s, size, color=INK):
    page.insert_text(pdfrune.Point(x, y), ascii_pdf(s), fontsize=size, color=color)


def box(page, x, y, w, h, fill=GREY):
    page.draw_rect(pdfrune.Rect(x, y, x + w, y + h), color=None, fill=fill)


def picture(page, x, y, w, h):
    box(page, x, y, w, h, GREY)
    page.draw_rect(pdfrune.Rect(x + 8, y + 8, x + w - 8, y + h - 8), color=(0.85, 0.85, 0.85), fill=None, width=1.5)


def break_lines(text, width, size, first_indent=0.0, hyph=True):
    words = ascii_pdf(text).split()
    lines, cur = [], []
    i = 0
    while i < len(words):
        w = words[i]
        avail = width - (first_indent if not lines else 0)
        trial = " ".join(cur + [w])
        if W(trial, size) <= avail:
            cur.append(w); i += 1; continue
        done = False
        core = w.rstrip(".,;:")
        if hyph and w.isalpha() and len(w) >= 7 and not any(ch.isdigit() for ch in w) and (w[0].islower() or len(w) >= 9):
            for a, b in reversed(list(HY.iterate(w))):
                t2 = " ".join(cur + [a + "-"])
                if W(t2, size) <= avail:
                    cur.append(a + "-"); lines.append(cur); cur = []; words[i] = b; done = True; break
        elif hyph and core != w and core.isalpha() and len(core) >= 7 and core[0].islower():
            for a, b in reversed(list(HY.iterate(core))):
                if W(" ".join(cur + [a + "-"]), size) <= avail:
                    cur.append(a + "-"); lines.append(cur); cur = []; words[i] = b + w[len(core):]; done = True; break
        if not done:
            if not cur:
                cur = [w]; i += 1
            lines.append(cur); cur = []
    if cur:
        lines.append(cur)
    return lines


class Frame:
    def __init__(self, page, x, y, w, bottom):
        self.page, self.x, self.y0, self.w, self.bottom = page, x, y, w, bottom


class Flow:
    def __init__(self, frames, size=10, lead=13, on_enter=None):
        self.frames, self.i, self.size, self.lead = frames, 0, size, lead
        self.y = frames[0].y0
        self.on_enter = on_enter or {}

    @property
    def f(self):
        return self.frames[self.i]

    def next_frame(self, why=""):
        self.i += 1
        self.y = self.f.y0
        LOG.write(f"  frame -> {self.i} {why}\n")
        if self.i in self.on_enter:
            self.on_enter[self.i](self)

    def room(self, h):
        if self.y + h > self.f.bottom:
            self.next_frame("room")

    def space(self, h):
        self.y += h

    def heading(self, text, size=None, color=RED, before=10, label=None, label_gap=22):
        size = size or self.size
        self.y += before
        self.room(size * 1.3 + self.lead * 3)
        self.y += size
        x = self.f.x
        if label:
            T(self.f.page, x, self.y, label, size, color); x += label_gap
        for ln in break_lines(text, self.f.w - (x - self.f.x), size, hyph=False):
            T(self.f.page, x, self.y, " ".join(ln), size, color); self.y += size * 1.25
        self.y += 2

    def para(self, text, indent=12, justify=True, size=None, lead=None, color=INK, hooks=None, marks=None, after=0, hyph=True):
        """hooks: {line_no: fn(flow)} run after that line is set; marks: {word: note} superscript after word."""
        size = size or self.size; lead = lead or self.lead
        hooks = hooks or {}
        lines = break_lines(text, self.f.w, size, indent, hyph=hyph)
        n = 0
        pending = list(lines)
        while pending:
            ln = pending.pop(0)
            if self.y + lead > self.f.bottom:
                LOG.write(f"  para crosses at '{' '.join(ln)[:30]}'\n")
                self.next_frame("para")
                # re-break the rest if width changed
            self.y += lead
            x = self.f.x + (indent if n == 0 else 0)
            avail = self.f.w - (indent if n == 0 else 0)
            last = not pending
            if justify and not last and len(ln) > 1:
                gap = (avail - sum(W(w, size) for w in ln)) / (len(ln) - 1)
                for w in ln:
                    T(self.f.page, x, self.y, w, size, color); x += W(w, size) + gap
                    if marks and w in marks:
                        T(self.f.page, x - gap + 0.5, self.y - size * 0.4, marks[w], size * 0.6, color)
            else:
                s = " ".join(ln)
                T(self.f.page, x, self.y, s, size, color)
                if marks:
                    xx = x
                    for w in ln:
                        xx += W(w, size)
                        if w in marks:
                            T(self.f.page, xx + 0.5, self.y - size * 0.4, marks[w], size * 0.6, color)
                        xx += W(" ", size)
            n += 1
            if n in hooks:
                hooks[n](self)
        self.y += after

    def block(self, h, draw, before=6, after=6):
        self.y += before
        if self.y + h > self.f.bottom:
            self.next_frame("block")
        draw(self.f.page, self.f.x, self.y, self.f.w)
        self.y += h + after


def ragged(page, x, y, w, text, size, lead, color=INK):
    for ln in break_lines(text, w, size, hyph=False):
        T(page, x, y, " ".join(ln), size, color); y += lead
    return y


def caption_block(fl, pic_h, cap, size=8.5, lead=10.5, cap_first=False):
    lines_cap = break_lines(cap, fl.f.w, size, hyph=False)
    h = pic_h + 6 + lead * (len(lines_cap) + 2)

    def draw(page, x, y, w):
        yy = y
        if cap_first:
            yy = ragged(page, x, yy + size, w, cap, size, lead) + 2
            picture(page, x, yy, w, pic_h)
        else:
            picture(page, x, yy, w, pic_h)
            ragged(page, x, yy + pic_h + 6 + size, w, cap, size, lead)
    return h, draw


# ---------------------------------------------------------------- exhibits
def mccormick(doc, d):
    PW, PH = 842, 1191
    pg = doc.new_page(width=PW, height=PH)
    LOG.write("mccormick\n")
    box(pg, 0, 50, PW, 210, (0.16, 0.2, 0.24))
    T(pg, 60, 92, d["kicker"], 13, (0.85, 0.75, 0.45))
    T(pg, 60, 160, d["title_lines"][0], 56, WHITE)
    T(pg, 60, 226, d["title_lines"][1], 56, WHITE)
    T(pg, 660, 226, d["number"], 190, (0.45, 0.52, 0.58))   # panel number, large, beside the title
    y = ragged(pg, 60, 305, 722, d["intro"], 18, 25)
    c1, c2 = Frame(pg, 60, y + 20, 340, 1085), Frame(pg, 442, y + 20, 340, 1085)
    fl = Flow([c1, c2], size=12, lead=16.5)
    s1, s2, s3 = d["sections"]
    fl.heading(s1["title"].upper(), size=11.5, before=0)
    for p in s1["paras"]:
        fl.para(p)
    fl.heading(s2["title"].upper(), size=11.5)
    c = s2["caption"]
    h, draw = caption_block(fl, 190, "Above: " + c["text"] + " " + c["credit"], size=10, lead=12.5)
    fl.para(s2["paras"][0], hooks={3: lambda f: f.block(h, draw, before=8, after=4)})
    fl.para(s2["paras"][1])
    q, who = d["quote"]
    qlines = break_lines(q, 320, 19, hyph=False)

    def dq(page, x, y, w):
        yy = y + 19
        for ln in qlines:
            T(page, x + 10, yy, " ".join(ln), 19, RED); yy += 24
        T(page, x + 10, yy + 4, "- " + who, 11, INK)
    fl.block(len(qlines) * 24 + 30, dq, before=14, after=10)
    fl.heading(s3["title"].upper(), size=11.5)
    sb = d["sidebar"]

    def dsb(page, x, y, w):
        hh = 30 + sum(len(break_lines(p, w - 24, 11, hyph=False)) * 14.5 for p in sb["paras"]) + 8 * len(sb["paras"])
        box(page, x, y, w, hh, (0.93, 0.88, 0.74))
        T(page, x + 12, y + 22, sb["title"], 14, RED)
        yy = y + 44
        for p in sb["paras"]:
            yy = ragged(page, x + 12, yy, w - 24, p, 11, 14.5) + 6
    sbh = 30 + sum(len(break_lines(p, 316, 11, hyph=False)) * 14.5 for p in sb["paras"]) + 8 * len(sb["paras"])
    fl.para(s3["paras"][0])
    fl.block(sbh, dsb, before=10, after=6)
    fl.para(s3["paras"][1])
    foot = d["running"][0]
    T(pg, (PW - W(ascii_pdf(foot), 10)) / 2, 1140, foot, 10, (0.35, 0.35, 0.35))


def haber(doc, d):
    PW, PH = 595, 842
    p1 = doc.new_page(width=PW, height=PH)
    LOG.write("haber\n")
    run = d["running"]
    T(p1, 50, 40, run[3], 9, RED); T(p1, 80, 40, run[1], 8.5, (0.4, 0.4, 0.4))
    T(p1, 50, 100, d["kicker"], 9, RED)
    T(p1, 50, 130, d["title_lines"][0], 24)
    T(p1, 50, 158, d["title_lines"][1], 24)
    y = ragged(p1, 50, 186, 495, d["intro"], 11.5, 15, (0.3, 0.3, 0.3))
    state = {}

    def foot(page, num):
        T(page, 50, 812, run[0], 8, (0.4, 0.4, 0.4))
        notes = [n for n in state.get(num, [])]
        yy = 762
        if notes:
            page.draw_rect(pdfrune.Rect(50, yy - 10, 545, yy - 9.5), color=(0.5, 0.5, 0.5), fill=None, width=0.5)
        for k, n in notes:
            T(page, 50, yy, f"{k}  {n}", 7.5, INK); yy += 10

    p2 = doc.new_page(width=PW, height=PH)

    def enter_p2(fl):
        foot(p1, 58)
        T(p2, 545 - W(run[4], 9), 40, run[4], 9, RED)
        T(p2, 545 - 38 - W(run[2], 8.5), 40, run[2], 8.5, (0.4, 0.4, 0.4))
    frames = [Frame(p1, 50, y + 14, 237, 745), Frame(p1, 308, y + 14, 237, 745),
              Frame(p2, 50, 70, 237, 745), Frame(p2, 308, 70, 237, 745)]
    fl = Flow(frames, size=9.5, lead=12.4, on_enter={2: enter_p2})
    s1, s2, s3 = d["sections"]
    state[58] = [("1", d["notes"][0])]
    fl.heading(s1["title"], size=12, before=0, label=s1["label"], label_gap=18)
    fl.para(s1["paras"][0], indent=0)
    fl.para(s1["paras"][1], marks={"atmosphere.": "1"})
    c = s1["caption"]
    h, draw = caption_block(fl, 120, c["credit"] + ". " + c["text"][0].upper() + c["text"][1:], size=8, lead=10)
    fl.block(h, draw, before=10)
    fl.heading(s2["title"], size=12, label=s2["label"], label_gap=18)
    for i, p in enumerate(s2["paras"]):
        fl.para(p, indent=0 if i == 0 else 12)
    fl.heading(s3["title"], size=12, label=s3["label"], label_gap=22)
    state[58].append(("2", d["notes"][1]))
    tb = d["table"]

    def dt(page, x, y, w):
        T(page, x, y + 10, tb["title"], 9.5, RED)
        yy = y + 16
        box(page, x, yy, w, 15, (0.88, 0.88, 0.88))
        T(page, x + 4, yy + 11, tb["head"][0], 8.5); T(page, x + 90, yy + 11, tb["head"][1], 8.5)
        yy += 15
        for a, b in tb["rows"]:
            T(page, x + 4, yy + 11, a, 8.5); T(page, x + 90, yy + 11, b, 8.5)
            page.draw_rect(pdfrune.Rect(x, yy + 15, x + w, yy + 15.4), color=(0.6, 0.6, 0.6), fill=None, width=0.4)
            yy += 15
    th = 16 + 15 * (len(tb["rows"]) + 1) + 4
    fl.para(s3["paras"][0], indent=0, marks={"energy.": "2"}, hooks={3: lambda f: f.block(th, dt, before=8, after=4)})
    for p in s3["paras"][1:]:
        fl.para(p)
    sb = d["sidebar"]
    lines = sum(len(break_lines(p, 215, 9, hyph=False)) for p in sb["paras"])
    hh = 34 + lines * 12

    def dsb(page, x, y, w):
        box(page, x, y, w, hh, (0.9, 0.93, 0.88))
        T(page, x + 11, y + 18, sb["title"], 11, RED)
        yy = y + 34
        for p in sb["paras"]:
            yy = ragged(page, x + 11, yy, w - 22, p, 9, 12)
    fl.block(hh, dsb, before=14)
    foot(p2, 59)


def potato(doc, d):
    PW, PH = 595, 842
    p1 = doc.new_page(width=PW, height=PH)
    LOG.write("potato\n")
    T(p1, 60, 70, d["kicker"], 9, RED)
    T(p1, 60, 108, d["title_lines"][0], 34)
    T(p1, 60, 134, d["title_lines"][1], 15, (0.35, 0.35, 0.35))
    y = ragged(p1, 60, 170, 330, d["intro"], 12, 16)
    p2 = doc.new_page(width=PW, height=PH)
    run = d["running"]

    def footer(page, k):
        T(page, 60, 805, run[0], 8.5, (0.4, 0.4, 0.4))
        T(page, 540 - W(run[k], 8.5), 805, run[k], 8.5, (0.4, 0.4, 0.4))
    fl = Flow([Frame(p1, 60, y + 10, 330, 770), Frame(p2, 60, 60, 330, 770)], size=10, lead=13.5,
              on_enter={1: lambda f: footer(p1, 1)})
    notes = d["sidenotes"]

    def side(k):
        def fn(f):
            ragged(f.f.page, 410, f.y - 2, 130, f"{k}  {notes[k-1]}", 7.5, 9.5, (0.3, 0.3, 0.3))
        return fn
    s1, s2, s3 = d["sections"]
    fl.heading(s1["label"] + ".  " + s1["title"], size=13, before=4)
    fl.para(s1["paras"][0], indent=0)
    fl.para(s1["paras"][1], marks={"Lumper,": "1"}, hooks={2: side(1)})
    fl.para(s1["paras"][2])
    fl.heading(s2["label"] + ".  " + s2["title"], size=13)
    c = s2["caption"]

    def pic(f):
        f.y += 8
        picture(f.f.page, f.f.x, f.y, f.f.w, 150)
        ragged(f.f.page, 410, f.y + 8, 130, "Right: " + c["text"], 8, 10)
        ragged(f.f.page, 410, f.y + 8 + 10 * (len(break_lines("Right: " + c["text"], 130, 8, hyph=False)) + 0.6), 130, c["credit"], 7, 9, (0.4, 0.4, 0.4))
        f.y += 150 + 4
    fl.para(s2["paras"][0], indent=0, marks={"organism.": "2"}, hooks={4: pic, 8: side(2)}, hyph=False)
    fl.para(s2["paras"][1])
    q, who = d["blockquote"]

    def dq(page, x, y, w):
        yy = ragged(page, x + 14, y + 20, w - 28, q, 17, 22, RED)
        T(page, x + 14, yy + 6, who, 9.5)
    fl.block(len(break_lines(q, 302, 17, hyph=False)) * 22 + 30, dq, before=12, after=8)
    fl.heading(s3["label"] + ".  " + s3["title"], size=13)
    fl.para(s3["paras"][0], indent=0)
    fl.para(s3["paras"][1], marks={"century.": "3"}, hooks={2: side(3)})
    fl.para(s3["paras"][2])
    sb = d["sidebar"]
    lines = sum(len(break_lines(p, 300, 9.5, hyph=False)) for p in sb["paras"])
    hh = 36 + lines * 13

    def dsb(page, x, y, w):
        page.draw_rect(pdfrune.Rect(x, y, x + w, y + hh), color=RED, fill=None, width=1.2)
        T(page, x + 14, y + 20, sb["title"], 11.5, RED)
        yy = y + 36
        for p in sb["paras"]:
            yy = ragged(page, x + 14, yy, w - 28, p, 9.5, 13)
    fl.block(hh, dsb, before=14)
    footer(p2, 2)


def borlaug(doc, d):
    PW, PH = 1191, 842
    pg = doc.new_page(width=PW, height=PH)
    LOG.write("borlaug\n")
    T(pg, 50, 62, d["kicker"], 11, RED)
    T(pg, 50, 112, d["title_lines"][0], 46)
    T(pg, 50, 152, d["dateline"], 28, (0.55, 0.45, 0.2))
    y = ragged(pg, 50, 190, 1090, d["intro"], 15, 20)
    top = y + 14
    sb = d["sidebar"]
    sbl = sum(len(break_lines(p, 366, 10.5, hyph=False)) for p in sb["paras"])
    sbh = 38 + sbl * 14
    frames = [Frame(pg, 50, top, 330, 790), Frame(pg, 410, top, 330, 790), Frame(pg, 770, top + sbh + 16, 390, 790)]
    fl = Flow(frames, size=10.5, lead=14)

    def head(s):
        def lab(page, x, y, w):
            box(page, x, y, 26, 26, RED)
            T(page, x + 7.5, y + 19.5, s["label"], 16, WHITE)
            T(page, x + 36, y + 19, s["title"], 15, INK)
        fl.block(30, lab, before=8, after=2)
    s1, s2, s3 = d["sections"]
    head(s1)
    for i, p in enumerate(s1["paras"]):
        fl.para(p, indent=0 if i == 0 else 12)
    head(s2)
    for i, p in enumerate(s2["paras"]):
        fl.para(p, indent=0 if i == 0 else 12)
    c = s2["caption"]
    h, draw = caption_block(fl, 150, "Below: " + c["text"] + " " + c["credit"], size=9, lead=11, cap_first=True)
    fl.block(h, draw, before=10)
    q, who = d["blockquote"]
    ql = break_lines(q, 300, 18, hyph=False)

    def dq(page, x, y, w):
        yy = ragged(page, x + 10, y + 20, w - 20, q, 18, 23, (0.55, 0.45, 0.2))
        T(page, x + 10, yy + 4, who, 10)
    fl.block(len(ql) * 23 + 26, dq, before=12, after=8)
    head(s3)
    tb = d["table"]

    def dt(page, x, y, w):
        T(page, x, y + 11, tb["title"], 10.5, RED)
        yy = y + 17
        for i, row in enumerate([tb["head"]] + tb["rows"]):
            box(page, x, yy, 70, 16, (0.88, 0.88, 0.88) if i else (0.75, 0.75, 0.75))
            if i == 0:
                box(page, x + 72, yy, w - 72, 16, (0.75, 0.75, 0.75))
            T(page, x + 5, yy + 12, row[0], 9.5); T(page, x + 78, yy + 12, row[1], 9.5)
            yy += 18
    fl.para(s3["paras"][0], indent=0)
    fl.block(17 + 18 * (len(tb["rows"]) + 1), dt, before=8, after=4)
    for p in s3["paras"][1:]:
        fl.para(p)
    # sidebar painted last, at the top of column 3
    x = 770
    box(pg, x, top, 390, sbh, (0.92, 0.9, 0.8))
    T(pg, x + 12, top + 22, sb["title"], 13, RED)
    yy = top + 40
    for p in sb["paras"]:
        yy = ragged(pg, x + 12, yy, 366, p, 10.5, 14)
    f = d["running"][0]
    T(pg, 50, 815, f, 9.5, (0.4, 0.4, 0.4))


LAYOUTS = dict(mccormick_reaper_1831=mccormick, haber_bosch_1909=haber, potato_blight_1845=potato, borlaug_wheat_1944=borlaug)

if __name__ == "__main__":
    for name, fn in LAYOUTS.items():
        d = DOCS[name]
        doc = pdfrune.Document()
        fn(doc, d)
        doc.set_metadata({"title": ascii_pdf(" ".join(d["title_lines"])), "creator": f"mk_pdf.py {name} (set 70)",
                          "producer": "pdfrune 0.1.0"})
        doc.save(os.path.join(OUT, name + ".pdf"), deflate=True)
        print("wrote", name)
