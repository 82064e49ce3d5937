import sys, build
for doc, text in build.docs.items():
    if len(sys.argv) > 1 and not any(a in doc for a in sys.argv[1:]): continue
    print('=====', doc)
    for s in build.sentences(text):
        sp = build.spans(s, build.lexicon(doc, s)); out, i = '', 0
        for a, b, surf, (t, v) in sp:
            out += s[i:a] + '[' + s[a:b] + ' =' + t + ':' + v.split(' (')[0 if t == 'P' else -1 if False else 0] + ('' if t!='L' else '') + ']'; i = b
            if t == 'L': out = out[:-1] + ' <' + v + '>]'
        print(out + s[i:])
