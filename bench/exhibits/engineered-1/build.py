"""Eight exhibit PDFs printed by Chromium from HTML+CSS, with their gold.

    python bench/exhibits/engineered-1/build.py        # two_col_indent, sidebar_captions, landscape_three
    python bench/exhibits/engineered-1/build.py more   # float_wrap, narrow_dropcap
    python bench/exhibits/engineered-1/build.py extra  # spanning_figures
    python bench/exhibits/engineered-1/build.py four   # four_columns
    python bench/exhibits/engineered-1/build.py side   # caption_right

Needs Debian chromium and poppler-utils (pdftotext); the text is Milestones essays (CC0).
"""
import base64
import html
import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import layoutgen

OUT = Path(__file__).resolve().parent

def png(w, h, shade=170):
    raw = b"".join(b"\x00" + bytes([shade, shade, shade]) * w for _ in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(data).decode()

IMG = png(60, 40)
TITLES = ["Harbour Trade and Its Rivals", "The Envoys at Court", "A Treaty Signed in Haste"]
E = html.escape

def build(name, essay, css, labels, label_fmt, cap_specs, title_html, running, paras_per=3):
    paras = essay.paragraphs[: 3 * paras_per]
    titles = TITLES
    body, gold_secs = [], []
    body.append(title_html(essay.title))
    for s in range(3):
        lab = labels[s]
        body.append(label_fmt(lab, titles[s]))
        blocks = []
        sec_paras = paras[s * paras_per:(s + 1) * paras_per]
        spec = cap_specs[s]
        for k, p in enumerate(sec_paras):
            body.append(f"<p>{E(p)}</p>")
            blocks.append({"kind": "paragraph", "text": p})
            if k == spec["after"]:
                cap = spec["text"]
                pos = spec.get("position")
                credit = spec.get("credit")
                inner = (f"<b>{E(pos)}:</b> " if pos else "") + E(cap) + (f" <span class=credit>{E(credit)}</span>" if credit else "")
                body.append(spec["html"].format(img=IMG, cap=inner))
                blocks.append({"kind": "caption", "text": cap, "position": pos, "credit": credit})
        gold_secs.append({"label": lab, "title": titles[s], "blocks": blocks})
    doc = f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{E(essay.title)}</title><style>{css}</style></head><body>{''.join(body)}</body></html>"
    (OUT / f"{name}.html").write_text(doc)
    subprocess.run(["chromium", "--headless", "--disable-gpu", "--no-sandbox", f"--print-to-pdf={OUT / (name + '.pdf')}",
                    "--no-pdf-header-footer", str(OUT / f"{name}.html")], check=True, capture_output=True)
    txt = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(OUT / f"{name}.pdf"), "-"], capture_output=True).stdout.decode()
    (OUT / f"{name}.txt").write_text(txt)
    gold = {"title": essay.title, "running": running, "sections": gold_secs}
    (OUT / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False))

