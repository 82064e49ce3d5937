import os, sys, re, collections
from urllib.parse import urljoin, urlparse, unquote
import lxml.html
root=sys.argv[1]; broken=collections.Counter(); abs_links=collections.Counter(); n=0; nohtml=0
for dp,dn,fn in os.walk(root):
    for f in fn:
        if not f.endswith('.html'): continue
        n+=1; p=os.path.join(dp,f)
        d=lxml.html.parse(p).getroot()
        for el,attr,link,pos in d.iterlinks():
            u=urlparse(link)
            if u.scheme in('http','https','mailto','data','javascript') or link.startswith('#'): continue
            if link.startswith('/'): abs_links[link]+=1; continue
            t=os.path.normpath(os.path.join(dp, unquote(u.path)))
            if u.path=='' : continue
            if os.path.isdir(t): t=os.path.join(t,'index.html')
            if not os.path.exists(t): broken[(os.path.relpath(p,root), link)]+=1
print('html pages', n, 'broken', len(broken), 'absolute', sum(abs_links.values()))
for k in list(broken)[:15]: print(' broken', k)
for k in list(abs_links)[:10]: print(' abs', k)
