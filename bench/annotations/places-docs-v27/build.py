import json, re, sys, collections
from split import sentences
import lex
from lex import PLACES, SURF, PERSONS, LIKE
from overrides import DOC_OVR, SENT_OVR
D=json.load(open('docs.json'))

def compile_surfaces(surf):
    items=[]
    for s,tag in surf.items():
        m=re.match(r'\[(.*?)\](.*)',s)
        pre,core=(m.group(1),m.group(2)) if m else ('',s)
        items.append((len(pre+core),pre,core,tag,s))
    items.sort(key=lambda x:-x[0])
    return items

def tag_sentence(doc,sent,items):
    taken=[False]*len(sent); out=[]
    for _,pre,core,tag,key in items:
        pat=r'(?<![\w\-])'+re.escape(pre)+'('+re.escape(core)+r')(?![\w\-])'
        if core.endswith('.'): pat=r'(?<![\w\-])'+re.escape(pre)+'('+re.escape(core)+r')(?![\w\-])'
        for m in re.finditer(pat,sent):
            a,b=m.span(1); A=m.start()
            if any(taken[A:b]): continue
            for i in range(A,b): taken[i]=True
            out.append((a,b,core,tag))
    # hyphenated compounds
    for m in re.finditer(r"[\w.’']+(?:-[\w.’']+)+",sent):
        a,b=m.span()
        if any(taken[a:b]): continue
        parts=m.group(0).split('-')
        if any(p in SURF and SURF[p][0] in 'PN' and (SURF[p][0]=='P' or SURF[p][1]=='demonym/adjective') for p in parts) or any(p.rstrip('.') in ('US','U.S') for p in parts):
            for i in range(a,b): taken[i]=True
            out.append((a,b,m.group(0),('N','hyphenated adjective')))
    out.sort()
    return out,taken

def run():
    places_all=[]; nonplaces=[]; persons=collections.OrderedDict(); uncovered=[]
    for doc,text in D.items():
        surf=dict(SURF); surf.update({k:v for k,v in DOC_OVR.get(doc,{}).items()})
        surf={k:v for k,v in surf.items() if v is not None}
        items=compile_surfaces(surf)
        for sent in sentences(text):
            s2=dict(surf)
            ovr={}
            for (d,sub,o) in SENT_OVR:
                if d==doc and sub in sent: ovr.update(o)
            if ovr:
                s2.update(ovr); s2={k:v for k,v in s2.items() if v is not None}
                its=compile_surfaces(s2)
            else: its=items
            tags,taken=tag_sentence(doc,sent,its)
            for a,b,text_,tag in tags:
                if tag[0]=='P':
                    k=tag[1]; la,lo,cc,kd=PLACES[k]
                    places_all.append(dict(doc=doc,name=text_,sentence=sent,lat=la,lon=lo,country=cc,kind=kd,place=k))
                elif tag[0]=='N':
                    nonplaces.append(dict(doc=doc,text=text_,sentence=sent,why=tag[1]))
                elif tag[0]=='H':
                    pid=tag[1]
                    persons.setdefault(pid,[]).append(dict(doc=doc,text=text_,sentence=sent))
                    key=[k for (p,k) in LIKE if p==pid and re.sub(r'\[.*?\]','',k)==text_]
                    if key: nonplaces.append(dict(doc=doc,text=text_,sentence=sent,why='person/family named like a place'))
                elif tag[0]=='F':  # family/title named like a place (no person)
                    nonplaces.append(dict(doc=doc,text=text_,sentence=sent,why='person/family named like a place'))
            for m in re.finditer(r"\b[A-Z][\w’'.\-]*",sent):
                if not any(taken[m.start():m.end()]): uncovered.append((doc,m.group(0),sent))
    return places_all,nonplaces,persons,uncovered

if __name__=='__main__':
    P,N,H,U=run()
    if '-u' in sys.argv:
        STOP=set(open('stop.txt').read().split()) if __import__('os').path.exists('stop.txt') else set()
        c=collections.Counter((d,w) for d,w,s in U if w not in STOP)
        last=None
        for (d,w),n in sorted(c.items()):
            if d!=last: print('##',d); last=d
            print('  ',w,n)
    if '-v' in sys.argv:
        doc=sys.argv[sys.argv.index('-v')+1]
        for r in P:
            if r['doc']==doc: print('P',r['name'],'->',r['place'],'|',r['sentence'][:70])
        for r in N:
            if r['doc']==doc: print('N',r['text'],'->',r['why'],'|',r['sentence'][:70])
        for pid,ms in H.items():
            for m in ms:
                if m['doc']==doc: print('H',m['text'],'->',pid,'|',m['sentence'][:70])
    if '-w' in sys.argv:
        def dd(rows,key):
            s=set(); o=[]
            for r in rows:
                k=tuple(r[x] for x in key)
                if k not in s: s.add(k); o.append(r)
            return o
        P=dd(P,('doc','name','sentence')); N=dd(N,('doc','text','sentence','why'))
        H={p:dd(m,('doc','text','sentence')) for p,m in H.items()}
        first=[]; seen=set()
        for r in P:
            k=(r['doc'],r['name'])
            if k not in seen: seen.add(k); first.append(r)
        def dump(fn,rows):
            with open(fn,'w') as f:
                for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
        dump('places_v27_all.jsonl',P); dump('places_v27.jsonl',first); dump('nonplaces_v27.jsonl',N)
        dump('persons_v27.jsonl',[dict(person=p,mentions=m) for p,m in H.items()])
        print(len(P),len(first),len(N),len(H),sum(len(m) for m in H.values()))
