import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from texts import EX
OUT = os.path.join(os.path.dirname(__file__), '..')

def gold(name):
    e = EX[name]
    title = ' '.join(e['title_lines'])
    secs = [dict(label=None, title=title, blocks=[dict(kind='paragraph', text=e['intro'])])]
    for s in e['sections']:
        blocks = [dict(kind='paragraph', text=p) for p in s['paras']]
        c = s.get('caption')
        if c:
            blocks.append(dict(kind='caption', text=c['text'], position=c['position'], credit=c['credit']))
        secs.append(dict(label=s['label'], title=s['title'], blocks=blocks))
    sb = e['sidebar']
    secs.append(dict(label=None, title=sb['title'], blocks=[dict(kind='paragraph', text=p) for p in sb['paras']]))
    return dict(title=title, running=e['running'], sections=secs)

if __name__ == '__main__':
    for n in EX:
        g = gold(n)
        wc = sum(len(b['text'].split()) for s in g['sections'] for b in s['blocks'] if b['kind'] == 'paragraph')
        print(n, wc)
        with open(os.path.join(OUT, n + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write('\n')
