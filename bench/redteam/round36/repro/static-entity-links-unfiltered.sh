#!/bin/bash
# Defect: in the published (static) site an entity page's "NAME on the timeline", "NAME in the graph" and
# "compare the sources" links lead to the whole, unfiltered timeline/graph/compare pages.
V=${V:-/work/redteam36/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf 'Marta Kowalczyk became keeper of the lighthouse in Gdansk in 1919.\n' > a.txt
printf 'Karl Berger opened the bridge in Prague in 1928.\n' > b.txt
$V build a.txt b.txt --db t.db >/dev/null 2>&1
$V publish --db t.db --static site >/dev/null 2>&1
grep -o 'href="[^"]*">Marta Kowalczyk [a-z ]*<' site/entities/person-marta-kowalczyk.html
ls site | grep -i 'timeline\|graph'
echo 'expected: a timeline/graph filtered to Marta (as served: /timeline?entity=person-marta-kowalczyk); observed: ../timeline.html (everyone)'
rm -rf "$T"
