# sourced by the repro scripts
V=${V:-/work/redteam28/venv/bin/vitrina}
T=$(mktemp -d /tmp/vitrina-repro.XXXXXX)
cd "$T"
cat > doc.txt <<'DOC'
The Harbour Strike of 1934

Panel 1: The Docks

In March 1934, Maria Kowalska organised the dockworkers of Gdańsk. She was born in Kraków on 12 May 1901.

Panel 2: The Strike

The strike lasted 14 days. Jan Nowak later moved to Paris, France, where he died in 1968.
DOC
DOC_FILES="doc.txt"
