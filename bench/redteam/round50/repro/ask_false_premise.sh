#!/bin/bash
# self-contained reproduction; V = path to vitrina
V=${V:-/work/redteam50/venv/bin/vitrina}
T=$(mktemp -d); trap "rm -rf $T" EXIT; cd $T
W="nice -n 10 timeout 300 prlimit --as=4000000000"
cat > a.txt <<'X'
Completion notes, Paris Hotel, Brighton

The Paris Hotel is named after its proprietor, Louis Paris; it stands in Brighton, not in the city of Paris.
On 12 February 1907 Louis Paris wrote to Margaret Ashdown from Brighton: "I want a hotel that Brighton will call the best on the front."
Tenders for the hotel had been opened on 15 October 1907, and Samuel Croft and Sons built it.
Margaret Ashdown is not the same person as Margaret Ashton, the Manchester suffragist.
Engraver: Carl Jättnig. Scale: 1:10,000.
X
$W $V build a.txt --db t.db >/dev/null 2>&1
$W $V ask "What did Margaret Ashton write to Louis Paris?" --db t.db
$W $V ask "Who built the Paris Hotel in Paris?" --db t.db
$W $V ask "Who engraved the 1:50,000 edition of the plan?" --db t.db
echo "EXPECTED: no answer or the false premise named (Ashton wrote nothing; the hotel is in Brighton; the scale is 1:10,000); not Louis Paris's words given as Ashton's"
