"""Exhibit 1: the Great Smog of 1952 as a roll-fold TRI-FOLD LEAFLET (A4 landscape, 2 pages), laid out by this script
(own line breaker with URW/Adobe base-14 metrics, justified with Tw, hand-listed hyphenation points) and written as
content streams + %%Font lines for `mutool create` (MuPDF), which builds the PDF."""
import os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C
from common import OUT, HERE, pdftotext

NAME = "great_smog_1952"
EX = C.SMOG
AFM = "/usr/share/fonts/type1/urw-base35/"
FONTS = {"R": ("Times-Roman", "NimbusRoman-Regular"), "I": ("Times-Italic", "NimbusRoman-Italic"),
         "B": ("Times-Bold", "NimbusRoman-Bold"), "S": ("Helvetica", "NimbusSans-Regular"),
         "SB": ("Helvetica-Bold", "NimbusSans-Bold")}
W = {}
for k, (_, f) in FONTS.items():
    m = {}
    for line in open(AFM + f + ".afm", encoding="latin-1"):
        g = re.match(r"C (-?\d+) ; WX (\d+) ; N (\S+)", line)
        if g:
            m[g.group(3)] = int(g.group(2))
            if 32 <= int(g.group(1)) < 127:
                m[chr(int(g.group(1)))] = int(g.group(2))
    m["'"] = m["quotesingle"]
    W[k] = m

# hyphenation points chosen by hand (British usage)
HY = {w.replace("-", ""): w for w in """anti-cy-clone them-selves shiv-er-ing pow-er sta-tions pe-des-trian
con-duc-tors am-bu-lances per-for-mance aban-doned au-di-ence gal-lery make-shift Un-der-tak-ers flo-rists
bron-chi-tis or-di-nary of-fi-cials Of-fi-cials stud-ies gov-ern-ment com-mit-tee Par-lia-ment con-trol smoke-less
grad-u-al-ly re-mem-bered par-ti-cles sul-phur di-ox-ide dilute any-one walked throughout Min-istry ap-proved
Thame-side col-lec-tion mer-chant's de-liv-ery win-dow in-doors De-cem-ber pol-lu-tion dead-li-est chim-neys
to-gether deliv-ery car-bon droplets drop-lets de-ter-mined af-ter-wards ex-hi-bi-tion""".split()}


def width(s, f, size):
    return sum(W[f].get(ch, 500) for ch in s) * size / 1000.0


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def break_lines(text, f, size, wd, indent=0.0):
    """Greedy line breaking; returns list of (text, is_last, indent)."""
    words = text.split()
    lines, cur, first = [], [], True
    i = 0
    while i < len(words):
        w = words[i]
        ind = indent if first else 0.0
        trial = " ".join(cur + [w])
        if width(trial, f, size) <= wd - ind:
            cur.append(w)
            i += 1
            continue
        # try hyphenating the word
        core = re.match(r"^([A-Za-z']+)(.*)$", w)
        done = False
        if core and core.group(1) in HY:
            parts = HY[core.group(1)].split("-")
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if width(" ".join(cur + [head]), f, size) <= wd - ind:
                    lines.append((" ".join(cur + [head]), False, ind))
                    words[i] = "".join(parts[k:]) + core.group(2)
                    cur, first, done = [], False, True
                    break
        if not done:
            lines.append((" ".join(cur), False, ind))
            cur, first = [], False
    lines.append((" ".join(cur), True, indent if first else 0.0))
    return lines


