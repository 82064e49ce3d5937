# -*- coding: utf-8 -*-
"""Flat grey picture placeholders (PNG) with a thin darker border."""
from PIL import Image, ImageDraw


def grey(path, w, h):
    im = Image.new("RGB", (w, h), (190, 190, 190))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w - 1, h - 1], outline=(140, 140, 140), width=3)
    d.line([0, 0, w - 1, h - 1], fill=(165, 165, 165), width=2)
    d.line([0, h - 1, w - 1, 0], fill=(165, 165, 165), width=2)
    im.save(path)
