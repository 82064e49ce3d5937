set -e
cd "$(dirname "$0")"
V=venv/bin/python
$V lay_pdfs.py
$V ops_tsv.py lusitania_1915
./paint_camlpdf lusitania_1915.ops.tsv ../lusitania_1915.pdf "Eighteen Minutes: The Sinking of the Lusitania"
php paint_fpdf.php marconi_signal_1901 ../marconi_signal_1901.pdf "Three Dots across the Atlantic"
NODE_PATH=node/node_modules node paint_libpdf.mjs everest_ascent_1953 ../everest_ascent_1953.pdf "The Summit at Last: Everest, 1953"
NODE_PATH=node/node_modules node paint_libpdf.mjs jenner_vaccine_1796 ../jenner_vaccine_1796.pdf "The Cowpox Experiment: Edward Jenner, 1796"
for n in lusitania_1915 marconi_signal_1901 everest_ascent_1953 jenner_vaccine_1796; do pdftotext -raw ../$n.pdf ../$n.txt; $V -c "import content; content.gold('$n')"; done
