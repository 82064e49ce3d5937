import json, re, sys
from lex_places import P
from lex import G
from lex2 import NP, PERS, LIKE, S, OT, D, W
P = dict(P); P["Amazon basin"] = (-3.5,-62.0,None,"region")
texts = json.load(open('places_texts.json'))
docs = dict(texts)
for p in ['panel-louisiana-purchase','panel-war-of-the-pacific','panel-scandinavian-midwest']:
    docs[p] = open(p+'.txt').read()
json.dump(docs, open('docs.json','w'), ensure_ascii=False, indent=1)

G = dict(G); G["New York"] = "New York City"
PL = 'panel-louisiana-purchase'; PW = 'panel-war-of-the-pacific'; PS = 'panel-scandinavian-midwest'
DOC = {
 '1776-1783-french-alliance': {"Washington": ('PER',"George Washington (President, 1732–1799)")},
 '1784-1800-convention-and-ratification': {"Mississippi":"Mississippi River","North":"Northern United States","South":"Southern United States","Southern":('NP',D)},
 '1866-1898-chinese-immigration': {"West":"Western United States"},
 '1830-1860-opening-to-japan': {"West":('NP',OT),"Edo":"Tokyo Bay"},
 '1830-1860-webster-treaty': {"New York":"New York (state)","Oregon":"Oregon Country","Creole":('NP',S)},
 '1953-1960-taiwan-strait-crises': {"Strait":"Taiwan Strait"},
 '1989-1992-tiananmen-square': {"Square":"Tiananmen Square"},
 PL: {"Louisiana":"Louisiana (New France/territory)","Mississippi":"Mississippi River","Gulf":"Gulf of Mexico","San Ildefonso":"San Ildefonso palace",
      "Appalachians":"Appalachian Mountains","Ouachita":"Ouachita River","Yellowstone River":"Yellowstone River","Saint-Domingue":"Saint-Domingue",
      "Cap-Français":"Cap-Haïtien","Cap-Haïtien":"Cap-Haïtien","Hispaniola":"Hispaniola","Santo Domingo":"Santo Domingo","Cabildo":"Cabildo",
      "St. Louis":"St. Louis","Saint-Louis":"Saint-Louis, Senegal","Senegal":"Senegal","Senegal River":"Senegal River","Sabine River":"Sabine River",
      "Red River":"Red River (south)","Arkansas":"Arkansas River","Rocky Mountains":"Rocky Mountains","West Florida":"West Florida","Perdido River":"Perdido River",
      "Baton Rouge":"Baton Rouge","Florida":"Florida, Uruguay","Montevideo":"Montevideo","Florida Department":"Florida Department","Des Moines":"Des Moines",
      "Boise":"Boise","Versailles":"Versailles, Kentucky","Camp Dubois":"Camp Dubois","Missouri River":"Missouri River","Great Plains":"Great Plains",
      "Continental Divide":"Continental Divide","Mandan villages":"Mandan villages","Natchez":"Natchez","French Quarter":"French Quarter",
      "Atchafalaya":"Atchafalaya","Acadia":"Acadia","Lafayette":"Lafayette, Louisiana","Pittsburgh":"Pittsburgh","Cincinnati":"Cincinnati","Memphis":"Memphis",
      "Segovia":"Segovia","Monroe":('PER',"James Monroe (President, 1758–1831)"),"Texas":"Texas","London":"London"},
 PW: {"Atacama":"Atacama Desert","Loa River":"Loa River","Copiapó":"Copiapó","Liverpool":"Liverpool","Hamburg":"Hamburg","Antwerp":"Antwerp",
      "Antofagasta":"Antofagasta","Iquique":"Iquique","Punta Angamos":"Punta Angamos","Mejillones":"Mejillones","Talcahuano":"Talcahuano","Tarapacá":"Tarapacá",
      "Pisagua":"Pisagua","Tacna":"Tacna","Arica":"Arica","Morro of Arica":"Morro of Arica","Lima":"Lima","Chorrillos":"Chorrillos","Miraflores":"Miraflores",
      "Andes":"Andes","La Paz":"La Paz","Baja California Sur":"Baja California Sur","Gulf of California":"Gulf of California","Lake Titicaca":"Lake Titicaca",
      "Sucre":"Sucre","Chuquisaca":"Sucre","La Plata":"Sucre","Department of Chuquisaca":"Chuquisaca Department","La Chimba":"Antofagasta","Cobija":"Cobija (Chile)",
      "Pando Department":"Pando Department","Amazon":"Amazon basin","Arica Bay":"Arica Bay","Cape Horn":"Cape Horn","Strait of Magellan":"Strait of Magellan",
      "Valparaíso":"Valparaíso","Callao":"Callao","Ottawa River":"Ottawa River (Ohio)","Wabash":"Wabash River","Valparaiso":"Valparaiso, Indiana",
      "Lake Michigan":"Lake Michigan","Humberstone":"Humberstone","Santa Laura":"Santa Laura","Patagonia":"Patagonia","Tierra del Fuego":"Tierra del Fuego"},
 PS: {"Stavanger":"Stavanger","Kendall":"Kendall, New York","Lake Ontario":"Lake Ontario","Fox River":"Fox River (Illinois)","Ottawa":"Ottawa, Illinois",
      "Illinois River":"Illinois River","Christiania":"Oslo","Kristiania":"Oslo","Oslo":"Oslo","Bergen":"Bergen","Göteborg":"Gothenburg","Gothenburg":"Gothenburg","North Sea":"North Sea",
      "Hull":"Hull","Liverpool":"Liverpool","Trondhjem":"Trondheim","Trondheim":"Trondheim","Chicago":"Chicago","Mississippi":"Mississippi River",
      "Minneapolis":"Minneapolis","St. Paul":"Saint Paul","Red River of the North":"Red River of the North","Red River":"Red River of the North","Fargo":"Fargo",
      "Moorhead":"Moorhead","New Sweden":"New Sweden, Maine","Stockholm":"Stockholm, Wisconsin","Lake Pepin":"Lake Pepin","Lindsborg":"Lindsborg",
      "Bergen County":"Bergen County","New Netherland":"New Netherland","Green Bay":"Green Bay (city)","Bismarck":"Bismarck","Missouri":"Missouri River",
      "Voss":"Voss","Telemark":"Telemark","Hardanger":"Hardanger","St. Croix River":"St. Croix River","Lake Superior":"Lake Superior","Duluth":"Duluth",
      "Buffalo":"Buffalo","Värmland":"Värmland","Great North Woods":"Great North Woods","Red River Valley":"Red River Valley","Lake Agassiz":"Lake Agassiz",
      "Sognefjord":"Sognefjord"},
}
TR = ('PER',"Theodore Roosevelt (President, 1858–1919)")
for _d in ['1899-1913-roosevelt-and-monroe-doctrine','1899-1913-japanese-relations','1866-1898-chinese-immigration']:
    DOC.setdefault(_d,{})['Roosevelt'] = TR
