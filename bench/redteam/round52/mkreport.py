import json
rows=[json.loads(l) for l in open("/work/redteam52/rows.jsonl")]
p=sum(r["verdict"]=="PASS" for r in rows); f=len(rows)-p
esc=lambda s: str(s).replace("|","\\|").replace("\n"," ")
out=["# Red-team report, round 52 — vitrina CLI (university records archive + sports club archive)","",
f"Attack rows: **{len(rows)}** — PASS {p}, FAIL {f}. Harness: every command under `nice -n 10 timeout 120 prlimit --as=4000000000`, one at a time, exit code / wall / max RSS (`/usr/bin/time`) / traceback / raw control bytes recorded (logs/ID.log). Machine load average 12–16 during the run (other jobs on the 2 cores), so wall times are inflated.","",
open("/work/redteam52/defects.md").read() if __import__("os").path.exists("/work/redteam52/defects.md") else "(defects section pending)","",
"## All attacks","","| id | class | input | command | expected | observed | verdict |","|---|---|---|---|---|---|---|"]
for r in rows:
    out.append("| "+" | ".join(esc(r[k])[:400] for k in ["id","cls","input","cmd","expected","observed","verdict"])+" |")
open("/work/redteam52/REPORT.md","w").write("\n".join(out)+"\n")
print(len(rows),p,f)
