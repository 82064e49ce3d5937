#!/bin/bash
# D11: a text file with a few stray NUL bytes is refused whole as "binary data"
. "$(dirname "$0")/_common.sh"
python3 -c "open('ocr.txt','wb').write(b'Ada Quill\x00 photographed\x00 the works in 1938.\x00\n'*20)"
$V build ocr.txt --db t.db; echo "exit=$?"
echo "EXPECTED: the text read (NULs dropped, with a warning), not 'unsupported format (binary data)'"
