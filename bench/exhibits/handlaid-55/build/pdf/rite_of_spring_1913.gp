set terminal pdfcairo size 42.000cm,29.700cm fontscale 0.75 font 'Liberation Serif,10' noenhanced
set encoding utf8
set output '/work/heldout/r46/exhibits55/rite_of_spring_1913.pdf'
unset border; unset tics; unset key
set lmargin at screen 0; set rmargin at screen 1; set tmargin at screen 1; set bmargin at screen 0
set xrange [0:1]; set yrange [0:1]
unset label; unset object
set object 1 rect from screen 0.04762,0.94646 to screen 0.95238,0.94781 fc rgb '#7a1f2b' fs solid 1.0 noborder behind
set object 2 rect from screen 0.04762,0.18111 to screen 0.32857,0.20539 fc rgb '#7a1f2b' fs solid 1.0 noborder behind
set object 3 rect from screen 0.04762,0.16021 to screen 0.32857,0.18111 fc rgb '#efe9e1' fs solid 1.0 noborder behind
set object 4 rect from screen 0.04762,0.11840 to screen 0.32857,0.13930 fc rgb '#efe9e1' fs solid 1.0 noborder behind
set object 5 rect from screen 0.04762,0.07659 to screen 0.32857,0.09749 fc rgb '#efe9e1' fs solid 1.0 noborder behind
set object 6 rect from screen 0.35952,0.39394 to screen 0.64048,0.49495 fc rgb '#f1e4d6' fs solid 1.0 noborder behind
set object 7 rect from screen 0.35952,0.39394 to screen 0.36429,0.49495 fc rgb '#7a1f2b' fs solid 1.0 noborder behind
set object 8 rect from screen 0.67143,0.42761 to screen 0.82857,0.62290 fc rgb '#c4c4c4' fs solid 1.0 noborder behind
set object 9 rect from screen 0.67143,0.08418 to screen 0.95238,0.27946 fc rgb '#e7e1f0' fs solid 1.0 noborder behind
set object 10 rect from screen 0.04762,0.05589 to screen 0.95238,0.05724 fc rgb '#7a1f2b' fs solid 1.0 noborder behind
set label 1 'Marlowe Gallery of Music · Twentieth-Century Stage' at screen 0.04762,0.96024 left font 'Liberation Sans,10.00' tc rgb '#555555' front
set label 2 'HALL OF MUSIC AND DANCE · ROOM 2' at screen 0.04762,0.91350 left font 'Liberation Sans Bold,11.00' tc rgb '#7a1f2b' front
set label 3 'A Riot in the Stalls' at screen 0.04762,0.86356 left font 'Liberation Serif Bold,46.00' tc rgb '#1a1a1a' front
set label 4 'The Rite of Spring, Paris, 1913' at screen 0.04762,0.80800 left font 'Liberation Serif Italic,25.00' tc rgb '#7a1f2b' front
set label 5 'On the evening of 29 May 1913 a new ballet opened at the Théâtre des Champs-Élysées in Paris. Within' at screen 0.04762,0.77265 left font 'Liberation Sans,14.50' tc rgb '#1a1a1a' front
set label 6 'minutes of the curtain rising, parts of the audience were jeering, whistling and shouting at those who tried to' at screen 0.04762,0.74908 left font 'Liberation Sans,14.50' tc rgb '#1a1a1a' front
set label 7 'quiet them. The work was The Rite of Spring, and its music would change the sound of the century.' at screen 0.04762,0.72551 left font 'Liberation Sans,14.50' tc rgb '#1a1a1a' front
set label 8 'SCENE 1' at screen 0.04762,0.68309 left font 'Liberation Sans Bold,11.00' tc rgb '#7a1f2b' front
set label 9 'A Vision of a Pagan Rite' at screen 0.04762,0.66194 left font 'Liberation Serif Bold,17.00' tc rgb '#1a1a1a' front
set label 10 'Igor' at screen 0.04762,0.63463 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 11 'Stravinsky' at screen 0.06840,0.63463 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 12 'was' at screen 0.11660,0.63463 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 13 'a' at screen 0.13622,0.63463 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 14 'young' at screen 0.14417,0.63463 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 15 'composer' at screen 0.17370,0.63463 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 16 'from' at screen 0.21781,0.63463 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 17 'St' at screen 0.24151,0.63463 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 18 'Petersburg' at screen 0.25355,0.63463 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 19 'whose' at screen 0.30174,0.63463 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 20 'ballets' at screen 0.04762,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 21 'The' at screen 0.07787,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 22 'Firebird' at screen 0.09704,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 23 'and' at screen 0.13371,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 24 'Petrushka' at screen 0.15172,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 25 'had' at screen 0.19597,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 26 'made' at screen 0.21397,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 27 'his' at screen 0.23956,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 28 'name' at screen 0.25466,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 29 'with' at screen 0.28024,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 30 'Sergei' at screen 0.30175,0.61409 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 31 'Diaghilev’s' at screen 0.04762,0.59355 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 32 'Ballets' at screen 0.09986,0.59355 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 33 'Russes.' at screen 0.13229,0.59355 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 34 'While' at screen 0.16734,0.59355 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 35 'finishing' at screen 0.19626,0.59355 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 36 'The' at screen 0.23685,0.59355 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 37 'Firebird' at screen 0.25643,0.59355 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 38 'in' at screen 0.29352,0.59355 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 39 '1910,' at screen 0.30495,0.59355 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 40 'he' at screen 0.04762,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 41 'later' at screen 0.06057,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 42 'said,' at screen 0.08226,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 43 'he' at screen 0.10484,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 44 'had' at screen 0.11779,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 45 'imagined' at screen 0.13599,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 46 'a' at screen 0.17810,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 47 'solemn' at screen 0.18580,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 48 'pagan' at screen 0.21916,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 49 'ceremony' at screen 0.24727,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 50 'in' at screen 0.29171,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 51 'which' at screen 0.30291,0.57301 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 52 'wise' at screen 0.04762,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 53 'elders' at screen 0.06982,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 54 'watched' at screen 0.09785,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 55 'a' at screen 0.13578,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 56 'young' at screen 0.14340,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 57 'girl' at screen 0.17260,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 58 'dance' at screen 0.19014,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 59 'herself' at screen 0.21758,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 60 'to' at screen 0.24910,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 61 'death' at screen 0.26022,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 62 'to' at screen 0.28592,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 63 'win' at screen 0.29704,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 64 'the' at screen 0.31574,0.55247 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 65 'favour of the god of spring.' at screen 0.04762,0.53193 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 66 'He' at screen 0.05952,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 67 'worked' at screen 0.07476,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 68 'the' at screen 0.10925,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 69 'idea' at screen 0.12507,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 70 'out' at screen 0.14555,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 71 'with' at screen 0.16197,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 72 'the' at screen 0.18363,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 73 'painter' at screen 0.19945,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 74 'and' at screen 0.23160,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 75 'folklorist' at screen 0.24976,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 76 'Nicholas' at screen 0.29125,0.51139 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 77 'Roerich,' at screen 0.04762,0.49086 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 78 'an' at screen 0.08781,0.49086 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 79 'authority' at screen 0.10204,0.49086 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 80 'on' at screen 0.14428,0.49086 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 81 'ancient' at screen 0.15910,0.49086 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 82 'Slavic' at screen 0.19374,0.49086 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 83 'customs,' at screen 0.22432,0.49086 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 84 'who' at screen 0.26568,0.49086 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 85 'helped' at screen 0.28809,0.49086 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 86 'to' at screen 0.32040,0.49086 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 87 'write' at screen 0.04762,0.47032 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 88 'the' at screen 0.07375,0.47032 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 89 'scenario' at screen 0.09113,0.47032 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 90 'and' at screen 0.13067,0.47032 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 91 'designed' at screen 0.15039,0.47032 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 92 'the' at screen 0.19227,0.47032 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 93 'costumes' at screen 0.20965,0.47032 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 94 'and' at screen 0.25329,0.47032 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 95 'scenery.' at screen 0.27300,0.47032 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 96 'The' at screen 0.31225,0.47032 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 97 'ballet' at screen 0.04762,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 98 'was' at screen 0.07499,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 99 'given' at screen 0.09536,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 100 'two' at screen 0.12273,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 101 'parts,' at screen 0.14253,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 102 'The' at screen 0.16961,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 103 'Adoration' at screen 0.18998,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 104 'of' at screen 0.23659,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 105 'the' at screen 0.24939,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 106 'Earth' at screen 0.26626,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 107 'and' at screen 0.29304,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 108 'The' at screen 0.31225,0.44978 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 109 'Sacrifice,' at screen 0.04762,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 110 'and' at screen 0.09054,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 111 'Stravinsky' at screen 0.10869,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 112 'composed' at screen 0.15660,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 113 'most' at screen 0.20216,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 114 'of' at screen 0.22557,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 115 'the' at screen 0.23731,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 116 'score' at screen 0.25312,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 117 'in' at screen 0.27827,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 118 '1911' at screen 0.28942,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 119 'and' at screen 0.31341,0.42924 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 120 '1912,' at screen 0.04762,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 121 'much' at screen 0.07660,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 122 'of' at screen 0.10529,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 123 'it' at screen 0.11940,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 124 'in' at screen 0.13059,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 125 'a' at screen 0.14412,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 126 'small' at screen 0.15414,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 127 'rented' at screen 0.18224,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 128 'room' at screen 0.21384,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 129 'at' at screen 0.24136,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 130 'Clarens' at screen 0.25430,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 131 'on' at screen 0.29173,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 132 'Lake' at screen 0.30759,0.40870 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 133 'Geneva.' at screen 0.04762,0.38816 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 134 'SCENE 2' at screen 0.04762,0.35740 left font 'Liberation Sans Bold,11.00' tc rgb '#7a1f2b' front
set label 135 'Music Without Manners' at screen 0.04762,0.33625 left font 'Liberation Serif Bold,17.00' tc rgb '#1a1a1a' front
set label 136 'The' at screen 0.04762,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 137 'score' at screen 0.06696,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 138 'asks' at screen 0.09214,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 139 'for' at screen 0.11324,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 140 'a' at screen 0.12850,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 141 'very' at screen 0.13619,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 142 'large' at screen 0.15786,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 143 'orchestra,' at screen 0.18187,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 144 'yet' at screen 0.22599,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 145 'it' at screen 0.24184,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 146 'begins' at screen 0.25069,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 147 'with' at screen 0.28113,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 148 'a' at screen 0.30281,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 149 'lone' at screen 0.31049,0.30894 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 150 'bassoon' at screen 0.04762,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 151 'playing' at screen 0.08474,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 152 'a' at screen 0.11953,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 153 'Lithuanian' at screen 0.12748,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 154 'folk' at screen 0.17626,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 155 'tune' at screen 0.19646,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 156 'so' at screen 0.21783,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 157 'high' at screen 0.23046,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 158 'in' at screen 0.25242,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 159 'its' at screen 0.26388,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 160 'range' at screen 0.27709,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 161 'that' at screen 0.30370,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 162 'it' at screen 0.32274,0.28840 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 163 'sounds' at screen 0.04762,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 164 'strange' at screen 0.07949,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 165 'even' at screen 0.11250,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 166 'to' at screen 0.13502,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 167 'musicians.' at screen 0.14588,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 168 'What' at screen 0.19319,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 169 'follows' at screen 0.21863,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 170 'is' at screen 0.25282,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 171 'built' at screen 0.26252,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 172 'from' at screen 0.28447,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 173 'short' at screen 0.30757,0.26786 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 174 'folk-like' at screen 0.04762,0.24732 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 175 'fragments,' at screen 0.08766,0.24732 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 176 'repeated,' at screen 0.13616,0.24732 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 177 'layered' at screen 0.17823,0.24732 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 178 'and' at screen 0.21302,0.24732 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 179 'set' at screen 0.23207,0.24732 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 180 'against' at screen 0.24762,0.24732 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 181 'each' at screen 0.28125,0.24732 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 182 'other.' at screen 0.30437,0.24732 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 183 'Who made the Rite' at screen 0.05238,0.19293 left font 'Liberation Sans Bold,11.00' tc rgb '#ffffff' front
set label 184 'Music' at screen 0.05238,0.16933 left font 'Liberation Sans Bold,11.00' tc rgb '#1a1a1a' front
set label 185 'Igor Stravinsky' at screen 0.18248,0.16933 left font 'Liberation Sans,11.00' tc rgb '#1a1a1a' front
set label 186 'Scenario and designs' at screen 0.05238,0.14843 left font 'Liberation Sans Bold,11.00' tc rgb '#1a1a1a' front
set label 187 'Nicholas Roerich' at screen 0.18248,0.14843 left font 'Liberation Sans,11.00' tc rgb '#1a1a1a' front
set label 188 'Choreography' at screen 0.05238,0.12752 left font 'Liberation Sans Bold,11.00' tc rgb '#1a1a1a' front
set label 189 'Vaslav Nijinsky' at screen 0.18248,0.12752 left font 'Liberation Sans,11.00' tc rgb '#1a1a1a' front
set label 190 'Conductor' at screen 0.05238,0.10662 left font 'Liberation Sans Bold,11.00' tc rgb '#1a1a1a' front
set label 191 'Pierre Monteux' at screen 0.18248,0.10662 left font 'Liberation Sans,11.00' tc rgb '#1a1a1a' front
set label 192 'Company' at screen 0.05238,0.08571 left font 'Liberation Sans Bold,11.00' tc rgb '#1a1a1a' front
set label 193 'Ballets Russes' at screen 0.18248,0.08571 left font 'Liberation Sans,11.00' tc rgb '#1a1a1a' front
set label 194 'In' at screen 0.35952,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 195 'the' at screen 0.37346,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 196 'dance' at screen 0.39148,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 197 'of' at screen 0.42115,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 198 'the' at screen 0.43508,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 199 'Augurs' at screen 0.45310,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 200 'of' at screen 0.48920,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 201 'Spring' at screen 0.50314,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 202 'a' at screen 0.53633,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 203 'single' at screen 0.54618,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 204 'harsh' at screen 0.57645,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 205 'chord' at screen 0.60438,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 206 'is' at screen 0.63347,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 207 'hammered' at screen 0.35952,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 208 'out' at screen 0.40779,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 209 'by' at screen 0.42516,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 210 'the' at screen 0.43961,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 211 'strings' at screen 0.45640,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 212 'while' at screen 0.48835,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 213 'the' at screen 0.51563,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 214 'accents' at screen 0.53242,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 215 'fall' at screen 0.56726,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 216 'in' at screen 0.58521,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 217 'unpredict-' at screen 0.59733,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 218 'able places.' at screen 0.35952,0.64213 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 219 'The' at screen 0.37143,0.62159 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 220 'choreography' at screen 0.39102,0.62159 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 221 'was' at screen 0.45202,0.62159 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 222 'by' at screen 0.47162,0.62159 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 223 'Vaslav' at screen 0.48539,0.62159 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 224 'Nijinsky,' at screen 0.51781,0.62159 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 225 'the' at screen 0.55988,0.62159 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 226 'company’s' at screen 0.57598,0.62159 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 227 'star' at screen 0.62532,0.62159 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 228 'dancer,' at screen 0.35952,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 229 'who' at screen 0.39312,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 230 'set' at screen 0.41420,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 231 'his' at screen 0.42885,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 232 'dancers' at screen 0.44410,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 233 'against' at screen 0.47916,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 234 'everything' at screen 0.51189,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 235 'they' at screen 0.55979,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 236 'had' at screen 0.58086,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 237 'learned' at screen 0.59901,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 238 'at' at screen 0.63290,0.60105 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 239 'ballet' at screen 0.35952,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 240 'school.' at screen 0.38554,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 241 'They' at screen 0.41827,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 242 'stood' at screen 0.44253,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 243 'with' at screen 0.46798,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 244 'their' at screen 0.48933,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 245 'toes' at screen 0.51127,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 246 'turned' at screen 0.53087,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 247 'in,' at screen 0.56039,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 248 'their' at screen 0.57387,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 249 'knees' at screen 0.59580,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 250 'bent' at screen 0.62240,0.58052 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 251 'and' at screen 0.35952,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 252 'their' at screen 0.37862,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 253 'heads' at screen 0.40180,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 254 'tilted' at screen 0.42965,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 255 'to' at screen 0.45516,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 256 'one' at screen 0.46727,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 257 'side,' at screen 0.48637,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 258 'and' at screen 0.50984,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 259 'they' at screen 0.52894,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 260 'stamped' at screen 0.55096,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 261 'and' at screen 0.58988,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 262 'jumped' at screen 0.60898,0.55998 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 263 'heavily' at screen 0.35952,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 264 'to' at screen 0.39389,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 265 'rhythms' at screen 0.40551,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 266 'that' at screen 0.44339,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 267 'changed' at screen 0.46259,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 268 'from' at screen 0.50103,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 269 'bar' at screen 0.52489,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 270 'to' at screen 0.54176,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 271 'bar.' at screen 0.55338,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 272 'Rehearsals' at screen 0.57287,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 273 'took' at screen 0.62181,0.53944 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 274 'many' at screen 0.35952,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 275 'weeks,' at screen 0.38788,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 276 'and' at screen 0.42178,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 277 'the' at screen 0.44197,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 278 'dancers' at screen 0.45984,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 279 'counted' at screen 0.49693,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 280 'aloud' at screen 0.53520,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 281 'to' at screen 0.56356,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 282 'find' at screen 0.57676,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 283 'their' at screen 0.59871,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 284 'way' at screen 0.62298,0.51890 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 285 '“Half the house came to cheer and half' at screen 0.37619,0.47483 left font 'Liberation Serif Italic,17.00' tc rgb '#7a1f2b' front
set label 286 'came to jeer, and both went home' at screen 0.37619,0.44789 left font 'Liberation Serif Italic,17.00' tc rgb '#7a1f2b' front
set label 287 'satisfied.”' at screen 0.37619,0.42096 left font 'Liberation Serif Italic,17.00' tc rgb '#7a1f2b' front
set label 288 'through the music.' at screen 0.35952,0.37345 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 289 'SCENE 3' at screen 0.35952,0.34268 left font 'Liberation Sans Bold,11.00' tc rgb '#7a1f2b' front
set label 290 'The Night of the Premiere' at screen 0.35952,0.32153 left font 'Liberation Serif Bold,17.00' tc rgb '#1a1a1a' front
set label 291 'Accounts' at screen 0.35952,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 292 'of' at screen 0.40246,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 293 'the' at screen 0.41449,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 294 'first' at screen 0.43061,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 295 'night' at screen 0.45080,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 296 'disagree,' at screen 0.47567,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 297 'and' at screen 0.51656,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 298 'many' at screen 0.53500,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 299 'were' at screen 0.56162,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 300 'written' at screen 0.58530,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 301 'years' at screen 0.61832,0.29422 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 302 'afterwards.' at screen 0.35952,0.27368 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 303 'It' at screen 0.41088,0.27368 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 304 'seems' at screen 0.42172,0.27368 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 305 'that' at screen 0.45181,0.27368 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 306 'laughter' at screen 0.47199,0.27368 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 307 'and' at screen 0.51081,0.27368 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 308 'catcalls' at screen 0.53040,0.27368 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 309 'began' at screen 0.56631,0.27368 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 310 'during' at screen 0.59581,0.27368 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 311 'the' at screen 0.62765,0.27368 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 312 'introduction,' at screen 0.35952,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 313 'and' at screen 0.41693,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 314 'that' at screen 0.43556,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 315 'by' at screen 0.45476,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 316 'the' at screen 0.46872,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 317 'time' at screen 0.48501,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 318 'the' at screen 0.50713,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 319 'dancers' at screen 0.52342,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 320 'began' at screen 0.55895,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 321 'to' at screen 0.58748,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 322 'stamp' at screen 0.59911,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 323 'the' at screen 0.62765,0.25314 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 324 'noise' at screen 0.35952,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 325 'was' at screen 0.38730,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 326 'so' at screen 0.40925,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 327 'great' at screen 0.42420,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 328 'that' at screen 0.45081,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 329 'they' at screen 0.47217,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 330 'could' at screen 0.49586,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 331 'hardly' at screen 0.52481,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 332 'hear' at screen 0.55725,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 333 'the' at screen 0.58093,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 334 'orchestra.' at screen 0.59938,0.23261 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 335 'Nijinsky' at screen 0.35952,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 336 'stood' at screen 0.39910,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 337 'on' at screen 0.42525,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 338 'a' at screen 0.43916,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 339 'chair' at screen 0.44722,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 340 'in' at screen 0.47161,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 341 'the' at screen 0.48318,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 342 'wings' at screen 0.49941,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 343 'shouting' at screen 0.52790,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 344 'the' at screen 0.56748,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 345 'counts,' at screen 0.58371,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 346 'while' at screen 0.61715,0.21207 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 347 'the' at screen 0.35952,0.19153 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 348 'conductor' at screen 0.37616,0.19153 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 349 'Pierre' at screen 0.42196,0.19153 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 350 'Monteux' at screen 0.45084,0.19153 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 351 'kept' at screen 0.49256,0.19153 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 352 'the' at screen 0.51445,0.19153 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 353 'performance' at screen 0.53109,0.19153 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 354 'going' at screen 0.58794,0.19153 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 355 'to' at screen 0.61567,0.19153 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 356 'the' at screen 0.62765,0.19153 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 357 'end.' at screen 0.35952,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 358 'Diaghilev' at screen 0.38114,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 359 'had' at screen 0.42638,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 360 'the' at screen 0.44537,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 361 'house' at screen 0.46203,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 362 'lights' at screen 0.49035,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 363 'switched' at screen 0.51752,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 364 'on' at screen 0.55868,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 365 'and' at screen 0.57301,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 366 'off' at screen 0.59200,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 367 'to' at screen 0.60807,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 368 'calm' at screen 0.62007,0.17099 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 369 'the crowd.' at screen 0.35952,0.15045 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 370 '* The Joffrey Ballet of Chicago staged a reconstruction of Nijinsky’s choreography' at screen 0.35952,0.11758 left font 'Liberation Sans Italic,9.00' tc rgb '#1a1a1a' front
set label 371 'in 1987.' at screen 0.35952,0.10344 left font 'Liberation Sans Italic,9.00' tc rgb '#1a1a1a' front
set label 372 'The' at screen 0.68333,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 373 'stories' at screen 0.70399,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 374 'of' at screen 0.73574,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 375 'forty' at screen 0.74883,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 376 'arrests' at screen 0.77357,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 377 'are' at screen 0.80531,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 378 'probably' at screen 0.82247,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 379 'exaggerated,' at screen 0.86413,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 380 'but' at screen 0.92180,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 381 'the' at screen 0.93955,0.68321 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 382 'evening' at screen 0.67143,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 383 'became' at screen 0.70754,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 384 'a' at screen 0.74248,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 385 'legend.' at screen 0.75002,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 386 'Stravinsky' at screen 0.78351,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 387 'later' at screen 0.83130,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 388 'claimed' at screen 0.85283,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 389 'that' at screen 0.88894,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 390 'he' at screen 0.90756,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 391 'had' at screen 0.92035,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 392 'left' at screen 0.93839,0.66267 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 393 'Left:' at screen 0.83810,0.61424 left font 'Liberation Sans Bold,10.00' tc rgb '#1a1a1a' front
set label 394 'A dancer’s costume in' at screen 0.85862,0.61424 left font 'Liberation Sans,10.00' tc rgb '#1a1a1a' front
set label 395 'the style of Roerich’s 1913' at screen 0.83810,0.59820 left font 'Liberation Sans,10.00' tc rgb '#1a1a1a' front
set label 396 'designs, made for the' at screen 0.83810,0.58217 left font 'Liberation Sans,10.00' tc rgb '#1a1a1a' front
set label 397 'museum from surviving' at screen 0.83810,0.56613 left font 'Liberation Sans,10.00' tc rgb '#1a1a1a' front
set label 398 'sketches.' at screen 0.83810,0.55009 left font 'Liberation Sans,10.00' tc rgb '#1a1a1a' front
set label 399 'Costume: Marlowe Gallery of' at screen 0.83810,0.53446 left font 'Liberation Sans Italic,9.00' tc rgb '#555555' front
set label 400 'Music, MGM 2004.117' at screen 0.83810,0.51923 left font 'Liberation Sans Italic,9.00' tc rgb '#555555' front
set label 401 'his' at screen 0.67143,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 402 'seat' at screen 0.68642,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 403 'in' at screen 0.70548,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 404 'anger' at screen 0.71639,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 405 'and' at screen 0.74244,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 406 'watched' at screen 0.76034,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 407 'the' at screen 0.79806,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 408 'rest' at screen 0.81362,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 409 'from' at screen 0.83152,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 410 'backstage.' at screen 0.85467,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 411 'After' at screen 0.90143,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 412 'only' at screen 0.92632,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 413 'a' at screen 0.94772,0.40712 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 414 'handful' at screen 0.67143,0.38658 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 415 'of' at screen 0.70945,0.38658 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 416 'performances' at screen 0.72414,0.38658 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 417 'in' at screen 0.78722,0.38658 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 418 'Paris' at screen 0.80134,0.38658 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 419 'and' at screen 0.82829,0.38658 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 420 'London' at screen 0.84940,0.38658 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 421 'the' at screen 0.88801,0.38658 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 422 'ballet' at screen 0.90678,0.38658 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 423 'was' at screen 0.93605,0.38658 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 424 'dropped,' at screen 0.67143,0.36604 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 425 'and' at screen 0.71243,0.36604 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 426 'Nijinsky’s' at screen 0.73156,0.36604 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 427 'steps' at screen 0.77928,0.36604 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 428 'were' at screen 0.80425,0.36604 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 429 'forgotten' at screen 0.82862,0.36604 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 430 'for' at screen 0.87108,0.36604 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 431 'more' at screen 0.88730,0.36604 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 432 'than' at screen 0.91284,0.36604 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 433 'sev-' at screen 0.93489,0.36604 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 434 'enty years.*' at screen 0.67143,0.34550 left font 'Liberation Serif,12.50' tc rgb '#1a1a1a' front
set label 435 'From Scandal to Concert Hall' at screen 0.68333,0.25180 left font 'Liberation Sans Bold,15.00' tc rgb '#3d2a63' front
set label 436 'In' at screen 0.68333,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 437 'April' at screen 0.69441,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 438 '1914' at screen 0.71675,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 439 'Monteux' at screen 0.74126,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 440 'conducted' at screen 0.78133,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 441 'the' at screen 0.82893,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 442 'score' at screen 0.84537,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 443 'on' at screen 0.87201,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 444 'its' at screen 0.88578,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 445 'own,' at screen 0.89846,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 446 'as' at screen 0.92188,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 447 'a' at screen 0.93510,0.23003 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 448 'concert' at screen 0.68333,0.21185 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 449 'piece,' at screen 0.71805,0.21185 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 450 'in' at screen 0.74686,0.21185 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 451 'Paris.' at screen 0.75741,0.21185 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 452 'This' at screen 0.78514,0.21185 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 453 'time' at screen 0.80642,0.21185 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 454 'the' at screen 0.82771,0.21185 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 455 'audience' at screen 0.84417,0.21185 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 456 'cheered' at screen 0.88642,0.21185 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 457 'and' at screen 0.92436,0.21185 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 458 'carried' at screen 0.68333,0.19367 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 459 'Stravinsky' at screen 0.71673,0.19367 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 460 'out' at screen 0.76516,0.19367 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 461 'of' at screen 0.78246,0.19367 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 462 'the' at screen 0.79439,0.19367 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 463 'hall' at screen 0.81169,0.19367 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 464 'on' at screen 0.83059,0.19367 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 465 'their' at screen 0.84521,0.19367 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 466 'shoulders.' at screen 0.86787,0.19367 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 467 'Since' at screen 0.91631,0.19367 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 468 'then' at screen 0.68333,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 469 'the' at screen 0.70546,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 470 'music' at screen 0.72221,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 471 'has' at screen 0.75075,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 472 'been' at screen 0.76965,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 473 'heard' at screen 0.79446,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 474 'far' at screen 0.82249,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 475 'more' at screen 0.83708,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 476 'often' at screen 0.86241,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 477 'without' at screen 0.88722,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 478 'dan-' at screen 0.92114,0.17549 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 479 'cers' at screen 0.68333,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 480 'than' at screen 0.70436,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 481 'with' at screen 0.72593,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 482 'them,' at screen 0.74589,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 483 'and' at screen 0.77282,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 484 'it' at screen 0.79171,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 485 'has' at screen 0.79932,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 486 'been' at screen 0.81767,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 487 'danced' at screen 0.84193,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 488 'to' at screen 0.87640,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 489 'new' at screen 0.88723,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 490 'choreo-' at screen 0.90772,0.15730 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 491 'graphy' at screen 0.68333,0.13912 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 492 'by' at screen 0.71704,0.13912 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 493 'many' at screen 0.73141,0.13912 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 494 'others,' at screen 0.75920,0.13912 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 495 'from' at screen 0.79290,0.13912 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 496 'Léonide' at screen 0.81639,0.13912 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 497 'Massine' at screen 0.85494,0.13912 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 498 'in' at screen 0.89507,0.13912 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 499 '1920' at screen 0.90676,0.13912 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 500 'to' at screen 0.93242,0.13912 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 501 'Pina Bausch in 1975.' at screen 0.68333,0.12094 left font 'Liberation Sans,11.50' tc rgb '#1a1a1a' front
set label 502 'Panel 2.3' at screen 0.90868,0.03848 left font 'Liberation Sans Bold,12.00' tc rgb '#1a1a1a' front
plot NaN notitle
