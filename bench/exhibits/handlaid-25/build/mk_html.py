# -*- coding: utf-8 -*-
"""Writes ../stockton_darlington_1825.html (an audio-trail page of a made-up heritage
centre, with cookie banner, site navigation, player chrome and footer) and its gold."""
import html
import struct
import zlib

import content as C

ex = C.STOCKTON
E = html.escape


def grey_png(path, w, h, g=190):
    raw = b"".join(b"\x00" + bytes([g]) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


IMGS = {"hero": (960, 420), "sleeper": (360, 270), "ticket": (640, 400),
        "trail_shildon": (240, 160), "trail_bridge": (240, 160), "trail_coal": (240, 160)}

DUR = ["2:14", "1:52", "2:38", "2:05"]


def fig(cap, img, alt, cls):
    pos = f"<strong>{E(cap['position'])}:</strong> " if cap["position"] else ""
    return (f'<figure class="{cls}">\n  <img src="img/stockton_{img}.png" alt="{E(alt)}" width="360" height="270">\n'
            f'  <figcaption>{pos}{E(cap["text"])} <span class="credit">{E(cap["credit"])}</span></figcaption>\n'
            f'</figure>\n')


def track(i, s):
    out = [f'<section class="track" id="track-{s["label"].split()[-1]}">',
           f'  <p class="track-no">{E(s["label"])}</p>',
           f'  <h2>{E(s["title"])}</h2>',
           f'  <div class="player" aria-label="Audio player"><button type="button" class="play">Play</button>'
           f'<span class="time">0:00 / {DUR[i]}</span><a class="dl" href="audio/track{s["label"].split()[-1]}.mp3">'
           f'Download MP3</a><button type="button" class="speed">1×</button></div>',
           '  <details class="transcript" open>',
           '    <summary>Transcript</summary>']
    for k, p in enumerate(s["paras"]):
        out.append(f"    <p>{E(C.gold_text(p))}</p>")
        if i == 1 and k == 0:
            out.append("    " + fig(s["caption"], "sleeper", "Grey placeholder image of a stone block", "fig-right"))
    out.append("  </details>")
    if i == 3:
        out.append("  " + fig(s["caption"], "ticket", "Placeholder image", "fig-wide"))
    out.append("</section>")
    return "\n".join(out)


def page():
    secs = ex["sections"]
    sb = ex["sidebar"]
    body = []
    body.append(f'''<div class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p><strong>We value your privacy.</strong> We use cookies to understand how visitors use our website and to
  improve it. You can accept all cookies or choose which ones to allow.</p>
  <button type="button">Accept all</button> <button type="button">Reject non-essential</button>
  <a href="/cookies">Cookie settings</a>
</div>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/">{E(ex["site"])}</a>
  <nav aria-label="Main"><ul>
    <li><a href="/visit">Plan your visit</a></li><li><a href="/whats-on">What&#8217;s on</a></li>
    <li><a href="/collections">Collections</a></li><li><a class="active" href="/audio">Audio trails</a></li>
    <li><a href="/learning">Schools &amp; learning</a></li><li><a href="/shop">Shop</a></li>
    <li><a href="/support">Support us</a></li>
  </ul></nav>
  <form class="search" role="search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Go</button></form>
  <a class="btn tickets" href="/tickets">Book free tickets</a>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/audio">Audio trails</a></li>
<li><a href="/audio/gallery-2">Gallery 2</a></li><li aria-current="page">Coals by Steam</li></ol></nav>
<main id="main">
<article class="trail">
<header class="trail-head">
  <p class="kicker">{E(ex["kicker"])}</p>
  <h1>{E(ex["title"])}</h1>
  <p class="standfirst">{E(ex["intro"])}</p>
  <p class="meta">4 tracks · 8 min 49 s · <a href="/audio/gallery-2/transcript.pdf">Full transcript (PDF)</a> ·
  <a href="/audio/bsl">British Sign Language version</a></p>
  <img class="hero" src="img/stockton_hero.png" alt="Placeholder image of Gallery 2" width="960" height="420">
</header>''')
    body.append(track(0, secs[0]))
    body.append(track(1, secs[1]))
    body.append(f'''<aside class="did-you-know">
  <h3>{E(sb["title"])}</h3>
  <p>{E(sb["paras"][0])}</p>
</aside>''')
    body.append(track(2, secs[2]))
    body.append(f'<blockquote class="pull"><p>{E(ex["pullquote"])}</p></blockquote>')
    body.append(track(3, secs[3]))
    body.append('''<section class="more">
  <h2>More audio trails</h2>
  <ul class="cards">
    <li><img src="img/stockton_trail_shildon.png" alt=""><a href="/audio/gallery-1">The Wagonway Village</a> <span>6 tracks</span></li>
    <li><img src="img/stockton_trail_bridge.png" alt=""><a href="/audio/outdoor">Walk to the Skerne Bridge</a> <span>5 tracks</span></li>
    <li><img src="img/stockton_trail_coal.png" alt=""><a href="/audio/gallery-3">Coal, Iron and the Tees</a> <span>4 tracks</span></li>
  </ul>
</section>
<section class="share"><h2>Share this trail</h2><a href="#">Email</a> <a href="#">Facebook</a> <a href="#">Copy link</a></section>
</article>
</main>
<section class="newsletter"><h2>Stay on track</h2><p>Get news of events, talks and family days by email.</p>
<form><label for="em">Email address</label><input id="em" type="email"><button>Sign up</button></form></section>
<footer class="site-footer">
  <div><h2>Find us</h2><p>Skerne Bridge Railway Heritage Centre<br>Brunswick Wharf, Darlington DL1 9XX</p>
  <p>Open Wednesday to Sunday, 10.00–16.30. Admission free.</p></div>
  <div><h2>About</h2><ul><li><a href="/about">About the Centre</a></li><li><a href="/access">Accessibility</a></li>
  <li><a href="/jobs">Volunteer with us</a></li><li><a href="/privacy">Privacy and cookies</a></li></ul></div>
  <p class="legal">© 2026 Skerne Bridge Railway Heritage Trust. Registered charity no. 1190000.</p>
</footer>
<script>document.querySelectorAll('.cookie-banner button').forEach(b=>b.addEventListener('click',()=>b.parentNode.remove()));</script>''')
    title = ex["title"].split(":")[0]
    head = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)} – Audio trails – {E(ex["site"])}</title>
