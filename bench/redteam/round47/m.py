#!/usr/bin/env python3
import sys, json
k = ['id','cls','input','cmd','expected','observed','verdict']
rec = dict(zip(k, sys.argv[1:8])); rec['why'] = rec['observed'] if rec['verdict']=='FAIL' else ''
rec.update(rc='', wall='', rss_mb='', tb=False, ctrl=False, out=rec['observed'])
open('/work/redteam47/logs/attacks.jsonl','a').write(json.dumps(rec)+'\n'); print(rec['verdict'], rec['id'])
