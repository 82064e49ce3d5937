#!/bin/bash
# D8: "the sources don't say" to questions the text answers in one sentence.
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf 'Bristol West: The General Election of 1906\n\nPolling day was the 16th of January 1906. In Bristol West, Sir George Halford (Conservative) polled 5,212 votes and Mr. Thomas Penrose (Liberal) polled 4,987 votes. Sir George Halford was elected with a majority of 225. The turnout was 81.4 per cent of an electorate of 12,470; 37 ballot papers were rejected as spoilt.\n' > a.txt
printf 'Livingstonia\n\nThe station of Livingstonia was founded on 12 October 1875 at Cape Maclear by the Rev. J. T. Harris.\n' > b.txt
$V build a.txt b.txt --db t.db >/dev/null 2>&1
for q in "Who won Bristol West in 1906?" "What was the majority in Bristol West in 1906?" "What was the turnout in Bristol West in 1906?" "When was Livingstonia founded?"; do echo "Q: $q"; $V ask "$q" --db t.db | head -2; done
echo "EXPECTED: Halford; 225; 81.4 per cent; 12 October 1875"
