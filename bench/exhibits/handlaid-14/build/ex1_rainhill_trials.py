"""rainhill_trials: XSL-FO written by hand, rendered by Apache FOP (Debian `fop`). A4, two columns."""
import os, subprocess
from content import EXHIBITS, gold, write_gold
from common import BUILD, OUT, esc, pdftotext_raw

NAME = "rainhill_trials"
EX = EXHIBITS[NAME]
HEADER = EX["museum"] + " · Rainhill 1829"
TITLE_LINES = ["Five Engines and a Prize:", "The Rainhill Trials of 1829"]
assert " ".join(TITLE_LINES) == EX["title"]
SIDEBAR_TITLE = EX["sidebar"]["title"]

INK = "#1f3b57"
RED = "#9c2b1b"


def para(text, first, extra=""):
    indent = "0mm" if first else "5mm"
    return ('<fo:block text-indent="%s" space-before="%s" text-align="justify" %s>%s</fo:block>'
            % (indent, "0pt", extra, text))


def picture(height):
    return ('<fo:block-container height="%s" background-color="#b4b4b4" border="0.4pt solid #8c8c8c" '
            'space-before="6pt" space-after="3pt"><fo:block/></fo:block-container>' % height)


def caption_under(c):
    return ('<fo:block font-family="Helvetica" font-size="7.8pt" line-height="10pt" space-after="8pt" '
            'text-align="start"><fo:inline font-weight="bold">%s:</fo:inline> %s'
            '<fo:block font-size="6.5pt" color="#555555" font-style="italic">%s</fo:block></fo:block>'
            % (c["position"], esc(c["text"]), esc(c["credit"])))


def caption_beside(c):
    # a two-cell table: caption left, picture right ("Right:")
    return ('<fo:table table-layout="fixed" width="100%%" space-before="6pt" space-after="8pt">'
            '<fo:table-column column-width="45%%"/><fo:table-column column-width="55%%"/><fo:table-body>'
            '<fo:table-row><fo:table-cell padding-right="3mm" display-align="after">'
            '<fo:block font-family="Helvetica" font-size="7.8pt" line-height="10pt" text-align="end">'
            '<fo:inline font-weight="bold">%s:</fo:inline> %s</fo:block>'
            '<fo:block font-family="Helvetica" font-size="6.5pt" color="#555555" font-style="italic" '
            'text-align="end">%s</fo:block></fo:table-cell>'
            '<fo:table-cell><fo:block-container height="34mm" background-color="#b4b4b4" '
            'border="0.4pt solid #8c8c8c"><fo:block/></fo:block-container></fo:table-cell></fo:table-row>'
            '</fo:table-body></fo:table>' % (c["position"], esc(c["text"]), esc(c["credit"])))


def heading(s):
    return ('<fo:block keep-with-next.within-column="always" space-before="10pt" space-after="4pt" '
            'font-family="Helvetica" font-weight="bold" font-size="12.5pt" line-height="15pt" color="%s">'
            '<fo:inline background-color="%s" color="white" padding-left="1.5pt" padding-right="1.5pt">%s</fo:inline>'
            '<fo:leader leader-pattern="space" leader-length="2.5mm"/>%s</fo:block>'
            % (INK, RED, s["label"], esc(s["title"])))


def body():
    out = []
    secs = EX["sections"]
    for si, s in enumerate(secs):
        out.append(heading(s))
        for pi, p in enumerate(s["paras"]):
            text = esc(p)
            if si == 0 and pi == 1:
                # footnote after "smoke." (not gold)
                cut = text.index("smoke.") + len("smoke.")
                fn = ('<fo:footnote><fo:inline baseline-shift="super" font-size="6pt">1</fo:inline>'
                      '<fo:footnote-body><fo:block font-size="7pt" line-height="9pt" font-family="Times" '
                      'border-top="0.4pt solid #999999" padding-top="2pt"><fo:inline baseline-shift="super" '
                      'font-size="5pt">1</fo:inline> %s</fo:block></fo:footnote-body></fo:footnote>'
                      % esc(EX["footnotes"][0]))
                text = text[:cut] + fn + text[cut:]
            if si == 2 and pi == 0:
                # the picture with its caption beside it interrupts this paragraph, mid-sentence
                cut = text.index("far more quickly")
                out.append('<fo:block text-indent="0mm" text-align="justify" text-align-last="justify">%s</fo:block>'
                           % text[:cut].rstrip())
                out.append(caption_beside(s["caps"][0]))
                out.append('<fo:block text-align="justify">%s</fo:block>' % text[cut:])
                continue
            out.append(para(text, pi == 0))
            if si == 1 and pi == 0:
                out.append('<fo:block font-family="Times" font-style="italic" font-size="15pt" line-height="19pt" '
                           'color="%s" border-top="1pt solid %s" border-bottom="1pt solid %s" padding="4pt" '
                           'space-before="8pt" space-after="8pt" text-align="center">%s</fo:block>'
                           % (RED, RED, RED, esc(EX["pullquote"])))
            for c in s["caps"]:
                if c["after"] == pi and si != 2:
                    out.append(picture("46mm"))
                    out.append(caption_under(c))
        if si == 1:
            sb = EX["sidebar"]
            out.append('<fo:block background-color="#efe6d2" border-left="2.5pt solid %s" padding="5pt" '
                       'space-before="10pt" space-after="4pt" keep-together.within-column="always">'
                       '<fo:block font-family="Helvetica" font-weight="bold" font-size="9pt" letter-spacing="0.6pt" '
                       'text-transform="uppercase" space-after="3pt" color="%s">%s</fo:block>%s</fo:block>'
                       % (RED, RED, esc(sb["title"]),
                          "".join('<fo:block font-family="Helvetica" font-size="8.5pt" line-height="11.5pt">%s'
                                  '</fo:block>' % esc(p) for p in sb["paras"])))
    return "\n".join(out)


