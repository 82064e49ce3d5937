#!/bin/bash
# A ZIP archive named on the command line with a .txt suffix is refused as "unsupported format (ZIP archive)" although ZIP archives are supported and "which file is an archive is told by its content".
V=${V:-/work/redteam55/venv/bin/vitrina}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
(cd "$T" && printf 'Deed of 1821 at Bakewell.\n' > deed.txt && python3 -c "import zipfile; z=zipfile.ZipFile('box.txt','w'); z.write('deed.txt'); z.close()")
$V build --db "$T/x.db" "$T/box.txt"; echo "exit=$?"
echo "expected: read as an archive (or a message that does not call ZIP unsupported)"
