#!/bin/bash
cd /work/redteam53; V=venv/bin/vitrina; H=in/h; D=work/h; C=work/c.db; mkdir -p $D
r() { ./run.sh "$@" > /dev/null; }
r P01 path "file named -rf.txt" "built via -- or ./" -- $V build --db $D/p01.db -- $H/-rf.txt
r P02 path "file named -rf.txt without --" "usage error exit 2 (no such option)" -- $V build --db $D/p02.db -rf.txt
r P03 path "name with spaces, umlauts, emoji" "built" -- $V build "$H/name with spaces ünï 🎖.txt" --db $D/p03.db
r P04 path "file name with ESC[31m" "built; name printed escaped" -- $V build "$H/ctl"$'\x1b'"[31mname.txt" --db $D/p04.db --verbose
r P05 path "nonexistent file" "usage error exit 2" -- $V build $H/nope.txt --db $D/p05.db
r P06 path "unreadable file (chmod 000; root?)" "Error exit 1" -- $V build work/unread.txt --db $D/p06.db
r P07 path "directory as --db" "Error exit 1/2, no traceback" -- $V build $H/bom8.md --db work/h
r P08 path "--db is a non-vitrina file (a text file)" "refused, file untouched" -- $V build $H/bom8.md --db work/notadb.txt
r P09 path "--db in missing nested folder" "folder made, said" -- $V build $H/bom8.md --db work/h/new/deeper/x.db
r P10 path "symlink loop folder" "skipped, no hang" -- $V build work/loopdir --db $D/p10.db --verbose
r P11 path "folder with symlink to /etc/passwd" "link out of folder not read" -- $V build work/linkdir --db $D/p11.db --verbose
r P12 path "named pipe named on command line" "Error, no hang" -- $V build work/fifo.txt --db $D/p12.db
r P13 path "/dev/zero named" "refused, no hang" -- $V build /dev/zero --db $D/p13.db
r P14 path "empty folder" "Error: nothing to build exit 1" -- $V build work/emptydir --db $D/p14.db
r P15 path "same file twice on command line" "one document" -- $V build $H/bom8.md $H/bom8.md --db $D/p15.db
r P16 path "--db is a SQLite db of another program" "refused, untouched" -- $V build $H/bom8.md --db work/other.sqlite
r M01 cli "unknown option" "exit 2 usage" -- $V build --frobnicate $H/bom8.md
r M02 cli "no arguments" "exit 2 usage" -- $V build
r M03 cli "--jobs 0" "exit 2" -- $V build $H/bom8.md --db $D/m.db --jobs 0
r M04 cli "--jobs -1" "exit 2" -- $V build $H/bom8.md --db $D/m.db --jobs -1
r M05 cli "--time-limit nan" "exit 2" -- $V build $H/bom8.md --db $D/m.db --time-limit nan
r M06 cli "--time-limit inf" "exit 2" -- $V build $H/bom8.md --db $D/m.db --time-limit inf
r M07 cli "--memory-limit 10" "exit 2" -- $V build $H/bom8.md --db $D/m.db --memory-limit 10
r M08 cli "--memory-limit 99999999999999999999" "exit 2" -- $V build $H/bom8.md --db $D/m.db --memory-limit 99999999999999999999
r M09 cli "--encoding bogus" "exit 2 unknown encoding" -- $V build $H/cp1252.txt --db $D/m.db --encoding bogus
r M10 cli "--encoding utf-32 on cp1252 text" "Error or warning, no traceback" -- $V build $H/cp1252.txt --db $D/m10.db --encoding utf_32
r M11 cli "--authority and --no-authority" "exit 2 contradictory" -- $V build $H/bom8.md --db $D/m.db --authority in/coll/soldiers.csv --no-authority
r M12 cli "--jobs and --workers" "exit 2 contradictory or says extra missing" -- $V build $H/bom8.md --db $D/m.db --jobs 2 --workers 2
r M13 cli "--cluster bogus url" "exit 2/1 one line" -- $V build $H/bom8.md --db $D/m.db --cluster notaurl
r M14 cli "--authority pointing at a PDF" "Error: not a CSV exit 1/2" -- $V build $H/bom8.md --db $D/m14.db --authority in/coll/council/lighting_bylaw_1894.pdf
r M15 cli "--authority CSV without name column" "Error exit 1/2" -- $V build $H/bom8.md --db $D/m15.db --authority in/coll/catalogue.csv
r M16 cli "--catalogue without key column" "Error or warning" -- $V build $H/bom8.md --db $D/m16.db --catalogue in/coll/soldiers.csv
r M17 cli "search --limit 0" "exit 2" -- $V search Whitworth --db $C --limit 0
r M18 cli "search --limit 100000" "exit 2" -- $V search Whitworth --db $C --limit 100000
r M19 cli "search --date garbage" "exit 2 bad EDTF" -- $V search Whitworth --db $C --date 'not-a-date'
r M20 cli "search --entity unknown" "exit 2 with suggestions" -- $V search Whitworth --db $C --entity whitworth
r M21 cli "search --document unknown" "exit 2" -- $V search Whitworth --db $C --document nope
r M22 cli "search --section unknown" "exit 2" -- $V search Whitworth --db $C --section 'Nope Section'
r M23 cli "search --no-subsections without --section" "exit 2 or ignored" -- $V search Whitworth --db $C --no-subsections
r M24 cli "search on missing db" "Error exit 1/2, no db created" -- $V search Whitworth --db work/missing.db
r M25 cli "export unknown format" "exit 2" -- $V export --db $C --format rdf
r M26 cli "export tei to stdout" "exit 2: tei needs a folder" -- $V export --db $C --format tei
r M27 cli "export csv -o out.csv" "refused: format writes a folder" -- $V export --db $C --format csv -o work/out.csv
r M28 cli "export json -o existing directory" "Error exit 1/2" -- $V export --db $C --format json -o work/h
r M29 cli "compare --verdict bogus" "exit 2" -- $V compare --db $C --verdict bogus
r M30 cli "serve --port 70000" "exit 2" -- $V serve --db $C --port 70000
r M31 cli "serve --port -1" "exit 2" -- $V serve --db $C --port -1
r M32 cli "serve --host bogus.invalid" "Error exit 1 one line" -- $V serve --db $C --host bogus.invalid --port 8765
r M33 cli "publish without --static" "exit 2" -- $V publish --db $C
r M34 cli "publish --static onto a file" "exit 2 / Error" -- $V publish --db $C --static work/notadb.txt
r M35 cli "ask empty question" "exit 2 or don't say" -- $V ask "" --db $C
r M36 cli "search empty query" "exit 2 or no hits" -- $V search "" --db $C
r M37 cli "search date 1916-07-14" "hits dated that day" -- $V search attacked --db $C --date 1916-07-14 --json
r M38 cli "search --date 1130" "no hits (1130 is a time)" -- $V search Hrs --db $C --date 1130 --json
r M39 cli "ask on a non-vitrina file db" "Error exit 1" -- $V ask "who" --db work/notadb.txt
echo BATCH2DONE