def fo():
    header = ('<fo:static-content flow-name="rest-before"><fo:block font-family="Helvetica" font-size="8pt" '
              'color="%s" border-bottom="0.5pt solid %s" padding-bottom="2pt">%s</fo:block></fo:static-content>'
              % (INK, INK, esc(HEADER)))
    footer = ('<fo:static-content flow-name="any-after"><fo:block font-family="Helvetica" font-size="8pt" '
              'text-align="center" color="#555555">Page <fo:page-number/> of '
              '<fo:page-number-citation ref-id="END"/></fo:block></fo:static-content>')
    footnote_sep = ('<fo:static-content flow-name="xsl-footnote-separator"><fo:block/></fo:static-content>')
    title = ('<fo:block span="all" space-after="10pt">'
             '<fo:block font-family="Helvetica" font-size="8.5pt" letter-spacing="1pt" color="%s" '
             'text-transform="uppercase" space-after="4pt">%s</fo:block>'
             '<fo:block font-family="Times" font-weight="bold" font-size="30pt" line-height="33pt" color="%s">%s</fo:block>'
             '<fo:block border-bottom="1.5pt solid %s" space-after="6pt" space-before="4pt"/>'
             '<fo:block font-family="Times" font-style="italic" font-size="13pt" line-height="17pt" '
             'text-align="justify">%s</fo:block></fo:block>'
             % (RED, esc(EX["kicker"]), INK,
                '<fo:block/>'.join(esc(t) for t in TITLE_LINES).replace(
                    esc(TITLE_LINES[0]) + '<fo:block/>', '<fo:block>' + esc(TITLE_LINES[0]) + '</fo:block>'),
                INK, esc(EX["intro"])))
    return """<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" language="en" country="GB">
 <fo:layout-master-set>
  <fo:simple-page-master master-name="first" page-width="210mm" page-height="297mm" margin-top="12mm"
      margin-bottom="10mm" margin-left="18mm" margin-right="18mm">
   <fo:region-body margin-top="6mm" margin-bottom="12mm" column-count="2" column-gap="8mm"/>
   <fo:region-after region-name="any-after" extent="8mm"/>
  </fo:simple-page-master>
  <fo:simple-page-master master-name="rest" page-width="210mm" page-height="297mm" margin-top="12mm"
      margin-bottom="10mm" margin-left="18mm" margin-right="18mm">
   <fo:region-body margin-top="12mm" margin-bottom="12mm" column-count="2" column-gap="8mm"/>
   <fo:region-before region-name="rest-before" extent="8mm"/>
   <fo:region-after region-name="any-after" extent="8mm"/>
  </fo:simple-page-master>
  <fo:page-sequence-master master-name="doc">
   <fo:repeatable-page-master-alternatives>
    <fo:conditional-page-master-reference master-reference="first" page-position="first"/>
    <fo:conditional-page-master-reference master-reference="rest" page-position="rest"/>
   </fo:repeatable-page-master-alternatives>
  </fo:page-sequence-master>
 </fo:layout-master-set>
 <fo:page-sequence master-reference="doc">
  %s
  %s
  %s
  <fo:flow flow-name="xsl-region-body" font-family="Times" font-size="11pt" line-height="14.2pt">
   %s
   %s
   <fo:block id="END" font-family="Helvetica" font-size="7pt" space-before="10pt" color="#777777">Text: Exhibitions Department. Design: in-house.</fo:block>
  </fo:flow>
 </fo:page-sequence>
</fo:root>
""" % (header, footer, footnote_sep, title, body())


def main():
    src = os.path.join(BUILD, NAME + ".fo")
    open(src, "w", encoding="utf-8").write(fo())
    subprocess.run(["fop", "-q", "-fo", src, "-pdf", os.path.join(OUT, NAME + ".pdf")], check=True)
    pdftotext_raw(NAME)
    npages = open(os.path.join(OUT, NAME + ".txt"), encoding="utf-8").read().count("\f")
    running = [HEADER] if npages > 1 else []
    running = ["Page %d of %d" % (i + 1, npages) for i in range(npages)]
    if npages > 1:
        running.insert(1, HEADER)
    g = gold(EX, running=running, sidebar_last=True, sidebar_title=SIDEBAR_TITLE.upper())
    write_gold(os.path.join(OUT, NAME + ".json"), g)
    print(NAME, "pages", npages)


if __name__ == "__main__":
    main()
