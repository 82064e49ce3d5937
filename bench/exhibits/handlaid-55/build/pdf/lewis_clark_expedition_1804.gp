set terminal pdfcairo size 21.000cm,29.700cm fontscale 0.75 font 'Liberation Serif,10' noenhanced
set encoding utf8
set output '/work/heldout/r46/exhibits55/lewis_clark_expedition_1804.pdf'
unset border; unset tics; unset key
set lmargin at screen 0; set rmargin at screen 1; set tmargin at screen 1; set bmargin at screen 0
set xrange [0:1]; set yrange [0:1]
unset label; unset object
set object 1 rect from screen 0.10476,0.94512 to screen 0.89524,0.94613 fc rgb '#333333' fs solid 1.0 noborder behind
set object 2 rect from screen 0.10476,0.05960 to screen 0.89524,0.06061 fc rgb '#333333' fs solid 1.0 noborder behind
set label 1 '58' at screen 0.10476,0.95647 left font 'Liberation Sans Bold,9.00' tc rgb '#1a1a1a' front
set label 2 'Maps, Journals and the American West' at screen 0.14762,0.95647 left font 'Liberation Sans Italic,9.00' tc rgb '#444444' front
set label 3 'Catalogue entry 14' at screen 0.37143,0.89586 left font 'Liberation Sans Bold,9.00' tc rgb '#2e5e7e' front
set label 4 'Up the Missouri' at screen 0.37143,0.86404 left font 'Liberation Serif Bold,22.00' tc rgb '#1a1a1a' front
set label 5 'and Over the Mountains' at screen 0.37143,0.83374 left font 'Liberation Serif Bold,22.00' tc rgb '#1a1a1a' front
set label 6 'Lewis and Clark, 1804–1806' at screen 0.37143,0.80063 left font 'Liberation Serif Italic,15.00' tc rgb '#2e5e7e' front
set label 7 'In the spring of 1804 a small company of soldiers and boatmen' at screen 0.37143,0.77559 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 8 'pushed a keelboat up the Missouri River from St Louis. When' at screen 0.37143,0.75808 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 9 'they came back more than two years later, they had crossed the' at screen 0.37143,0.74057 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 10 'Rocky Mountains, reached the Pacific and filled their notebooks' at screen 0.37143,0.72306 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 11 'with rivers, peoples, plants and animals unknown to the' at screen 0.37143,0.70556 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 12 'government that had sent them.' at screen 0.37143,0.68805 left font 'Liberation Sans,10.50' tc rgb '#1a1a1a' front
set label 13 '1' at screen 0.37143,0.65338 left font 'Liberation Sans Bold,15.00' tc rgb '#2e5e7e' front
set label 14 'A President’s Instructions' at screen 0.40645,0.65258 left font 'Liberation Serif Bold,13.00' tc rgb '#1a1a1a' front
set label 15 'In' at screen 0.37143,0.63029 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 16 'January' at screen 0.39154,0.63029 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 17 '1803' at screen 0.44990,0.63029 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 18 'President' at screen 0.48961,0.63029 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 19 'Thomas' at screen 0.55824,0.63029 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 20 'Jefferson' at screen 0.61848,0.63029 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 21 'asked' at screen 0.68616,0.63029 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 22 'Congress' at screen 0.73053,0.63029 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 23 'for' at screen 0.79917,0.63029 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 24 'twenty-' at screen 0.82487,0.63029 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 25 'five' at screen 0.37143,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 26 'hundred' at screen 0.40287,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 27 'dollars' at screen 0.46325,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 28 'to' at screen 0.51430,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 29 'send' at screen 0.53270,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 30 'a' at screen 0.56882,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 31 'party' at screen 0.58161,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 32 'of' at screen 0.62145,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 33 'soldiers' at screen 0.64077,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 34 'up' at screen 0.69836,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 35 'the' at screen 0.72049,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 36 'Missouri' at screen 0.74634,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 37 'and' at screen 0.81141,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 38 'on' at screen 0.84100,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 39 'to' at screen 0.86312,0.61429 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 40 'the' at screen 0.37143,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 41 'Pacific.¹' at screen 0.39926,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 42 'Jefferson' at screen 0.46244,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 43 'had' at screen 0.53132,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 44 'long' at screen 0.56288,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 45 'wanted' at screen 0.60006,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 46 'to' at screen 0.65587,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 47 'know' at screen 0.67625,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 48 'whether' at screen 0.72089,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 49 'a' at screen 0.78230,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 50 'water' at screen 0.79706,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 51 'route' at screen 0.84167,0.59830 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 52 'crossed' at screen 0.37143,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 53 'the' at screen 0.42809,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 54 'continent,' at screen 0.45490,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 55 'and' at screen 0.52789,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 56 'he' at screen 0.55843,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 57 'hoped' at screen 0.58057,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 58 'to' at screen 0.62791,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 59 'draw' at screen 0.64726,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 60 'the' at screen 0.68713,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 61 'fur' at screen 0.71393,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 62 'trade' at screen 0.73980,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 63 'of' at screen 0.77966,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 64 'the' at screen 0.79994,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 65 'interior' at screen 0.82675,0.58231 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 66 'away from British merchants in Canada.' at screen 0.37143,0.56631 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 67 'To' at screen 0.39048,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 68 'lead' at screen 0.41530,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 69 'the' at screen 0.44944,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 70 'party' at screen 0.47613,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 71 'he' at screen 0.51681,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 72 'chose' at screen 0.53883,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 73 'his' at screen 0.58324,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 74 'private' at screen 0.60901,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 75 'secretary,' at screen 0.66181,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 76 'Meriwether' at screen 0.73279,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 77 'Lewis,' at screen 0.81732,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 78 'a' at screen 0.86873,0.55032 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 79 'young' at screen 0.37143,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 80 'army' at screen 0.41963,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 81 'captain,' at screen 0.46035,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 82 'who' at screen 0.51926,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 83 'in' at screen 0.55440,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 84 'turn' at screen 0.57367,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 85 'invited' at screen 0.60693,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 86 'his' at screen 0.65979,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 87 'former' at screen 0.68560,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 88 'commanding' at screen 0.73751,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 89 'officer' at screen 0.83143,0.53433 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 90 'William' at screen 0.37143,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 91 'Clark' at screen 0.43216,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 92 'to' at screen 0.47516,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 93 'share' at screen 0.49391,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 94 'the' at screen 0.53504,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 95 'command.' at screen 0.56124,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 96 'Before' at screen 0.63737,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 97 'setting' at screen 0.68876,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 98 'out,' at screen 0.73924,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 99 'Lewis' at screen 0.77059,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 100 'was' at screen 0.81732,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 101 'sent' at screen 0.84913,0.51833 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 102 'to' at screen 0.37143,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 103 'Philadelphia' at screen 0.39056,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 104 'to' at screen 0.48060,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 105 'learn' at screen 0.49973,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 106 'from' at screen 0.53936,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 107 'scholars' at screen 0.57808,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 108 'how' at screen 0.63919,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 109 'to' at screen 0.67418,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 110 'fix' at screen 0.69331,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 111 'a' at screen 0.71803,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 112 'position' at screen 0.73155,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 113 'by' at screen 0.79175,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 114 'the' at screen 0.81461,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 115 'stars,' at screen 0.84120,0.50234 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 116 'how' at screen 0.37143,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 117 'to' at screen 0.40541,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 118 'preserve' at screen 0.42354,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 119 'plants' at screen 0.48549,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 120 'and' at screen 0.53067,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 121 'how' at screen 0.55998,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 122 'to' at screen 0.59396,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 123 'treat' at screen 0.61209,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 124 'the' at screen 0.64698,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 125 'sick.' at screen 0.67256,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 126 'The' at screen 0.70888,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 127 'Louisiana' at screen 0.74005,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 128 'Purchase,' at screen 0.81135,0.48635 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 129 'agreed' at screen 0.37143,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 130 'with' at screen 0.42175,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 131 'France' at screen 0.45717,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 132 'that' at screen 0.50844,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 133 'spring,' at screen 0.53918,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 134 'suddenly' at screen 0.59094,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 135 'made' at screen 0.65716,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 136 'much' at screen 0.69909,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 137 'of' at screen 0.74197,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 138 'the' at screen 0.76152,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 139 'river' at screen 0.78761,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 140 'country' at screen 0.82487,0.47036 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 141 'American territory.²' at screen 0.37143,0.45436 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 142 '2' at screen 0.37143,0.43037 left font 'Liberation Sans Bold,15.00' tc rgb '#2e5e7e' front
set label 143 'The Corps of Discovery' at screen 0.40645,0.42957 left font 'Liberation Serif Bold,13.00' tc rgb '#1a1a1a' front
set label 144 'The' at screen 0.37143,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 145 'expedition' at screen 0.40275,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 146 'left' at screen 0.47886,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 147 'Camp' at screen 0.50644,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 148 'Dubois,' at screen 0.55177,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 149 'near' at screen 0.60970,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 150 'St' at screen 0.64381,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 151 'Louis,' at screen 0.66302,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 152 'on' at screen 0.71068,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 153 '14' at screen 0.73268,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 154 'May' at screen 0.75468,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 155 '1804,' at screen 0.79067,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 156 'with' at screen 0.83367,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 157 'a' at screen 0.86873,0.40728 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 158 'keelboat' at screen 0.37143,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 159 'and' at screen 0.43431,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 160 'two' at screen 0.46455,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 161 'pirogues' at screen 0.49573,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 162 'that' at screen 0.55957,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 163 'were' at screen 0.59074,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 164 'rowed,' at screen 0.62936,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 165 'poled' at screen 0.68152,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 166 'and' at screen 0.72483,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 167 'towed' at screen 0.75507,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 168 'against' at screen 0.80210,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 169 'the' at screen 0.85567,0.39129 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 170 'current.' at screen 0.37143,0.37530 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 171 'Its' at screen 0.43175,0.37530 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 172 'members' at screen 0.45710,0.37530 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 173 'included' at screen 0.52723,0.37530 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 174 'soldiers,' at screen 0.59363,0.37530 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 175 'French' at screen 0.65865,0.37530 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 176 'boatmen' at screen 0.71385,0.37530 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 177 'and' at screen 0.78025,0.37530 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 178 'York,' at screen 0.81306,0.37530 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 179 'an' at screen 0.86033,0.37530 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 180 'enslaved' at screen 0.37143,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 181 'man' at screen 0.43864,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 182 'owned' at screen 0.47600,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 183 'by' at screen 0.52923,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 184 'Clark.' at screen 0.55447,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 185 'The' at screen 0.60443,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 186 'first' at screen 0.63899,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 187 'winter' at screen 0.67449,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 188 'was' at screen 0.72585,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 189 'spent' at screen 0.76041,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 190 'beside' at screen 0.80431,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 191 'the' at screen 0.85567,0.35930 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 192 'Mandan' at screen 0.37143,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 193 'and' at screen 0.43095,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 194 'Hidatsa' at screen 0.45967,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 195 'villages' at screen 0.51546,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 196 'in' at screen 0.57218,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 197 'what' at screen 0.58972,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 198 'is' at screen 0.62684,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 199 'now' at screen 0.64252,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 200 'North' at screen 0.67592,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 201 'Dakota,' at screen 0.71958,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 202 'where' at screen 0.77677,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 203 'the' at screen 0.82227,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 204 'men' at screen 0.84727,0.34331 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 205 'built Fort Mandan.' at screen 0.37143,0.32732 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 206 'There' at screen 0.39048,0.31132 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 207 'the' at screen 0.43831,0.31132 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 208 'captains' at screen 0.46751,0.31132 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 209 'hired' at screen 0.53122,0.31132 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 210 'the' at screen 0.57440,0.31132 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 211 'trader' at screen 0.60359,0.31132 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 212 'Toussaint' at screen 0.65143,0.31132 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 213 'Charbonneau' at screen 0.72543,0.31132 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 214 'and' at screen 0.82366,0.31132 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 215 'his' at screen 0.85659,0.31132 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 216 'young' at screen 0.37143,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 217 'Shoshone' at screen 0.41997,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 218 'wife' at screen 0.49185,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 219 'Sacagawea,³' at screen 0.52824,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 220 'who' at screen 0.61863,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 221 'had' at screen 0.65410,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 222 'been' at screen 0.68490,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 223 'captured' at screen 0.72316,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 224 'as' at screen 0.78753,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 225 'a' at screen 0.80806,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 226 'girl' at screen 0.82206,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 227 'and' at screen 0.85194,0.29533 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 228 'carried' at screen 0.37143,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 229 'east.' at screen 0.42272,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 230 'In' at screen 0.45770,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 231 'April' at screen 0.47637,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 232 '1805' at screen 0.51649,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 233 'the' at screen 0.55476,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 234 'keelboat' at screen 0.57995,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 235 'went' at screen 0.64152,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 236 'back' at screen 0.67884,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 237 'downstream' at screen 0.71522,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 238 'with' at screen 0.80200,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 239 'maps,' at screen 0.83653,0.27934 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 240 'letters' at screen 0.37143,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 241 'and' at screen 0.41808,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 242 'specimens' at screen 0.44793,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 243 'for' at screen 0.52351,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 244 'Jefferson,' at screen 0.54870,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 245 'among' at screen 0.62007,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 246 'them' at screen 0.67139,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 247 'a' at screen 0.71058,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 248 'live' at screen 0.72364,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 249 'prairie' at screen 0.75443,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 250 'dog,' at screen 0.80387,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 251 'while' at screen 0.83887,0.26334 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 252 'the rest of the party turned west in canoes.' at screen 0.37143,0.24735 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 253 '3' at screen 0.37143,0.22336 left font 'Liberation Sans Bold,15.00' tc rgb '#2e5e7e' front
set label 254 'Across the Divide' at screen 0.40645,0.22256 left font 'Liberation Serif Bold,13.00' tc rgb '#1a1a1a' front
set label 255 'At' at screen 0.37143,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 256 'the' at screen 0.39243,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 257 'Great' at screen 0.41715,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 258 'Falls' at screen 0.45866,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 259 'of' at screen 0.49553,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 260 'the' at screen 0.51372,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 261 'Missouri' at screen 0.53844,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 262 'the' at screen 0.60238,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 263 'canoes' at screen 0.62711,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 264 'and' at screen 0.67701,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 265 'baggage' at screen 0.70547,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 266 'had' at screen 0.76563,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 267 'to' at screen 0.79409,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 268 'be' at screen 0.81136,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 269 'hauled' at screen 0.83141,0.20027 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 270 'overland' at screen 0.37143,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 271 'around' at screen 0.43792,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 272 'the' at screen 0.49229,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 273 'cataracts' at screen 0.52054,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 274 'for' at screen 0.58701,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 275 'almost' at screen 0.61432,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 276 'a' at screen 0.66683,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 277 'month.' at screen 0.68201,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 278 'In' at screen 0.73687,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 279 'August,' at screen 0.75858,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 280 'near' at screen 0.81904,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 281 'the' at screen 0.85567,0.18428 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 282 'headwaters,' at screen 0.37143,0.16828 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 283 'Sacagawea' at screen 0.45720,0.16828 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 284 'recognised' at screen 0.53783,0.16828 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 285 'the' at screen 0.61662,0.16828 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 286 'country' at screen 0.64316,0.16828 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 287 'of' at screen 0.70050,0.16828 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 288 'her' at screen 0.72051,0.16828 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 289 'childhood,' at screen 0.74798,0.16828 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 290 'and' at screen 0.82539,0.16828 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 291 'the' at screen 0.85567,0.16828 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 292 'Shoshone' at screen 0.37143,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 293 'chief' at screen 0.44329,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 294 'from' at screen 0.48340,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 295 'whom' at screen 0.52258,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 296 'the' at screen 0.57111,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 297 'captains' at screen 0.59817,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 298 'needed' at screen 0.65974,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 299 'horses' at screen 0.71384,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 300 'turned' at screen 0.76329,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 301 'out' at screen 0.81274,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 302 'to' at screen 0.84074,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 303 'be' at screen 0.86033,0.15229 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 304 'her' at screen 0.37143,0.13630 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 305 'brother,' at screen 0.39993,0.13630 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 306 'Cameahwait.' at screen 0.45969,0.13630 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 307 'The' at screen 0.55490,0.13630 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 308 'crossing' at screen 0.58806,0.13630 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 309 'of' at screen 0.65111,0.13630 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 310 'the' at screen 0.67215,0.13630 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 311 'Bitterroot' at screen 0.69972,0.13630 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 312 'Mountains' at screen 0.77209,0.13630 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 313 'that' at screen 0.85100,0.13630 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 314 'September, in snow and with little to eat, nearly ended the journey.' at screen 0.37143,0.12030 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 315 'Nez' at screen 0.39048,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 316 'Perce' at screen 0.42286,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 317 'people' at screen 0.46550,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 318 'fed' at screen 0.51562,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 319 'the' at screen 0.54241,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 320 'starving' at screen 0.56827,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 321 'men' at screen 0.62773,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 322 'and' at screen 0.66199,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 323 'agreed' at screen 0.69159,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 324 'to' at screen 0.74169,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 325 'keep' at screen 0.76009,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 326 'their' at screen 0.79714,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 327 'horses' at screen 0.83327,0.10431 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 328 '¹' at screen 0.10476,0.59734 left font 'Liberation Sans Bold,7.50' tc rgb '#2e5e7e' front
set label 329 'The sum was meant to cover' at screen 0.11905,0.59919 left font 'Liberation Sans,7.50' tc rgb '#1a1a1a' front
set label 330 'instruments, arms, presents and pay;' at screen 0.11905,0.58775 left font 'Liberation Sans,7.50' tc rgb '#1a1a1a' front
set label 331 'the final cost was nearer forty' at screen 0.11905,0.57630 left font 'Liberation Sans,7.50' tc rgb '#1a1a1a' front
set label 332 'thousand dollars.' at screen 0.11905,0.56485 left font 'Liberation Sans,7.50' tc rgb '#1a1a1a' front
set label 333 '²' at screen 0.10476,0.45340 left font 'Liberation Sans Bold,7.50' tc rgb '#2e5e7e' front
set label 334 'The United States paid fifteen million' at screen 0.11905,0.45525 left font 'Liberation Sans,7.50' tc rgb '#1a1a1a' front
set label 335 'dollars for the whole territory.' at screen 0.11905,0.44381 left font 'Liberation Sans,7.50' tc rgb '#1a1a1a' front
set label 336 '³' at screen 0.10476,0.29437 left font 'Liberation Sans Bold,7.50' tc rgb '#2e5e7e' front
set label 337 'The name is also spelled Sakakawea' at screen 0.11905,0.29622 left font 'Liberation Sans,7.50' tc rgb '#1a1a1a' front
set label 338 'and Sacajawea.' at screen 0.11905,0.28477 left font 'Liberation Sans,7.50' tc rgb '#1a1a1a' front
set label 339 'Ardley Library of Exploration · Catalogue of the Map Room' at screen 0.10476,0.04361 left font 'Liberation Sans,8.00' tc rgb '#444444' front
plot NaN notitle
unset label; unset object
set object 1 rect from screen 0.10476,0.94512 to screen 0.89524,0.94613 fc rgb '#333333' fs solid 1.0 noborder behind
set object 2 rect from screen 0.11429,0.68653 to screen 0.61905,0.83838 fc rgb '#e3edf3' fs solid 1.0 noborder behind
set object 3 rect from screen 0.66667,0.22559 to screen 0.89524,0.36027 fc rgb '#c4c4c4' fs solid 1.0 noborder behind
set object 4 rect from screen 0.10476,0.05960 to screen 0.89524,0.06061 fc rgb '#333333' fs solid 1.0 noborder behind
set label 1 'Maps, Journals and the American West' at screen 0.58852,0.95647 left font 'Liberation Sans Italic,9.00' tc rgb '#444444' front
set label 2 '59' at screen 0.87842,0.95647 left font 'Liberation Sans Bold,9.00' tc rgb '#1a1a1a' front
set label 3 'for' at screen 0.11429,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 4 'them.' at screen 0.13975,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 5 'Travelling' at screen 0.18342,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 6 'down' at screen 0.25927,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 7 'the' at screen 0.30248,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 8 'Clearwater,' at screen 0.32888,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 9 'Snake' at screen 0.41264,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 10 'and' at screen 0.45958,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 11 'Columbia' at screen 0.48971,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 12 'rivers' at screen 0.56185,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 13 'in' at screen 0.60598,0.91121 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 14 'new' at screen 0.11429,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 15 'dugout' at screen 0.14919,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 16 'canoes,' at screen 0.20277,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 17 'the' at screen 0.25959,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 18 'party' at screen 0.28703,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 19 'reached' at screen 0.32847,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 20 'the' at screen 0.38760,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 21 'coast' at screen 0.41504,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 22 'in' at screen 0.45647,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 23 'November' at screen 0.47646,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 24 '1805' at screen 0.55428,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 25 'and' at screen 0.59479,0.89521 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 26 'spent' at screen 0.11429,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 27 'a' at screen 0.15746,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 28 'wet' at screen 0.17263,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 29 'and' at screen 0.20460,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 30 'hungry' at screen 0.23657,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 31 'winter' at screen 0.29188,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 32 'at' at screen 0.34251,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 33 'Fort' at screen 0.36235,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 34 'Clatsop,' at screen 0.39806,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 35 'near' at screen 0.46131,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 36 'the' at screen 0.49793,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 37 'mouth' at screen 0.52617,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 38 'of' at screen 0.57682,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 39 'the' at screen 0.59852,0.87922 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 40 'Columbia, before turning for home in March.' at screen 0.11429,0.86323 left font 'Liberation Serif,10.00' tc rgb '#1a1a1a' front
set label 41 'What They Brought Back' at screen 0.13333,0.81586 left font 'Liberation Sans Bold,11.00' tc rgb '#2e5e7e' front
set label 42 'The' at screen 0.13333,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 43 'party' at screen 0.16697,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 44 'returned' at screen 0.20816,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 45 'to' at screen 0.27205,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 46 'St' at screen 0.29224,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 47 'Louis' at screen 0.31411,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 48 'on' at screen 0.35783,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 49 '23' at screen 0.38223,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 50 'September' at screen 0.40663,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 51 '1806.' at screen 0.48817,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 52 'They' at screen 0.53358,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 53 'had' at screen 0.57477,0.79746 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 54 'found' at screen 0.13333,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 55 'no' at screen 0.17691,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 56 'easy' at screen 0.19948,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 57 'water' at screen 0.23716,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 58 'route,' at screen 0.27988,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 59 'since' at screen 0.32428,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 60 'none' at screen 0.36532,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 61 'existed,' at screen 0.40470,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 62 'but' at screen 0.46256,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 63 'the' at screen 0.48932,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 64 'journals' at screen 0.51608,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 65 'and' at screen 0.57477,0.78299 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 66 'Clark’s' at screen 0.13333,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 67 'maps' at screen 0.18485,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 68 'described' at screen 0.22714,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 69 'well' at screen 0.29801,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 70 'over' at screen 0.32938,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 71 'a' at screen 0.36411,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 72 'hundred' at screen 0.37784,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 73 'plants' at screen 0.43864,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 74 'and' at screen 0.48430,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 75 'animals' at screen 0.51485,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 76 'new' at screen 0.57226,0.76851 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 77 'to' at screen 0.13333,0.75403 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 78 'science' at screen 0.15400,0.75403 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 79 'and' at screen 0.21332,0.75403 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 80 'recorded' at screen 0.24660,0.75403 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 81 'meetings' at screen 0.31432,0.75403 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 82 'with' at screen 0.38372,0.75403 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 83 'dozens' at screen 0.41867,0.75403 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 84 'of' at screen 0.47547,0.75403 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 85 'Native' at screen 0.49614,0.75403 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 86 'nations.' at screen 0.54705,0.75403 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 87 'Only' at screen 0.13333,0.73955 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 88 'one' at screen 0.17285,0.73955 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 89 'member,' at screen 0.20651,0.73955 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 90 'Sergeant' at screen 0.27458,0.73955 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 91 'Charles' at screen 0.34438,0.73955 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 92 'Floyd,' at screen 0.40490,0.73955 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 93 'died' at screen 0.45450,0.73955 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 94 'on' at screen 0.49152,0.73955 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 95 'the' at screen 0.51676,0.73955 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 96 'journey,' at screen 0.54621,0.73955 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 97 'probably' at screen 0.13333,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 98 'of' at screen 0.19823,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 99 'a' at screen 0.21773,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 100 'burst' at screen 0.23304,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 101 'appendix.' at screen 0.27355,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 102 'Clark’s' at screen 0.34602,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 103 'great' at screen 0.39911,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 104 'map' at screen 0.44047,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 105 'of' at screen 0.47678,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 106 'the' at screen 0.49629,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 107 'West,' at screen 0.52420,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 108 'pub-' at screen 0.56974,0.72507 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 109 'lished in 1814, remained the best available for decades.' at screen 0.13333,0.71059 left font 'Liberation Sans,9.00' tc rgb '#1a1a1a' front
set label 110 '' at screen 0.66667,0.59917 left font 'Liberation Sans,8.00' tc rgb '#1a1a1a' front
set label 111 '“Ocian in view! O! the' at screen 0.66667,0.48491 left font 'Liberation Serif Italic,14.00' tc rgb '#2e5e7e' front
set label 112 'joy.”' at screen 0.66667,0.46403 left font 'Liberation Serif Italic,14.00' tc rgb '#2e5e7e' front
set label 113 '— William Clark, field notes, 7 November 1805' at screen 0.66667,0.44274 left font 'Liberation Sans,7.50' tc rgb '#555555' front
set label 114 'Above:' at screen 0.66667,0.21597 left font 'Liberation Sans Bold,8.00' tc rgb '#1a1a1a' front
set label 115 'A surveyor’s compass in a' at screen 0.71595,0.21597 left font 'Liberation Sans,8.00' tc rgb '#1a1a1a' front
set label 116 'mahogany case, of the kind the' at screen 0.66667,0.20314 left font 'Liberation Sans,8.00' tc rgb '#1a1a1a' front
set label 117 'captains carried.' at screen 0.66667,0.19031 left font 'Liberation Sans,8.00' tc rgb '#1a1a1a' front
set label 118 'Lent by the Pellworth Collection, PC 611' at screen 0.66667,0.17772 left font 'Liberation Sans Italic,7.00' tc rgb '#555555' front
set label 119 'Ardley Library of Exploration · Catalogue of the Map Room' at screen 0.54713,0.04361 left font 'Liberation Sans,8.00' tc rgb '#444444' front
plot NaN notitle
