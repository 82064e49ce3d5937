#!/bin/bash
# Medium: HTML with many unclosed inline tags is read in quadratic time; a 180 KB page exceeds the 120 s default per-file limit.
V=${V:-/work/redteam27/venv/bin/vitrina}; D=$(mktemp -d); cd "$D"
for n in 2000 6000; do
  python3 -c "open('u$n.html','w').write('<html><body>' + '<p><b><i>' * $n + 'Berlin 1945')"
  /usr/bin/time -f "u$n.html ($(stat -c %s u$n.html) bytes): %e s wall, %M KB" "$V" build --db u$n.db --time-limit 100 u$n.html
done
# 20000 repetitions (180 KB): times out at the per-file limit
python3 -c "open('u20000.html','w').write('<html><body>' + '<p><b><i>' * 20000 + 'Berlin 1945')"
/usr/bin/time -f "u20000.html: %e s wall" "$V" build --db u20000.db --time-limit 30 u20000.html; echo "exit $?"
