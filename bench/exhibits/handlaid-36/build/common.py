import json, os, subprocess
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(OUT, "build")

def para(t):
    return {"kind": "paragraph", "text": t}

def cap(text, position=None, credit=None):
    return {"kind": "caption", "text": text, "position": position, "credit": credit}

def section(label, title, blocks):
    return {"label": label, "title": title, "blocks": blocks}

def write_gold(name, title, running, sections):
    g = {"title": title, "running": running, "sections": sections}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)

def pdftotext(name):
    subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), os.path.join(OUT, name + ".txt")], check=True)