class Flow:
    """Lays blocks into a list of frames (x, top, width, bottom); emits PDF operators."""

    def __init__(self, frames, ops):
        self.frames, self.k, self.ops = frames, 0, ops
        self.x, self.y, self.w, self.bot = frames[0]

    def next_frame(self):
        self.k += 1
        self.x, self.y, self.w, self.bot = self.frames[self.k]

    def need(self, h):
        if self.y - h < self.bot:
            self.next_frame()

    def text_line(self, s, f, size, x, y, tw=0.0, rgb=(0, 0, 0)):
        self.ops.append("BT /%s %.2f Tf %.3f %.3f %.3f rg %.4f Tw %.2f %.2f Td (%s) Tj ET"
                        % (f, size, rgb[0], rgb[1], rgb[2], tw, x, y, esc(s)))

    def para(self, text, f="R", size=11.8, lead=14.8, indent=11.0, justify=True, after=0.0, rgb=(0, 0, 0),
             insert=None):
        lines = break_lines(text, f, size, self.w, indent)
        for n, (s, last, ind) in enumerate(lines):
            if insert and n == insert[0]:
                insert[1](self)
            self.need(lead)
            self.y -= lead
            tw = 0.0
            if justify and not last and s.count(" "):
                tw = (self.w - ind - width(s, f, size)) / s.count(" ")
            self.text_line(s, f, size, self.x + ind, self.y, tw, rgb)
        self.y -= after

    def heading(self, text, f="SB", size=12.5, lead=15.0, before=8.0, after=3.0, rgb=(0.55, 0.12, 0.1)):
        self.need(before + lead * 2 + 30)
        self.y -= before
        self.para(text, f, size, lead, 0, False, after, rgb)

    def box(self, h, before=4.0, after=4.0, x=None, w=None):
        self.need(h + before)
        self.y -= before + h
        self.ops.append("q 0.72 0.72 0.72 rg %.2f %.2f %.2f %.2f re f Q" % (x if x is not None else self.x, self.y,
                                                                          w if w is not None else self.w, h))
        self.y -= after


def caption(flow, cap, f="S", size=8.2):
    """Position label in bold + caption text, then the credit in small italics on its own line."""
    lines = break_lines(cap["position"] + ": " + C.clean(cap["text"]), f, size, flow.w)
    for n, (s, last, ind) in enumerate(lines):
        flow.need(10.5)
        flow.y -= 10.5
        if n == 0:
            lab = cap["position"] + ":"
            flow.text_line(lab, "SB", size, flow.x, flow.y)
            flow.text_line(s[len(lab):], f, size, flow.x + width(lab, "SB", size), flow.y)
        else:
            flow.text_line(s, f, size, flow.x, flow.y)
    for s, _, _ in break_lines(cap["credit"], "I", 7.4, flow.w):
        flow.y -= 9.5
        flow.text_line(s, "I", 7.4, flow.x, flow.y, rgb=(0.35, 0.35, 0.35))


def side_caption(flow, cap, pic_w=100, h=86):
    """Picture on the left, caption to its right (a 'Left:' caption), interrupting a paragraph."""
    flow.need(h + 8)
    top = flow.y - 5
    flow.ops.append("q 0.72 0.72 0.72 rg %.2f %.2f %.2f %.2f re f Q" % (flow.x, top - h, pic_w, h))
    sub = Flow([(flow.x + pic_w + 8, top + 1, flow.w - pic_w - 8, top - h - 60)], flow.ops)
    caption(sub, cap)
    flow.y = min(top - h, sub.y) - 8


