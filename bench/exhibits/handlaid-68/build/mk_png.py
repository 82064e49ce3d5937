"""Grey-box pictures (grey rectangle with a lighter inner frame) for the DOCX and the HTML page."""
import os
from PIL import Image, ImageDraw
HERE = os.path.dirname(os.path.abspath(__file__))
def grey(path, w, h):
    im = Image.new('RGB', (w, h), (158, 158, 158))
    d = ImageDraw.Draw(im)
    m = int(min(w, h) * 0.06)
    d.rectangle([m, m, w - m, h - m], outline=(214, 214, 214), width=4)
    im.save(path)
grey(os.path.join(HERE, 'docx', 'bronze_tablet.png'), 900, 600) if os.path.isdir(os.path.join(HERE, 'docx')) else None
grey(os.path.join(os.path.dirname(HERE), 'img', 'chaillot_1948.png'), 1200, 700)
