#!/usr/bin/env python3
import sys, json
aid, cls, inp, cmd, exp, obs, verdict = sys.argv[1:8]
rec = dict(id=aid, **{'class': cls}, input=inp, command=cmd, expected=exp, exit=None, seconds=None, maxrss_kb=None,
           traceback=False, control_bytes=False, observed=obs, verdict=verdict, reasons=[] if verdict=='PASS' else [obs])
open('/work/redteam48/logs/attacks.jsonl','a').write(json.dumps(rec, ensure_ascii=False)+'\n')
print(aid, verdict)
