"""Exhibit 2: south_sea_bubble_1720 -- a folded (three-panel) leaflet written by PDF::API2 2.044 (Perl, Debian
libpdf-api2-perl). The Perl script does its own line breaking with PDF::API2's font metrics; soft hyphens from
pyphen (en_GB) mark where it may break a word."""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
common.ensure_venv()
import content

ex = content.SSB
sh = lambda t: common.soft_hyphens(t, minlen=8)
common.grey_png("ssb_receipt.png", 180, 140)
common.grey_png("ssb_cards.png", 480, 200)
common.grey_png("ssb_cover.png", 480, 360)
data = {
    "kicker": ex["kicker"], "title_lines": ["The South Sea", "Bubble"], "intro": sh(ex["intro"]),
    "footer": ex["footer"], "address": ex["address"], "footnote": ex["footnote"], "pullquote": ex["pullquote"],
    "sections": [{"label": s["label"], "title": s["title"],
                  "paras": [sh(p.replace("annuities", "annuities*", 1) if i == 1 and j == 0 else p) for j, p in enumerate(s["paras"])],
                  "captions": s["captions"]} for i, s in enumerate(ex["sections"])],
    "sidebar": {"title": ex["sidebar"]["title"], "paras": [sh(p) for p in ex["sidebar"]["paras"]]},
    "break_lines": 4,                     # section II paragraph 1 is broken after this many lines by the picture row
    "img": {k: os.path.join(common.IMG, v) for k, v in
            (("receipt", "ssb_receipt.png"), ("cards", "ssb_cards.png"), ("cover", "ssb_cover.png"))},
}
cj = os.path.join(common.HERE, "south_sea_bubble_1720_content.json")
json.dump(data, open(cj, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
subprocess.run(["perl", os.path.join(common.HERE, "south_sea_bubble_1720.pl"), cj,
                os.path.join(common.OUT, "south_sea_bubble_1720.pdf")], check=True)
content.pdftotext("south_sea_bubble_1720")
content.write_gold(ex, [ex["footer"]])
print("south_sea_bubble_1720 done")
