"""Content-word overlap between a question and its citation (used by validate_ask_v18.py).
Tokens = runs of letters/digits (lower-cased, possessive 's dropped); stopwords removed;
two tokens match when their first 5 characters agree (a crude stemmer that over- rather than under-counts)."""
import re
STOP=set('''a an the of in on at to for from by with and or but not no is are was were be been being do does did done
have has had having what which who whom whose when where why how many much that this these those it its he she they them
his her their him i you we us our your my me as into onto about after before during over under than then so if
would could should will can may might must shall also there here up out off all any some one such via per
get got give gave make made let say said tell told first after while once'''.split())
def toks(s):
    s=s.lower().replace('’s','').replace("'s",'')
    return [w for w in re.findall(r'[a-z0-9]+',s) if w not in STOP]
def stem(w): return w[:5]
def overlap(q,c):
    cs={stem(w) for w in toks(c)}
    return sorted({w for w in toks(q) if stem(w) in cs})
