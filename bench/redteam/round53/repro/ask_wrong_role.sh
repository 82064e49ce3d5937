#!/bin/bash
# ask gives confident wrong answers by taking the wrong person/field of the passage.
V=${V:-/work/redteam53/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > diary.md <<'X'
# War Diary, 2/5th Battalion Haltonbury Rifles, June 1917

## Messines

Night of 3/4 June. A raiding party of 2 officers and 40 other ranks under 2nd Lt. John Farrar entered York Trench at 0215 hrs. Two men were killed and five wounded. Eleven prisoners were taken.
X
cat > citations.md <<'X'
# Medal Citations, 2/5th Battalion Haltonbury Rifles

## Military Cross

2nd Lt. John Farrar was recommended for the Military Cross after the raid on York Trench on the night of 3/4 June 1917. Lt-Col. Pemberton-Hale wrote: "He led the raid with great dash and brought back eleven prisoners."
X
cat > roll.html <<'X'
<html><head><title>Roll of Honour</title></head><body><h1>Roll of Honour</h1><p>Their names are carved on the memorial in Victoria Park, Haltonbury, unveiled 11 November 1921 by Field Marshal Sir Douglas Haig.</p></body></html>
X
printf 'Rate Book, Victoria Ward, 1896\n\n| Property | Occupier | Rateable value | Rate due |\n|---|---|---|---|\n| 14 York Road | Thomas Ackroyd | £12 10s 0d | £2 1s 8d |\n' > rates.md
$V build diary.md citations.md roll.html rates.md --db t.db >/dev/null 2>&1
$V ask "Who led the raid on York Trench?" --db t.db            # truth: John Farrar (collection run: "Pemberton", conf 0.79)
$V ask "Who designed the memorial in Victoria Park?" --db t.db  # truth: not said (collection run: "Douglas Haig", conf 0.79)
$V ask "What was the rateable value of 14 York Road?" --db t.db # truth: £12 10s 0d (collection run: "Thomas Ackroyd", conf 0.62)