GW = ('PER',"George Washington (President, 1732–1799)")
SENT = [
 ('1830-1860-opening-to-japan',"Edo (Tokyo) Bay","Tokyo","Tokyo Bay"),
 (PL,"Livingston, Montana, is a railroad town","Livingston","Livingston, Montana"),
 (PL,"Livingston, Montana, is a railroad town","Monroe","Monroe, Louisiana"),
 (PL,"Livingston, Montana, is a railroad town","Louisiana","Louisiana (state)"),
 (PL,"Lafayette, Louisiana, bears","Louisiana","Louisiana (state)"),
 (PL,"Natchez, Mississippi, took","Mississippi","Mississippi (state)"),
 (PL,"The steamboat Natchez","Natchez",('NP',S)),
 (PL,"Versailles, Kentucky, and Paris, Kentucky","Paris","Paris, Kentucky"),
 (PL,"Marquis de Lafayette fought beside Washington","Washington",GW),
 (PW,"Lima, Ohio, a railroad city","Lima","Lima, Ohio"),
 (PW,"Lima, Ohio, a railroad city","Peru","Peru, Indiana"),
 (PW,"La Paz in Baja California Sur","La Paz","La Paz, Baja California Sur"),
 (PW,"The Cobija of Pando Department","Cobija","Cobija (Bolivia)"),
 (PS,"Oslo, Minnesota, a hamlet","Oslo","Oslo, Minnesota"),
 (PS,"Norway, Maine, was named","Norway","Norway, Maine"),
 (PS,"Denmark, Wisconsin, lies","Denmark","Denmark, Wisconsin"),
 (PS,"any more than the Minnesota Vikings or the ship Minnesota","Minnesota",('NP',S)),
]
TITLES = ("President ","Secretary ","Captain ","General ","Commodore ")

