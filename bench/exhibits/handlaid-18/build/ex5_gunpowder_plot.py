"""Exhibit 5: gunpowder_plot_1605 -- a DOCX written by officegen 0.6.5 (npm) from node, with custom styles
passed to officegen as its styleXML option."""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
common.ensure_venv()
import content

ex = content.GUNPOWDER
common.grey_png("gp_guy.png", 360, 220)
data = dict(ex)
data["img_guy"] = os.path.join(common.IMG, "gp_guy.png")
cj = os.path.join(common.HERE, "gunpowder_plot_1605_content.json")
json.dump(data, open(cj, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
subprocess.run(["node", os.path.join(common.HERE, "gunpowder_plot_1605.js"), cj,
                os.path.join(common.OUT, "gunpowder_plot_1605.docx")], check=True)
content.write_gold(ex, [ex["header"], ex["footer"]])
print("gunpowder_plot_1605 done")
