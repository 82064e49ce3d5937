"""Exhibit 6 (HTML): a collection-story page as exported from a museum CMS, with its boilerplate."""
import os
from html import escape as _esc
from common import OUT, P, C, S, write_gold, body_words, grey_png

NAME = "dead_sea_scrolls"
TITLE_LINES = ["Scrolls from the Desert:", "The Dead Sea Scrolls"]
TITLE = " ".join(TITLE_LINES)
MUSEUM = "Museum of the Written Word"
INTRO = ("Between 1947 and 1956 shepherds and archaeologists found the remains of some nine hundred manuscripts "
         "in caves above the Dead Sea. They include the oldest surviving copies of books of the Hebrew Bible.")

# paragraphs are lists of pieces: str = text, ("i", s) = <i>, ("a", s, href) = link with a visually-hidden
# "(opens in a new tab)" span, ("wbr", s) = text with a <wbr> inserted at "|".
SECTIONS = [
    ("01", "stone", "A Stone Thrown into a Cave", [
        ["Late in 1946 or early in 1947, Bedouin shepherds of the Ta’amireh tribe were searching for a lost goat "
         "in the cliffs near Qumran, on the ", ("wbr", "north-|western"), " shore of the Dead Sea. One of them, "
         "Muhammed edh-Dhib, threw a stone into a cave and heard pottery break."],
        ["Inside were tall clay jars holding leather scrolls wrapped in linen. The shepherds took seven scrolls to "
         "an antiquities dealer in Bethlehem, and from there they passed to scholars who began to realise how old "
         "they were."],
    ], ("The cliffs above Qumran. Cave 4 is the dark opening in the centre of the picture.",
        "Photo: Daniel Haddad / Museum of the Written Word", "top")),
    ("02", "advert", "Scholars and a Newspaper Advertisement", [
        ["In November 1947 Eleazar Sukenik of the Hebrew University bought three of the scrolls. Four others were "
         "acquired by Mar Athanasius Samuel, the Syrian Orthodox archbishop in Jerusalem, who took them to the "
         "United States."],
        ["In June 1954 an advertisement in the ", ("i", "Wall Street Journal"), " offered “The Four Dead Sea "
         "Scrolls” for sale. They were bought secretly for $250,000 on behalf of Sukenik’s son, the archaeologist "
         "Yigael Yadin, and returned to Jerusalem."],
    ], None),
    ("03", "caves", "Eleven Caves", [
        ["The discovery set off a race between Bedouin and archaeologists to search the cliffs. By 1956 eleven "
         "caves had yielded scrolls. Cave 4 alone held some fifteen thousand fragments, the remains of about five "
         "hundred manuscripts."],
        ["Most of the texts are written in Hebrew, some in Aramaic and a few in Greek, on parchment and papyrus. "
         "One, found in Cave 3, is engraved on sheets of copper and lists the hiding places of treasure."],
    ], None),
    ("04", "authors", "Who Wrote Them?", [
        ["The scrolls were copied between about 250 BC and AD 68. The ",
         ("a", "Great Isaiah Scroll", "https://collections.example.org/isaiah"), ", more than seven metres long, "
         "is about a thousand years older than the earliest complete Hebrew text of Isaiah known before 1947."],
        ["Many scholars link the scrolls with a Jewish group called the Essenes, who may have lived at the nearby "
         "settlement of Qumran. Others believe that the scrolls were brought from Jerusalem and hidden in the "
         "caves before the Roman army arrived."],
    ], ("A facsimile of the Great Isaiah Scroll, unrolled to show its opening columns.",
        "© Ruth Adler for the Museum of the Written Word", "bottom")),
]
FACTS_TITLE = "At a Glance"
FACTS = [("Found:", "1947–1956, in eleven caves near Qumran"),
         ("Manuscripts:", "about 900, most of them in fragments"),
         ("Languages:", "Hebrew, Aramaic and Greek"),
         ("Oldest texts:", "about 250 BC")]


def plain(pieces):
    out = ""
    for x in pieces:
        if isinstance(x, str):
            out += x
        elif x[0] == "wbr":
            out += x[1].replace("|", "")
        else:
            out += x[1]
    return out


# ---- gold ------------------------------------------------------------------------------------
sections = [S(None, TITLE, [P(INTRO)])]
for num, _id, title, paras, fig in SECTIONS:
    blocks = [P(plain(p)) for p in paras]
    if fig:
        blocks.append(C(fig[0], credit=fig[1]))
    sections.append(S(num, title, blocks))
