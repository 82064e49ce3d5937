#!/bin/bash
# a literal '<' opening the next sentence is glued to the previous sentence ("Mehlmann. <" / "script>alert...")
. "$(dirname "$0")/_common.sh"
printf '<html><body><p>The Green Bridge in Gdansk was opened in 1568 by mayor Hans Mehlmann. &lt;script&gt;alert("body")&lt;/script&gt; It crosses the river.</p></body></html>' > b.html
"$V" build b.html --db x.db >/dev/null 2>&1
"$V" search Mehlmann --db x.db --json | grep '"text"'
"$V" export --db x.db --format json | python3 -c "import json,sys; [print(repr(x['evidence'][0]['text'])) for x in json.load(sys.stdin)['events']]"
