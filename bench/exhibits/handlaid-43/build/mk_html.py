"""magna_carta_1215.html: an Org file exported by Emacs Org mode (org-html-export-to-html, batch)."""
import os, shutil, subprocess, zlib, struct
from content import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "org_src")
os.makedirs(SRC, exist_ok=True)
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
d = DOCS["magna_carta_1215"]


def grey_png(path, w=640, h=420):
    raw = b"".join(b"\x00" + b"\xb9\xb9\xb9" * w for _ in range(h))
    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)


def wrap(text, width=100):
    """Org source is filled like a hand-edited file: paragraphs keep their source line breaks."""
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line); line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n".join(out)


PREAMBLE = ('<a class="skip" href="#content">Skip to main content</a>\n'
            '<header class="site"><p class="site-name">Fenwick Hall · Museum of Law and Liberty</p>\n'
            '<nav aria-label="Main"><a href="/visit/">Visit</a> <a href="/whats-on/">What’s on</a> '
            '<a href="/collection/">Collection</a> <a href="/learn/">Learn</a></nav>\n'
            '<nav class="lang" aria-label="Language"><a href="/en/magna-carta/" hreflang="en" aria-current="true">English</a> '
            '<a href="/cy/magna-carta/" hreflang="cy">Cymraeg</a> <a href="/fr/magna-carta/" hreflang="fr">Français</a></nav></header>\n'
            '<p class="kicker">' + d["kicker"] + '</p>')

CSS = """<style>
body { font-family: Georgia, serif; max-width: 46rem; margin: 0 auto; padding: 0 1rem; line-height: 1.55; color: #222 }
.skip { position: absolute; left: -9999px } .skip:focus { left: 1rem }
header.site { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; font: 0.9rem Arial, sans-serif;
  border-bottom: 2px solid #7a1f2b; padding: 0.6rem 0 }
.kicker { font: bold 0.8rem Arial, sans-serif; text-transform: uppercase; letter-spacing: 0.12em; color: #7a1f2b; margin-top: 2rem }
h1.title { text-align: left; margin: 0.2rem 0 1rem; font-size: 2.4rem } .subtitle { font-style: italic; font-weight: normal; font-size: 1.5rem }
.standfirst { font-size: 1.2rem; font-weight: bold }
#table-of-contents { font: 0.9rem Arial, sans-serif; background: #f5efe6; padding: 0.5rem 1rem; margin: 1rem 0 }
.section-number-2 { display: inline-block; min-width: 1.6em; background: #7a1f2b; color: #fff; text-align: center; margin-right: 0.4em }
.figure img { width: 100%; height: auto } .figure p { margin: 0.2rem 0 } .figure-number { color: #7a1f2b }
.credit { color: #666; font-size: 0.9em }
blockquote { font-size: 1.4rem; font-style: italic; color: #7a1f2b; border-left: 4px solid #7a1f2b; margin: 1.5rem 0; padding-left: 1rem }
.outline-2.sidebar { background: #f5efe6; padding: 0.5rem 1rem; margin-top: 2rem }
#postamble { font: 0.8rem Arial, sans-serif; color: #666; border-top: 1px solid #ccc; margin-top: 3rem }
</style>"""


