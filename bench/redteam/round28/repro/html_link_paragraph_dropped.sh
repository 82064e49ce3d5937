#!/bin/bash
# An HTML paragraph that is only a short link disappears from the document without any notice.
. "$(dirname "$0")/_common.sh"
printf '<html><body><h1>Links</h1><p><a href="http://example.org">Letters of Jan Nowak from Paris</a></p><p>Maria Kowalska lived in Paris in 1920.</p></body></html>' > link.html
"$V" build --db x.db link.html
"$V" export --db x.db | python3 -c "import json,sys; print(repr(json.load(sys.stdin)['documents'][0]['text']))"   # 'Links\n\nMaria Kowalska lived in Paris in 1920.'