sections.append(S(None, FACTS_TITLE, [P(k + " " + v) for k, v in FACTS]))
gold = write_gold(NAME, TITLE, [], sections)

# ---- HTML -------------------------------------------------------------------------------------
for f in ("qumran-cliffs.png", "isaiah-facsimile.png", "hero-jars.png"):
    grey_png(os.path.join(OUT, "img", f), 900, 560, 190 if "hero" in f else 200)


def e(s):
    return _esc(s, quote=False)


def html_para(pieces):
    out = ""
    for x in pieces:
        if isinstance(x, str):
            out += e(x)
        elif x[0] == "i":
            out += f"<i>{e(x[1])}</i>"
        elif x[0] == "wbr":
            out += e(x[1]).replace("|", "<wbr>")
        elif x[0] == "a":
            out += (f'<a href="{x[2]}" target="_blank" rel="noopener">{e(x[1])}'
                    f'<span class="visually-hidden"> (opens in a new tab)</span></a>')
    return f"        <p>{out}</p>\n"


def figure(fig, img):
    cap, credit, where = fig
    figc = (f'<figcaption class="media__text"><span class="media__caption">{e(cap)}</span> '
            f'<cite class="media__credit">{e(credit)}</cite></figcaption>')
    pic = (f'<div class="media__frame"><img src="img/{img}" alt="" width="900" height="560" loading="lazy" '
           f'decoding="async" data-lightbox="true"></div>')
    body = figc + "\n          " + pic if where == "top" else pic + "\n          " + figc
    return f'        <figure class="media media--caption-{where}">\n          {body}\n        </figure>\n'


toc = "".join(f'<li><a href="#{sid}">{e(t)}</a></li>' for _n, sid, t, _p, _f in SECTIONS)
parts = []
for i, (num, sid, title, paras, fig) in enumerate(SECTIONS):
    s = (f'      <section class="story-section" id="{sid}">\n'
         f'        <h2 class="story-section__title"><span class="chapter-no" aria-hidden="true">{num}</span> '
         f'{e(title)}</h2>\n')
    for j, p in enumerate(paras):
        if fig and fig[2] == "top" and j == 1:
            s += figure(fig, "qumran-cliffs.png")
        s += html_para(p)
        if num == "03" and j == 0:
            s += ('        <p class="editor-note" hidden>EDITOR: confirm the number of fragments from Cave 4 '
                  'with the conservation team before publishing.</p>\n')
    if fig and fig[2] == "bottom":
        s += figure(fig, "isaiah-facsimile.png")
    s += "      </section>\n"
    parts.append(s)
    if num == "02":
        parts.append(
            '      <aside class="factbox" aria-labelledby="facts-title">\n'
            f'        <h2 id="facts-title" class="factbox__title">{e(FACTS_TITLE)}</h2>\n        <ul class="factbox__list">\n'
            + "".join(f"          <li><strong>{e(k)}</strong> {e(v)}</li>\n" for k, v in FACTS)
            + "        </ul>\n      </aside>\n")
        parts.append(
            '      <aside class="promo promo--newsletter">\n        <h3 class="promo__title">Stories like this, '
            'once a month</h3>\n        <p>Sign up to our newsletter for new collection stories, events and '
            'members’ offers.</p>\n        <form action="/newsletter" method="post"><label for="nl-email">Email '
            'address</label> <input id="nl-email" type="email" name="email"> <button type="submit">Sign up'
            '</button></form>\n      </aside>\n')
    if num == "03":
        parts.append(
            '      <div class="legacy-body" style="display:none">\n        <p>The caves were found by chance in '
            '1947 by a shepherd boy looking for a lost sheep, and the scrolls were sold in the market for a few '
            'pounds.</p>\n      </div>\n')