<meta name="description" content="{E(ex["intro"])}">
<meta property="og:title" content="{E(ex["title"])}">
<style>
body{{font-family:Georgia,serif;margin:0;color:#222}} .cookie-banner{{position:fixed;bottom:0;left:0;right:0;background:#223;color:#fff;padding:1em}}
.site-header{{display:flex;gap:1em;align-items:center;padding:.5em 2em;background:#f3efe6}} .site-header ul{{display:flex;gap:1em;list-style:none}}
.breadcrumb ol{{display:flex;gap:.5em;list-style:none;font-size:.8em}} .trail{{max-width:44em;margin:auto}}
.kicker,.track-no{{font:bold .8em Arial,sans-serif;letter-spacing:.1em;color:#8a3b12;text-transform:uppercase}}
.player{{font:.8em Arial,sans-serif;background:#eee;padding:.4em;display:flex;gap:1em}} .transcript summary{{font:.8em Arial,sans-serif;cursor:pointer}}
.fig-right{{float:right;width:45%;margin:0 0 1em 1em}} figure img{{width:100%;height:auto;background:#bbb}} .credit{{display:block;color:#666;font-size:.8em}}
.did-you-know{{background:#e8eef2;padding:1em;border-left:4px solid #2e4a62}} .pull{{font-size:1.5em;font-style:italic;color:#8a3b12;text-align:center}}
.hero{{width:100%;height:auto}} .site-footer{{background:#223;color:#ddd;padding:2em}} .skip{{position:absolute;left:-9999px}}
</style>
</head>
<body>
'''
    return head + "\n".join(body) + "\n</body>\n</html>\n"


if __name__ == "__main__":
    import os
    os.makedirs("../img", exist_ok=True)
    for k, (w, h) in IMGS.items():
        grey_png(f"../img/stockton_{k}.png", w, h)
    with open(f"../{ex['name']}.html", "w", encoding="utf-8") as f:
        f.write(page())
    C.write_gold(ex, "..")
    print("html + gold written")
