#!/bin/bash
# HTML <noframes> content is kept with its markup as literal text: the document text reads "<p>In 1986 ...</p>".
V=${V:-/work/redteam24/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
printf '<html><head></head><frameset><frame src="a.html"></frameset><noframes><p>In 1986 Olof Palme was shot in Stockholm.</p></noframes></html>' > frames.html
"$V" build frames.html --db x.db 2>/dev/null
"$V" search Palme --db x.db     # observed: the sentence ends with "</p>" and starts with "<p>"
