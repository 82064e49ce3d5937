#!/bin/bash
V=${V:-/work/redteam41/venv/bin/vitrina}; T=$(mktemp -d); export NO_COLOR=1; cd $T
# The xml:lang of a French TEI input is not carried into the TEI export.
cat > lettre.xml <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="fr"><teiHeader><fileDesc><titleStmt><title>Lettre du curé</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>Dans la nuit du 21 mars 1711 un vaisseau hollandois s'est perdu près d'Ouessant. Le capitaine Rose s'est noyé.</p></body></text></TEI>
X
$V build lettre.xml --db x.db >/dev/null 2>&1
$V export --db x.db --format tei -o tei >/dev/null; grep -c 'xml:lang' tei/*.xml; head -3 tei/*.xml   # expect xml:lang="fr" on the exported TEI/text
