#!/bin/bash
# ask answers confidently wrong: the first of two dates, the wrong person, and a false premise accepted.
V=${V:-/work/redteam44/venv/bin/vitrina}; T=$(mktemp -d); cd $T
printf '# Register\n\nPayments: the forty guineas were paid to Georg Hartmann at Riga in two instalments, twenty guineas on 1 February 1788 and twenty guineas on 1 August 1788.\n' > r.md
printf '# Minutes, 5 May 1790\n\nPresent: Dr. William Ashby (in the chair), the Rev. Thomas Ashby, Mr. John Cartwright, and eleven members.\n\nResolved: that the Rev. Thomas Ashby, brother of the Secretary, take charge of the herbarium.\n' > m.md
printf '# Diary, 3 May 1788\n\nAt Danzig we went on board the Hoffnung, master Captain Elias Brandt, who says the passage to Riga takes eight days. Friederike Hartmann drew the harbour.\n' > d.md
$V build r.md m.md d.md --db t.db >/dev/null 2>&1
$V ask "When was the second instalment of twenty guineas paid?" --db t.db   # truth: 1 August 1788
$V ask "Who is Thomas Ashby?" --db t.db                                      # truth: brother of the Secretary
$V ask "Why did Friederike Hartmann marry Captain Elias Brandt?" --db t.db   # false premise
