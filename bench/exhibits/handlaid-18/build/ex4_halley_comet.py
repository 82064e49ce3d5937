"""Exhibit 4: halley_comet_1910 -- two catalogue pages written by pdfjs 2.5.4 (npm, rkusa/pdfjs) from node."""
import json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
common.ensure_venv()
import content

ex = content.HALLEY
data = dict(ex)
data["split"] = "It did, long after his death,"        # paragraph §1-1 is broken after this by the picture row
data["mark_after"] = "cyanogen"                          # footnote mark ¹ after this word in §2-1
cj = os.path.join(common.HERE, "halley_comet_1910_content.json")
json.dump(data, open(cj, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
subprocess.run(["node", os.path.join(common.HERE, "halley_comet_1910.js"), cj,
                os.path.join(common.OUT, "halley_comet_1910.pdf")], check=True)
content.pdftotext("halley_comet_1910")
txt = open(os.path.join(common.OUT, "halley_comet_1910.txt"), encoding="utf-8").read()
n = subprocess.run(["pdfinfo", os.path.join(common.OUT, "halley_comet_1910.pdf")], capture_output=True, text=True).stdout
pages = int(re.search(r"Pages:\s+(\d+)", n).group(1))
content.write_gold(ex, [ex["header"]] + ex["folios"][:pages])
print("halley_comet_1910: pages", pages)
