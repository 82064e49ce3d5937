#!/bin/bash
# D2: a .txt with a few control bytes inside a folder is counted as "skipped: unsupported" but makes the build exit 1 with "Error:",
# while other unsupported files in the same folder do not fail the build (README: they "do not fail the build").
V=${V:-/work/redteam31/venv/bin/vitrina}; T=$(mktemp -d); cd $T; mkdir f
printf 'Title\n\nAda Lovelace was born in London in 1815.\n' > f/a.txt
head -c 3000 /dev/urandom > f/photo.png
printf 'Terminal \x1b]0;PWNED\x07 Title \x1b[31mRED\x1b[0m\n\nAda Lovelace was born in London on 10 December 1815. She worked with Charles Babbage in London in 1843.\x1b[2J\x1b[H Cleared? \x07\x08\x08 backspace. Bidi \xe2\x80\xae txt.exe \xe2\x80\xac done.\n' > f/ansi.txt
$V build f --db x.db; echo "exit=$? (expected 0, as for photo.png; database x.db was written: $(ls x.db))"
