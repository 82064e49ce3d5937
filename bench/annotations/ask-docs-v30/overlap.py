import json, re
STOP = set("""a an the of in on at to for from by with and or but as is was were be been being are do did does done
what which who whom whose when where why how many much name named called call give given gave get got
this that these those it its he his she her they their them there here than then so such not no yes
i you we me my our your us up out into over after before about against between during under
one two first last also just very more most some any all each other only own same too can could would should
will shall may might must has have had having said say says like""".split())
def toks(s):
    s = s.lower().replace('’', "'")
    w = re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", s)
    out = set()
    for x in w:
        x = re.sub(r"'s$", "", x)
        if x in STOP or len(x) < 2: continue
        for suf in ('ies', 'es', 's', 'ed', 'ing'):
            if x.endswith(suf) and len(x) - len(suf) >= 3:
                x = x[:-len(suf)]; break
        out.add(x)
    return out
if __name__ == '__main__':
    rows = [json.loads(l) for l in open('ask_v30.jsonl')]
    n = 0
    for r in rows:
        if r['citation'] is None: continue
        sh = toks(r['question']) & toks(r['citation'])
        if len(sh) <= 1: n += 1
        print(len(sh), r['id'], r['question'], '|', sorted(sh))
    print('share<=1:', n)
