# Exhibit 6: world_cup_theft_1966.html, a museum blog article page written by this script.
import os, html
import content as C
from util import grey_png
ex = C.CUP
E = html.escape
IMG = os.path.join(C.OUT, "img")
os.makedirs(IMG, exist_ok=True)
for n, (w, h) in {"hero-collar.png": (960, 420), "cabinet.png": (640, 420), "collar-lead.png": (640, 400),
                  "logo.png": (160, 48), "related-1.png": (300, 180), "related-2.png": (300, 180),
                  "related-3.png": (300, 180), "author.png": (96, 96)}.items():
    grey_png(os.path.join(IMG, n), w, h)


def para(p, sec):
    t = E(p)
    if sec["label"] == "2" and ex["footnote_word"] in p:
        t = t.replace(ex["footnote_word"], ex["footnote_word"] + '<sup class="fn"><a href="#note-1" id="ref-1">1</a></sup>', 1)
    return "      <p>%s</p>\n" % t


def figure(c, src, alt):
    pos = "<strong>%s:</strong> " % c["position"] if c["position"] else ""
    return ('      <figure class="wp-block-image">\n        <img src="img/%s" alt="%s" width="640" height="420" loading="lazy">\n'
            '        <figcaption>%s%s <span class="credit">%s</span></figcaption>\n      </figure>\n'
            % (src, E(alt), pos, E(c["text"]), E(c["credit"])))


body = []
for s in ex["sections"]:
    body.append('    <section class="story-part" id="part-%s">\n      <h2><span class="part-num">%s</span> %s</h2>\n'
                % (s["label"], s["label"], E(s["title"])))
    for i, p in enumerate(s["paras"]):
        body.append(para(p, s))
        if s["label"] == "2" and i == 0:
            body.append(figure(s["caption"], "cabinet.png", "Empty glass display case on a wooden stand"))
        if s["label"] == "3" and i == 0:
            sb = ex["sidebar"]
            body.append('      <aside class="factbox" aria-label="Fact box">\n        <h3>%s</h3>\n        <p>%s</p>\n      </aside>\n'
                        % (E(sb["title"]), E(sb["paras"][0])))
        if s["label"] == "3" and i == 1:
            body.append('      <p class="inline-promo"><strong>Read more:</strong> <a href="/blog/1966-final-programme">'
                        'What a 1966 final programme tells us about match days</a></p>\n')
    if s["label"] == "4":
        body.append(figure(s["caption"], "collar-lead.png", "A worn leather dog collar"))
    body.append("    </section>\n")
    if s["label"] == "3":
        body.append('    <aside class="pullquote"><blockquote><p>%s</p></blockquote></aside>\n' % E(ex["pullquote"]))

page = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s – Blog – Marlow Street Museum of Everyday Life</title>
<meta name="description" content="How a dog called Pickles found the stolen World Cup in 1966, and the collar now in our Sporting Life gallery.">
<meta property="og:title" content="%(title)s">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/assets/site.css">
<style>
 .factbox{float:right;width:34%%;background:#eef3f8;padding:1em;margin:0 0 1em 1em}
 .pullquote blockquote{font-size:1.6em;font-style:italic;color:#8a1c1c;border-left:4px solid #8a1c1c}
 .credit{display:block;font-size:.8em;color:#666}
 .part-num{display:inline-block;background:#222;color:#fff;border-radius:50%%;width:1.6em;text-align:center}
 .visually-hidden{position:absolute;left:-9999px}
</style>
</head>
<body class="single-post">
<a class="skip-link visually-hidden" href="#content">Skip to content</a>
<div class="cookie-banner" role="dialog"><p>We use cookies to understand how visitors use our website.</p><button>Accept all</button> <button>Manage settings</button></div>
<header class="site-header">
  <a href="/" class="logo"><img src="img/logo.png" alt="Marlow Street Museum of Everyday Life"></a>
  <nav aria-label="Main"><ul>
    <li><a href="/visit">Visit</a></li><li><a href="/whats-on">What’s on</a></li><li><a href="/collections">Collections</a></li>
    <li><a href="/learning">Learning</a></li><li><a href="/blog" aria-current="page">Blog</a></li><li><a href="/support-us">Support us</a></li>
  </ul></nav>
  <form class="search" role="search"><label class="visually-hidden" for="q">Search</label><input id="q" name="q" placeholder="Search the site"><button>Search</button></form>
  <a class="button" href="/tickets">Book tickets</a>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li><li><a href="/blog/category/sport">Sport</a></li><li aria-current="page">%(title)s</li></ol></nav>
<main id="content">
<article class="post">
  <header class="post-header">
    <p class="eyebrow"><a href="/blog/category/from-the-archive">%(kicker)s</a></p>
    <h1>%(title)s</h1>
    <p class="byline">By <a href="/blog/author/r-achterberg">Ruth Achterberg</a>, Curator of Sporting Life · <time datetime="2026-03-20">20 March 2026</time> · 6 min read</p>
    <ul class="share" aria-label="Share this post"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Email</a></li><li><button>Copy link</button></li></ul>
  </header>
  <img class="hero" src="img/hero-collar.png" alt="Pickles the dog with his owner, 1966 (reconstruction)">
  <div class="post-content">
    <p class="standfirst">%(intro)s</p>
%(body)s    <section class="notes">
      <h2>Notes</h2>
      <ol><li id="note-1">%(note)s <a href="#ref-1" aria-label="Back to text">↩</a></li></ol>
    </section>
  </div>
  <footer class="post-footer">
    <p class="tags">Tagged: <a href="/blog/tag/football">Football</a>, <a href="/blog/tag/1960s">1960s</a>, <a href="/blog/tag/crime">Crime</a>, <a href="/blog/tag/animals">Animals</a></p>
    <ul class="share" aria-label="Share this post"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Email</a></li></ul>
    <div class="author-box"><img src="img/author.png" alt=""><p><strong>Ruth Achterberg</strong> looks after the museum’s sport and leisure collections. She is writing a book about football souvenirs.</p></div>
  </footer>
</article>
<section class="related" aria-labelledby="rel">
  <h2 id="rel">You might also like</h2>
  <ul>
    <li><a href="/blog/1966-final-programme"><img src="img/related-1.png" alt=""><h3>What a 1966 final programme tells us about match days</h3></a><p>Adverts, team sheets and a price of one shilling.</p></li>
    <li><a href="/blog/rosettes"><img src="img/related-2.png" alt=""><h3>Rosettes, rattles and scarves: supporters’ kit through the ages</h3></a></li>
    <li><a href="/blog/lost-and-found"><img src="img/related-3.png" alt=""><h3>Lost and found: five objects that came back</h3></a></li>
  </ul>
</section>
<section class="comments" id="comments">
  <h2>3 comments</h2>
  <ol>
    <li><p class="who">Dennis W. <time>21 March 2026</time></p><p>My dad was at Wembley for the final and always said the dog deserved a medal. Lovely to see the collar.</p></li>
    <li><p class="who">Sam K. <time>21 March 2026</time></p><p>Was the replica the one that was later sold at auction?</p>
      <ol><li><p class="who">Marlow Street Museum <time>22 March 2026</time></p><p>Thanks, Sam. Yes, the replica was sold in the 1990s, but not to us.</p></li></ol></li>
  </ol>
  <form class="comment-form"><h3>Leave a comment</h3><label>Name <input name="n"></label><label>Comment <textarea name="c"></textarea></label><button>Post comment</button></form>
</section>
</main>
<aside class="newsletter"><h2>Get our newsletter</h2><p>Stories from the stores, once a month.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></aside>
<footer class="site-footer">
  <p>Marlow Street Museum of Everyday Life, 14 Marlow Street, Lenham Cross. Registered charity no. 1180442.</p>
  <ul><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/contact">Contact</a></li></ul>
  <p>© 2026 Marlow Street Museum of Everyday Life</p>
</footer>
<script>document.querySelectorAll('.cookie-banner button').forEach(b=>b.addEventListener('click',()=>b.closest('.cookie-banner').remove()));</script>
</body>
</html>
""" % dict(title=E(ex["title"]), kicker=E(ex["kicker"]), intro=E(ex["intro"]), body="".join(body), note=E(ex["footnote"]))
open(os.path.join(C.OUT, ex["name"] + ".html"), "w", encoding="utf-8").write(page)
C.gold(ex, [])
print("ok", ex["name"])
