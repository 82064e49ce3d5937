"""Exhibit 5: an online exhibition page as a museum website publishes it.
Site header, nav, breadcrumb, share bar, aside and footer boilerplate; <h1> title; lede paragraph;
<h2> panels with a <span> label ("Case 1"); <figure>/<figcaption> captions and one
<img> + <p class="caption"> outside any figure; credits in <small> or <span class="credit">;
HTML entities in the text."""
import os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, S, write_gold, OUT

NAME = "broad_street_pump"
TITLE = "The Pump on Broad Street: John Snow and the Cholera of 1854"

lede = P("In the late summer of 1854 a sudden outbreak of cholera killed more than six hundred people in a few streets of Soho, London. A local doctor's investigation of that outbreak became one of the founding stories of modern epidemiology.")
p1 = P("Cholera reached Britain for the first time in 1831 and returned in waves over the following decades, killing tens of thousands. Most doctors believed it was spread by miasma, a poisonous vapour rising from rotting matter and filth. The physician John Snow, who had made his name giving ether and chloroform to surgical patients, doubted this. Because the disease attacked the gut first, he argued in 1849 that it must be swallowed, most often in water contaminated by the waste of the sick.")
c1 = C("A portrait of John Snow, who was forty-one years old at the time of the outbreak.", "Above", "Courtesy of the Lambeth Medical Portrait Collection")
p2 = P("The outbreak began on the last day of August 1854. Within three days more than a hundred people living near the junction of Broad Street and Cambridge Street had died, and those who could leave the area fled. Snow, who lived nearby in Sackville Street, suspected the public water pump on Broad Street, which was popular because its water was cool and clear.")
p3 = P("He obtained a list of the dead from the General Register Office and visited the houses of the victims. Most had lived closer to the Broad Street pump than to any other, and many who lived farther away turned out to have drunk its water by choice. Just as telling were the exceptions. None of the workers at the nearby brewery died; they were given free beer and the brewery had its own well. The workhouse on Poland Street, home to more than five hundred people, also had its own supply and lost very few inmates.")
c2 = C("Snow's map of the district, with each death marked by a black bar beside the house where it occurred.", "Left", "Image: Archive of the Soho Parish Society")
p4 = P("On 7 September Snow presented his evidence to the Board of Guardians of St James's parish, and the next day the handle of the pump was removed. The outbreak was already declining, as many residents had fled, but no new surge followed.")
p5 = P("The most striking case came from Hampstead, miles from Soho. A widow named Susannah Eley, who had once lived on Broad Street, liked the taste of its water so much that her sons, who ran a percussion-cap factory there, sent her a bottle every day. She drank water collected on 31 August and died of cholera two days later, as did a niece who visited her.")
p6 = P("At first the parish authorities were not persuaded. Henry Whitehead, the curate of St Luke's Church on Berwick Street, set out to disprove Snow's theory but ended up confirming it. He traced the probable source of the outbreak to a baby at 40 Broad Street whose soiled nappies had been rinsed into a cesspool only a few feet from the well. Snow died in 1858, before his ideas were widely accepted, but the sewers that London built in the following decades, and the germ theory of disease, proved him right.")
c3 = C("A replica of the pump, without its handle, stands today on Broadwick Street, as Broad Street was renamed in 1936.", None, "Photo: Tomasz Wielgus")

sections = [
    S(None, TITLE, [lede]),
    S("Case 1", "A Disease of Dirty Water", [p1, c1]),
    S("Case 2", "Ten Days in Soho", [p2, p3, c2, p4]),
    S("Case 3", "Proof & Persuasion", [p5, p6, c3]),
]

