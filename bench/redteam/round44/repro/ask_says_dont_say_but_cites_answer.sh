#!/bin/bash
# ask prints "The sources don't say" and then cites the very sentence that answers the question.
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf '# A Journey from Riga to Cherson, 1788\n\nWe arrived at Cherson on 14 September 1788, nine weeks after leaving Riga. Major Andrei Sokolov gave us six horses and a Cossack guide.\n\n# Friederike Hartmann\n\nFriederike Hartmann was born at Halle in 1760. She died at Riga on 11 February 1831.\n' > t.md
$V build t.md --db t.db >/dev/null 2>&1
$V ask "Who gave the Hartmanns six horses at Cherson?" --db t.db    # Major Andrei Sokolov
$V ask "Where did Friederike Hartmann die?" --db t.db               # Riga
