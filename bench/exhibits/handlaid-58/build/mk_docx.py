"""Writes build/docx/boat_race_1829.spec.json from content.py and runs docxyz (npm) through make.cjs."""
import json, os, subprocess
from PIL import Image
from content import EX, OUT, HERE

name = "boat_race_1829"
ex = EX[name]
dd = os.path.join(HERE, "docx")
img = os.path.join(dd, "grey_oar.png")
Image.new("RGB", (900, 360), (176, 176, 176)).save(img)
spec = dict(ex=ex, img=img, out=os.path.join(OUT, name + ".docx"))
with open(os.path.join(dd, name + ".spec.json"), "w", encoding="utf-8") as f:
    json.dump(spec, f, ensure_ascii=False, indent=1)
subprocess.run(["node", os.path.join(dd, "make.cjs"), os.path.join(dd, name + ".spec.json")], check=True)
print("wrote", name)