def ent(s):
    """Escape, then use named entities for apostrophes in some places, as CMS output often does."""
    s = html.escape(s, quote=False)
    return s.replace("'", "&#39;")

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Pump on Broad Street | Online exhibitions | Harrowgate Museum of Medicine &amp; Public Health</title>
<meta name="description" content="How John Snow traced the 1854 Soho cholera outbreak to a single water pump.">
<link rel="stylesheet" href="/static/css/site.min.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="page-exhibition">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookies">
  <p>We use cookies to understand how visitors use our website. <a href="/privacy">Read our privacy notice</a>.</p>
  <button type="button">Accept all</button> <button type="button">Reject non-essential</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/logo.svg" alt="Harrowgate Museum of Medicine &amp; Public Health"></a>
  <p class="opening">Open today 10:00&ndash;17:00 &middot; Free entry</p>
  <nav aria-label="Main">
    <ul>
      <li><a href="/visit">Visit</a></li>
      <li><a href="/whats-on">What&#39;s on</a></li>
      <li><a href="/exhibitions" aria-current="page">Exhibitions</a></li>
      <li><a href="/collections">Collections</a></li>
      <li><a href="/learn">Learn</a></li>
      <li><a href="/support-us">Support us</a></li>
      <li><a href="/shop">Shop</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search"></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/exhibitions">Exhibitions</a></li><li><a href="/exhibitions/online">Online exhibitions</a></li><li>The Pump on Broad Street</li></ol>
</nav>
<main id="main">
<article class="exhibition">
  <p class="kicker">Online exhibition</p>
  <h1>The Pump on Broad Street: John Snow and the Cholera of 1854</h1>
  <p class="byline">Published 12 March 2024 &middot; 6 minute read</p>
  <p class="lede">{ent(lede["text"])}</p>
  <ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Email this page</a></li></ul>

  <section id="case-1">
    <h2><span class="case-label">Case 1</span> A Disease of Dirty Water</h2>
    <p>{ent(p1["text"])}</p>
    <figure class="figure figure--portrait">
      <img src="/media/exhibitions/broad-street/snow-portrait.jpg" alt="Engraved portrait of a man in a dark coat" width="320" height="400">
      <figcaption><strong>Above:</strong> {ent(c1["text"])} <small>{ent(c1["credit"])}</small></figcaption>
    </figure>
  </section>

  <section id="case-2">
    <h2><span class="case-label">Case 2</span> Ten Days in Soho</h2>
    <p>{ent(p2["text"])}</p>
    <p>{ent(p3["text"])}</p>
    <img class="inline-left" src="/media/exhibitions/broad-street/snow-map-1854.jpg" alt="Street map with stacked black marks along the streets" width="480" height="420">
    <p class="caption"><b>Left:</b> {ent(c2["text"])}<br><span class="credit">{ent(c2["credit"])}</span></p>
    <p>{ent(p4["text"])}</p>
    <aside class="related">
      <h3>Visit the gallery</h3>
      <p>See related objects in the Public Health Gallery, Level 2.</p>
      <p><a href="/visit">Plan your visit</a></p>
    </aside>
  </section>

  <section id="case-3">
    <h2><span class="case-label">Case 3</span> Proof &amp; Persuasion</h2>
    <p>{ent(p5["text"])}</p>
    <p>{ent(p6["text"])}</p>
    <figure>
      <img src="/media/exhibitions/broad-street/pump-replica.jpg" alt="A black cast-iron pump on a pavement" width="640" height="427">
      <figcaption>{ent(c3["text"])} <span class="credit">{ent(c3["credit"])}</span></figcaption>
    </figure>
  </section>

  <footer class="article-footer">
    <p>Tags: <a href="/tag/epidemics">Epidemics</a>, <a href="/tag/london">London</a>, <a href="/tag/public-health">Public health</a></p>
    <p>Related: <a href="/exhibitions/online/vaccination">A Shot in the Arm: Two Centuries of Vaccination</a></p>
  </footer>
</article>
</main>
<footer class="site-footer">
  <div class="newsletter"><h2>Sign up to our newsletter</h2><p>Hear about exhibitions, events and late openings.</p>
    <form><input type="email" aria-label="Email address"><button>Subscribe</button></form></div>
  <address>Harrowgate Museum of Medicine &amp; Public Health, 14 Tanner&#39;s Row, Harrowgate HG1 4QT</address>
  <ul class="social"><li><a href="#">Instagram</a></li><li><a href="#">YouTube</a></li></ul>
  <p>&copy; 2024 Harrowgate Museum Trust. Registered charity no. 1098765.</p>
  <p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a></p>
</footer>
<script src="/static/js/site.min.js" defer></script>
</body>
</html>
"""

if __name__ == "__main__":
    open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8").write(PAGE)
    write_gold(NAME, TITLE, [], sections)
    print("ok")
