# Writes tolpuddle_martyrs_1834.html (+ img/*.png) and its gold.
import html, json, os, struct, sys, zlib, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C
B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(B, ".."))
d = C.TOLPUDDLE
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)


def png(path, w, h, g=0xC4):
    raw = b"".join(b"\x00" + bytes([g]) * (w * 3) for _ in range(h))
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(data)


png(os.path.join(OUT, "img", "sycamore.png"), 640, 400)
png(os.path.join(OUT, "img", "handbill.png"), 420, 560, 0xB8)
png(os.path.join(OUT, "img", "logo.png"), 120, 40, 0x70)
E = html.escape


def ptext(s):
    s = s.replace("|", "")
    s = E(s, quote=False)
    return re.sub(r"\^([^^]*)\^", r'<sup class="note-ref"><a href="#note-\1" id="ref-\1">\1</a></sup>', s)


c1, c2 = d["captions"]
parts = []
A = parts.append
A("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Six Men of Dorset – Online exhibition | Piddle Valley Museum of Rural Life</title>
<meta name="description" content="How six Dorset farm labourers were transported for an oath, and how the country fought to bring them home.">
<meta property="og:title" content="The Tolpuddle Martyrs">
<style>
body{font-family:Georgia,serif;margin:0;color:#222;background:#fbf9f4}
.site-header,.site-footer{background:#2d3b2a;color:#eee;padding:12px 32px;font-family:Arial,sans-serif}
.site-header a,.site-footer a{color:#eee;margin-right:14px}
main{max-width:760px;margin:0 auto;padding:24px}
.eyebrow{font:bold 12px Arial,sans-serif;letter-spacing:.12em;text-transform:uppercase;color:#8a4b1f}
h1{font-size:40px;line-height:1.1}
.lede{font-size:20px;font-style:italic}
dl.glance{display:grid;grid-template-columns:9em 1fr;border:1px solid #ccc;padding:10px 14px;font:14px Arial,sans-serif}
dl.glance dt{font-weight:bold}
details{border-top:2px solid #2d3b2a;margin:22px 0;padding-top:6px}
summary{font-size:24px;font-weight:bold;cursor:pointer}
summary .chapter{display:block;font:bold 12px Arial,sans-serif;letter-spacing:.1em;color:#8a4b1f}
figure{margin:18px 0}
figure img,.plate img{max-width:100%;display:block}
figcaption,.caption{font:13px Arial,sans-serif;color:#444}
.credit{display:block;color:#777;font-size:11px}
aside.pullquote{font-size:26px;font-style:italic;color:#8a4b1f;border-left:4px solid #8a4b1f;padding-left:16px;margin:24px 0}
.notes{font-size:13px;color:#555;border-top:1px solid #ccc}
.visually-hidden{position:absolute;left:-9999px}
</style>
</head>
<body>
<a class="visually-hidden" href="#content">Skip to content</a>
<header class="site-header">
<a href="/"><img src="img/logo.png" alt="Piddle Valley Museum of Rural Life" width="120" height="40"></a>
<nav aria-label="Main"><a href="/visit">Visit</a><a href="/whats-on">What’s on</a><a href="/collections">Collections</a><a href="/learning">Learning</a><a href="/shop">Shop</a></nav>
</header>
<main id="content">
<nav aria-label="Breadcrumb" class="crumbs"><a href="/">Home</a> › <a href="/online">Online exhibitions</a> › <span>Tolpuddle</span></nav>
<article>
<header>
<p class="eyebrow">Online exhibition</p>
""")
A(f"<h1>{E(d['title_lines'][0])}<br>{E(d['title_lines'][1])}</h1>\n")
A(f"<p class=\"lede\">{ptext(d['intro'])}</p>\n</header>\n")
A("""<dl class="glance" aria-label="At a glance">
<dt>Arrested</dt><dd>24 February 1834</dd>
<dt>Tried</dt><dd>Dorchester Assizes, March 1834</dd>
<dt>Sentence</dt><dd>Seven years’ transportation</dd>
<dt>Pardoned</dt><dd>March 1836</dd>
</dl>
""")
for i, s in enumerate(d["sections"]):
    op = "" if i == 1 else " open"
    A(f"<details{op} id=\"chapter-{i+1}\">\n<summary><span class=\"chapter\">{E(s['label'])}</span> {E(s['title'])}</summary>\n")
    for j, p in enumerate(s["paras"]):
        A(f"<p>{ptext(p)}</p>\n")
        if i == 0 and j == 0:
            A(f"""<figure>
<picture><source srcset="img/sycamore.png" media="(min-width: 600px)"><img src="img/sycamore.png" alt="" width="640" height="400"></picture>
<figcaption>{E(c1['text'])} <span class="credit">{E(c1['credit'])}</span></figcaption>
</figure>
""")
        if i == 0 and j == 1:
            A(f"""<aside class="pullquote" aria-label="Quotation"><blockquote><p>{E(d['pullquote'])}</p></blockquote><p class="attribution">— {E(d['pullquote_attr'])}</p></aside>
""")
        if i == 2 and j == 0:
            A("""<div class="plate"><img src="img/handbill.png" alt="Handbill" width="420" height="560" aria-describedby="handbill-caption"></div>
""")
        if i == 2 and j == 1:
            A(f"""<p class="caption" id="handbill-caption"><strong>{E(c2['position'])}:</strong> {E(c2['text'])} <small class="credit">{E(c2['credit'])}</small></p>
""")
    A("</details>\n")
A("""<section class="notes" aria-label="Notes">
<ol><li id="note-1">The Unlawful Oaths Act of 1797, passed after the naval mutinies at Spithead and the Nore. <a href="#ref-1">↩</a></li></ol>
</section>
<footer class="article-footer"><p>Tags: <a href="/tags/protest">Protest</a>, <a href="/tags/labour">Labour history</a></p><p><a href="/share">Share this story</a></p></footer>
</article>
<section class="related"><h2>More online exhibitions</h2>
<ul><li><a href="/online/swing-riots">The Swing Riots, 1830</a></li><li><a href="/online/dorset-buttons">Dorset buttons</a></li></ul></section>
</main>
<footer class="site-footer"><p>Piddle Valley Museum of Rural Life, Mill Lane, Puddletown DT2 8QX</p><p>© 2026 Piddle Valley Museum Trust · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></p></footer>
</body>
</html>
""")
open(os.path.join(OUT, d["name"] + ".html"), "w").write("".join(parts))
title = " ".join(d["title_lines"])
secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=C.gold_text(d["intro"]))])]
for i, s in enumerate(d["sections"]):
    blocks = [dict(kind="paragraph", text=C.gold_text(p)) for p in s["paras"]]
    if i == 0:
        blocks.append(dict(kind="caption", text=c1["text"], position=c1["position"], credit=c1["credit"]))
    if i == 2:
        blocks.append(dict(kind="caption", text=c2["text"], position=c2["position"], credit=c2["credit"]))
    secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
with open(os.path.join(OUT, d["name"] + ".json"), "w") as f:
    json.dump(dict(title=title, running=[], sections=secs), f, ensure_ascii=False, indent=2)
    f.write("\n")
print("wrote html")
