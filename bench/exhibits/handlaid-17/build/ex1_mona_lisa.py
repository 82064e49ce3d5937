"""Exhibit 1: mona_lisa_theft_1911 - gallery guide made with @react-pdf/renderer 4.9.0 (node 20).

Writes mona_lisa_theft_1911_content.json, runs mona_lisa_theft_1911.mjs (React.createElement, no JSX), then
pdftotext -raw and the gold. The npm packages live in build/node (`npm install @react-pdf/renderer react`).
"""
import os
import subprocess

import common
import content

ex = dict(content.MONA)
# Paragraph A-1 is split at a line end of the first (unsplit) render; the picture row comes between.
ex["split_a1"] = "In a service stairway he removed the heavy frame and the glass,"
name = ex["name"]
common.grey_png(os.path.join(common.IMG, "mona_wall.png"), 740, 240)
cj = os.path.join(common.BUILD, name + "_content.json")
content.dump_json(ex, cj)
pdf = os.path.join(common.OUT, name + ".pdf")
txt = os.path.join(common.OUT, name + ".txt")
subprocess.run(["node", os.path.join(common.BUILD, name + ".mjs"), cj, pdf], check=True, cwd=common.BUILD)
common.pdftotext_raw(pdf, txt)
RUNNING = [ex["header_left"], ex["header_right"], ex["footer"], "1 / 2", "2 / 2"]
content.write_gold(ex, RUNNING, os.path.join(common.OUT, name + ".json"))
