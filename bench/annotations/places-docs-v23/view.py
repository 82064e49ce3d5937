import json, sys, build
docs = json.load(open('docs.json'))
for doc in sys.argv[1:]:
    print('=====', doc)
    for s in build.sentences(docs[doc]):
        found, _ = build.annotate(doc, s)
        out, last = [], 0
        for a, surf, (t, v) in found:
            out.append(s[last:a]); out.append('[%s|%s:%s]' % (surf, t, v if t != 'H' else v.split(' (')[0])); last = a + len(surf)
        out.append(s[last:])
        print('  *', ''.join(out))
