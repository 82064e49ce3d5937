cd /work/redteam47; V=venv/bin/vitrina
rm -rf w/r && mkdir -p w/r && cp -r in/coll w/r/c && cp w/main.db w/r/pre.db
# baseline build into r.db from w/r/c (paths differ from main)
./h.py R00 rebuild "copy of collection" 0 '$V build w/r/c --db w/r/r.db --catalogue w/r/c/catalogue.csv' --to 600 | head -3
$V export --db w/r/r.db --format json -o w/r/before.json >/dev/null; $V export --db w/r/r.db --format tei -o w/r/tei >/dev/null; $V export --db w/r/r.db --format csv -o w/r/csv >/dev/null
# edits: catalogue CSV, one record, rename image, rename a doc, remove a doc
sed -i 's/Field notebook of Edith Marrow/Field notebook of Edith Marrow (revised)/' w/r/c/catalogue.csv
echo 'gazette_1898-07-02_no414.html,Carrow Gazette no. 414,Carrow Gazette,1898-07-02,Public domain,newspapers' >> w/r/c/catalogue.csv
sed -i 's/on Mount Edith, 52.8120, 1.0900, 88 m/on Mount Edith, 52.8120, 1.0900, 95 m/' w/r/c/natural/MNH_field_notebook_marrow_1898.txt
mv w/r/c/images/MNH-B_004512.jpg w/r/c/images/MNH-B_004512_dorsal.jpg
mv w/r/c/natural/MNH_labels.txt w/r/c/natural/MNH_label_transcriptions.txt
rm w/r/c/paper/gazette_1898-08-20_no421.pdf
./h.py R01 rebuild "edited csv+record, renamed image+doc, removed pdf" 0 '$V build w/r/c --db w/r/r.db --verbose' --to 600 --ok 'Dropped.*no421' | head -12
./h.py R02 rebuild "catalogue re-read" 0 '$V export --db w/r/r.db --format json -o - | grep -c "revised"' --ok '[1-9]'
./h.py R03 rebuild "edited record re-analysed" 0 '$V search "95 m" --db w/r/r.db --json' --ok 'Mount Edith'
./h.py R04 rebuild "removed doc gone from search" 0 '$V search "HOLLOWAY" --db w/r/r.db' --bad 'HOLLOWAY'
./h.py R05 rebuild "tei export removes stale file" 0 '$V export --db w/r/r.db --format tei -o w/r/tei; ls w/r/tei' --bad 'no421' --ok 'removed'
./h.py R06 rebuild "csv export re-written" 0 '$V export --db w/r/r.db --format csv -o w/r/csv; grep -c no421 w/r/csv/*.csv | grep -v ":0"' --bad 'no421.*:[1-9]'
$V export --db w/r/r.db --format json -o w/r/after.json > /dev/null
./h.py R07 rebuild "rebuild same, nothing analysed" 0 '$V build w/r/c --db w/r/r.db' --ok '0 analysed'
./h.py R08 rebuild "--replace-all w/ one file" 0 'cp w/r/r.db w/r/ra.db; $V build w/r/c/paper --db w/r/ra.db --replace-all' --ok 'Dropped|drop'
echo DONE
