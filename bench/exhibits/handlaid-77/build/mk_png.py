# grey placeholder pictures (Pillow)
import os
from PIL import Image
HERE = os.path.dirname(os.path.abspath(__file__))
Image.new("RGB", (480, 336), (200, 200, 200)).save(os.path.join(HERE, "grey.png"))
os.makedirs(os.path.join(os.path.dirname(HERE), "img"), exist_ok=True)
Image.new("RGB", (640, 420), (190, 190, 190)).save(os.path.join(os.path.dirname(HERE), "img", "cacao_pods.png"))
