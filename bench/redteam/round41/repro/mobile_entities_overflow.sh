#!/bin/bash
# /entities overflows a 360 px phone viewport (table wider than the screen; page scrolls sideways). Needs Playwright (tools venv) and a Chromium binary.
V=${V:-/work/redteam41/venv/bin/vitrina}; PY=${PY:-/work/redteam41/tools/bin/python}; T=$(mktemp -d); export NO_COLOR=1; cd $T
printf 'Captain Jan Pieterszoon Roos of the Vrouw Aletta met the mate Hendrik Jansz. Bos and the notary Guillaume Kerbrat at Brest, Amsterdam, Danzig and Batavia on 21 March 1711. The Dutch East India Company paid 200 guilders.\n' > a.txt
$V build a.txt --db x.db >/dev/null 2>&1 && $V publish --db x.db --static site >/dev/null
$PY - "$T/site/entities.html" <<'PY'
import sys
from playwright.sync_api import sync_playwright
with sync_playwright() as p:
    b=p.chromium.launch(executable_path='/usr/bin/chromium',args=['--no-sandbox']); pg=b.new_page(viewport={'width':360,'height':740},is_mobile=True)
    pg.goto('file://'+sys.argv[1]); print('scrollWidth', pg.evaluate('document.documentElement.scrollWidth'), 'viewport 360  (expect <= 360)'); b.close()
PY
