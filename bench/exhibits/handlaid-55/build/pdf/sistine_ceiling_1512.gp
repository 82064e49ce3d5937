set terminal pdfcairo size 29.700cm,21.000cm fontscale 0.75 font 'Liberation Serif,10' noenhanced
set encoding utf8
set output '/work/heldout/r46/exhibits55/sistine_ceiling_1512.pdf'
unset border; unset tics; unset key
set lmargin at screen 0; set rmargin at screen 1; set tmargin at screen 1; set bmargin at screen 0
set xrange [0:1]; set yrange [0:1]
unset label; unset object
set object 1 rect from screen 0.00000,0.00000 to screen 0.33333,1.00000 fc rgb '#f4efe4' fs solid 1.0 noborder behind
set object 2 rect from screen 0.66667,0.00000 to screen 0.74747,1.00000 fc rgb '#5b3a1a' fs solid 1.0 noborder behind
set object 3 rect from screen 0.76768,0.41952 to screen 0.96970,0.65762 fc rgb '#c4c4c4' fs solid 1.0 noborder behind
set object 4 rect from screen 0.33300,0.98095 to screen 0.33367,1.00000 fc rgb '#999999' fs solid 1.0 noborder behind
set object 5 rect from screen 0.33300,0.00000 to screen 0.33367,0.01905 fc rgb '#999999' fs solid 1.0 noborder behind
set object 6 rect from screen 0.66633,0.98095 to screen 0.66700,1.00000 fc rgb '#999999' fs solid 1.0 noborder behind
set object 7 rect from screen 0.66633,0.00000 to screen 0.66700,0.01905 fc rgb '#999999' fs solid 1.0 noborder behind
set label 1 'Cleaning the Ceiling' at screen 0.03030,0.90374 left font 'Liberation Serif Bold,15.00' tc rgb '#5b3a1a' front
set label 2 'Between' at screen 0.03030,0.86436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 3 '1980' at screen 0.07633,0.86436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 4 'and' at screen 0.10456,0.86436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 5 '1994' at screen 0.12618,0.86436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 6 'restorers' at screen 0.15440,0.86436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 7 'removed' at screen 0.19977,0.86436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 8 'centuries' at screen 0.24579,0.86436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 9 'of' at screen 0.29314,0.86436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 10 'candle' at screen 0.03030,0.84103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 11 'soot,' at screen 0.06641,0.84103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 12 'glue' at screen 0.09429,0.84103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 13 'and' at screen 0.11985,0.84103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 14 'earlier' at screen 0.14211,0.84103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 15 'retouching' at screen 0.17754,0.84103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 16 'from' at screen 0.23345,0.84103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 17 'the' at screen 0.26165,0.84103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 18 'fres-' at screen 0.28127,0.84103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 19 'coes.' at screen 0.03030,0.81769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 20 'The' at screen 0.05837,0.81769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 21 'bright' at screen 0.08082,0.81769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 22 'pinks,' at screen 0.11319,0.81769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 23 'greens' at screen 0.14589,0.81769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 24 'and' at screen 0.18088,0.81769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 25 'oranges' at screen 0.20202,0.81769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 26 'that' at screen 0.24294,0.81769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 27 'came' at screen 0.26475,0.81769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 28 'to' at screen 0.29379,0.81769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 29 'light' at screen 0.03030,0.79436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 30 'startled' at screen 0.06334,0.79436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 31 'people' at screen 0.10955,0.79436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 32 'who' at screen 0.15247,0.79436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 33 'had' at screen 0.18418,0.79436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 34 'known' at screen 0.21258,0.79436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 35 'a' at screen 0.25617,0.79436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 36 'darker' at screen 0.27270,0.79436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 37 'Michelangelo,' at screen 0.03030,0.77103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 38 'and' at screen 0.10215,0.77103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 39 'some' at screen 0.12288,0.77103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 40 'critics' at screen 0.15153,0.77103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 41 'argued' at screen 0.18413,0.77103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 42 'that' at screen 0.22002,0.77103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 43 'final' at screen 0.24140,0.77103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 44 'touches' at screen 0.26675,0.77103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 45 'he' at screen 0.03030,0.74769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 46 'had' at screen 0.04818,0.74769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 47 'added' at screen 0.07201,0.74769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 48 'himself' at screen 0.10704,0.74769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 49 'were' at screen 0.14934,0.74769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 50 'lost.' at screen 0.17909,0.74769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 51 'Most' at screen 0.20589,0.74769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 52 'scholars' at screen 0.23698,0.74769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 53 'now' at screen 0.28257,0.74769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 54 'accept' at screen 0.03030,0.72436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 55 'the' at screen 0.06598,0.72436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 56 'cleaned' at screen 0.08584,0.72436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 57 'colours' at screen 0.12745,0.72436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 58 'as' at screen 0.16776,0.72436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 59 'his' at screen 0.18300,0.72436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 60 'own.' at screen 0.20221,0.72436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 61 'The' at screen 0.23099,0.72436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 62 'work' at screen 0.25480,0.72436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 63 'was' at screen 0.28456,0.72436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 64 'paid' at screen 0.03030,0.70103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 65 'for' at screen 0.05496,0.70103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 66 'by' at screen 0.07302,0.70103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 67 'a' at screen 0.08911,0.70103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 68 'Japanese' at screen 0.09859,0.70103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 69 'television' at screen 0.14502,0.70103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 70 'company' at screen 0.19541,0.70103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 71 'in' at screen 0.24316,0.70103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 72 'return' at screen 0.25661,0.70103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 73 'for' at screen 0.28918,0.70103 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 74 'the right to film it.' at screen 0.03030,0.67769 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 75 '“I am not in a good place, and I' at screen 0.36960,0.83964 left font 'Liberation Serif Italic,17.00' tc rgb '#5b3a1a' front
set label 76 'am no painter.”' at screen 0.43521,0.80345 left font 'Liberation Serif Italic,17.00' tc rgb '#5b3a1a' front
set label 77 '— Michelangelo, sonnet to Giovanni da Pistoia' at screen 0.40149,0.76549 left font 'Liberation Sans,8.00' tc rgb '#555555' front
set label 78 'Calloway Institute of Fine Art' at screen 0.42635,0.26701 left font 'Liberation Sans Bold,9.00' tc rgb '#1a1a1a' front
set label 79 'Renaissance Court, first floor' at screen 0.43108,0.24320 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 80 'Open daily 10.00–17.30 · Free entry' at screen 0.41442,0.21939 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 81 'Leaflet 12 · Please return or recycle' at screen 0.41562,0.19558 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 82 'Under the Vault' at screen 0.69833,0.04762 left rotate by 90 font 'Liberation Serif Bold,26.00' tc rgb '#ffffff' front
set label 83 'Michelangelo and the Sistine Ceiling, 1508–1512' at screen 0.72920,0.04762 left rotate by 90 font 'Liberation Serif Italic,12.00' tc rgb '#f3d9a4' front
set label 84 'VISITOR LEAFLET · RENAISSANCE COURT' at screen 0.76768,0.91882 left font 'Liberation Sans Bold,8.00' tc rgb '#5b3a1a' front
set label 85 'Between 1508 and 1512' at screen 0.76768,0.88298 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 86 'Michelangelo Buonarroti, who' at screen 0.76768,0.85869 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 87 'thought of himself first as a sculptor,' at screen 0.76768,0.83441 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 88 'covered the vault of the Sistine' at screen 0.76768,0.81012 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 89 'Chapel in Rome with more than' at screen 0.76768,0.78583 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 90 'three hundred painted figures. This' at screen 0.76768,0.76155 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 91 'leaflet goes with our full-size' at screen 0.76768,0.73726 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 92 'photographic copy of one bay of the' at screen 0.76768,0.71298 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 93 'ceiling.' at screen 0.76768,0.68869 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 94 'STOP 1' at screen 0.76768,0.39007 left font 'Liberation Sans Bold,8.50' tc rgb '#5b3a1a' front
set label 95 'A Reluctant Painter' at screen 0.76768,0.36770 left font 'Liberation Serif Bold,13.00' tc rgb '#1a1a1a' front
set label 96 'The' at screen 0.76768,0.33420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 97 'chapel' at screen 0.79144,0.33420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 98 'had' at screen 0.82848,0.33420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 99 'been' at screen 0.85084,0.33420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 100 'built' at screen 0.87880,0.33420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 101 'in' at screen 0.90607,0.33420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 102 'the' at screen 0.92005,0.33420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 103 '1470s' at screen 0.93962,0.33420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 104 'for' at screen 0.76768,0.31039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 105 'Pope' at screen 0.78709,0.31039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 106 'Sixtus' at screen 0.81700,0.31039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 107 'IV,' at screen 0.85322,0.31039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 108 'and' at screen 0.87439,0.31039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 109 'its' at screen 0.89730,0.31039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 110 'walls' at screen 0.91393,0.31039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 111 'were' at screen 0.94523,0.31039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 112 'already' at screen 0.76768,0.28658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 113 'painted' at screen 0.80890,0.28658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 114 'by' at screen 0.85014,0.28658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 115 'Botticelli,' at screen 0.86690,0.28658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 116 'Perugino,' at screen 0.92109,0.28658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 117 'Ghirlandaio' at screen 0.76768,0.26277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 118 'and' at screen 0.83241,0.26277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 119 'others.' at screen 0.85519,0.26277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 120 'Its' at screen 0.89371,0.26277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 121 'vault,' at screen 0.91090,0.26277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 122 'how-' at screen 0.94382,0.26277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 123 'ever,' at screen 0.76768,0.23896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 124 'showed' at screen 0.79692,0.23896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 125 'only' at screen 0.83982,0.23896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 126 'gold' at screen 0.86664,0.23896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 127 'stars' at screen 0.89346,0.23896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 128 'on' at screen 0.92097,0.23896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 129 'a' at screen 0.93800,0.23896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 130 'blue' at screen 0.94802,0.23896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 131 'ground.' at screen 0.76768,0.21515 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 132 'In' at screen 0.81417,0.21515 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 133 '1508' at screen 0.83233,0.21515 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 134 'Pope' at screen 0.86519,0.21515 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 135 'Julius' at screen 0.89805,0.21515 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 136 'II,' at screen 0.93511,0.21515 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 137 'the' at screen 0.95432,0.21515 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 138 'nephew' at screen 0.76768,0.19134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 139 'of' at screen 0.81145,0.19134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 140 'Sixtus,' at screen 0.82655,0.19134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 141 'called' at screen 0.86580,0.19134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 142 'Michelangelo' at screen 0.90047,0.19134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 143 'back to Rome to repaint it.' at screen 0.76768,0.16753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 144 'Michelangelo' at screen 0.77946,0.14372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 145 'had' at screen 0.85237,0.14372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 146 'little' at screen 0.87424,0.14372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 147 'experience' at screen 0.90100,0.14372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 148 'of' at screen 0.95921,0.14372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 149 'fresco' at screen 0.76768,0.11991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 150 'and' at screen 0.80367,0.11991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 151 'would' at screen 0.82709,0.11991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 152 'rather' at screen 0.86380,0.11991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 153 'have' at screen 0.89839,0.11991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 154 'gone' at screen 0.92740,0.11991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 155 'on' at screen 0.95711,0.11991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 156 'with' at screen 0.76768,0.09610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 157 'the' at screen 0.79826,0.09610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 158 'Pope’s' at screen 0.82184,0.09610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 159 'own' at screen 0.86432,0.09610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 160 'tomb,' at screen 0.89420,0.09610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 161 'a' at screen 0.93143,0.09610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 162 'huge' at screen 0.94522,0.09610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 163 'sculptural' at screen 0.76768,0.07229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 164 'project' at screen 0.82543,0.07229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 165 'that' at screen 0.86848,0.07229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 166 'had' at screen 0.89546,0.07229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 167 'been' at screen 0.92174,0.07229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 168 'put' at screen 0.95361,0.07229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
plot NaN notitle
unset label; unset object
set object 1 rect from screen 0.69697,0.50028 to screen 0.96970,0.88123 fc rgb '#c4c4c4' fs solid 1.0 noborder behind
set object 2 rect from screen 0.69697,0.42981 to screen 0.96970,0.45742 fc rgb '#5b3a1a' fs solid 1.0 noborder behind
set object 3 rect from screen 0.69697,0.40696 to screen 0.96970,0.42981 fc rgb '#efe9e1' fs solid 1.0 noborder behind
set object 4 rect from screen 0.69697,0.36127 to screen 0.96970,0.38412 fc rgb '#efe9e1' fs solid 1.0 noborder behind
set object 5 rect from screen 0.69697,0.31558 to screen 0.96970,0.33842 fc rgb '#efe9e1' fs solid 1.0 noborder behind
set object 6 rect from screen 0.33300,0.98095 to screen 0.33367,1.00000 fc rgb '#999999' fs solid 1.0 noborder behind
set object 7 rect from screen 0.33300,0.00000 to screen 0.33367,0.01905 fc rgb '#999999' fs solid 1.0 noborder behind
set object 8 rect from screen 0.66633,0.98095 to screen 0.66700,1.00000 fc rgb '#999999' fs solid 1.0 noborder behind
set object 9 rect from screen 0.66633,0.00000 to screen 0.66700,0.01905 fc rgb '#999999' fs solid 1.0 noborder behind
set label 1 'aside.' at screen 0.03030,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 2 'He' at screen 0.06324,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 3 'signed' at screen 0.08183,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 4 'for' at screen 0.11862,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 5 'the' at screen 0.13722,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 6 'work' at screen 0.15652,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 7 'in' at screen 0.18631,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 8 'May' at screen 0.20002,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 9 '1508.' at screen 0.22701,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 10 'The' at screen 0.25926,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 11 'first' at screen 0.28275,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 12 'plan' at screen 0.03030,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 13 'was' at screen 0.06017,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 14 'for' at screen 0.08795,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 15 'the' at screen 0.11082,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 16 'twelve' at screen 0.13440,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 17 'apostles' at screen 0.17615,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 18 'with' at screen 0.22491,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 19 'ornament' at screen 0.25548,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 20 'between' at screen 0.03030,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 21 'them;' at screen 0.07890,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 22 'Michelangelo' at screen 0.11422,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 23 'later' at screen 0.19010,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 24 'claimed' at screen 0.21912,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 25 'that' at screen 0.26562,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 26 'he' at screen 0.29115,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 27 'talked' at screen 0.03030,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 28 'the' at screen 0.06558,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 29 'Pope' at screen 0.08547,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 30 'into' at screen 0.11517,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 31 'a' at screen 0.13927,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 32 'far' at screen 0.14937,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 33 'richer' at screen 0.16786,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 34 'scheme' at screen 0.20173,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 35 'of' at screen 0.24399,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 36 'his' at screen 0.25899,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 37 'own.' at screen 0.27820,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 38 'The' at screen 0.03030,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 39 'Pope,' at screen 0.05415,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 40 'often' at screen 0.08676,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 41 'away' at screen 0.11691,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 42 'at' at screen 0.14775,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 43 'war,' at screen 0.16111,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 44 'pressed' at screen 0.18741,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 45 'him' at screen 0.22945,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 46 'again' at screen 0.25331,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 47 'and' at screen 0.28485,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 48 'again to finish.' at screen 0.03030,0.81196 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 49 'STOP 2' at screen 0.03030,0.77769 left font 'Liberation Sans Bold,8.50' tc rgb '#5b3a1a' front
set label 50 'Painting Upwards' at screen 0.03030,0.75532 left font 'Liberation Serif Bold,13.00' tc rgb '#1a1a1a' front
set label 51 'Michelangelo' at screen 0.03030,0.72182 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 52 'designed' at screen 0.10506,0.72182 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 53 'his' at screen 0.15536,0.72182 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 54 'own' at screen 0.17559,0.72182 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 55 'scaffold,' at screen 0.20281,0.72182 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 56 'a' at screen 0.25204,0.72182 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 57 'wooden' at screen 0.26317,0.72182 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 58 'bridge' at screen 0.03030,0.69801 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 59 'resting' at screen 0.06674,0.69801 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 60 'on' at screen 0.10529,0.69801 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 61 'brackets' at screen 0.12215,0.69801 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 62 'set' at screen 0.16837,0.69801 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 63 'into' at screen 0.18663,0.69801 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 64 'holes' at screen 0.21049,0.69801 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 65 'near' at screen 0.24135,0.69801 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 66 'the' at screen 0.26729,0.69801 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 67 'top' at screen 0.28694,0.69801 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 68 'of' at screen 0.03030,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 69 'the' at screen 0.04400,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 70 'walls,' at screen 0.06260,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 71 'so' at screen 0.09553,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 72 'that' at screen 0.10994,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 73 'services' at screen 0.13203,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 74 'could' at screen 0.17579,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 75 'go' at screen 0.20697,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 76 'on' at screen 0.22278,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 77 'in' at screen 0.23858,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 78 'the' at screen 0.25158,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 79 'chapel' at screen 0.27018,0.67420 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 80 'below.' at screen 0.03030,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 81 'He' at screen 0.06849,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 82 'did' at screen 0.08743,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 83 'not' at screen 0.10778,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 84 'paint' at screen 0.12814,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 85 'lying' at screen 0.15758,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 86 'on' at screen 0.18772,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 87 'his' at screen 0.20458,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 88 'back,' at screen 0.22354,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 89 'as' at screen 0.25472,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 90 'legend' at screen 0.26947,0.65039 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 91 'has' at screen 0.03030,0.62658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 92 'it,' at screen 0.05220,0.62658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 93 'but' at screen 0.06745,0.62658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 94 'standing' at screen 0.08865,0.62658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 95 'and' at screen 0.13643,0.62658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 96 'leaning' at screen 0.15972,0.62658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 97 'backwards' at screen 0.20189,0.62658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 98 'with' at screen 0.26084,0.62658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 99 'his' at screen 0.28834,0.62658 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 100 'head' at screen 0.03030,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 101 'tipped' at screen 0.05808,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 102 'up,' at screen 0.09356,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 103 'for' at screen 0.11330,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 104 'hours' at screen 0.13199,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 105 'at' at screen 0.16397,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 106 'a' at screen 0.17707,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 107 'time.' at screen 0.18666,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 108 'In' at screen 0.21620,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 109 'a' at screen 0.23069,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 110 'comic' at screen 0.24029,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 111 'poem' at screen 0.27506,0.60277 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 112 'he' at screen 0.03030,0.57896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 113 'described' at screen 0.04717,0.57896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 114 'his' at screen 0.10040,0.57896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 115 'beard' at screen 0.12008,0.57896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 116 'pointing' at screen 0.15302,0.57896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 117 'at' at screen 0.19998,0.57896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 118 'heaven' at screen 0.21405,0.57896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 119 'and' at screen 0.25469,0.57896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 120 'paint' at screen 0.27786,0.57896 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 121 'dripping onto his face.' at screen 0.03030,0.55515 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 122 'Fresco' at screen 0.04209,0.53134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 123 'means' at screen 0.08311,0.53134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 124 'painting' at screen 0.12274,0.53134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 125 'on' at screen 0.17146,0.53134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 126 'wet' at screen 0.19151,0.53134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 127 'plaster,' at screen 0.21715,0.53134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 128 'so' at screen 0.26132,0.53134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 129 'each' at screen 0.27997,0.53134 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 130 'day’s' at screen 0.03030,0.50753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 131 'patch,' at screen 0.06170,0.50753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 132 'a' at screen 0.09623,0.50753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 133 'giornata,' at screen 0.10594,0.50753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 134 'had' at screen 0.15446,0.50753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 135 'to' at screen 0.17677,0.50753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 136 'be' at screen 0.19068,0.50753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 137 'finished' at screen 0.20669,0.50753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 138 'before' at screen 0.25137,0.50753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 139 'the' at screen 0.28765,0.50753 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 140 'plaster' at screen 0.03030,0.48372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 141 'dried.' at screen 0.07051,0.48372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 142 'At' at screen 0.10617,0.48372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 143 'first' at screen 0.12541,0.48372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 144 'he' at screen 0.15234,0.48372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 145 'had' at screen 0.17087,0.48372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 146 'the' at screen 0.19569,0.48372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 147 'help' at screen 0.21772,0.48372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 148 'of' at screen 0.24604,0.48372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 149 'painters' at screen 0.26317,0.48372 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 150 'brought' at screen 0.03030,0.45991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 151 'from' at screen 0.07277,0.45991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 152 'Florence,' at screen 0.10054,0.45991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 153 'but' at screen 0.15104,0.45991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 154 'he' at screen 0.17043,0.45991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 155 'soon' at screen 0.18561,0.45991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 156 'sent' at screen 0.21270,0.45991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 157 'most' at screen 0.23628,0.45991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 158 'of' at screen 0.26407,0.45991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 159 'them' at screen 0.27786,0.45991 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 160 'home' at screen 0.03030,0.43610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 161 'and' at screen 0.06348,0.43610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 162 'did' at screen 0.08686,0.43610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 163 'nearly' at screen 0.10815,0.43610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 164 'all' at screen 0.14481,0.43610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 165 'the' at screen 0.16259,0.43610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 166 'figures' at screen 0.18317,0.43610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 167 'himself.' at screen 0.22334,0.43610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 168 'Mould' at screen 0.26945,0.43610 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 169 'appeared' at screen 0.03030,0.41229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 170 'early' at screen 0.08052,0.41229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 171 'on' at screen 0.11046,0.41229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 172 'and' at screen 0.12783,0.41229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 173 'almost' at screen 0.15079,0.41229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 174 'made' at screen 0.18915,0.41229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 175 'him' at screen 0.22120,0.41229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 176 'give' at screen 0.24556,0.41229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 177 'up.' at screen 0.27202,0.41229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 178 'In' at screen 0.29254,0.41229 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 179 'letters' at screen 0.03030,0.38848 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 180 'to' at screen 0.06690,0.38848 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 181 'his' at screen 0.08252,0.38848 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 182 'family' at screen 0.10304,0.38848 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 183 'he' at screen 0.14173,0.38848 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 184 'complained' at screen 0.15945,0.38848 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 185 'that' at screen 0.22401,0.38848 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 186 'he' at screen 0.24872,0.38848 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 187 'had' at screen 0.26643,0.38848 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 188 'no' at screen 0.29044,0.38848 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 189 'money and that painting was not his trade.' at screen 0.03030,0.36467 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 190 'STOP 3' at screen 0.03030,0.33040 left font 'Liberation Sans Bold,8.50' tc rgb '#5b3a1a' front
set label 191 'Creation Along the Centre' at screen 0.03030,0.30803 left font 'Liberation Serif Bold,13.00' tc rgb '#1a1a1a' front
set label 192 'Nine' at screen 0.03030,0.27453 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 193 'scenes' at screen 0.05897,0.27453 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 194 'from' at screen 0.09603,0.27453 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 195 'the' at screen 0.12470,0.27453 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 196 'Book' at screen 0.14428,0.27453 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 197 'of' at screen 0.17576,0.27453 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 198 'Genesis' at screen 0.19044,0.27453 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 199 'run' at screen 0.23450,0.27453 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 200 'along' at screen 0.25548,0.27453 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 201 'the' at screen 0.28765,0.27453 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 202 'middle' at screen 0.03030,0.25072 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 203 'of' at screen 0.06974,0.25072 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 204 'the' at screen 0.08470,0.25072 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 205 'vault,' at screen 0.10455,0.25072 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 206 'from' at screen 0.13734,0.25072 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 207 'the' at screen 0.16628,0.25072 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 208 'separation' at screen 0.18613,0.25072 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 209 'of' at screen 0.24234,0.25072 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 210 'light' at screen 0.25730,0.25072 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 211 'and' at screen 0.28485,0.25072 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 212 'darkness' at screen 0.03030,0.22691 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 213 'to' at screen 0.07943,0.22691 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 214 'the' at screen 0.09429,0.22691 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 215 'drunkenness' at screen 0.11475,0.22691 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 216 'of' at screen 0.18276,0.22691 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 217 'Noah.' at screen 0.19832,0.22691 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 218 'Michelangelo' at screen 0.23381,0.22691 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 219 'painted' at screen 0.03030,0.20310 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 220 'them' at screen 0.07411,0.20310 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 221 'in' at screen 0.10603,0.20310 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 222 'reverse' at screen 0.12257,0.20310 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 223 'order,' at screen 0.16566,0.20310 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 224 'starting' at screen 0.20212,0.20310 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 225 'with' at screen 0.24663,0.20310 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 226 'Noah' at screen 0.27576,0.20310 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 227 'above' at screen 0.03030,0.17929 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 228 'the' at screen 0.06540,0.17929 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 229 'entrance,' at screen 0.08581,0.17929 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 230 'and' at screen 0.13663,0.17929 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 231 'his' at screen 0.15984,0.17929 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 232 'figures' at screen 0.17956,0.17929 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 233 'grow' at screen 0.21956,0.17929 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 234 'larger' at screen 0.25046,0.17929 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 235 'and' at screen 0.28485,0.17929 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 236 'bolder' at screen 0.03030,0.15548 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 237 'towards' at screen 0.06787,0.15548 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 238 'the' at screen 0.11314,0.15548 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 239 'altar,' at screen 0.13393,0.15548 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 240 'after' at screen 0.16485,0.15548 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 241 'he' at screen 0.19331,0.15548 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 242 'had' at screen 0.21060,0.15548 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 243 'seen' at screen 0.23418,0.15548 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 244 'the' at screen 0.26196,0.15548 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 245 'first' at screen 0.28275,0.15548 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 246 'half from the floor in 1510.' at screen 0.03030,0.13167 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 247 'Around' at screen 0.04209,0.10786 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 248 'the' at screen 0.08476,0.10786 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 249 'scenes' at screen 0.10435,0.10786 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 250 'sit' at screen 0.14142,0.10786 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 251 'prophets' at screen 0.15752,0.10786 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 252 'and' at screen 0.20509,0.10786 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 253 'sibyls' at screen 0.22748,0.10786 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 254 'on' at screen 0.26107,0.10786 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 255 'great' at screen 0.27787,0.10786 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 256 'thrones,' at screen 0.03030,0.08405 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 257 'with' at screen 0.07580,0.08405 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 258 'the' at screen 0.10347,0.08405 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 259 'ancestors' at screen 0.12414,0.08405 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 260 'of' at screen 0.17628,0.08405 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 261 'Christ' at screen 0.19205,0.08405 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 262 'in' at screen 0.22812,0.08405 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 263 'the' at screen 0.24320,0.08405 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 264 'lunettes' at screen 0.26387,0.08405 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 265 'and' at screen 0.36364,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 266 'nude' at screen 0.38654,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 267 'youths,' at screen 0.41573,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 268 'the' at screen 0.45718,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 269 'ignudi,' at screen 0.47728,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 270 'perched' at screen 0.51733,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 271 'on' at screen 0.56189,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 272 'the' at screen 0.57920,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 273 'painted' at screen 0.59930,0.93101 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 274 'architecture.' at screen 0.36364,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 275 'The' at screen 0.43329,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 276 'Creation' at screen 0.45996,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 277 'of' at screen 0.51041,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 278 'Adam,' at screen 0.52799,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 279 'with' at screen 0.56901,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 280 'its' at screen 0.59849,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 281 'two' at screen 0.61748,0.90720 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 282 'almost' at screen 0.36364,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 283 'touching' at screen 0.40385,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 284 'fingers,' at screen 0.45455,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 285 'is' at screen 0.49930,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 286 'only' at screen 0.51434,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 287 'one' at screen 0.54337,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 288 'panel' at screen 0.56819,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 289 'among' at screen 0.60210,0.88339 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 290 'many.' at screen 0.36364,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 291 'The' at screen 0.39860,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 292 'ceiling' at screen 0.42202,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 293 'was' at screen 0.46013,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 294 'unveiled' at screen 0.48356,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 295 'on' at screen 0.53076,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 296 '31' at screen 0.54720,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 297 'October' at screen 0.56364,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 298 '1512,' at screen 0.60803,0.85958 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 299 'and' at screen 0.36364,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 300 'more' at screen 0.38582,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 301 'than' at screen 0.41569,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 302 'twenty' at screen 0.44137,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 303 'years' at screen 0.47964,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 304 'later' at screen 0.51021,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 305 'Michelangelo' at screen 0.53658,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 306 'came' at screen 0.60981,0.83577 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 307 'back to paint the Last Judgement on the altar wall.' at screen 0.36364,0.81196 left font 'Liberation Serif,10.60' tc rgb '#1a1a1a' front
set label 308 'Below:' at screen 0.69697,0.93792 left font 'Liberation Sans Bold,8.50' tc rgb '#1a1a1a' front
set label 309 'Head of a prophet, a detail from the museum’s' at screen 0.73287,0.93792 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
set label 310 'full-size photographic copy of the vault.' at screen 0.69697,0.91865 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
set label 311 'Photograph: Calloway Institute of Fine Art, CIFA 88.204' at screen 0.69697,0.89977 left font 'Liberation Sans Italic,7.50' tc rgb '#555555' front
set label 312 'The ceiling at a glance' at screen 0.70370,0.44511 left font 'Liberation Sans Bold,8.50' tc rgb '#ffffff' front
set label 313 'Painted' at screen 0.70370,0.41845 left font 'Liberation Sans Bold,8.50' tc rgb '#1a1a1a' front
set label 314 '1508–1512' at screen 0.83333,0.41845 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
set label 315 'Patron' at screen 0.70370,0.39560 left font 'Liberation Sans Bold,8.50' tc rgb '#1a1a1a' front
set label 316 'Pope Julius II' at screen 0.83333,0.39560 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
set label 317 'Scenes from Genesis' at screen 0.70370,0.37276 left font 'Liberation Sans Bold,8.50' tc rgb '#1a1a1a' front
set label 318 '9' at screen 0.83333,0.37276 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
set label 319 'Size' at screen 0.70370,0.34991 left font 'Liberation Sans Bold,8.50' tc rgb '#1a1a1a' front
set label 320 'about 40 × 13 metres' at screen 0.83333,0.34991 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
set label 321 'Unveiled' at screen 0.70370,0.32706 left font 'Liberation Sans Bold,8.50' tc rgb '#1a1a1a' front
set label 322 '31 October 1512' at screen 0.83333,0.32706 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
plot NaN notitle