def main():
    PW, PH = 842, 595  # A4 landscape, three 280.7 pt panels
    pw = PW / 3.0
    m = 24
    cols = [(i * pw + m, PH - 34, pw - 2 * m, 52) for i in range(3)]
    secs = EX["sections"]
    foot = "Thameside Museum of the City | Gallery 7 | 6 December 2026 - 31 May 2027"
    pages = []

    # ---------------- page 1 (outside): [flap: sidebar + picture | back panel: visit | cover]
    ops = ["q 0.93 0.92 0.88 rg 0 0 %d %d re f Q" % (PW, PH),
           "q 0.6 0.6 0.6 RG 0.5 w [3 3] 0 d %.1f 20 m %.1f %d l S %.1f 20 m %.1f %d l S Q" % (pw, pw, PH - 20, 2 * pw, 2 * pw, PH - 20)]
    sb_ops = []
    f = Flow([cols[0]], sb_ops)
    f.heading(EX["sidebar"]["title"], "SB", 13, 16, 4, 4, (0.15, 0.15, 0.15))
    for p in EX["sidebar"]["paras"]:
        f.para(p, "S", 10.4, 13.8, 0, True, 4)
    # tinted box drawn behind the sidebar text, sized to it
    ops.append("q 0.84 0.82 0.76 rg %.1f %.1f %.1f %.1f re f Q" % (cols[0][0] - 8, f.y - 8, cols[0][2] + 16,
                                                                 cols[0][1] + 6 - (f.y - 8)))
    ops.extend(sb_ops)
    f.ops = ops
    f.y -= 22
    f.box(f.y - 120, 0)
    # back panel
    b = Flow([cols[1]], ops)
    b.y = PH - 60
    for s in ["Visit", "Thameside Museum of the City", "14 Wharf Lane, London SE1", "Open daily 10.00 - 17.30",
              "Admission free"]:
        b.y -= 13
        b.text_line(s, "SB" if s == "Visit" else "S", 9.5, b.x, b.y)
    b.text_line(foot, "S", 6.8, b.x, 30, rgb=(0.3, 0.3, 0.3))
    # cover
    c = Flow([cols[2]], ops)
    ops.append("q 0.16 0.16 0.18 rg %.1f %d %.1f 70 re f Q" % (2 * pw, PH - 70, pw))
    c.y = PH - 30
    c.text_line(EX["kicker"], "SB", 9, c.x, c.y, rgb=(1, 1, 1))
    c.y = PH - 95
    c.para("Five Days in the Dark:", "B", 22, 25, 0, False)
    c.para("The Great Smog of 1952", "B", 22, 25, 0, False, 10)
    for p in EX["intro"]:
        c.para(p, "I", 11.5, 15, 0, True, 8)
    c.box(150, 6)
    pages.append(ops)

    # ---------------- page 2 (inside): sections 1-4 flowing through the three panels
    ops = ["q 0.93 0.92 0.88 rg 0 0 %d %d re f Q" % (PW, PH),
           "q 0.6 0.6 0.6 RG 0.5 w [3 3] 0 d %.1f 20 m %.1f %d l S %.1f 20 m %.1f %d l S Q" % (pw, pw, PH - 20, 2 * pw, 2 * pw, PH - 20)]
    f = Flow(cols, ops)
    for i, s in enumerate(secs):
        f.heading(str(i + 1), "SB", 26, 26, 0 if i == 0 else 10, 2)
        f.heading(s["title"], before=0)
        for j, p in enumerate(s["paras"]):
            ins = None
            if i == 0 and j == 1:
                ins = (2, lambda fl, cap=s["captions"][0]: side_caption(fl, cap))
            f.para(p, indent=0 if j == 0 else 11, insert=ins)
        if i == 2:
            f.box(92, 8, 2)
            caption(f, s["captions"][0])
    # pull quote (repeats a sentence of section 2; not gold) and an uncaptioned picture to fill the last panel
    f.y -= 22
    f.ops.append("q 0.55 0.12 0.1 RG 1.2 w %.1f %.1f m %.1f %.1f l S Q" % (f.x, f.y, f.x + f.w, f.y))
    f.y -= 6
    f.para('"In places a pedestrian could not see his own feet."', "I", 17, 21, 0, False, 4, (0.55, 0.12, 0.1))
    f.ops.append("q 0.55 0.12 0.1 RG 1.2 w %.1f %.1f m %.1f %.1f l S Q" % (f.x, f.y, f.x + f.w, f.y))
    f.y -= 14
    f.box(f.y - f.bot - 8, 0, 0)
    ops.append("q 0.16 0.16 0.18 rg 0 0 %d 26 re f Q" % PW)
    Flow([cols[0]], ops).text_line(foot, "S", 7.5, 24, 10, rgb=(1, 1, 1))
    pages.append(ops)

    files = []
    for n, ops in enumerate(pages, 1):
        p = os.path.join(HERE, "%s_p%d.txt" % (NAME, n))
        head = ["%%%%MediaBox 0 0 %d %d" % (PW, PH)] + ["%%%%Font %s %s" % (k, v[0]) for k, v in FONTS.items()]
        open(p, "w", encoding="latin-1").write("\n".join(head + ops) + "\n")
        files.append(p)
    out = os.path.join(OUT, NAME + ".pdf")
    subprocess.run(["mutool", "create", "-o", out] + files, check=True)
    pdftotext(NAME)
    C.write_gold(os.path.join(OUT, NAME + ".json"), C.gold(EX, [foot], label_fmt=lambda i, s: str(i)))


if __name__ == "__main__":
    main()
