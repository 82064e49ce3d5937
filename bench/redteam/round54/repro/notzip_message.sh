#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"
echo 'just text, not an archive' > box.zip
$V build box.zip --db t.db; echo "rc=$? (message claims .zip is unsupported; compare: a fake .pdf says 'not a PDF file')"
