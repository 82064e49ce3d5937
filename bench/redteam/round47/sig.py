import subprocess, signal, sys, time, hashlib
sig = getattr(signal, sys.argv[1]); db = sys.argv[2]
h = lambda: hashlib.sha256(open(db,'rb').read()).hexdigest()[:16]
before = h()
p = subprocess.Popen(['/work/redteam47/venv/bin/vitrina','build','w/c1','--db',db,'--fresh'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, restore_signals=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
time.sleep(float(sys.argv[3])); p.send_signal(sig)
try: out,_ = p.communicate(timeout=60)
except subprocess.TimeoutExpired: p.kill(); out,_=p.communicate(); print('HUNG after signal')
print(out.decode()[-800:]); print('rc', p.returncode); print('intact' if h()==before else 'CHANGED')
