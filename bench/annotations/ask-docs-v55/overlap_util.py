import re
STOP = set("""a an the of in on at to for from by with and or but not no nor is are was were be been being do does did done
have has had having what which who whom whose when where why how many much that this these those it its it's he she they them
their his her him i you we our your as into onto than then there here about after before during over under up down out off
would could should will shall can may might must also any all each some such so very just only own same other another one
s t don't didn't wasn't weren't isn't aren't wouldn't doesn't won't get got kind name called known first last two three four
""".split())
def words(s):
    return set(w for w in re.findall(r"[a-z0-9][a-z0-9'\-]*", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1)
def stem(w):
    for suf in ("ing", "ed", "es", "s", "'s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w
def shared(q, c):
    return sorted({stem(w) for w in words(q)} & {stem(w) for w in words(c)})