ABBR = {"St","Dr","Mr","Mrs","Jan","Feb","Oct","Nov","Dec","Co","Blvd","Jr","vs","i.e","e.g"}
def sentences(text):
    out = []
    pos = 0
    for line in text.split('\n'):
        if line.strip():
            start = 0
            for m in re.finditer(r'[.!?][”’")\]]*(?=\s+[A-Z“"(\[0-9‘])', line):
                j = m.start()
                before = line[start:j+1]
                w = re.search(r'(\S+)$', line[start:j])
                tok = w.group(1) if w else ''
                if line[j] == '.' and (tok in ABBR or re.search(r'(?<![A-Za-z])[A-Z]$', tok) or re.fullmatch(r'(?:[A-Z]\.)+[A-Z]', tok) or tok.endswith('i.e')):
                    continue
                s = line[start:m.end()].strip()
                if s: out.append(s)
                start = m.end()
            s = line[start:].strip()
            if s: out.append(s)
    return out

def lexicon(doc):
    L = {}
    for s,k in G.items(): L[s] = k
    for s,w in NP.items(): L[s] = ('NP',w) if w else None
    for label, surfs, ds in PERS:
        if ds and doc not in ds: continue
        for s in surfs:
            if s.startswith(TITLES): continue
            L[s] = ('PER',label)
    for s,v in DOC.get(doc,{}).items(): L[s] = v
    return L

def run():
    allp, nonp, pers, unc = [], [], {}, []
    for doc, text in docs.items():
        L = lexicon(doc)
        keys = sorted(L, key=len, reverse=True)
        rx = re.compile(r'(?<![\w])(' + '|'.join(re.escape(k) for k in keys) + r')(?![\w])')
        for sent in sentences(text):
            assert sent in text
            covered = []
            for m in rx.finditer(sent):
                s = m.group(1); v = L[s]
                for d, sub, surf, val in SENT:
                    if d == doc and sub in sent and surf == s: v = val
                covered.append((m.start(), m.end()))
                if v is None: continue
                if isinstance(v, tuple) and v[0] == 'NP':
                    nonp.append({"doc":doc,"text":s,"sentence":sent,"why":v[1]})
                elif isinstance(v, tuple) and v[0] == 'PER':
                    pers.setdefault(v[1], []).append({"doc":doc,"text":s,"sentence":sent})
                    if any(re.search(r'(?<!\w)'+re.escape(w)+r'(?!\w)', s) for w in LIKE):
                        nonp.append({"doc":doc,"text":s,"sentence":sent,"why":"person/family named like a place"})
                else:
                    lat, lon, cc, kind = P[v]
                    allp.append({"doc":doc,"name":s,"sentence":sent,"lat":lat,"lon":lon,"country":cc,"kind":kind,"place":v})
            for m in re.finditer(r'(?<![\w’])[A-Z][\w’\-]*', sent):
                if not any(a <= m.start() < b for a,b in covered):
                    unc.append((doc, m.group(0)))
    return allp, nonp, pers, unc

def dedup(rows):
    seen, out = set(), []
    for r in rows:
        k = json.dumps(r, ensure_ascii=False, sort_keys=True)
        if k not in seen: seen.add(k); out.append(r)
    return out

if __name__ == '__main__':
    allp, nonp, pers, unc = run()
    allp = dedup(allp); nonp = dedup(nonp)
    first, seen = [], set()
    for r in allp:
        if (r['doc'], r['name']) not in seen:
            seen.add((r['doc'], r['name'])); first.append(r)
    w = lambda fn, rows: open(fn,'w').write(''.join(json.dumps(r, ensure_ascii=False)+'\n' for r in rows))
    w('places_v20_all.jsonl', allp); w('places_v20.jsonl', first); w('nonplaces_v20.jsonl', nonp)
    w('persons_v20.jsonl', [{"person":k,"mentions":dedup(v)} for k,v in pers.items()])
    print(len(allp), len(first), len(nonp), len(pers))
    if '-u' in sys.argv:
        from collections import Counter
        c = Counter(unc)
        for (d,t),n in sorted(c.items()): print(d[:25], t, n)
