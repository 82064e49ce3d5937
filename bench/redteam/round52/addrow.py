import sys, json
id_,cls,inp,cmd,exp,obs,v=sys.argv[1:8]
open("/work/redteam52/rows.jsonl","a").write(json.dumps(dict(id=id_,cls=cls,input=inp,cmd=cmd,expected=exp,observed=obs,verdict=v))+"\n")
