#!/bin/bash
V=${V:-/work/redteam38/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
# Diary entries headed 'Tuesday' / 'the 5th' under 'Monday 2 January 1888' get no date; 'in the spring' written 7 Nov 1895 -> 1895-21.
printf 'The Diary of Eleanor Vance, 1888\n\nMonday 2 January 1888\nCold and clear.\n\nTuesday\nSnow all day.\n\nthe 5th\nThe new engine was started.\n' > diary.txt
printf 'Bath, 7 November 1895\n\nDearest Eleanor,\n\nWilliam writes from Boston that he is to be married in the spring.\n\nAgnes Bell\n' > letter.txt
"$V" build diary.txt letter.txt --db t.db 2>/dev/null
"$V" export --db t.db --format csv -o csv 2>/dev/null; cat csv/dates.csv
"$V" search engine --db t.db --date 1888-01-05    # No matches
