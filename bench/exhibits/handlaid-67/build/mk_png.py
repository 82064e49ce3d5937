"""grey boxes (grey rectangle, lighter inner frame) for the DOCX and the HTML page"""
import os
from PIL import Image, ImageDraw
B = os.path.dirname(os.path.abspath(__file__))
for name, (w, h) in {"grey_docx.png": (700, 480), "../img/indigo_cake.png": (800, 520)}.items():
    im = Image.new("RGB", (w, h), (184, 184, 184))
    ImageDraw.Draw(im).rectangle([16, 16, w - 17, h - 17], outline=(225, 225, 225), width=4)
    os.makedirs(os.path.dirname(os.path.join(B, name)), exist_ok=True)
    im.save(os.path.join(B, name))
