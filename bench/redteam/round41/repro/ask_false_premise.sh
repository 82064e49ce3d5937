#!/bin/bash
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1; cd $T
# A false-premise question is answered with an unrelated sentence at confidence ~0.7 instead of 'the sources don't say'.
printf 'In the spring of 1711 I sailed in the ship Vrouw Aletta. My husband, Martin Keller, had died at Batavia the year before, and I went to settle his affairs.\n\nWhen the ship struck at Ushant in March 1711 it was the mate Bos who cried, "Save the women first!"\n' > recollections.txt
printf 'Mrs Keller, who later married the Hamburg merchant Johann Hartmann and wrote as Anna Maria Hartmann, repeated her version in 1752.\n\nLe Goff wrote to the Bishop of Leon on 24 March 1711.\n' > essay.txt
$V build recollections.txt essay.txt --db x.db >/dev/null 2>&1
$V ask "Why did the Vrouw Aletta sink in 1715?" --db x.db
$V ask "Who cried Save the women first according to Anna Maria Hartmann?" --db x.db
