cd /work/redteam47; V=venv/bin/vitrina
# I01 SIGKILL mid-build
cp w/main.db w/c/k.db; sha0=$(sha256sum w/c/k.db|cut -c1-16)
./h.py I01 interrupt "SIGKILL after 8s of --fresh rebuild of collection" 0 "($V build w/c1 --db w/c/k.db --fresh & P=\$!; sleep 8; kill -KILL \$P; sleep 2; pkill -KILL -P \$P 2>/dev/null; wait \$P; echo killed); sleep 2; \$V search Marrow --db w/c/k.db --limit 1; ls w/c/ | grep -v -E '^(k.db|x.db|notvitrina|auth|cat|ra.db)' ; echo sha=\$(sha256sum w/c/k.db|cut -c1-16) want=$sha0" --ok "sha=$sha0 want" --to 300 | head -12
# I02 SIGINT
cp w/main.db w/c/i.db; sha1=$(sha256sum w/c/i.db|cut -c1-16)
./h.py I02 interrupt "SIGINT after 8s" 0 "$V build w/c1 --db w/c/i.db --fresh & P=\$!; sleep 8; kill -INT \$P; wait \$P; echo rc=\$?; echo sha=\$(sha256sum w/c/i.db|cut -c1-16) want=$sha1" --ok "sha=$sha1 want" --bad 'Traceback' --to 300 | head -12
# I03 two builds on one db concurrently
rm -f w/c/two.db
./h.py I03 concurrency "two builds same new db" 0 "$V build w/c1/paper --db w/c/two.db > /tmp/rt47_b1.log 2>&1 & $V build w/c1/natural --db w/c/two.db > /tmp/rt47_b2.log 2>&1; wait; cat /tmp/rt47_b1.log /tmp/rt47_b2.log; $V export --db w/c/two.db --format csl -o - | python3 -c 'import json,sys; print(\"DOCS\", len(json.load(sys.stdin)))'" --ok 'DOCS 13|Error: .*(busy|locked|another build)' --to 600 | head -14