def org_source():
    s1, s2, s3 = d["sections"]
    L = []
    L.append("#+TITLE: " + d["title_lines"][0])
    L.append("#+SUBTITLE: " + d["title_lines"][1])
    L.append("#+AUTHOR: Interpretation team, Fenwick Hall")
    L.append("#+DATE: 2025-06-15")
    L.append("#+LANGUAGE: en-GB")
    L.append("#+DESCRIPTION: " + d["intro"])
    L.append("#+OPTIONS: toc:1 num:1 ':nil -:nil ^:{} html-postamble:t H:2 author:t")
    L.append("#+HTML_DOCTYPE: html5")
    L.append("#+HTML_HEAD: <link rel=\"alternate\" hreflang=\"cy\" href=\"/cy/magna-carta/\">")
    L.append("#+HTML_HEAD: <link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/magna-carta/\">")
    L.append("")
    L.append("#+ATTR_HTML: :class standfirst")
    L.append(wrap(d["intro"]))
    L.append("")

    def sec(s, body):
        L.append("* " + s["title"])
        L.append(":PROPERTIES:")
        L.append(":CUSTOM_ID: " + s["title"].lower().replace(" ", "-").replace("’", ""))
        L.append(":END:")
        L.extend(body)

    p = s1["paras"][1][0]
    a = "gates to them."
    p = p.replace(a, a + "[fn:1]")
    sec(s1, [wrap(s1["paras"][0][0]), "", wrap(p), "", wrap(s1["paras"][2][0]), ""])
    c = s2["caption"]
    p2 = s2["paras"][1][0].replace("the law of the land,", "the law of the land,[fn:2]")
    sec(s2, [wrap(s2["paras"][0][0]), "",
             "#+CAPTION: *%s:* %s @@html:<br><span class=\"credit\">@@%s@@html:</span>@@" % (c["position"], c["text"], c["credit"]),
             "#+ATTR_HTML: :alt Grey placeholder for a photograph of the charter facsimile :width 640",
             "[[file:img/magna_carta_facsimile.png]]", "",
             wrap(p2), ""])
    L.append("#+begin_quote")
    L.append(d["pull"])
    L.append("#+end_quote")
    L.append("")
    sec(s3, [wrap(x[0]) + "\n" for x in s3["paras"]])
    L.append("* The charter in dates")
    L.append(":PROPERTIES:")
    L.append(":UNNUMBERED: notoc")
    L.append(":HTML_CONTAINER_CLASS: timeline")
    L.append(":END:")
    for y, e in d["timeline"]:
        L.append("1. @@html:<time>@@%s@@html:</time>@@ — %s" % (y, e))
    L.append("")
    sb = d["sidebar"]
    L.append("* " + sb["title"])
    L.append(":PROPERTIES:")
    L.append(":UNNUMBERED: notoc")
    L.append(":HTML_CONTAINER_CLASS: sidebar")
    L.append(":END:")
    for x in sb["paras"]:
        L.append(wrap(x)); L.append("")
    L.append("* Notes for editors                                              :noexport:")
    L.append("Check the seal photograph credit with the library before the page goes live.")
    L.append("")
    L.append("* Footnotes")
    for i, n in enumerate(d["notes"], 1):
        L.append("[fn:%d] %s" % (i, n))
        L.append("")
    return "\n".join(L)


ELISP = r'''
(require 'org)
(require 'ox-html)
(setq org-html-preamble t
      org-html-preamble-format (list (list "en" PREAMBLE))
      org-html-postamble t
      org-html-postamble-format '(("en" "<p class=\"author\">Text: %a</p><p class=\"date\">Last reviewed: %d</p><p class=\"creator\">%c</p>"))
      org-html-head-include-default-style t
      org-html-head CSS
      org-html-validation-link nil
      org-export-with-sub-superscripts '{}
      org-html-html5-fancy t
      org-export-time-stamp-file nil
      make-backup-files nil)
(find-file SRCFILE)
(org-html-export-to-html)
'''


def build():
    grey_png(os.path.join(OUT, "img", "magna_carta_facsimile.png"))
    org = os.path.join(SRC, "magna_carta_1215.org")
    with open(org, "w", encoding="utf-8") as f:
        f.write(org_source())
    el = ELISP.replace("PREAMBLE", '"%s"' % PREAMBLE.replace("\\", "\\\\").replace('"', '\\"')) \
              .replace("CSS", '"%s"' % CSS.replace('"', '\\"')).replace("SRCFILE", '"%s"' % org)
    elf = os.path.join(SRC, "export.el")
    with open(elf, "w", encoding="utf-8") as f:
        f.write(el)
    os.makedirs(os.path.join(SRC, "img"), exist_ok=True)
    shutil.copy(os.path.join(OUT, "img", "magna_carta_facsimile.png"), os.path.join(SRC, "img"))
    subprocess.run(["emacs", "--batch", "-Q", "-l", elf], check=True, cwd=SRC)
    shutil.copy(os.path.join(SRC, "magna_carta_1215.html"), os.path.join(OUT, "magna_carta_1215.html"))
    print("wrote magna_carta_1215.html")


if __name__ == "__main__":
    build()