def main():
    essays = layoutgen.load_essays()
    pick = [e for e in essays if len(e.paragraphs) >= 10]
    # A: two columns, indent paragraphs, label · title on one line, footer name + "n / N"
    css_a = """@page { size: A4; margin: 22mm 18mm 24mm 18mm;
      @bottom-left { content: "Hallam Civic Museum"; font: 8pt sans-serif; }
      @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; } }
    body { font: 10.5pt/1.42 Georgia, serif; columns: 2; column-gap: 9mm; text-align: justify; }
    h1 { column-span: all; font: bold 24pt/1.15 sans-serif; margin: 0 0 8mm; }
    h2 { font: bold 13pt serif; margin: 5mm 0 2mm; break-after: avoid; }
    h2 .lab { font: 8pt sans-serif; letter-spacing: .1em; text-transform: uppercase; color: #845; }
    p { margin: 0; text-indent: 1.4em; } h2 + p, figure + p { text-indent: 0; }
    figure { margin: 3mm 0; break-inside: avoid; } figure img { width: 100%; height: 38mm; display: block; }
    figcaption { font: italic 8.5pt/1.3 sans-serif; margin-top: 1.5mm; } .credit { font-style: normal; color: #555; }"""
    build("two_col_indent", pick[3], css_a, ["Gallery 1", "Gallery 2", "Gallery 3"],
          lambda lab, t: f"<h2><span class=lab>{E(lab)}</span> · {E(t)}</h2>",
          [{"after": 0, "text": "A view of the harbour from the customs house roof.", "credit": "Photograph: Lena Marsh, Hallam Archive", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 1, "text": "The treaty table as it was set for the signing.", "position": "Above", "credit": "Courtesy of the Orrin Collection", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 0, "text": "A delegate's pass, printed in two languages.", "credit": None, "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"}],
          lambda t: f"<h1>{E(t)}</h1>", ["Hallam Civic Museum", "1 / 2"])
    # B: one column with a caption sidebar (grid), number over title, space paragraphs, header top right
    css_b = """@page { size: letter; margin: 20mm 16mm 20mm 16mm;
      @top-right { content: "Harbour and Empire — Exhibition Guide"; font: 8pt sans-serif; color: #666; } }
    body { font: 11pt/1.5 'DejaVu Serif', serif; margin: 0; }
    .kick { font: 9pt sans-serif; text-transform: uppercase; letter-spacing: .15em; color: #777; }
    h1 { font: 26pt/1.1 serif; margin: 2mm 0 8mm; }
    .row { display: grid; grid-template-columns: 48mm 1fr; column-gap: 8mm; }
    h2 { grid-column: 2; font: bold 14pt sans-serif; margin: 6mm 0 2mm; }
    h2 .num { display: block; font: 20pt sans-serif; color: #a44; }
    p { grid-column: 2; margin: 0 0 3.2mm; text-align: left; }
    figure { grid-column: 1 / 3; display: grid; grid-template-columns: 48mm 1fr; column-gap: 8mm; margin: 2mm 0 4mm; }
    figure figcaption { grid-column: 1; grid-row: 1; font: 8.5pt/1.35 sans-serif; align-self: end; }
    figure img { grid-column: 2; width: 100%; height: 45mm; } .credit { display: block; font-style: italic; margin-top: 1mm; }"""
    def wrap_b(parts):
        return parts
    build("sidebar_captions", pick[7], css_b + " body > * { margin-left: 56mm; } body > figure { margin-left: 0; } body > .kick, body > h1 { margin-left: 0; }",
          ["01", "02", "03"],
          lambda lab, t: f"<h2><span class=num>{E(lab)}</span>{E(t)}</h2>",
          [{"after": 1, "text": "Sailors loading crates of tea at the quay, around 1840.", "position": "Right", "credit": "Image: Thomas Greaves / Port Authority Collection", "html": "<figure><figcaption>{cap}</figcaption><img src='{img}'></figure>"},
           {"after": 0, "text": "A map of the coast drawn for the survey.", "credit": "Courtesy of the Pell Map Library", "html": "<figure><figcaption>{cap}</figcaption><img src='{img}'></figure>"},
           {"after": 2, "text": "The envoy's seal, cast in bronze.", "position": "Right", "credit": None, "html": "<figure><figcaption>{cap}</figcaption><img src='{img}'></figure>"}],
          lambda t: f"<div class=kick>Exhibition guide</div><h1>{E(t)}</h1>", ["Harbour and Empire — Exhibition Guide"])
    # C: landscape, three columns, roman labels "II." before the title, captions spanning, footer centred "Page n"
    css_c = """@page { size: A4 landscape; margin: 15mm 15mm 18mm 15mm;
      @bottom-center { content: "Page " counter(page); font: 8pt serif; } }
    body { font: 10pt/1.4 'Liberation Serif', serif; columns: 3; column-gap: 7mm; }
    h1 { column-span: all; font: bold 22pt/1.1 'Liberation Sans', sans-serif; border-bottom: 1px solid #000; padding-bottom: 3mm; }
    h2 { font: bold 12pt 'Liberation Sans', sans-serif; margin: 4mm 0 1.5mm; }
    p { margin: 0; text-indent: 1.2em; text-align: justify; } h2 + p { text-indent: 0; }
    figure { margin: 2mm 0 3mm; } figure img { width: 100%; height: 30mm; display: block; }
    figcaption { font: 8pt/1.3 'Liberation Sans', sans-serif; margin-top: 1mm; } .credit { display: block; }"""
    build("landscape_three", pick[12], css_c, ["I", "II", "III"],
          lambda lab, t: f"<h2>{E(lab)}. {E(t)}</h2>",
          [{"after": 0, "text": "A customs ledger open at the entries for March.", "credit": "© Ada Lind / Registry Archive", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 1, "text": "Merchants at the exchange, from a lithograph.", "position": "Top", "credit": "Lent by the Carver Society", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 1, "text": "The lighthouse keeper's logbook for the winter of the blockade.", "credit": "Photo: Jan Roe", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"}],
          lambda t: f"<h1>{E(t)}</h1>", ["Page 1"])

def more():
    essays = layoutgen.load_essays()
    pick = [e for e in essays if len(e.paragraphs) >= 10]
    # D: two columns, float-right figures with text wrapping around, headings spanning, space paragraphs
    css_d = """@page { size: A4; margin: 20mm;
      @top-center { content: "Ports of Call — Room 4"; font: italic 8pt serif; }
      @bottom-center { content: counter(page); font: 8pt serif; } }
    body { font: 10pt/1.45 'DejaVu Serif', serif; columns: 2; column-gap: 8mm; }
    h1 { column-span: all; font: 28pt/1.1 'DejaVu Sans', sans-serif; font-weight: 300; margin: 0 0 6mm; }
    h2 { column-span: all; font: bold 15pt 'DejaVu Sans', sans-serif; margin: 5mm 0 3mm; border-top: 2px solid #333; padding-top: 2mm; }
    p { margin: 0 0 2.5mm; }
    figure { float: right; width: 45%; margin: 1mm 0 2mm 3mm; } figure img { width: 100%; height: 30mm; display: block; }
    figcaption { font: 7.5pt/1.3 'DejaVu Sans', sans-serif; margin-top: 1mm; } .credit { color: #666; }"""
    build("float_wrap", pick[18], css_d, [None, None, None],
          lambda lab, t: f"<h2>{E(t)}</h2>",
          [{"after": 0, "text": "A pilot boat at the harbour mouth.", "credit": "Photo: Kit Arden", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 0, "text": "The customs seal used after 1790.", "position": "Right", "credit": None, "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 1, "text": "Ledger of the port warden, with the entry for the Hope.", "credit": "Lent by the Corran Trust", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"}],
          lambda t: f"<h1>{E(t)}</h1>", ["Ports of Call — Room 4", "1", "2"])
    # E: one column, narrow measure centred, drop caps, numbered title, "Part One" labels over headings, footnote-like credits
    css_e = """@page { size: 160mm 230mm; margin: 18mm 22mm;
      @bottom-right { content: "Guide to the Quay Gallery, p. " counter(page); font: 7.5pt sans-serif; } }
    body { font: 10.5pt/1.5 'Liberation Serif', serif; hyphens: auto; text-align: justify; }
    .num { font: bold 40pt sans-serif; color: #b33; } h1 { font: bold 20pt/1.15 'Liberation Serif', serif; margin: 0 0 8mm; }
    h2 { font: bold 13pt 'Liberation Serif', serif; margin: 7mm 0 2mm; } h2 .lab { display: block; font: italic 10pt serif; }
    p { margin: 0; text-indent: 1.5em; } h2 + p { text-indent: 0; } h2 + p::first-letter { float: left; font-size: 3.1em; line-height: .8; margin: .08em .08em 0 0; }
    figure { margin: 4mm 0; } figure img { width: 70%; height: 40mm; display: block; margin: 0 auto; }
    figcaption { font: italic 9pt/1.35 serif; text-align: center; } .credit { display: block; font: normal 7.5pt sans-serif; letter-spacing: .05em; }"""
    build("narrow_dropcap", pick[-1], css_e, ["Part One", "Part Two", "Part Three"],
          lambda lab, t: f"<h2><span class=lab>{E(lab)}</span>{E(t)}</h2>",
          [{"after": 1, "text": "The quay at dawn, looking east towards the bar.", "position": "Above", "credit": "Courtesy of the Lowen Harbour Board", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 0, "text": "A carved figurehead from a wrecked brig.", "credit": "Image: Ruth Pallister / Quay Gallery", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 1, "text": "Signal flags for the harbour code of 1820.", "credit": None, "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"}],
          lambda t: f"<div class=num>12</div><h1>{E(t)}</h1>", ["Guide to the Quay Gallery, p. 1"])
    gold = json.loads((OUT / "narrow_dropcap.json").read_text())
    gold["sections"].insert(0, {"label": "12", "title": gold["title"], "blocks": []})  # the numbered title
    (OUT / "narrow_dropcap.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False))

def extra():
    essays = layoutgen.load_essays()
    pick = [e for e in essays if len(e.paragraphs) >= 10]
    # F: two columns, a figure spanning both columns at the top of a section, two pictures
    # side by side in a column with their captions level, "Room 3" label line over headings
    css_f = """@page { size: A4; margin: 18mm 16mm;
      @top-left { content: "Salt and Sail"; font: 8pt sans-serif; }
      @top-right { content: "Harwick Maritime Hall"; font: 8pt sans-serif; }
      @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; } }
    body { font: 10pt/1.45 'Liberation Serif', serif; columns: 2; column-gap: 8mm; text-align: justify; }
    h1 { column-span: all; font: bold 26pt/1.1 'Liberation Sans', sans-serif; margin: 0 0 2mm; }
    .deck { column-span: all; font: italic 13pt serif; margin: 0 0 6mm; }
    h2 { font: bold 13pt 'Liberation Sans', sans-serif; margin: 5mm 0 2mm; } h2 .lab { display: block; font: 8pt sans-serif; text-transform: uppercase; color: #36c; }
    p { margin: 0 0 2mm; }
    figure.wide { column-span: all; margin: 3mm 0 4mm; } figure.wide img { width: 100%; height: 42mm; display: block; }
    figure.pair { margin: 2mm 0 3mm; display: flex; gap: 3mm; } figure.pair div { flex: 1; } figure.pair img { width: 100%; height: 25mm; display: block; }
    figcaption, .cap { font: 8pt/1.3 'Liberation Sans', sans-serif; margin-top: 1mm; } .credit { font-style: italic; }"""
    pair = ("<figure class=pair><div><img src='{img}'><div class=cap>{cap}</div></div>"
            "<div><img src='{img}'><div class=cap>A second view of the same dock, from the north. <span class=credit>Photo: Ed Vane</span></div></div></figure>")
    build("spanning_figures", pick[5], css_f, ["Room 1", "Room 2", "Room 3"],
          lambda lab, t: f"<h2><span class=lab>{E(lab)}</span>{E(t)}</h2>",
          [{"after": 0, "text": "The dry dock at low water, 1890.", "position": "Above", "credit": "Courtesy of the Harwick Dock Company",
            "html": "<figure class=wide><figcaption>{cap}</figcaption><img src='{img}'></figure>"},
           {"after": 1, "text": "Caulkers at work on a hull.", "credit": "Photo: Ed Vane", "html": pair},
           {"after": 0, "text": "A sailmaker's bench and palm.", "credit": None, "html": "<figure><img src='{img}' style='width:100%;height:30mm'><figcaption>{cap}</figcaption></figure>"}],
          lambda t: f"<h1>{E(t)}</h1><div class=deck>An exhibition in three rooms</div>", ["Salt and Sail", "Harwick Maritime Hall", "Page 1 of 2"])
    gold = json.loads((OUT / "spanning_figures.json").read_text())
    blocks = gold["sections"][1]["blocks"]
    at = next(k for k, b in enumerate(blocks) if b["kind"] == "caption")
    blocks.insert(at + 1, {"kind": "caption", "text": "A second view of the same dock, from the north.", "position": None, "credit": "Photo: Ed Vane"})
    (OUT / "spanning_figures.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False))


def four():
    essays = layoutgen.load_essays()
    pick = [e for e in essays if len(e.paragraphs) >= 10]
    # G: landscape, four columns, paragraphs by space and indent, a pull quote, a caption
    # over its picture ("Below:"), captions in small caps-free sans, a running footer
    # with the title and the page number at the right
    css_g = """@page { size: 420mm 297mm; margin: 20mm 22mm;
      @bottom-left { content: "The Long Harbour"; font: 8pt sans-serif; }
      @bottom-right { content: counter(page); font: bold 9pt sans-serif; } }
    body { font: 11pt/1.45 'DejaVu Serif', serif; columns: 4; column-gap: 9mm; }
    h1 { column-span: all; font: bold 34pt/1.1 'DejaVu Sans', sans-serif; margin: 0 0 10mm; }
    h2 { font: bold 14pt 'DejaVu Sans', sans-serif; margin: 6mm 0 2mm; }
    p { margin: 0 0 1.5mm; text-indent: 1em; } h2 + p { text-indent: 0; }
    figure { margin: 2mm 0 4mm; } figure img { width: 100%; height: 40mm; display: block; }
    figcaption { font: 8.5pt/1.3 'DejaVu Sans', sans-serif; margin: 0 0 1mm; } .credit { display: block; color: #555; }"""
    build("four_columns", pick[9], css_g, [None, None, None],
          lambda lab, t: f"<h2>{E(t)}</h2>",
          [{"after": 0, "text": "A chart of the harbour soundings, 1822.", "position": "Below", "credit": "Courtesy of the Admiralty Chart Room", "html": "<figure><figcaption>{cap}</figcaption><img src='{img}'></figure>"},
           {"after": 1, "text": "The harbour master's telescope.", "credit": "Lent by Jo Marr", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 1, "text": "Tide tables printed for the season.", "credit": None, "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"}],
          lambda t: f"<h1>{E(t)}</h1>", ["The Long Harbour", "1"], paras_per=4)


def side():
    essays = layoutgen.load_essays()
    pick = [e for e in essays if len(e.paragraphs) >= 10]
    # H: one column, figures as a row with the caption on the right of the picture,
    # small-caps headings with a roman numeral and a full stop, paragraphs by a 2 em
    # indent, a header with the title at the top centre and "3/5" page numbers
    css_h = """@page { size: A4; margin: 22mm 28mm;
      @top-center { content: "Winds of the Cape"; font: italic 8pt serif; }
      @bottom-right { content: counter(page) "/" counter(pages); font: 8pt serif; } }
    body { font: 11pt/1.5 'Liberation Serif', serif; text-align: justify; }
    h1 { font: 30pt/1.1 'Liberation Serif', serif; text-align: center; margin: 0 0 10mm; }
    h2 { font: bold 13pt 'Liberation Serif', serif; font-variant: small-caps; letter-spacing: .04em; margin: 8mm 0 3mm; }
    p { margin: 0; text-indent: 2em; } h2 + p, figure + p { text-indent: 0; }
    figure { display: flex; gap: 5mm; align-items: flex-start; margin: 5mm 0; }
    figure img { width: 70mm; height: 45mm; flex: none; }
    figcaption { font: 9pt/1.35 'Liberation Sans', sans-serif; } .credit { display: block; margin-top: 2mm; font-style: italic; }"""
    build("caption_right", pick[14], css_h, ["I", "II", "III"],
          lambda lab, t: f"<h2>{E(lab)}. {E(t)}</h2>",
          [{"after": 0, "text": "The signal station on the headland, with its mast and yard.", "position": "Left", "credit": "Courtesy of the Cape Records Office", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 1, "text": "A barometer from the station, made in 1871.", "credit": "Photo: Nils Ek / Cape Museum", "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"},
           {"after": 0, "text": "Storm cones hoisted for a gale from the south-west.", "credit": None, "html": "<figure><img src='{img}'><figcaption>{cap}</figcaption></figure>"}],
          lambda t: f"<h1>{E(t)}</h1>", ["Winds of the Cape", "1/3"])


if __name__ == "__main__":
    {"more": more, "extra": extra, "four": four, "side": side}.get(sys.argv[1] if len(sys.argv) > 1 else "", main)()
