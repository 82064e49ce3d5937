
(require 'org)
(require 'ox-html)
(setq org-html-preamble t
      org-html-preamble-format (list (list "en" "<a class=\"skip\" href=\"#content\">Skip to main content</a>
<header class=\"site\"><p class=\"site-name\">Fenwick Hall · Museum of Law and Liberty</p>
<nav aria-label=\"Main\"><a href=\"/visit/\">Visit</a> <a href=\"/whats-on/\">What’s on</a> <a href=\"/collection/\">Collection</a> <a href=\"/learn/\">Learn</a></nav>
<nav class=\"lang\" aria-label=\"Language\"><a href=\"/en/magna-carta/\" hreflang=\"en\" aria-current=\"true\">English</a> <a href=\"/cy/magna-carta/\" hreflang=\"cy\">Cymraeg</a> <a href=\"/fr/magna-carta/\" hreflang=\"fr\">Français</a></nav></header>
<p class=\"kicker\">Charters and Chronicles · Room 2</p>"))
      org-html-postamble t
      org-html-postamble-format '(("en" "<p class=\"author\">Text: %a</p><p class=\"date\">Last reviewed: %d</p><p class=\"creator\">%c</p>"))
      org-html-head-include-default-style t
      org-html-head "<style>
body { font-family: Georgia, serif; max-width: 46rem; margin: 0 auto; padding: 0 1rem; line-height: 1.55; color: #222 }
.skip { position: absolute; left: -9999px } .skip:focus { left: 1rem }
header.site { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; font: 0.9rem Arial, sans-serif;
  border-bottom: 2px solid #7a1f2b; padding: 0.6rem 0 }
.kicker { font: bold 0.8rem Arial, sans-serif; text-transform: uppercase; letter-spacing: 0.12em; color: #7a1f2b; margin-top: 2rem }
h1.title { text-align: left; margin: 0.2rem 0 1rem; font-size: 2.4rem } .subtitle { font-style: italic; font-weight: normal; font-size: 1.5rem }
.standfirst { font-size: 1.2rem; font-weight: bold }
#table-of-contents { font: 0.9rem Arial, sans-serif; background: #f5efe6; padding: 0.5rem 1rem; margin: 1rem 0 }
.section-number-2 { display: inline-block; min-width: 1.6em; background: #7a1f2b; color: #fff; text-align: center; margin-right: 0.4em }
.figure img { width: 100%; height: auto } .figure p { margin: 0.2rem 0 } .figure-number { color: #7a1f2b }
.credit { color: #666; font-size: 0.9em }
blockquote { font-size: 1.4rem; font-style: italic; color: #7a1f2b; border-left: 4px solid #7a1f2b; margin: 1.5rem 0; padding-left: 1rem }
.outline-2.sidebar { background: #f5efe6; padding: 0.5rem 1rem; margin-top: 2rem }
#postamble { font: 0.8rem Arial, sans-serif; color: #666; border-top: 1px solid #ccc; margin-top: 3rem }
</style>"
      org-html-validation-link nil
      org-export-with-sub-superscripts '{}
      org-html-html5-fancy t
      org-export-time-stamp-file nil
      make-backup-files nil)
(find-file "/work/heldout/r40/exhibits/build/org_src/magna_carta_1215.org")
(org-html-export-to-html)
