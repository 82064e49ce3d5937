#!/bin/bash
# D6: dated diary entries and a dated official order are recognised as dates but never reach the timeline.
. "$(dirname "$0")/_common.sh"
cat > diary.txt <<'X'
Diary of Thomas McKay, stonemason and contractor, extracts, summer 1828

12 July 1828. Hot and close. Walked up the line from the Ottawa locks to Hog's Back. The dam there has failed again after the rains.

2 August 1828. Rode to Jones Falls to see Mr John Redpath's great stone dam. Half his men are down with the fever and cannot work.

19 August 1828. Eleven men buried this week at Jones Falls.
X
cat > order.txt <<'X'
BOARD OF ORDNANCE

General Order No. 17

22 September 1832

To Lieutenant-Colonel John By, Royal Engineers. The Board directs that you hand over the command of the works to Captain Daniel Bolton and return to London without delay.
X
$V build diary.txt order.txt --db t.db >/dev/null 2>&1
$V export --db t.db --format json | python3 -c '
import json,sys
d=json.load(sys.stdin)
for doc in d["documents"]:
    print(doc["id"], "dates:", [x.get("edtf") for x in doc.get("dates",[])])
print("events:", [(e.get("document"), e.get("edtf")) for e in d["events"]])'
# observed: diary has 4 dates (12 Jul, 2 Aug, 19 Aug 1828 ...) but 1 event ("summer 1828"); the order has 1 date and 0 events
