#!/bin/bash
# Tap targets below 24x24 CSS px on a phone: the "source" disclosure summaries and the graph filter checkboxes.
V=${V:-/work/redteam41/venv/bin/vitrina}; PY=${PY:-/work/redteam41/tools/bin/python}; T=$(mktemp -d); export NO_COLOR=1; cd $T
printf 'Captain Jan Pieterszoon Roos of the Vrouw Aletta met the mate Hendrik Jansz. Bos and the notary Guillaume Kerbrat at Brest, Amsterdam, Danzig and Batavia on 21 March 1711. The Dutch East India Company paid 200 guilders.\n' > a.txt
$V build a.txt --db x.db >/dev/null 2>&1 && $V publish --db x.db --static site >/dev/null
$PY - "$T/site/timeline.html" <<'PY'
import sys
from playwright.sync_api import sync_playwright
with sync_playwright() as p:
    b=p.chromium.launch(executable_path='/usr/bin/chromium',args=['--no-sandbox']); pg=b.new_page(viewport={'width':360,'height':740},is_mobile=True)
    pg.goto('file://'+sys.argv[1]); print([ (e['t'],e['w'],e['h']) for e in pg.evaluate("()=>[...document.querySelectorAll('summary,input[type=checkbox]')].map(e=>{const r=e.getBoundingClientRect();return {t:e.tagName+' '+(e.textContent||e.value).trim().slice(0,12),w:Math.round(r.width),h:Math.round(r.height)}}).filter(e=>e.w>0&&(e.w<24||e.h<24)).slice(0,6)")]); pg.goto('file://'+sys.argv[1].replace('timeline','graph')); print(pg.evaluate("()=>[...document.querySelectorAll('input[type=checkbox]')].slice(0,3).map(e=>{const r=e.getBoundingClientRect();return Math.round(r.width)+'x'+Math.round(r.height)})")); b.close()
PY
