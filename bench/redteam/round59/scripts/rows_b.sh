row.sh B-H01 malformed/pdf "PDF truncated to 600 bytes" "build H01_trunc.pdf --db h/B-H01.db" "exit 1, one Error line, no db" "exit 1, 'Error: ...: corrupt or unreadable PDF', no db created, 4.2 s" PASS
row.sh B-H02 malformed/docx "DOCX truncated to 5000 bytes" "build H02_trunc.docx" "exit 1, Error line" "exit 1, 'corrupt ZIP container', no db" PASS
row.sh B-H03 malformed/ext "plain text named .docx" "build H03_text_as.docx" "refused or read as text" "exit 1, 'not a DOCX file (its content does not match its extension)'" PASS
row.sh B-H04 malformed/ext "PNG named .pdf" "build H04_png_as.pdf" "exit 1 unsupported" "exit 1, 'unsupported format (PNG image)'" PASS
row.sh B-H05 hostile/zip "zip bomb: 45 MB of 'a' compressed 1029:1" "build H05_bomb.zip" "refused as zip bomb" "exit 1, 'compressed 1,029:1 (limit 100:1): a likely zip bomb; not read', 52 MB RSS" PASS
row.sh B-H06 resource/zip "ZIP of 10,050 tiny text members (1.2 MB zip, ~230 KB text)" "build H06_many.zip (timeout 120, then 600)" "member limit warning; input ~1 MB builds in seconds" "warning 'only its first 10,000 read' correct; but the build took 207 s (timed out at 120 s on first try; 385 MB) – ~20 ms per tiny document" FAIL
row.sh B-H06k interrupt "same, build killed by timeout (SIGTERM) at 120 s" "timeout 120 build H06_many.zip --db h/B-H06.db" "no half-written db" "no database left behind" PASS
row.sh B-H07 hostile/zip "ZIP with members '../../evil_rt59.txt' and '/tmp/abs_rt59.txt'" "build H07_traversal.zip" "members refused with warnings; nothing written outside" "both refused with a warning each; ok.txt built; no file created outside (checked /work, /tmp)" PASS
row.sh B-H08 hostile/zip "ZIP with a symlink member to /etc/passwd" "build H08_symlink.zip" "link not read" "'1 link not followed'; real.txt built" PASS
row.sh B-H09 hostile/zip "ZIP in ZIP in ZIP (3 levels)" "build H09_nested.zip" "2 levels read, 3rd refused with warning" "as documented: warning for mid.zip!inner.zip, 2 docs built" PASS
row.sh B-H10 hostile/xml "billion laughs TEI (10^9 expansion)" "build H10_lol.xml" "refused quickly" "exit 1, 'malformed XML: Maximum entity amplification factor exceeded', 1.9 s, 53 MB" PASS
row.sh B-H11 hostile/xml "XXE: <!ENTITY xxe SYSTEM file:///etc/hostname>" "build H11_xxe.xml" "no file read" "exit 1, 'XML entity declarations are not allowed'" PASS
row.sh B-H12 hostile/xml "TEI with 50,000 nested <div>" "build H12_deep.xml" "no crash" "exit 1, 'elements nested more than 256 deep'" PASS
row.sh B-H13 hostile/xml "TEI with a 20 MB attribute" "build H13_hugeattr.xml" "no crash/memory blow-up" "exit 1, over-10,000,000-char limit, 63 MB" PASS
row.sh B-H14 malformed/binary "200 KB of random bytes named .txt" "build H14_junk.txt" "refused as binary" "exit 1 'unsupported format (binary data)'" PASS
row.sh B-H15 encoding "UTF-16LE with BOM" "build H15_utf16.txt" "read correctly" "text correct, 3 entities" PASS
row.sh B-H16 encoding "cp1252 text (crème brûlée, curly quotes)" "build H16_cp1252.txt" "detected with warning" "warning 'read as Windows-1252 (detected)'; text correct" PASS
row.sh B-H17 hostile/nul "text with 100 NUL bytes" "build H17_nul.txt" "NULs dropped, warned" "warning, text kept" PASS
row.sh B-H18 resource/longword "one 2,000,000-character word" "build H18_longword.txt" "no hang, <1 GB" "exit 0, 41 s, 373 MB, split into 5 parts" PASS
row.sh B-H19 unicode "RTL Arabic/Hebrew, U+202E override, combining Zalgo, emoji" "build H19_rtl.txt" "builds; text kept" "exit 0, text kept byte-exact" PASS
row.sh B-H20 hostile/ctrl "text with CSI/OSC escape sequences and backspaces" "build H20_ctrl.txt" "removed with warning; nothing raw printed" "4 sequences removed, 2 BS dropped, warning; no raw control bytes in output" PASS
row.sh B-H25 malformed/empty "empty file; whitespace-only file" "build H25_empty.txt / H25b_ws.txt" "exit 1 one line" "exit 1, 'Error: ...: empty file', no db" PASS
row.sh B-H26 paths/dir "a directory named H26_dir.txt (empty)" "build H26_dir.txt" "exit 1 or 0 with nothing built" "exit 1, 'nothing built (no supported files found)'" PASS
row.sh B-H27 paths/symlink "symlink H27_link.txt -> /etc/passwd named on the command line" "build H27_link.txt" "user named it: read or refuse" "read /etc/passwd as a document (the user named the link) – acceptable; in a folder links out are skipped (see B-F01)" PASS
row.sh B-H33 hostile/tar "tar.gz with '../../' member and a char-device member" "build H33_trav.tar.gz" "both refused" "traversal warned, device skipped ('1 not a file'), good.txt built" PASS
row.sh B-H35 hostile/md "Markdown table with 300 cells per row" "build H35_table.md" "cut at 200 with warning" "warning '2 table row(s) cut to their first 200 cells'" PASS
row.sh B-H36 hostile/html "HTML with 100,000 nested <div>" "build H36_html_deep.html" "no crash" "exit 1, 'nested more than 256 deep'" PASS
row.sh B-H39 misuse/format "RTF file" "build H39_notes.rtf" "refused at once" "exit 1, 'unsupported format (RTF document)' (as README)" PASS
row.sh B-H40 encoding "UTF-8 BOM + CRLF line ends" "build H40_crlf_bom.txt" "BOM stripped, text right" "text right" PASS
