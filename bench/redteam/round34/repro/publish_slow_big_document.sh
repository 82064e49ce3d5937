#!/bin/bash
# publish of a db built from one 434 KB HTML file (5,000 paragraphs) writes ~1 page/s (216 files took 1:52; README: 7,559 files in 1:56);
# its progress estimate is meaningless (the page total grows 31 -> 86 while it says 'about 0:03 left')
. "$(dirname "$0")/_common.sh"
python3 -c "
T='The harbour master Piotr Nowak opened the new quay in 1911 in Gdynia.'
open('many.html','w').write('<html><body>'+''.join(f'<p>Para {i}. {T}</p>' for i in range(5000))+'</body></html>')"
"$V" build many.html --db x.db >/dev/null 2>&1
time "$V" publish --db x.db --static site 2>&1 | tail -4
