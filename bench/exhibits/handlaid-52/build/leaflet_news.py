"""The letter-fold leaflet (San Francisco) and the newsletter pages 1 and 4 (Channel Tunnel)."""
import mk_pdf
from content import EXHIBITS
from mk_pdf import JUST, NARROW, PAGEPOS, SANS, SERIF, caption_text
from odf import document, frame, frstyle, h, marked, p, pstyle, span, tstyle, x

GREYSTYLE = ('<style:style style:name="grGrey" style:family="graphic"><style:graphic-properties draw:stroke="none" '
             'draw:fill="solid" draw:fill-color="#b4b4b4" style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>')


def greyp(style, w, hgt, n):
    return (f'<text:p text:style-name="{style}"><draw:rect draw:style-name="grGrey" draw:name="{n}" text:anchor-type="as-char" '
            f'svg:width="{w}" svg:height="{hgt}" draw:z-index="9"/></text:p>')


def table(name, colw, rows, labstyle, cellstyle, lab_cell, cell):
    out = [f'<table:table table:name="{name}" table:style-name="{name}T">']
    for i, w in enumerate(colw):
        out.append(f'<table:table-column table:style-name="{name}C{i}"/>')
    for a, b in rows:
        out.append(f'<table:table-row><table:table-cell table:style-name="{lab_cell}" office:value-type="string">{p(labstyle, a)}</table:table-cell>'
                   f'<table:table-cell table:style-name="{cell}" office:value-type="string">{p(cellstyle, b)}</table:table-cell></table:table-row>')
    out.append("</table:table>")
    return "".join(out)


def table_styles(name, width, colw, extra=""):
    s = [f'<style:style style:name="{name}T" style:family="table"><style:table-properties style:width="{width}" table:align="left" {extra}/></style:style>']
    for i, w in enumerate(colw):
        s.append(f'<style:style style:name="{name}C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>')
    return "".join(s)


