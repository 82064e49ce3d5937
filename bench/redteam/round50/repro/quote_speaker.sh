#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
cat > letters.txt <<'X'
Letters about the Carnegie Library

James Bertram, secretary to Andrew Carnegie, wrote: "Mr Carnegie will not pay for a lecture hall; the money is for books and readers."

Louis Paris wrote to Walter Pell on 3 July 1908: "My wife says the dining room is too narrow, but I find it exactly right."

On 20 February 1907 he wrote again, quoting his wife: "Hélène tells me, 'A kitchen wing facing north will keep the larder cool.'"
Margaret Ashdown replied on 25 February 1907: "The kitchen wing shall face north, as Mrs Paris asks."
X
$W $V build letters.txt --db t.db >/dev/null 2>&1
$W $V export --db t.db --format csv -o csv >/dev/null 2>&1
cut -d, -f1-3 csv/quotes.csv
echo "EXPECTED speakers: q0 person-james-bertram (not person-andrew-carnegie, who is only quoted about); q2 the writer 'he' (Louis Paris, quoting his wife), not person-margaret-ashdown, who only replies in the next sentence. (In the full collection the Louis Paris quote q1 got no speaker at all.)"
