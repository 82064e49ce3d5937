"""texts.py -> gold JSON (schema of the format references) and texts.json for the JS generators."""
import json, re, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import DOCS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def clean(t):
    return re.sub(r'\^\d+', '', t)

def gold(name, d):
    title = ' '.join(d['title_lines'])
    secs = [dict(label=None, title=title, blocks=[dict(kind='paragraph', text=clean(d['intro']))])]
    for s in d['sections']:
        blocks = [dict(kind='paragraph', text=clean(p)) for p in s['paras']]
        if s.get('caption'):
            c = s['caption']
            blocks.append(dict(kind='caption', text=c['text'], position=c['position'], credit=c['credit']))
        secs.append(dict(label=s['label'], title=s['title'], blocks=blocks))
    sb = d['sidebar']
    secs.append(dict(label=None, title=sb['title'], blocks=[dict(kind='paragraph', text=clean(p)) for p in sb['paras']]))
    return dict(title=title, running=d['running'], sections=secs)

def words(g):
    n = 0
    for s in g['sections']:
        for b in s['blocks']:
            if b['kind'] == 'paragraph':
                n += len(b['text'].split())
    return n

if __name__ == '__main__':
    for name, d in DOCS.items():
        g = gold(name, d)
        with open(os.path.join(OUT, name + '.json'), 'w') as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write('\n')
        print(name, words(g))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'texts.json'), 'w') as f:
        json.dump(DOCS, f, ensure_ascii=False, indent=1)
