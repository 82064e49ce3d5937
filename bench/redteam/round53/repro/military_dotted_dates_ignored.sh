#!/bin/bash
# War-diary dates written d.m.yy ("0600 hrs 14.7.16", "21.3.18") are never read: the attack gets no date at all.
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'WAR DIARY, 2/5th Battalion\n\n0600 hrs 14.7.16. Battalion attacked from Piccadilly Circus trench towards Bazentin Wood.\n\n21.3.18. Lt-Col. Arthur Pemberton-Hale killed at Bullecourt.\n' > diary.txt
$V build diary.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format csv -o out >/dev/null 2>&1; cat out/dates.csv
# expected rows for 1916-07-14 and 1918-03-21; observed: none (or only a year from "0600")
