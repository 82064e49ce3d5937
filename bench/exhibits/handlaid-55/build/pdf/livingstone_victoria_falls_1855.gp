set terminal pdfcairo size 21.000cm,29.700cm fontscale 0.75 font 'Liberation Serif,10' noenhanced
set encoding utf8
set output '/work/heldout/r46/exhibits55/livingstone_victoria_falls_1855.pdf'
unset border; unset tics; unset key
set lmargin at screen 0; set rmargin at screen 1; set tmargin at screen 1; set bmargin at screen 0
set xrange [0:1]; set yrange [0:1]
unset label; unset object
set object 1 rect from screen 0.07619,0.95168 to screen 0.92381,0.95286 fc rgb '#2f5d3a' fs solid 1.0 noborder behind
set object 2 rect from screen 0.07619,0.04596 to screen 0.92381,0.04714 fc rgb '#2f5d3a' fs solid 1.0 noborder behind
set object 3 rect from screen 0.82381,0.06397 to screen 0.92381,0.93266 fc rgb '#2f5d3a' fs solid 1.0 noborder behind
set object 4 rect from screen 0.07619,0.53468 to screen 0.79524,0.77037 fc rgb '#c4c4c4' fs solid 1.0 noborder behind
set object 5 rect from screen 0.60952,0.21818 to screen 0.79524,0.35286 fc rgb '#c4c4c4' fs solid 1.0 noborder behind
set object 6 rect from screen 0.07619,0.06481 to screen 0.26667,0.06566 fc rgb '#444444' fs solid 1.0 noborder behind
set label 1 'Strathard Museum of Travel · Explorers Room' at screen 0.07619,0.96300 left font 'Liberation Sans,8.50' tc rgb '#2f5d3a' front
set label 2 'Page 1 of 2' at screen 0.85077,0.03371 left font 'Liberation Sans,8.50' tc rgb '#2f5d3a' front
set label 3 'EXPLORERS ROOM · HANDOUT 6' at screen 0.87415,0.09091 left rotate by 90 font 'Liberation Sans Bold,12.00' tc rgb '#ffffff' front
set label 4 'The Smoke That Thunders' at screen 0.07619,0.90941 left font 'Liberation Serif Bold,26.00' tc rgb '#2f5d3a' front
set label 5 'David Livingstone at the Zambezi, 1855' at screen 0.07619,0.87133 left font 'Liberation Serif Italic,15.00' tc rgb '#1a1a1a' front
set label 6 'In November 1855 the Scottish missionary David Livingstone was paddled down the upper' at screen 0.07619,0.84624 left font 'Liberation Serif Bold,11.00' tc rgb '#1a1a1a' front
set label 7 'Zambezi to a small island on the lip of a great waterfall. He named the falls after Queen' at screen 0.07619,0.82840 left font 'Liberation Serif Bold,11.00' tc rgb '#1a1a1a' front
set label 8 'Victoria, though the people who lived nearby already had a name for them:' at screen 0.07619,0.81055 left font 'Liberation Serif Bold,11.00' tc rgb '#1a1a1a' front
set label 9 'Mosi-oa-Tunya, the smoke that thunders.' at screen 0.07619,0.79271 left font 'Liberation Serif Bold,11.00' tc rgb '#1a1a1a' front
set label 10 'STAGE 1' at screen 0.07619,0.51385 left font 'Liberation Sans Bold,8.50' tc rgb '#2f5d3a' front
set label 11 'From the Mill to the Mission' at screen 0.07619,0.49750 left font 'Liberation Serif Bold,13.50' tc rgb '#1a1a1a' front
set label 12 'Livingstone' at screen 0.07619,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 13 'was' at screen 0.17506,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 14 'born' at screen 0.21330,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 15 'in' at screen 0.25677,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 16 '1813' at screen 0.28039,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 17 'at' at screen 0.32700,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 18 'Blantyre,' at screen 0.34956,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 19 'near' at screen 0.07619,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 20 'Glasgow,' at screen 0.12105,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 21 'and' at screen 0.20513,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 22 'from' at screen 0.24478,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 23 'the' at screen 0.29384,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 24 'age' at screen 0.32931,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 25 'of' at screen 0.36790,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 26 'ten' at screen 0.39606,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 27 'worked' at screen 0.07619,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 28 'in' at screen 0.13972,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 29 'a' at screen 0.16145,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 30 'cotton' at screen 0.17691,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 31 'mill,' at screen 0.23104,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 32 'studying' at screen 0.27316,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 33 'Latin' at screen 0.34507,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 34 'and' at screen 0.39188,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 35 'science' at screen 0.07619,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 36 'in' at screen 0.14299,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 37 'the' at screen 0.16907,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 38 'evenings.' at screen 0.20350,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 39 'He' at screen 0.28652,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 40 'trained' at screen 0.31990,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 41 'as' at screen 0.38358,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 42 'a' at screen 0.41070,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 43 'doctor' at screen 0.07619,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 44 'and' at screen 0.12980,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 45 'missionary' at screen 0.16250,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 46 'and' at screen 0.25061,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 47 'in' at screen 0.28331,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 48 '1841' at screen 0.30349,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 49 'arrived' at screen 0.34666,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 50 'at' at screen 0.40547,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 51 'the' at screen 0.07619,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 52 'London' at screen 0.10776,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 53 'Missionary' at screen 0.17487,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 54 'Society’s' at screen 0.26812,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 55 'station' at screen 0.34672,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 56 'at' at screen 0.40547,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 57 'Kuruman, in southern Africa.' at screen 0.07619,0.36715 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 58 'He' at screen 0.09286,0.34948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 59 'soon' at screen 0.12110,0.34948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 60 'found' at screen 0.16294,0.34948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 61 'that' at screen 0.21314,0.34948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 62 'he' at screen 0.24766,0.34948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 63 'preferred' at screen 0.27172,0.34948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 64 'travelling' at screen 0.34695,0.34948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 65 'to' at screen 0.07619,0.33180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 66 'preaching' at screen 0.09587,0.33180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 67 'in' at screen 0.17509,0.33180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 68 'one' at screen 0.19477,0.33180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 69 'place.' at screen 0.22699,0.33180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 70 'In' at screen 0.27642,0.33180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 71 '1849' at screen 0.29714,0.33180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 72 'he' at screen 0.33982,0.33180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 73 'crossed' at screen 0.36262,0.33180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 74 'the' at screen 0.07619,0.31412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 75 'Kalahari' at screen 0.10546,0.31412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 76 'with' at screen 0.17652,0.31412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 77 'the' at screen 0.21625,0.31412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 78 'hunter' at screen 0.24553,0.31412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 79 'William' at screen 0.29988,0.31412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 80 'Cotton' at screen 0.36782,0.31412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 81 'Oswell' at screen 0.07619,0.29645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 82 'to' at screen 0.13601,0.29645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 83 'reach' at screen 0.15716,0.29645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 84 'Lake' at screen 0.20439,0.29645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 85 'Ngami,' at screen 0.24851,0.29645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 86 'and' at screen 0.31094,0.29645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 87 'two' at screen 0.34462,0.29645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 88 'years' at screen 0.37935,0.29645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 89 'later' at screen 0.07619,0.27877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 90 'the' at screen 0.11689,0.27877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 91 'pair' at screen 0.14714,0.27877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 92 'came' at screen 0.18367,0.27877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 93 'to' at screen 0.23063,0.27877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 94 'the' at screen 0.25254,0.27877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 95 'upper' at screen 0.28279,0.27877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 96 'Zambezi,' at screen 0.33291,0.27877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 97 'a' at screen 0.41070,0.27877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 98 'great' at screen 0.07619,0.26109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 99 'river' at screen 0.12565,0.26109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 100 'that' at screen 0.17303,0.26109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 101 'outsiders' at screen 0.21310,0.26109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 102 'had' at screen 0.29290,0.26109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 103 'not' at screen 0.33193,0.26109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 104 'known' at screen 0.36783,0.26109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 105 'flowed so far inland.' at screen 0.07619,0.24342 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 106 'At' at screen 0.09286,0.22574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 107 'Kolobeng,' at screen 0.12810,0.22574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 108 'his' at screen 0.22344,0.22574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 109 'station' at screen 0.26182,0.22574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 110 'among' at screen 0.32842,0.22574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 111 'the' at screen 0.39606,0.22574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 112 'Bakwena' at screen 0.07619,0.20806 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 113 'people,' at screen 0.16096,0.20806 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 114 'he' at screen 0.23058,0.20806 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 115 'had' at screen 0.26310,0.20806 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 116 'married' at screen 0.30503,0.20806 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 117 'Mary' at screen 0.37829,0.20806 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 118 'Moffat,' at screen 0.07619,0.19039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 119 'the' at screen 0.14831,0.19039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 120 'daughter' at screen 0.18647,0.19039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 121 'of' at screen 0.26747,0.19039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 122 'the' at screen 0.29832,0.19039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 123 'missionary' at screen 0.33648,0.19039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 124 'Robert' at screen 0.07619,0.17271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 125 'Moffat,' at screen 0.13430,0.17271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 126 'and' at screen 0.19814,0.17271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 127 'their' at screen 0.23221,0.17271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 128 'children' at screen 0.27358,0.17271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 129 'went' at screen 0.34213,0.17271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 130 'with' at screen 0.38560,0.17271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 131 'him' at screen 0.07619,0.15503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 132 'on' at screen 0.11305,0.15503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 133 'several' at screen 0.13946,0.15503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 134 'journeys.' at screen 0.20032,0.15503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 135 'Drought' at screen 0.27742,0.15503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 136 'and' at screen 0.34772,0.15503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 137 'raids' at screen 0.38247,0.15503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 138 'by' at screen 0.07619,0.13736 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 139 'Boer' at screen 0.10495,0.13736 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 140 'settlers' at screen 0.15146,0.13736 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 141 'ended' at screen 0.21470,0.13736 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 142 'the' at screen 0.26956,0.13736 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 143 'station,' at screen 0.30249,0.13736 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 144 'and' at screen 0.36731,0.13736 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 145 'in' at screen 0.40441,0.13736 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 146 '1852 he sent his family back to Britain.' at screen 0.07619,0.11968 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 147 'STAGE 2' at screen 0.45238,0.51385 left font 'Liberation Sans Bold,8.50' tc rgb '#2f5d3a' front
set label 148 'Coast to Coast' at screen 0.45238,0.49750 left font 'Liberation Serif Bold,13.50' tc rgb '#1a1a1a' front
set label 149 'Livingstone' at screen 0.45238,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 150 'hoped' at screen 0.55030,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 151 'the' at screen 0.60431,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 152 'Zambezi' at screen 0.63532,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 153 'might' at screen 0.70917,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 154 'be' at screen 0.76110,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 155 'a' at screen 0.78689,0.47321 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 156 'highway' at screen 0.45238,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 157 'by' at screen 0.52535,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 158 'which' at screen 0.55233,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 159 'missionaries' at screen 0.60648,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 160 'and' at screen 0.70871,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 161 'traders' at screen 0.74405,0.45554 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 162 'could' at screen 0.45238,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 163 'reach' at screen 0.50274,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 164 'the' at screen 0.55203,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 165 'interior' at screen 0.58357,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 166 'and' at screen 0.64751,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 167 'undermine' at screen 0.68323,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 168 'the' at screen 0.77225,0.43786 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 169 'slave' at screen 0.45238,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 170 'trade.' at screen 0.50924,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 171 'In' at screen 0.56976,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 172 'November' at screen 0.60363,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 173 '1853,' at screen 0.70125,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 174 'with' at screen 0.76179,0.42018 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 175 'Makololo' at screen 0.45238,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 176 'companions' at screen 0.53748,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 177 'lent' at screen 0.64033,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 178 'by' at screen 0.68048,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 179 'their' at screen 0.71123,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 180 'chief' at screen 0.75764,0.40251 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 181 'Sekeletu,†' at screen 0.45238,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 182 'he' at screen 0.54812,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 183 'set' at screen 0.58272,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 184 'out' at screen 0.62047,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 185 'north-west' at screen 0.66135,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 186 'from' at screen 0.75866,0.38483 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 187 'Linyanti' at screen 0.45238,0.19931 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 188 'and' at screen 0.52190,0.19931 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 189 'reached' at screen 0.55484,0.19931 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 190 'Luanda' at screen 0.61910,0.19931 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 191 'on' at screen 0.68129,0.19931 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 192 'the' at screen 0.70587,0.19931 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 193 'Atlantic' at screen 0.73463,0.19931 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 194 'coast' at screen 0.45238,0.18164 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 195 'in' at screen 0.50292,0.18164 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 196 'May' at screen 0.52944,0.18164 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 197 '1854,' at screen 0.57581,0.18164 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 198 'sick' at screen 0.63003,0.18164 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 199 'with' at screen 0.67222,0.18164 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 200 'fever' at screen 0.71755,0.18164 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 201 'and' at screen 0.76807,0.18164 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 202 'exhausted.' at screen 0.45238,0.16396 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 203 'Rather' at screen 0.46905,0.14628 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 204 'than' at screen 0.52706,0.14628 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 205 'sail' at screen 0.56732,0.14628 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 206 'home,' at screen 0.60131,0.14628 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 207 'he' at screen 0.65567,0.14628 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 208 'turned' at screen 0.68130,0.14628 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 209 'back' at screen 0.73722,0.14628 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 210 'to' at screen 0.78060,0.14628 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 211 'bring' at screen 0.45238,0.12861 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 212 'his' at screen 0.49800,0.12861 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 213 'companions' at screen 0.52587,0.12861 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 214 'home,' at screen 0.62270,0.12861 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 215 'and' at screen 0.67511,0.12861 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 216 'then' at screen 0.70819,0.12861 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 217 'set' at screen 0.74649,0.12861 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 218 'off' at screen 0.77330,0.12861 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 219 'down' at screen 0.45238,0.11093 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 220 'the' at screen 0.49900,0.11093 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 221 'Zambezi' at screen 0.52680,0.11093 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 222 'towards' at screen 0.59743,0.11093 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 223 'the' at screen 0.66181,0.11093 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 224 'Indian' at screen 0.68961,0.11093 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 225 'Ocean.' at screen 0.74249,0.11093 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 226 'On' at screen 0.45238,0.09325 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 227 '16' at screen 0.48024,0.09325 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 228 'November' at screen 0.50392,0.09325 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 229 '1855,' at screen 0.58820,0.09325 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 230 'guided' at screen 0.63540,0.09325 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 231 'by' at screen 0.69147,0.09325 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 232 'local' at screen 0.71515,0.09325 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 233 'boat-' at screen 0.75658,0.09325 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 234 'Right:' at screen 0.45238,0.34997 left font 'Liberation Sans Bold,8.00' tc rgb '#1a1a1a' front
set label 235 'A replica of' at screen 0.49492,0.34997 left font 'Liberation Sans,8.00' tc rgb '#1a1a1a' front
set label 236 'Livingstone’s peaked' at screen 0.45238,0.33715 left font 'Liberation Sans,8.00' tc rgb '#1a1a1a' front
set label 237 'consular cap, made for' at screen 0.45238,0.32432 left font 'Liberation Sans,8.00' tc rgb '#1a1a1a' front
set label 238 'the exhibition from' at screen 0.45238,0.31149 left font 'Liberation Sans,8.00' tc rgb '#1a1a1a' front
set label 239 'photographs.' at screen 0.45238,0.29866 left font 'Liberation Sans,8.00' tc rgb '#1a1a1a' front
set label 240 'Replica: Strathard Museum' at screen 0.45238,0.28607 left font 'Liberation Sans Italic,7.00' tc rgb '#555555' front
set label 241 'of Travel, SMT 2013.9' at screen 0.45238,0.27389 left font 'Liberation Sans Italic,7.00' tc rgb '#555555' front
set label 242 '† Sekeletu was the son of Sebitwane, the Makololo chief who had welcomed Livingstone in 1851.' at screen 0.07619,0.05688 left font 'Liberation Sans Italic,7.50' tc rgb '#1a1a1a' front
plot NaN notitle
unset label; unset object
set object 1 rect from screen 0.07619,0.95168 to screen 0.92381,0.95286 fc rgb '#2f5d3a' fs solid 1.0 noborder behind
set object 2 rect from screen 0.07619,0.04596 to screen 0.92381,0.04714 fc rgb '#2f5d3a' fs solid 1.0 noborder behind
set object 3 rect from screen 0.07619,0.83838 to screen 0.41905,0.93266 fc rgb '#e6efe3' fs solid 1.0 noborder behind
set object 4 rect from screen 0.07619,0.37526 to screen 0.41905,0.39478 fc rgb '#2f5d3a' fs solid 1.0 noborder behind
set object 5 rect from screen 0.07619,0.35911 to screen 0.41905,0.37526 fc rgb '#efe9e1' fs solid 1.0 noborder behind
set object 6 rect from screen 0.07619,0.32680 to screen 0.41905,0.34295 fc rgb '#efe9e1' fs solid 1.0 noborder behind
set object 7 rect from screen 0.45238,0.22643 to screen 0.79524,0.39478 fc rgb '#c4c4c4' fs solid 1.0 noborder behind
set object 8 rect from screen 0.81429,0.06397 to screen 0.93333,0.93266 fc rgb '#dcead6' fs solid 1.0 noborder behind
set label 1 'Strathard Museum of Travel · Explorers Room' at screen 0.07619,0.96300 left font 'Liberation Sans,8.50' tc rgb '#2f5d3a' front
set label 2 'Page 2 of 2' at screen 0.85077,0.03371 left font 'Liberation Sans,8.50' tc rgb '#2f5d3a' front
set label 3 'men,' at screen 0.07619,0.81615 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 4 'he' at screen 0.12091,0.81615 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 5 'landed' at screen 0.14629,0.81615 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 6 'on' at screen 0.20406,0.81615 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 7 'an' at screen 0.23049,0.81615 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 8 'island' at screen 0.25587,0.81615 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 9 'at' at screen 0.30843,0.81615 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 10 'the' at screen 0.32963,0.81615 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 11 'edge' at screen 0.36024,0.81615 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 12 'of' at screen 0.40337,0.81615 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 13 'the' at screen 0.07619,0.79847 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 14 'falls' at screen 0.10422,0.79847 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 15 'and' at screen 0.14165,0.79847 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 16 'looked' at screen 0.17386,0.79847 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 17 'down' at screen 0.23011,0.79847 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 18 'into' at screen 0.27696,0.79847 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 19 'the' at screen 0.31127,0.79847 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 20 'chasm.' at screen 0.33930,0.79847 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 21 'He' at screen 0.39711,0.79847 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 22 'estimated' at screen 0.07619,0.78079 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 23 'its' at screen 0.15806,0.78079 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 24 'width' at screen 0.18560,0.78079 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 25 'and' at screen 0.23823,0.78079 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 26 'depth' at screen 0.27516,0.78079 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 27 'and' at screen 0.32673,0.78079 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 28 'planted' at screen 0.36367,0.78079 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 29 'peach and apricot stones on the island.' at screen 0.07619,0.76312 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 30 'STAGE 3' at screen 0.07619,0.74011 left font 'Liberation Sans Bold,8.50' tc rgb '#2f5d3a' front
set label 31 'A Hero at Home' at screen 0.07619,0.72376 left font 'Liberation Serif Bold,13.50' tc rgb '#1a1a1a' front
set label 32 'He' at screen 0.07619,0.69948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 33 'reached' at screen 0.10606,0.69948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 34 'Quelimane' at screen 0.17248,0.69948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 35 'on' at screen 0.26296,0.69948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 36 'the' at screen 0.28971,0.69948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 37 'east' at screen 0.32063,0.69948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 38 'coast' at screen 0.35782,0.69948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 39 'in' at screen 0.40441,0.69948 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 40 'May' at screen 0.07619,0.68180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 41 '1856,' at screen 0.11629,0.68180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 42 'the' at screen 0.16424,0.68180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 43 'first' at screen 0.19283,0.68180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 44 'European' at screen 0.22875,0.68180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 45 'known' at screen 0.30645,0.68180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 46 'to' at screen 0.36328,0.68180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 47 'have' at screen 0.38353,0.68180 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 48 'crossed' at screen 0.07619,0.66412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 49 'southern' at screen 0.13934,0.66412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 50 'Africa' at screen 0.21087,0.66412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 51 'from' at screen 0.26564,0.66412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 52 'coast' at screen 0.30894,0.66412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 53 'to' at screen 0.35432,0.66412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 54 'coast,' at screen 0.37569,0.66412 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 55 'although' at screen 0.07619,0.64645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 56 'African' at screen 0.14812,0.64645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 57 'and' at screen 0.21166,0.64645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 58 'Portuguese' at screen 0.24491,0.64645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 59 'traders' at screen 0.33461,0.64645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 60 'had' at screen 0.39188,0.64645 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 61 'made' at screen 0.07619,0.62877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 62 'long' at screen 0.12323,0.62877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 63 'journeys' at screen 0.16297,0.62877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 64 'across' at screen 0.23405,0.62877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 65 'the' at screen 0.28736,0.62877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 66 'region' at screen 0.31664,0.62877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 67 'before' at screen 0.37100,0.62877 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 68 'him.' at screen 0.07619,0.61109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 69 'In' at screen 0.12444,0.61109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 70 'London' at screen 0.15439,0.61109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 71 'he' at screen 0.22719,0.61109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 72 'was' at screen 0.25923,0.61109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 73 'received' at screen 0.30276,0.61109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 74 'as' at screen 0.38075,0.61109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 75 'a' at screen 0.41070,0.61109 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 76 'celebrity,' at screen 0.07619,0.59342 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 77 'and' at screen 0.15561,0.59342 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 78 'his' at screen 0.19168,0.59342 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 79 'book' at screen 0.22253,0.59342 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 80 'Missionary' at screen 0.26906,0.59342 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 81 'Travels' at screen 0.36263,0.59342 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 82 'and' at screen 0.07619,0.57574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 83 'Researches' at screen 0.11009,0.57574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 84 'in' at screen 0.20144,0.57574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 85 'South' at screen 0.22281,0.57574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 86 'Africa' at screen 0.27346,0.57574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 87 'sold' at screen 0.32824,0.57574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 88 'tens' at screen 0.36633,0.57574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 89 'of' at screen 0.40337,0.57574 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 90 'thousands of copies.' at screen 0.07619,0.55806 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 91 'His' at screen 0.09286,0.54039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 92 'later' at screen 0.12573,0.54039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 93 'Zambezi' at screen 0.16588,0.54039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 94 'Expedition,' at screen 0.23843,0.54039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 95 'paid' at screen 0.33243,0.54039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 96 'for' at screen 0.37156,0.54039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 97 'by' at screen 0.40023,0.54039 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 98 'the' at screen 0.07619,0.52271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 99 'government,' at screen 0.10451,0.52271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 100 'found' at screen 0.20441,0.52271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 101 'that' at screen 0.25363,0.52271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 102 'the' at screen 0.28718,0.52271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 103 'Cahora' at screen 0.31549,0.52271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 104 'Bassa' at screen 0.37515,0.52271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 105 'rapids' at screen 0.07619,0.50503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 106 'closed' at screen 0.13017,0.50503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 107 'the' at screen 0.18624,0.50503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 108 'river' at screen 0.21723,0.50503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 109 'to' at screen 0.26075,0.50503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 110 'steamers,' at screen 0.28339,0.50503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 111 'and' at screen 0.36192,0.50503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 112 'his' at screen 0.39709,0.50503 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 113 'wife' at screen 0.45238,0.92389 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 114 'Mary' at screen 0.49482,0.92389 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 115 'died' at screen 0.54458,0.92389 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 116 'on' at screen 0.58598,0.92389 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 117 'it' at screen 0.61381,0.92389 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 118 'in' at screen 0.63327,0.92389 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 119 '1862.' at screen 0.65691,0.92389 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 120 'He' at screen 0.70826,0.92389 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 121 'died' at screen 0.73920,0.92389 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 122 'in' at screen 0.78060,0.92389 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 123 '1873' at screen 0.45238,0.90622 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 124 'in' at screen 0.49631,0.90622 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 125 'present-day' at screen 0.51724,0.90622 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 126 'Zambia' at screen 0.61129,0.90622 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 127 'while' at screen 0.67505,0.90622 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 128 'searching' at screen 0.72315,0.90622 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 129 'for' at screen 0.45238,0.88854 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 130 'the' at screen 0.48159,0.88854 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 131 'source' at screen 0.51184,0.88854 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 132 'of' at screen 0.56821,0.88854 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 133 'the' at screen 0.59115,0.88854 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 134 'Nile,' at screen 0.62140,0.88854 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 135 'and' at screen 0.66576,0.88854 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 136 'his' at screen 0.70019,0.88854 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 137 'compan-' at screen 0.72941,0.88854 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 138 'ions' at screen 0.45238,0.87086 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 139 'Susi' at screen 0.49107,0.87086 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 140 'and' at screen 0.53081,0.87086 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 141 'Chuma' at screen 0.56530,0.87086 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 142 'carried' at screen 0.62698,0.87086 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 143 'his' at screen 0.68652,0.87086 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 144 'body' at screen 0.71580,0.87086 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 145 'hun-' at screen 0.76075,0.87086 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 146 'dreds of kilometres to the coast.' at screen 0.45238,0.85319 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 147 'A' at screen 0.09286,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 148 'statue' at screen 0.11308,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 149 'of' at screen 0.16361,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 150 'Livingstone' at screen 0.18592,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 151 'now' at screen 0.28244,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 152 'stands' at screen 0.32148,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 153 'on' at screen 0.37515,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 154 'the' at screen 0.40061,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 155 'Zambian' at screen 0.43023,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 156 'side' at screen 0.50374,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 157 'of' at screen 0.54069,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 158 'the' at screen 0.56300,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 159 'falls,' at screen 0.59262,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 160 'and' at screen 0.63635,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 161 'the' at screen 0.67016,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 162 'nearby' at screen 0.69978,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 163 'town' at screen 0.75761,0.47271 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 164 'that' at screen 0.07619,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 165 'bears' at screen 0.10971,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 166 'his' at screen 0.15472,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 167 'name' at screen 0.18198,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 168 'kept' at screen 0.22804,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 169 'it' at screen 0.26574,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 170 'after' at screen 0.28150,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 171 'independence.' at screen 0.32127,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 172 'His' at screen 0.43471,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 173 'reputation' at screen 0.46615,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 174 'has' at screen 0.54774,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 175 'been' at screen 0.57813,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 176 'argued' at screen 0.61895,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 177 'over' at screen 0.67545,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 178 'ever' at screen 0.71419,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 179 'since,' at screen 0.75188,0.45504 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 180 'but his reports did much to turn British opinion against the East African slave trade.' at screen 0.07619,0.43736 left font 'Liberation Serif,11.20' tc rgb '#1a1a1a' front
set label 181 '“Scenes so lovely must have been' at screen 0.09524,0.92272 left font 'Liberation Serif Italic,13.00' tc rgb '#2f5d3a' front
set label 182 'gazed upon by angels in their' at screen 0.09524,0.90252 left font 'Liberation Serif Italic,13.00' tc rgb '#2f5d3a' front
set label 183 'flight.”' at screen 0.09524,0.88232 left font 'Liberation Serif Italic,13.00' tc rgb '#2f5d3a' front
set label 184 '— David Livingstone, Missionary Travels, 1857' at screen 0.09524,0.85149 left font 'Liberation Sans,7.50' tc rgb '#444444' front
set label 185 'Two journeys, one river' at screen 0.08571,0.38607 left font 'Liberation Sans Bold,8.50' tc rgb '#ffffff' front
set label 186 'Left Linyanti' at screen 0.08571,0.36723 left font 'Liberation Sans Bold,8.50' tc rgb '#1a1a1a' front
set label 187 'November 1853' at screen 0.25448,0.36723 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
set label 188 'Reached Luanda' at screen 0.08571,0.35107 left font 'Liberation Sans Bold,8.50' tc rgb '#1a1a1a' front
set label 189 'May 1854' at screen 0.25448,0.35107 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
set label 190 'Saw the falls' at screen 0.08571,0.33492 left font 'Liberation Sans Bold,8.50' tc rgb '#1a1a1a' front
set label 191 'November 1855' at screen 0.25448,0.33492 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
set label 192 'Reached Quelimane' at screen 0.08571,0.31876 left font 'Liberation Sans Bold,8.50' tc rgb '#1a1a1a' front
set label 193 'May 1856' at screen 0.25448,0.31876 left font 'Liberation Sans,8.50' tc rgb '#1a1a1a' front
set label 194 'How Big Are the Falls?' at screen 0.83662,0.08081 left rotate by 90 font 'Liberation Sans Bold,11.00' tc rgb '#2f5d3a' front
set label 195 'The Zambezi drops about 108 metres into a narrow gorge along a lip some 1,700 metres wide, which makes Victoria Falls one of the largest curtains of falling water in the world. In the' at screen 0.85846,0.08081 left rotate by 90 font 'Liberation Sans,8.60' tc rgb '#1a1a1a' front
set label 196 'rainy season its spray can be seen from more than twenty kilometres away.' at screen 0.87893,0.08081 left rotate by 90 font 'Liberation Sans,8.60' tc rgb '#1a1a1a' front
plot NaN notitle
