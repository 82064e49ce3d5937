import json, re
ABBR = {'U.S','Mr','Dr','St','Jan','Feb','Gen','Lt','Col','No','Mt','Ft','Sen','Rep','Gov','Adm','Capt','Jr','Sr','vs','etc','Inc','Co','Corp','Messrs','Mrs','Ms','U.N','U.K','D.C','L','H','J','K','W','S','A','B','C','E','F','G','M','N','P','R','T','V','Sept','Aug','Oct','Nov','Dec','Ave','Prof','Rev','Hon','Pres','U.S.S.R','ca','p','pp'}
ABBR|=set('ABCDEFGHIJKLMNOPQRSTUVWXYZ')
def sentences(text):
    out=[]
    for line in text.split('\n'):
        line=line.strip()
        if not line: continue
        start=0
        for m in re.finditer(r'[.!?][”"’)]?\s+(?=[“"‘(A-Z0-9])', line):
            end=m.end()
            seg=line[start:m.start()+1]
            w=re.search(r'([A-Za-z.]+)\.$', seg)
            if w and w.group(1).rstrip('.') in ABBR: continue
            s=line[start:end].strip()
            if s: out.append(s)
            start=end
        s=line[start:].strip()
        if s: out.append(s)
    return out
def docs():
    d=json.load(open('places_texts.json'))
    import glob,os
    for f in sorted(glob.glob('panel-*.txt')):
        d[os.path.basename(f)[:-4]]=open(f).read().rstrip('\n')
    return d
if __name__=='__main__':
    D=docs(); json.dump(D,open('docs.json','w'),ensure_ascii=False,indent=1)
    for k,v in D.items():
        for s in sentences(v): assert s in v
    print(len(D), sum(len(sentences(v)) for v in D.values()))
