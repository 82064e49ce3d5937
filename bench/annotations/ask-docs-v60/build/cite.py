import json,re
T=json.load(open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)),'..','ask_texts.json')))
ABBR=re.compile(r'(?:\b[A-Z]|U\.S|U\.S\.S|U\.K|H\.W|i\.e|e\.g|St|Mr|Dr|U|S)\.$')
def bounds(text):
    # candidate sentence ends: index after punctuation(+closing quote), followed by whitespace and an uppercase/quote start
    b=set()
    for m in re.finditer(r'[.?!][”"’)]?(?=\s+[A-Z“"(])',text):
        pre=text[max(0,m.start()-6):m.start()+1]
        if ABBR.search(pre) : continue
        b.add(m.end())
    for m in re.finditer(r'\n',text): b.add(m.start())
    return sorted(b)
def cite(doc,snip):
    t=T[doc]; i=t.find(snip)
    assert i>=0,(doc,snip)
    assert t.find(snip,i+1)<0,('dup',doc,snip)
    bs=bounds(t)
    left=max([x for x in bs if x<=i],default=0)
    right=min([x for x in bs if x>=i+len(snip)],default=len(t))
    return t[left:right].strip()
