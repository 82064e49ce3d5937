#!/bin/bash
# the static/served timeline chart omits an event dated 45 BC (EDTF -0044) that every export has; only the text list shows it
. "$(dirname "$0")/_common.sh"
printf 'Old Town\n\nThe chapel was founded in 45 BC by Roman traders. The wall was built in 1350.\n' > d.txt
"$V" build d.txt --db x.db >/dev/null 2>&1; "$V" publish --db x.db --static site >/dev/null 2>&1
"$V" export --db x.db --format timelinejs | python3 -c "import json,sys; print('timelinejs events:', len(json.load(sys.stdin)['events']))"
python3 -c "
import re,json; h=open('site/timeline.html').read()
d=json.loads(re.search(r'<script type=\"application/json\" id=\"timeline-data\">(.*?)</script>',h,re.S).group(1))
print('chart items:', len(d['items']), [i['label'] for i in d['items']])"