title_html = "<br>".join(e(t) for t in TITLE_LINES)
HTML = f'''<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(TITLE_LINES[1])}: scrolls from the desert | Collection stories | {MUSEUM}</title>
<meta name="description" content="How shepherds and archaeologists found the Dead Sea Scrolls in eleven caves near Qumran.">
<meta property="og:title" content="{e(TITLE)}">
<meta property="og:image" content="img/hero-jars.png">
<link rel="canonical" href="https://www.example.org/stories/dead-sea-scrolls">
<style>
  img {{ max-width:100%; height:auto; }}
  .visually-hidden {{ position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }}
  .cookie-banner {{ position:fixed; bottom:0; left:0; right:0; background:#1f1b16; color:#fff; padding:1rem 2rem; }}
  .story {{ max-width:46rem; margin:0 auto; font-family:Georgia, serif; line-height:1.6; }}
  .chapter-no {{ display:inline-block; min-width:2.2em; color:#a4532b; font-family:Arial, sans-serif; }}
  .factbox {{ float:right; width:16rem; margin:0 0 1rem 1.5rem; padding:1rem; background:#efe7da; }}
  .media--caption-top {{ display:flex; flex-direction:column; }}
  .media__credit {{ display:block; font-size:.8rem; color:#666; font-style:normal; }}
  .promo {{ border-top:3px solid #a4532b; padding:1rem 0; }}
</style>
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"Article","headline":"{e(TITLE)}","description":"{e(INTRO)}","publisher":{{"@type":"Organization","name":"{MUSEUM}"}}}}
</script>
<script>document.documentElement.className = document.documentElement.className.replace("no-js", "js");
window.CMS = {{"pageType":"story","strings":{{"readMore":"Read more","close":"Close","share":"Share this story"}}}};</script>
</head>
<body class="page page--story">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="site-header__logo" href="/"><svg width="32" height="32" aria-hidden="true"><rect width="32" height="32" fill="#a4532b"/></svg> {MUSEUM}</a>
  <nav class="site-nav" aria-label="Main">
    <ul>
      <li><a href="/visit">Visit</a></li>
      <li><a href="/whats-on">What’s on</a></li>
      <li><a href="/collection">Collection</a></li>
      <li><a href="/stories" aria-current="page">Stories</a></li>
      <li><a href="/learning">Learning</a></li>
      <li><a href="/support">Support us</a></li>
    </ul>
  </nav>
  <button class="site-header__search" aria-expanded="false">Search</button>
  <a class="button button--primary" href="/tickets">Book free tickets</a>
</header>
<main id="main">
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol><li><a href="/">Home</a></li><li><a href="/stories">Collection stories</a></li><li aria-current="page">The Dead Sea Scrolls</li></ol>
  </nav>
  <article class="story">
    <header class="story__header">
      <p class="story__kicker"><a href="/stories/topics/manuscripts">Manuscripts</a></p>
      <h1 class="story__title">{title_html}</h1>
      <p class="story__intro">{e(INTRO)}</p>
      <p class="story__meta">By Leah Sandoval, Curator of Manuscripts · <time datetime="2026-02-12">12 February 2026</time> · 8 minute read</p>
      <div class="audio-player" data-src="audio/dead-sea-scrolls.mp3"><button type="button">Listen to this story</button> <span class="audio-player__time">9:42</span></div>
      <img class="story__hero" src="img/hero-jars.png" alt="" width="900" height="560">
    </header>
    <nav class="story__toc" aria-label="On this page">
      <h2 class="story__toc-title">On this page</h2>
      <ol>{toc}<li><a href="#facts-title">{e(FACTS_TITLE)}</a></li></ol>
    </nav>
    <div class="story__body">
{"".join(parts)}    </div>
    <footer class="story__footer">
      <p>Topics: <a href="/stories/topics/manuscripts">Manuscripts</a>, <a href="/stories/topics/archaeology">Archaeology</a></p>
      <ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share by email</a></li></ul>
    </footer>
  </article>
  <aside class="related" aria-labelledby="related-title">
    <h2 id="related-title">More collection stories</h2>
    <ul>
      <li><a href="/stories/codex-sinaiticus">A Bible in pieces: the travels of a codex</a></li>
      <li><a href="/stories/papyrus">How papyrus was made</a></li>
    </ul>
  </aside>
</main>
<template id="tpl-lightbox">
  <div class="lightbox" role="dialog" aria-modal="true"><button class="lightbox__close">Close</button><figure><img src="" alt=""><figcaption></figcaption></figure><button>Previous image</button><button>Next image</button></div>
</template>
<footer class="site-footer">
  <p>{MUSEUM}, Pelham Row, open daily 10:00–17:30. Admission free.</p>
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
  <p>© 2026 {MUSEUM}. Registered charity no. 1190457.</p>
</footer>
<div class="cookie-banner" role="region" aria-label="Cookie consent">
  <p>We use cookies to understand how our website is used and to improve it. You can change your choice at any time.</p>
  <button type="button" data-consent="all">Accept all</button> <button type="button" data-consent="essential">Reject non-essential</button> <a href="/cookies">Cookie policy</a>
</div>
</body>
</html>
'''
with open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8") as f:
    f.write(HTML)
print(NAME, "body words", body_words(gold))
