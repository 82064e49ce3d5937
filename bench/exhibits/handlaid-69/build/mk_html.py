# Writes the Anchovy data file for the HTML exhibit, runs Anchovy, copies the page up unchanged.
import json, os, sys, shutil, subprocess, html
B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
sys.path.insert(0, B)
from texts import EX
n = 'theremin_1920'; e = dict(EX[n])
secs = []
for i, s in enumerate(e['sections']):
    s = dict(s)
    paras = [html.escape(p, quote=False) for p in s['paras']]
    if i == 1:   # note mark after the RCA sentence
        paras[0] = paras[0].replace('1929 and 1930,', '1929 and 1930,<sup><a href="#note-1">1</a></sup>')
    s['paras'] = paras
    if i == 2:
        s['quote'] = e['quote']
    secs.append(s)
data = dict(template='templates/exhibit.html', museum='Orlova House Museum of Sound and Science',
            kicker=e['kicker'], title_lines=e['title_lines'], intro=e['intro'], sections=secs,
            sidebar=e['sidebar'], notes=e['notes'], timeline=e['timeline'])
site = os.path.join(B, 'html_site')
json.dump(data, open(os.path.join(site, 'src', n + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for d in ('out', 'working'):
    shutil.rmtree(os.path.join(site, d), ignore_errors=True)
if os.path.exists(os.path.join(site, 'build-cache.json')):
    os.remove(os.path.join(site, 'build-cache.json'))
subprocess.run([os.path.join(B, 'venv', 'bin', 'python'), '-m', 'anchovy', 'site.py'], cwd=site, check=True)
shutil.copy(os.path.join(site, 'out', n + '.html'), os.path.join(OUT, n + '.html'))
