import json
verd={'Q02':'correct','Q06':'correct','Q08':'correct','Q17':'correct (wordy)','Q20':'correct','Q23':'correct','Q25':'correct','Q26':'correct','Q28':'correct','Q48':'correct',
 'Q05':'WRONG (confident 0.49; cited line says Edith Harrison in the chair)','Q47':'WRONG (Yes; text says no connection)',
 'Q29':'WEAK: premise accepted, caption sentence returned (0.20)','Q33':'ok: returns the correction sentence','Q34':'WRONG: premise accepted, Margaret Oduya (chair 1950-62)','Q38':'WRONG: premise accepted, 1921 figure given for 1958',
 'Q03':'abstain, and cites reel 12 not reel 7','Q41':'abstain (correct), cites reel 7'}
out=['| id | kind | question | truth | answer | confidence | first citation | verdict |','|---|---|---|---|---|---|---|---|']
for l in open('questions.tsv'):
    id,kind,q,truth=l.rstrip('\n').split('\t')
    d=json.load(open(f'logs/ask_{id}.json')); c=(d.get('citations') or [{}])[0]
    a=d.get('answer'); v=verd.get(id)
    if v is None: v = ('correct abstention' if kind!='normal' else 'abstained (answer in the cited text)') if a is None else '?'
    cit=(c.get('document','')+': '+c.get('text','')[:80]) if c else ''
    out.append('| '+' | '.join(str(x).replace('|','\\|') for x in (id,kind,q,truth,a,d.get('confidence'),cit,v))+' |')
open('logs/qa.md','w').write('\n'.join(out)+'\n')
