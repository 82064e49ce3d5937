#!/bin/bash
V=${V:-/work/redteam42/venv/bin/vitrina}; T=$(mktemp -d); cd $T
# A village is typed as a person, a headline as a person, a woman as an organization, a ship as a place.
cat > clip.txt <<'X'
DESTRUCTIVE FIRE AT ASHCOMBE PARVA.— On Tuesday a fire broke out in the workshop of Mr. John Hartwell of Ashcombe Parva, Devon.
Household 13. Eliza Hartwell, wife, aged 26, born Exeter. Give my love to Mother and to Eliza.
The ketch Providence, of Bideford, foundered off Lundy in 1877.
X
$V build clip.txt --db t.db >/dev/null 2>&1
$V export --db t.db | python3 -c "import json,sys; [print(e['type'],'|',e['name']) for e in json.load(sys.stdin)['entities']]"
echo "expected: Ashcombe Parva, Devon, Lundy, Bideford = places; Eliza = person; Providence = not a place; headline not a person"