# ------------------------------------------------------------------ San Francisco: letter-fold leaflet
def sanfran():
    e = EXHIBITS["san_francisco_earthquake_1906"]
    red = "#a8321e"
    styles = "\n".join([
        pstyle("Body", para=f'{JUST} fo:margin-bottom="2mm" fo:line-height="12.4pt"', text=f'{SERIF} fo:font-size="9.6pt"'),
        pstyle("Stop", para='fo:margin-top="2.5mm" fo:keep-with-next="always"', text=f'{SANS} fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#ffffff" fo:background-color="{red}"'.replace('fo:background-color', 'fo:background-color')),
        pstyle("Head", para='fo:margin-bottom="1.5mm" fo:keep-with-next="always"', text=f'{SANS} fo:font-size="12pt" fo:font-weight="bold" fo:color="{red}" fo:hyphenate="false"'),
        pstyle("Cap", para='fo:line-height="10.5pt"', text=f'{NARROW} fo:font-size="8.5pt"'),
        pstyle("Credit", para='fo:margin-top="1mm"', text=f'{NARROW} fo:font-size="7.5pt" fo:color="#555555"'),
        pstyle("Kicker", para='fo:margin-bottom="2mm"', text=f'{SANS} fo:font-size="9pt" fo:font-style="italic" fo:color="#555555"'),
        pstyle("T1", para='fo:line-height="100%"', text=f'{SERIF} fo:font-size="24pt" fo:font-weight="bold" fo:hyphenate="false"'),
        pstyle("T2", para='fo:line-height="100%"', text=f'{SERIF} fo:font-size="24pt" fo:font-weight="bold" fo:color="{red}" fo:hyphenate="false"'),
        pstyle("T3", para='fo:margin-bottom="3mm"', text=f'{SERIF} fo:font-size="24pt" fo:font-weight="bold" fo:hyphenate="false"'),
        pstyle("Intro", para=f'{JUST} fo:line-height="13pt"', text=f'{SANS} fo:font-size="10pt"'),
        pstyle("SideHead", para='fo:margin-bottom="2mm"', text=f'{SANS} fo:font-size="13pt" fo:font-weight="bold" fo:hyphenate="false"'),
        pstyle("SideBody", para=f'{JUST} fo:margin-bottom="2mm" fo:line-height="12.5pt"', text=f'{SANS} fo:font-size="9.3pt"'),
        pstyle("Quote", para='fo:margin-top="1mm"', text=f'{SERIF} fo:font-size="15pt" fo:font-style="italic" fo:color="{red}" fo:hyphenate="false"'),
        pstyle("Addr", para='fo:text-align="center" fo:margin-bottom="1mm"', text=f'{SANS} fo:font-size="9.5pt"'),
        pstyle("AddrBig", para='fo:text-align="center" fo:margin-bottom="2mm"', text=f'{SANS} fo:font-size="14pt" fo:font-weight="bold"'),
        pstyle("TabLab", text=f'{NARROW} fo:font-size="9pt" fo:font-weight="bold" fo:color="#ffffff" fo:hyphenate="false"'),
        pstyle("TabCell", text=f'{NARROW} fo:font-size="9pt" fo:hyphenate="false"'),
        pstyle("TabHead", para='fo:margin-top="4mm" fo:margin-bottom="1mm"', text=f'{SANS} fo:font-size="9pt" fo:font-weight="bold"'),
        pstyle("PB", para='fo:break-before="page"'),
        tstyle("CapPos", 'fo:font-weight="bold"'),
    ])
    auto = "\n".join([
        '<style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" '
        'fo:margin-top="5mm" fo:margin-bottom="5mm" fo:margin-left="5mm" fo:margin-right="5mm"/></style:page-layout>',
        GREYSTYLE,
        '<style:style style:name="grGreyPage" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#b4b4b4" ' + PAGEPOS + '/></style:style>',
        frstyle("frText", PAGEPOS),
        frstyle("frTwo", PAGEPOS, columns=2, gap="8mm"),
        frstyle("frTint", PAGEPOS + ' draw:fill="solid" draw:fill-color="#f2e6d6" fo:background-color="#f2e6d6" fo:padding="5mm"'),
        '<style:style style:name="grFold" style:family="graphic"><style:graphic-properties draw:stroke="dash" svg:stroke-color="#999999" svg:stroke-width="0.2mm" '
        'style:vertical-pos="from-top" style:horizontal-pos="from-left" style:vertical-rel="page" style:horizontal-rel="page" style:wrap="run-through" style:run-through="foreground"/></style:style>',
        table_styles("Walk", "90mm", ["38mm", "52mm"]),
        table_styles("Pic", "84mm", ["40mm", "44mm"]),
        f'<style:style style:name="CellL" style:family="table-cell"><style:table-cell-properties fo:background-color="{red}" fo:padding="1mm" fo:border="0.5pt solid #ffffff"/></style:style>',
        '<style:style style:name="CellR" style:family="table-cell"><style:table-cell-properties fo:background-color="#efefef" fo:padding="1mm" fo:border="0.5pt solid #ffffff"/></style:style>',
        '<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:padding-right="2mm" fo:border="none" style:vertical-align="bottom"/></style:style>',
    ])
    master = '<style:master-page style:name="Standard" style:page-layout-name="pm"/>'
    S = 99  # strip height in mm

    def fold(page, y):
        return (f'<draw:line draw:style-name="grFold" text:anchor-type="page" text:anchor-page-number="{page}" '
                f'svg:x1="0mm" svg:y1="{y}mm" svg:x2="210mm" svg:y2="{y}mm" draw:z-index="0"/>')

    # outside: flap (top), back (middle), cover (bottom)
    sb = e["sidebar"]
    flap = "".join([p("SideHead", sb["title"])] + [p("SideBody", t) for t in sb["paras"]])
    quote = p("Quote", e["pullquote"])
    walk = table("Walk", ["38mm", "52mm"], [("Stop 1 to Stop 2", "about 30 minutes on foot"),
                                             ("Stop 2 to Stop 3", "bus 5 or 21, then 10 minutes"),
                                             ("Whole route", "allow half a day")],
                 "TabLab", "TabCell", "CellL", "CellR")
    back = "".join([p("AddrBig", "Harbourline Museum"), p("Addr", "40 Pier Road, San Francisco"),
                    p("Addr", "Open daily 10–5 · Free for members"), p("TabHead", "Walking times"), walk])
    cover = "".join([p("Kicker", e["kicker"]), p("T1", e["title_lines"][0]), p("T2", e["title_lines"][1]),
                     p("T3", e["title_lines"][2]), p("Intro", e["intro"])])
    # inside: one flow through three two-column strips
    flow = []
    for s in e["sections"]:
        flow.append(p("Stop", " " + s["label"] + " "))
        flow.append(p("Head", s["title"]))
        for t in s["paras"]:
            flow.append(p("Body", t))
        c = s.get("caption")
        if c:
            # caption on the left, picture on the right ("Right:")
            flow.append('<table:table table:name="Pic" table:style-name="PicT"><table:table-column table:style-name="PicC0"/>'
                        '<table:table-column table:style-name="PicC1"/><table:table-row>'
                        f'<table:table-cell table:style-name="CellN" office:value-type="string"><text:p text:style-name="Cap">{caption_text(c)}</text:p>{p("Credit", c["credit"])}</table:table-cell>'
                        f'<table:table-cell table:style-name="CellN" office:value-type="string">{greyp("Cap", "42mm", "30mm", "picS3")}</table:table-cell>'
                        '</table:table-row></table:table>')
    frames = [
        fold(1, S), fold(1, 2 * S),
        frame("flapL", "frTint", "12mm", "10mm", "110mm", f"{S - 20}mm", flap, minh=False, z=1),
        frame("flapQ", "frText", "132mm", "22mm", "66mm", "50mm", quote, z=2),
        frame("back", "frText", "55mm", f"{S + 14}mm", "100mm", "70mm", back, z=3),
        frame("cover", "frText", "12mm", f"{2 * S + 10}mm", "104mm", "78mm", cover, z=4),
        f'<draw:rect draw:style-name="grGreyPage" draw:name="coverpic" text:anchor-type="page" text:anchor-page-number="1" '
        f'svg:x="124mm" svg:y="{2 * S + 10}mm" svg:width="74mm" svg:height="78mm" draw:z-index="5"/>',
    ]
    frames2 = [
        fold(2, S), fold(2, 2 * S),
        frame("in1", "frTwo", "12mm", "8mm", "186mm", "76mm", "".join(flow), chain="in2", minh=False, z=6, anchor="page", page=2),
        frame("in2", "frTwo", "12mm", f"{S + 7}mm", "186mm", "66mm", "", chain="in3", minh=False, z=7, anchor="page", page=2),
        frame("in3", "frTwo", "12mm", f"{2 * S + 7}mm", "186mm", f"{S - 14}mm", "", minh=False, z=8, anchor="page", page=2),
    ]
    body = p("Standard", "".join(frames + frames2), raw=True) + p("PB", "")
    doc = document(styles, auto, master, body, title=" ".join(e["title_lines"]))
    # draw:line uses svg:x1.. without svg:x/y; fine for LibreOffice
    return doc


