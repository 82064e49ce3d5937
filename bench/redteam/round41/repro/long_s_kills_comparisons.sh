#!/bin/bash
# A long s (U+017F) in a document makes the whole cross-document comparison stage fail (KeyError), for every document.
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1
printf "The ship struck on 10 March 1711. Captain Roos cry'd, Save the Women firſt. Sixty-five were ſaved.\n" > $T/a.txt
printf "The ship struck on 21 March 1711. Sixty-one were saved.\n" > $T/b.txt
$V build $T/a.txt $T/b.txt --db $T/x.db; echo "exit=$?"   # expect no 'comparisons are unavailable' warning
$V compare --db $T/x.db; echo "exit=$?"
