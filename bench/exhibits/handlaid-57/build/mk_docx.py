"""Writes build/docx/bertha_benz_1888.json from texts.py and runs build/docx/convert.js (docxyz)."""
import json, os, subprocess, sys
from PIL import Image
from texts import BENZ
here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)
Image.new("RGB", (900, 560), (200, 200, 200)).save(os.path.join(here, "docx", "grey_pharmacy.png"))
with open(os.path.join(here, "docx", "bertha_benz_1888.json"), "w") as fh:
    json.dump(BENZ, fh, ensure_ascii=False, indent=1)
subprocess.run(["node", os.path.join(here, "docx", "convert.js"), os.path.join(here, "docx", "bertha_benz_1888.json"),
                os.path.join(here, "docx", "grey_pharmacy.png"), os.path.join(out, "bertha_benz_1888.docx")], check=True)
print("wrote", os.path.join(out, "bertha_benz_1888.docx"))
