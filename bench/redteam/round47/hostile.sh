cd /work/redteam47; mkdir -p w/h
b() { id=$1; f=$2; exp=$3; shift 3; ./h.py $id hostile-file "in/h/$f" "$exp" "\$V build \"in/h/$f\" --db \"w/h/$id.db\"" "$@" | head -4; }
b H01 empty.txt 1
b H02 nul.txt 0
b H03 ctrl.txt 0
b H04 ctrlonly.txt 1
b H05 bom8.txt 0
b H06 bom16.txt 0
b H07 utf16nobom.txt 0
b H08 latin1.txt 0 --ok 'Warning'
b H09 cp1250.txt 0
b H10 rtl.txt 0
b H11 emoji.txt 0
b H12 fake.pdf 1
b H13 trunc.pdf 1
b H14 trunc.docx 1
b H15 zipas.docx 1
b H16 junk.txt 1
b H17 junk.html 1
b H18 fake.jpg.txt 1
b H19 xxe.xml 0,1
b H20 lol.xml 0,1
b H21 deep.xml 0,1
b H22 deep.html 0,1
b H23 hugeattr.xml 0,1
b H24 badxml.xml 0,1
b H25 notei.xml 0,1
b H26 xinclude.xml 0,1
b H27 xss.html 0
b H28 xss.md 0
b H29 wideTable.md 0 --ok 'cut|200'
b H30 nested_list.md 0
b H31 crlf.txt 0
b H32 formfeed.txt 0
b H33 notext.html 1
b H34 bomb.zip 1 --ok 'bomb|100:1|compressed'
b H35 slip.zip 0 --ok 'Warning|outside'
b H36 many.zip 0,1 --ok '10,000|10000'
b H37 trunc.zip 1
b H38 nest.zip 0
b H39 ctrlname.zip 0
b H40 dupnames.zip 0
b H41 symlink.zip 0
b H42 evil.tar.gz 0
b H43 notar.tar.gz 1
b H44 README 0
b H45 data.csv 1,2
b H46 script.py 1,2
b H47 noext 0
b H48 notes.rtf 1,2 --ok 'RTF'
b H49 big51mb.txt 1 --ok '50 MB'
b H50 dir.txt 0,1
b H51 link_out.txt 0,1
b H52 dangling.txt 1
b H53 fifo.txt 1
b H54 longword.txt 0
b H55 ocr_spaced.txt 0
./h.py H56 hostile-name "in/h/-dash.txt" 0 '$V build -- in/h/-dash.txt --db w/h/H56.db' | head -3
./h.py H57 hostile-name "in/h/-dash.txt bare" 0,2 'cd in/h && $V build -dash.txt --db ../../w/h/H57.db' | head -3
./h.py H58 hostile-name "unicode+space name" 0 '$V build "in/h/sp ace ünï 名.txt" --db w/h/H58.db' | head -3
./h.py H59 hostile-name "newline in name" 0 '$V build "in/h/nl"$'"'"'\n'"'"'"name.txt" --db w/h/H59.db' | head -3
./h.py H60 hostile-name "ESC in name" 0 '$V build "in/h/esc"$'"'"'\x1b'"'"'"[31mname.txt" --db w/h/H60.db' | head -3
b H61 longline.txt 0
b H62 manylines.txt 0
echo DONE
