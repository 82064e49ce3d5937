#!/bin/sh
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam39/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 1
printf 'Clocks\n\nJohn Harrison made H4 in 1759.\007 Bell here. Backspace\010\010 and more text about Larcum Kendall in 1769.\n' > a.txt
python3 -c "open('b.txt','wb').write(b'John Harrison made H4 in 1759.\n\n'+b'\x00'*100+b'\n\nLarcum Kendall copied it in 1769.\n')"
"$V" build a.txt --db a.db; echo "rc=$?"; "$V" build b.txt --db b.db; echo "rc=$?"
echo "Expected: text kept, control bytes removed with a warning (as done for ESC sequences); observed: whole file refused as 'binary data'"