# ------------------------------------------------------------------ Channel Tunnel: newsletter pages 1 and 4
def channel():
    e = EXHIBITS["channel_tunnel_1994"]
    blue = "#1f4e79"
    styles = "\n".join([
        pstyle("Body", para=f'{JUST} fo:text-indent="3.5mm" fo:line-height="13.6pt"', text=f'{SERIF} fo:font-size="10.4pt"'),
        pstyle("BodyFirst", "Body", para='fo:text-indent="0mm"'),
        pstyle("Head", para='fo:margin-top="3mm" fo:margin-bottom="1mm" fo:keep-with-next="always"', text=f'{SANS} fo:font-size="10.5pt" fo:font-weight="bold" fo:color="{blue}" fo:hyphenate="false"'),
        pstyle("HeadCol", "Head", para='fo:break-before="column" fo:margin-top="0mm"'),
        pstyle("Mast", para='fo:text-align="center" fo:line-height="100%"', text=f'{SERIF} fo:font-size="40pt" fo:font-weight="bold" fo:color="{blue}" fo:letter-spacing="3pt"'),
        pstyle("MastSub", para='fo:text-align="center" fo:border-bottom="1.5pt solid #1f4e79" fo:border-top="0.5pt solid #1f4e79" fo:padding="1mm"', text=f'{SANS} fo:font-size="8.5pt"'),
        pstyle("Kicker", para='fo:margin-top="4mm" fo:margin-bottom="1mm"', text=f'{SANS} fo:font-size="9pt" fo:font-weight="bold" fo:color="#c0392b" fo:letter-spacing="1pt"'),
        pstyle("T1", para='fo:line-height="100%"', text=f'{SERIF} fo:font-size="26pt" fo:font-weight="bold" fo:hyphenate="false"'),
        pstyle("T2", para='fo:margin-bottom="3mm"', text=f'{SERIF} fo:font-size="17pt" fo:font-style="italic" fo:color="{blue}" fo:hyphenate="false"'),
        pstyle("Intro", para=f'{JUST} fo:margin-bottom="3mm" fo:line-height="14pt"', text=f'{SANS} fo:font-size="10.5pt" fo:font-weight="bold"'),
        pstyle("Jump", para='fo:text-align="end" fo:margin-top="1.5mm"', text=f'{SANS} fo:font-size="8.5pt" fo:font-style="italic" fo:color="#c0392b"'),
        pstyle("JumpFrom", para='fo:margin-bottom="1.5mm"', text=f'{SANS} fo:font-size="8.5pt" fo:font-style="italic" fo:color="#c0392b"'),
        pstyle("Cap", para='fo:margin-top="1mm" fo:line-height="10.5pt"', text=f'{SANS} fo:font-size="8pt"'),
        pstyle("Credit", para='fo:margin-bottom="3mm"', text=f'{SANS} fo:font-size="7pt" fo:color="#555555"'),
        pstyle("Box", para='fo:margin-bottom="1mm"', text=f'{SANS} fo:font-size="8.5pt"'),
        pstyle("BoxHead", para='fo:margin-bottom="1mm"', text=f'{SANS} fo:font-size="9pt" fo:font-weight="bold" fo:color="#ffffff"'),
        pstyle("SideHead", para='fo:margin-bottom="1.5mm"', text=f'{SANS} fo:font-size="11pt" fo:font-weight="bold" fo:hyphenate="false"'),
        pstyle("SideBody", para=f'{JUST}', text=f'{SANS} fo:font-size="9pt"'),
        pstyle("TabHead", para='fo:margin-top="3mm" fo:margin-bottom="1mm"', text=f'{SANS} fo:font-size="9pt" fo:font-weight="bold"'),
        pstyle("TabLab", text=f'{SANS} fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#ffffff" fo:hyphenate="false"'),
        pstyle("TabCell", text=f'{SANS} fo:font-size="8.5pt" fo:hyphenate="false"'),
        pstyle("Footer", tabs=[("180mm", "right")], text=f'{SANS} fo:font-size="8pt" fo:color="#555555"'),
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="JumpFrom" style:master-page-name="News">'
        '<style:paragraph-properties fo:break-before="page" style:page-number="4"/></style:style>',
        tstyle("CapPos", 'fo:font-weight="bold"'),
    ])
    auto = "\n".join([
        '<style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" '
        'fo:margin-top="12mm" fo:margin-bottom="10mm" fo:margin-left="15mm" fo:margin-right="15mm"/>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="4mm" fo:border-top="0.5pt solid #999999" fo:padding-top="1mm"/></style:footer-style></style:page-layout>',
        GREYSTYLE,
        frstyle("frIssue", PAGEPOS),
        '<style:style style:name="S3" style:family="section"><style:section-properties text:dont-balance-text-columns="true">'
        '<style:columns fo:column-count="3" fo:column-gap="5mm"/></style:section-properties></style:style>',
        '<style:style style:name="S2" style:family="section"><style:section-properties text:dont-balance-text-columns="true">'
        '<style:columns fo:column-count="2" fo:column-gap="7mm"/></style:section-properties></style:style>',
        table_styles("Issue", "180mm", ["60mm", "60mm", "60mm"], 'fo:margin-top="4mm"'),
        table_styles("Key", "86mm", ["30mm", "56mm"]),
        f'<style:style style:name="CellB" style:family="table-cell"><style:table-cell-properties fo:background-color="{blue}" fo:padding="1.2mm" fo:border="0.5pt solid #ffffff"/></style:style>',
        '<style:style style:name="CellG" style:family="table-cell"><style:table-cell-properties fo:background-color="#e8eef5" fo:padding="1.2mm" fo:border="0.5pt solid #ffffff"/></style:style>',
        '<style:style style:name="grSide" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-color="#c0392b" svg:stroke-width="0.5mm" '
        'draw:fill="solid" draw:fill-color="#fdf3d8" draw:textarea-vertical-align="top" draw:textarea-horizontal-align="justify" '
        'fo:padding-top="4mm" fo:padding-bottom="4mm" fo:padding-left="4mm" fo:padding-right="4mm" draw:auto-grow-height="false" draw:auto-grow-width="false" fo:wrap-option="wrap" '
        'style:vertical-pos="from-top" style:horizontal-pos="from-left" style:vertical-rel="page" style:horizontal-rel="page" style:wrap="none" style:run-through="foreground"/></style:style>',
    ])
    master = ('<style:master-page style:name="News" style:page-layout-name="pm"><style:footer>'
              '<text:p text:style-name="Footer">The Portal · Issue 31 · Spring<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p>'
              '</style:footer></style:master-page>')
    secs = e["sections"]
    B = []
    # masthead (page 1 only)
    B.append(p("Kicker", e["kicker"].upper()).replace('<text:p text:style-name="Kicker">',
             '<text:p text:style-name="Kicker">', 1))
    B.insert(0, p("MastSub", "Newsletter of the Westbourne Transport Museum · Members’ edition · Spring"))
    B.insert(0, p("Mast", "THE PORTAL").replace('"Mast"', '"MastP1"'))
    B.append(p("T1", e["title_lines"][0]))
    B.append(p("T2", e["title_lines"][1]))
    B.append(p("Intro", e["intro"]))
    B.append('<text:section text:style-name="S3" text:name="Front">')
    before, after = None, None
    for si, s in enumerate(secs[:2]):
        B.append(h("Head", f'{s["label"]}. {s["title"]}'))
        for pi, t in enumerate(s["paras"]):
            st = "BodyFirst" if pi == 0 else "Body"
            if "{JUMP}" in t:
                before, after = t.split("{JUMP}")
                B.append(p(st, before))
                B.append(p("Jump", "Continued on page 4 ▸"))
                break
            B.append(p(st, t))
        if before:
            break
    B.append("</text:section>")
    rows = [("Page 2", "Volunteers’ news and the spring work party"),
            ("Page 3", "Inside the new archive store at Cotter’s Yard"),
            ("Page 4", "Channel Tunnel story, continued")]
    issue = ('<table:table table:name="Issue" table:style-name="IssueT"><table:table-column table:style-name="IssueC0"/>'
             '<table:table-column table:style-name="IssueC1"/><table:table-column table:style-name="IssueC2"/><table:table-row>'
             + "".join(f'<table:table-cell table:style-name="CellG" office:value-type="string">{p("TabHead", a)}{p("Box", b)}</table:table-cell>' for a, b in rows)
             + "</table:table-row></table:table>")
    B[2] = B[2].replace("</text:p>", frame("issue", "frIssue", "15mm", "252mm", "180mm", "24mm", p("TabHead", "In this issue") + issue, z=3) + "</text:p>", 1)
    # page 4
    B.append(p("P4", "◂ Continued from page 1: Under the Sea to France"))
    B.append('<text:section text:style-name="S2" text:name="Back">')
    s2 = secs[1]
    idx = next(i for i, t in enumerate(s2["paras"]) if "{JUMP}" in t)
    B.append(p("BodyFirst", after.strip()))
    c = s2["caption"]
    B.append(greyp("Cap", "84mm", "42mm", "cutter"))
    B.append(f'<text:p text:style-name="Cap">{caption_text(c)}</text:p>')
    B.append(p("Credit", c["credit"]))
    for t in s2["paras"][idx + 1:]:
        B.append(p("Body", t))
    s3 = secs[2]
    B.append(h("HeadCol", f'{s3["label"]}. {s3["title"]}'))
    for pi, t in enumerate(s3["paras"]):
        B.append(p("BodyFirst" if pi == 0 else "Body", t))
    B.append(p("TabHead", "Key figures"))
    B.append(table("Key", ["30mm", "56mm"], [("Length", "50.45 km"), ("Under the sea", "37.9 km"),
                                            ("Deepest point", "about 75 m below sea level"),
                                            ("Opened", "6 May 1994")], "TabLab", "TabCell", "CellB", "CellG"))
    B.append("</text:section>")
    # rotated sidebar box on page 4, at the foot of the page
    sb = e["sidebar"]
    side = (f'<draw:custom-shape draw:style-name="grSide" draw:name="sidebar" text:anchor-type="page" text:anchor-page-number="2" '
            f'svg:width="118mm" svg:height="40mm" draw:transform="rotate (0.0349) translate (48mm 222mm)" draw:z-index="9">'
            f'{p("SideHead", sb["title"])}' + "".join(p("SideBody", t) for t in sb["paras"])
            + '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="rectangle" '
            'draw:enhanced-path="M 0 0 L 21600 0 21600 21600 0 21600 0 0 Z N"/></draw:custom-shape>')
    i4 = next(i for i, b in enumerate(B) if b.startswith('<text:p text:style-name="P4">'))
    B[i4] = B[i4].replace('<text:p text:style-name="P4">', '<text:p text:style-name="P4">' + side, 1)
    styles += pstyle("MastP1", "Mast", master="News")
    return document(styles, auto, master, "\n".join(B), title=" ".join(e["title_lines"]))


mk_pdf.BUILDERS["san_francisco_earthquake_1906"] = sanfran
mk_pdf.BUILDERS["channel_tunnel_1994"] = channel
