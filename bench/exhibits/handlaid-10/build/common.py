"""Shared helpers for the r9 exhibit generators (gold writing, pdftotext)."""
import json, os, subprocess

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.dirname(os.path.abspath(__file__))


def P(text):
    return {"kind": "paragraph", "text": text}


def C(text, credit, position=None):
    return {"kind": "caption", "text": text, "position": position, "credit": credit}


def S(label, title, blocks):
    return {"label": label, "title": title, "blocks": blocks}


def write_gold(name, title, running, sections):
    gold = {"title": title, "running": running, "sections": sections}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    words = sum(len(b["text"].split()) for s in sections for b in s["blocks"] if b["kind"] == "paragraph")
    caps = sum(1 for s in sections for b in s["blocks"] if b["kind"] == "caption")
    print(f"{name}: body words {words}, captions {caps}")


def pdftotext(name):
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)
    n = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    print([l for l in n.splitlines() if l.startswith(("Pages", "Page size"))])
