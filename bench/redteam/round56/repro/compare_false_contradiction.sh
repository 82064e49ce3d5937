#!/bin/bash
# D11: compare (and ask's "sources differ") treats vote counts / sums of different elections or years as one
# statement and reports them as contradicting each other.
V=${V:-/work/redteam56/venv/bin/vitrina}; T=$(mktemp -d); cd $T
cat > a.txt <<'X'
Bristol West: The General Election of 1906

Result sheet, declared at the Council House, Bristol

Polling day was the 16th of January 1906. In Bristol West, Sir George Halford (Conservative) polled 5,212 votes and Mr. Thomas Penrose (Liberal) polled 4,987 votes. Sir George Halford was elected with a majority of 225. The turnout was 81.4 per cent of an electorate of 12,470; 37 ballot papers were rejected as spoilt.

Bristol West is a constituency, not a person; it has returned a member since 1885.
X
cat > b.txt <<'X'
The Tammany Ticket in Washington County, 1888

In the county election of 6 November 1888 in Washington County, New York, the Tammany ticket, headed by Patrick J. Sullivan for sheriff, polled 3,410 votes; the Republican ticket of Aaron Wells polled 6,118. Wells won by 2,708.

Washington County is a county, not George Washington. Tammany is the Democratic organisation of New York City, named after the Lenape chief Tamanend.

Patrick J. Sullivan said: "Washington County has never seen an honest count."
X
cat > c.txt <<'X'
Bristol East by-election, 1911

At the Bristol East by-election of 14 March 1911 — polling day, the 14th — Charles Hobhouse (Liberal) polled 7,245 votes and Arthur Stretton (Conservative) 4,398. Hobhouse's majority was 2,847. Turnout 71.3 per cent; 29 spoilt ballots.

The Clarion meeting

Arthur Stretton said at the Clarion meeting in Kingswood: "Bristol East deserves a member who lives in it."
X
$V build a.txt b.txt c.txt --db t.db >/dev/null 2>&1
$V compare --db t.db
echo "EXPECTED: no DIFFER/UNCERTAIN group over votes: these are different elections, candidates and years"
