import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def P(text):
    return {"kind": "paragraph", "text": text}

def C(text, position=None, credit=None):
    return {"kind": "caption", "text": text, "position": position, "credit": credit}

def S(label, title, blocks):
    return {"label": label, "title": title, "blocks": blocks}

def write_gold(name, title, running, sections):
    gold = {"title": title, "running": running, "sections": sections}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")

def make_png(path, w, h, seed=0):
    """A small picture with no text: soft gradient plus a few shapes."""
    from PIL import Image, ImageDraw
    import random
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    c1 = [rnd.randint(60, 200) for _ in range(3)]
    c2 = [rnd.randint(20, 120) for _ in range(3)]
    for y in range(h):
        t = y / max(1, h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2)))
    for _ in range(5):
        x0, y0 = rnd.randint(0, w - 10), rnd.randint(0, h - 10)
        x1, y1 = x0 + rnd.randint(10, w // 2), y0 + rnd.randint(10, h // 2)
        col = tuple(rnd.randint(90, 230) for _ in range(3))
        if rnd.random() < 0.5:
            d.ellipse([x0, y0, x1, y1], outline=col, width=3)
        else:
            d.rectangle([x0, y0, x1, y1], outline=col, width=3)
    img.save(path)
    return path
