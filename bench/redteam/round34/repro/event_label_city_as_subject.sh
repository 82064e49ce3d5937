#!/bin/bash
# an event label resolves "It" to a city: "Reykjavík wintered in Tromsø"
. "$(dirname "$0")/_common.sh"
printf 'Journeys\n\nThe expedition left Reykjavík and sailed to Nuuk in 1888. It wintered in Tromsø, then travelled to Ushuaia and Hobart in 1890.\n' > g.txt
"$V" build g.txt --db x.db >/dev/null 2>&1
"$V" export --db x.db --format json | python3 -c "import json,sys; [print(e['date']['edtf'], e['label']) for e in json.load(sys.stdin)['events']]"
