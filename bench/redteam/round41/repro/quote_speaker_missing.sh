#!/bin/bash
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1; cd $T
# A quotation attributed in the text to a named speaker gets no speaker (German letter; English 'it was the mate Bos who cried').
printf 'Der Steuermann Bosch rief: „Rettet die Frauen zuerst!“ und ließ das große Boot hinab.\n' > brief.txt
printf 'When the ship struck at Ushant in March 1711 it was the mate Bos who cried, "Save the women first!"\n' > recollections.txt
$V build brief.txt recollections.txt --db x.db >/dev/null 2>&1
$V export --db x.db --format csv -o csv >/dev/null; cat csv/quotes.csv   # expect speaker = the mate (Bos/Bosch) for both
