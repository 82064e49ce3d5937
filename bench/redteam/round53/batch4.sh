#!/bin/bash
cd /work/redteam53; V=venv/bin/vitrina; C=work/c.db
r() { ./run.sh "$@" > /dev/null; }
r Y01 search "FTS syntax" "no crash" -- $V search '"unclosed NEAR( AND OR * -' --db $C
r Y02 search "SQL-ish" "no crash, no injection" -- $V search "'; DROP TABLE documents; --" --db $C
r Y03 search "10k-char query" "quick, no crash" -- $V search "$(printf 'Haltonbury %.0s' {1..1000})" --db $C
r Y04 search "control chars in query" "no raw ESC echoed" -- $V search $'Whit\x1b[31mworth\x07' --db $C
r Y05 search "doc with ESC text (f20 db)" "no raw ESC printed" -- $V search Sutcliffe --db work/h/f20.db
r Y06 search "db with ESC file name (p04)" "file name escaped" -- $V search Battalion --db work/h/p04.db --json
r Y07 search "RTL/bidi override text" "bidi controls not raw?" -- $V search evil --db work/h/f19.db
r Y08 search "--section by title" "hits in section" -- $V search Messines --db $C --section Messines
r Y09 search "--entity id" "hits" -- $V search Mayor --db $C --entity person-james-whitworth --json
r Y10 search "--date range EDTF" "hits 1916" -- $V search killed --db $C --date 1916/1917 --json
r Y11 ask "question 10k chars" "no crash" -- $V ask "$(printf 'who %.0s' {1..2500})" --db $C
r Y12 ask "control chars in question" "no raw ESC echoed" -- $V ask $'Who was \x1b]0;PWN\x07Mayor in 1894?' --db $C
r Y13 ask "emoji/RTL question" "no crash" -- $V ask "من كان العمدة 🎖️ in 1894?" --db $C
r Y14 compare "collection" "exit 0" -- $V compare --db $C
r Y15 compare "--json" "valid JSON" -- $V compare --db $C --json
r Y16 compare "--entity unknown" "exit 2" -- $V compare --db $C --entity nobody
r Y17 compare "--verdict differ" "exit 0" -- $V compare --db $C --verdict differ
r Y18 ask "ask on f20 db (ESC doc)" "no raw ESC" -- $V ask "What did Sutcliffe say?" --db work/h/f20.db
r Y19 search "--json on collection" "valid JSON" -- $V search "Pemberton-Hale" --db $C --json
r Y20 build "--replace-all with a missing file named" "nothing dropped when nothing built" -- $V build in/h/nope.txt --db work/cc.db --replace-all
r Y21 build "--replace-all with one file" "drops others, lists them" -- $V build in/h/bom8.md --db work/cc.db --replace-all
r Y22 build "1 MB prose (roll of honour x N)" "seconds, <1 GB" -- $V build work/big1mb.txt --db work/big.db
echo done4
