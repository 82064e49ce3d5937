<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${page.headers['title']} | Akuapem Cocoa Story</title>
<meta name="Generator" content="Pagegen">
<style>
body{margin:0;font-family:Georgia,serif;color:#2b1a10;background:#fbf7f0}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem}
.site-head{display:flex;justify-content:space-between;padding:.6rem 2rem;background:#3b2314;color:#fff}
.site-head a{color:#fff}
.lang a{margin-left:.6rem}
.layout{display:flex;flex-direction:column;max-width:46rem;margin:0 auto;padding:1rem}
.layout .timeline{order:9}
.layout .panels{order:1}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.kicker{text-transform:uppercase;letter-spacing:.15em;color:#9e2a1a;font-size:.8rem}
h1 .sub{display:block;font-size:1.2rem;font-style:italic;font-weight:normal}
.num{display:inline-block;background:#9e2a1a;color:#fff;padding:.1rem .5rem;margin:0}
.dateline{color:#7a5a3a;font-size:.85rem;margin:.1rem 0 .8rem}
figure{margin:1rem 0;background:#eee}
figcaption{font-size:.85rem}
figcaption small{display:block;color:#7a5a3a}
blockquote{font-size:1.4rem;color:#9e2a1a;border-left:4px solid #9e2a1a;padding-left:1rem}
.box{background:#efe4d2;padding:.8rem 1rem}
.top{font-size:.8rem}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-head">
  <a href="/">Akuapem Cocoa Story</a>
  <nav aria-label="Site"><a href="/visit">Visit</a> <a href="/collections">Collections</a> <a href="/learn">Learn</a></nav>
  <nav class="lang" aria-label="Language"><a href="/" aria-current="true">English</a><a href="/tw/">Twi</a><a href="/fr/">Français</a></nav>
</header>
<main id="main">
${page.out}
</main>
<footer class="site-foot"><p>Akuapem Cocoa Story is a community museum project. Text and images may not be reused without permission.</p>
<p>&copy; 2027 Akuapem Heritage Trust · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
