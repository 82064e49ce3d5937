\version "2.24.1"
\paper {
  paper-width = 595.000\pt paper-height = 842.000\pt
  top-margin = 0 bottom-margin = 0 left-margin = 0 right-margin = 0 indent = 0
  top-system-spacing = #'((basic-distance . 0) (minimum-distance . 0) (padding . 0))
  markup-system-spacing = #'((basic-distance . 0) (minimum-distance . 0) (padding . 0))
  top-markup-spacing = #'((basic-distance . 0) (minimum-distance . 0) (padding . 0))
  markup-markup-spacing = #'((basic-distance . 0) (minimum-distance . 0) (padding . 0))
  ragged-bottom = ##t ragged-last-bottom = ##t
  print-page-number = ##f tagline = ##f
  first-page-number = 1
  oddHeaderMarkup = \markup \null evenHeaderMarkup = \markup \null
  oddFooterMarkup = \markup \null
  evenFooterMarkup = \markup \null
}
\header { tagline = ##f }
\markup \with-dimensions #'(0 . 119.000) #'(-156.400 . 0) \overlay {
  \translate #'(8.000 . -8.800) \with-color #(rgb-color 0.620 0.120 0.100) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #7.80 "FRIENDS OF THE BOWDEN HILL SCIENCE ROOMS · NEWSLETTER NO. 47 · SPRING"
  \with-color #(rgb-color 0.620 0.120 0.100) \filled-box #'(8.000 . 111.000) #'(-10.560 . -10.240) #0
  \translate #'(8.000 . -18.400) \override #'(font-name . "C059 Bold") \abs-fontsize #34.00 "Dephlogisticated Air"
  \translate #'(8.000 . -23.200) \override #'(font-name . "C059 Italic") \abs-fontsize #16.00 "Joseph Priestley and the Discovery of Oxygen, 1774"
  \translate #'(8.000 . -28.400) \override #'(font-name . "Nimbus Sans") \abs-fontsize #11.00 \override #'(line-width . 103.000) \justify-line { "This" "spring’s" "exhibition" "in" "the" "Library" "Room" "marks" "the" "experiment" "Joseph" "Priestley" "made" "in" "August" "1774," }
  \translate #'(8.000 . -31.400) \override #'(font-name . "Nimbus Sans") \abs-fontsize #11.00 \override #'(line-width . 103.000) \justify-line { "when" "a" "burning" "lens" "and" "a" "little" "red" "powder" "gave" "him" "a" "gas" "that" "made" "a" "candle" "blaze" "and" "kept" "a" "mouse" }
  \translate #'(8.000 . -34.400) \override #'(font-name . "Nimbus Sans") \abs-fontsize #11.00 "alive twice as long as ordinary air."
  \with-color #(rgb-color 0.000 0.000 0.000) \filled-box #'(8.000 . 111.000) #'(-36.660 . -36.540) #0
  \translate #'(8.000 . -41.500) \override #'(font-name . "C059 Bold") \abs-fontsize #12.50 "1 A Minister Among the"
  \translate #'(8.000 . -44.600) \override #'(font-name . "C059 Bold") \abs-fontsize #12.50 "Gases"
  \translate #'(8.000 . -47.960) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "Joseph" "Priestley" "was" "born" "near" }
  \translate #'(8.000 . -50.840) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "Leeds" "in" "1733" "and" "trained" "for" }
  \translate #'(8.000 . -53.720) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "the" "ministry" "at" "a" "dissenting" }
  \translate #'(8.000 . -56.600) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "academy," "since" "as" "a" "noncon-" }
  \translate #'(8.000 . -59.480) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "formist" "he" "could" "not" "go" "to" }
  \translate #'(8.000 . -62.360) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "Oxford" "or" "Cambridge." "He" }
  \translate #'(8.000 . -65.240) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "taught" "languages," "wrote" "a" }
  \translate #'(8.000 . -68.120) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "grammar" "and" "a" "history" "of" "elec-" }
  \translate #'(8.000 . -71.000) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "tricity," "and" "preached" "wherever" }
  \translate #'(8.000 . -73.880) \override #'(font-name . "C059") \abs-fontsize #10.80 "a congregation would have him."
  \translate #'(10.200 . -76.760) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 30.000) \justify-line { "His" "interest" "in" "airs" "began" }
  \translate #'(8.000 . -79.640) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "beside" "a" "brewery" "in" "Leeds," }
  \translate #'(8.000 . -82.520) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "where" "the" "vats" "gave" "off" "fixed" }
  \translate #'(8.000 . -85.400) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "air," "the" "gas" "we" "now" "call" "carbon" }
  \translate #'(8.000 . -88.280) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "dioxide." "He" "found" "that" "water" }
  \translate #'(8.000 . -91.160) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "shaken" "with" "it" "took" "on" "a" "pleas-" }
  \translate #'(8.000 . -94.040) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "ant" "sparkle," "and" "in" "1772" "he" }
  \translate #'(8.000 . -96.920) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "published" "directions" "for" "making" }
  \translate #'(8.000 . -99.800) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "it," "which" "is" "how" "soda" "water" }
  \translate #'(8.000 . -102.680) \override #'(font-name . "C059") \abs-fontsize #10.80 "entered the world (Fig. 1)."
  \with-color #(rgb-color 0.800 0.800 0.800) \filled-box #'(8.000 . 40.200) #'(-122.600 . -104.200) #0
  \with-color #(rgb-color 0.620 0.620 0.620) \translate #'(8.000 . -104.200) \draw-line #'(32.200 . -18.400)
  \with-color #(rgb-color 0.620 0.620 0.620) \translate #'(8.000 . -122.600) \draw-line #'(32.200 . 18.400)
  \translate #'(8.000 . -125.480) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.40 "Fig. 1 Glass vessels of the kind Priestley"
  \translate #'(8.000 . -127.600) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.40 "used for collecting airs over water and"
  \translate #'(8.000 . -129.720) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.40 "mercury, about 1775."
  \translate #'(8.000 . -131.760) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #8.00 "Lent by the Calne Philosophical Society,"
  \translate #'(8.000 . -133.840) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #8.00 "CPS 1911.4"
  \translate #'(8.000 . -140.420) \override #'(font-name . "C059 Bold") \abs-fontsize #12.50 "2 The Burning Lens"
  \translate #'(8.000 . -143.780) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "In" "1773" "Priestley" "became" "librar-" }
  \translate #'(8.000 . -146.660) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "ian" "and" "companion" "to" "the" "Earl" }
  \translate #'(8.000 . -149.540) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "of" "Shelburne" "at" "Bowood" "House" }
  \translate #'(8.000 . -152.420) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "in" "Wiltshire," "which" "gave" "him" "a" }
  \translate #'(8.000 . -155.300) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "salary," "a" "house" "and" "time" "for" }
  \translate #'(43.400 . -41.160) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "experiments." "On" "1" "August" "1774" }
  \translate #'(43.400 . -44.040) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "he" "turned" "a" "large" "burning" "lens" }
  \translate #'(43.400 . -46.920) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "on" "a" "sample" "of" "mercurius" "cal-" }
  \translate #'(43.400 . -49.800) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "cinatus," "the" "red" "calx" "of" "mercury," }
  \translate #'(43.400 . -52.680) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "sealed" "in" "a" "vessel" "over" "mercury." }
  \translate #'(43.400 . -55.560) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "The" "heat" "drove" "off" "a" "gas" "that" }
  \translate #'(43.400 . -58.440) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "made" "a" "candle" "flame" "burn" "with" }
  \translate #'(43.400 . -61.320) \override #'(font-name . "C059") \abs-fontsize #10.80 "remarkable vigour."
  \translate #'(45.600 . -64.200) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 30.000) \justify-line { "Over" "the" "following" "months" "he" }
  \translate #'(43.400 . -67.080) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "tested" "it" "further." "A" "mouse" "shut" }
  \translate #'(43.400 . -69.960) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "in" "a" "jar" "of" "the" "new" "air" "lived" "far" }
  \translate #'(43.400 . -72.840) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "longer" "than" "one" "in" "the" "same" }
  \translate #'(43.400 . -75.720) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "quantity" "of" "common" "air," "and" }
  \translate #'(43.400 . -78.600) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "when" "Priestley" "breathed" "it" "him-" }
  \translate #'(43.400 . -81.480) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "self" "he" "felt" "his" "chest" "light" "and" }
  \translate #'(43.400 . -84.360) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "easy" "for" "some" "time" "afterwards." }
  \translate #'(43.400 . -87.240) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "He" "wondered" "whether" "it" "might" }
  \translate #'(43.400 . -90.120) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "one" "day" "become" "a" "fashionable" }
  \translate #'(43.400 . -93.000) \override #'(font-name . "C059") \abs-fontsize #10.80 "luxury (Fig. 2)."
  \with-color #(rgb-color 0.930 0.880 0.800) \filled-box #'(43.400 . 111.000) #'(-121.600 . -102.400) #0
  \with-color #(rgb-color 0.620 0.120 0.100) \filled-box #'(43.400 . 111.000) #'(-102.600 . -102.200) #0
  \translate #'(45.800 . -107.200) \with-color #(rgb-color 0.620 0.120 0.100) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #12.50 "Who Got There First?"
  \translate #'(45.800 . -110.800) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.60 \override #'(line-width . 62.800) \justify-line { "The" "Swedish" "apothecary" "Carl" "Wilhelm" "Scheele" "had" "made" "the" "same" "gas," }
  \translate #'(45.800 . -113.400) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.60 \override #'(line-width . 62.800) \justify-line { "which" "he" "called" "fire" "air," "a" "year" "or" "two" "before" "Priestley." "His" "book" "describ-" }
  \translate #'(45.800 . -116.000) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.60 \override #'(line-width . 62.800) \justify-line { "ing" "it" "was" "delayed" "at" "the" "printer" "and" "did" "not" "appear" "until" "1777," "by" "which" }
  \translate #'(45.800 . -118.600) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.60 "time Priestley’s account had been in print for two years."
  \with-color #(rgb-color 0.800 0.800 0.800) \filled-box #'(78.800 . 111.000) #'(-57.400 . -39.000) #0
  \with-color #(rgb-color 0.620 0.620 0.620) \translate #'(78.800 . -39.000) \draw-line #'(32.200 . -18.400)
  \with-color #(rgb-color 0.620 0.620 0.620) \translate #'(78.800 . -57.400) \draw-line #'(32.200 . 18.400)
  \translate #'(78.800 . -60.280) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.40 "Fig. 2 The burning lens, a twelve-inch"
  \translate #'(78.800 . -62.400) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.40 "glass mounted on a stand that could be"
  \translate #'(78.800 . -64.520) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.40 "tilted to follow the sun."
  \translate #'(78.800 . -66.560) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #8.00 "Photo: Bowden Hill Science Rooms, BHSR"
  \translate #'(78.800 . -68.640) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #8.00 "2004/31"
  \translate #'(78.800 . -75.220) \override #'(font-name . "C059 Bold") \abs-fontsize #12.50 "3 Lavoisier Gives It a"
  \translate #'(78.800 . -78.320) \override #'(font-name . "C059 Bold") \abs-fontsize #12.50 "Name"
  \translate #'(78.800 . -81.680) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "Priestley" "explained" "what" "he" }
  \translate #'(78.800 . -84.560) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "had" "seen" "in" "terms" "of" "phlogiston," }
  \translate #'(78.800 . -87.440) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "the" "substance" "that" "chemists" }
  \translate #'(78.800 . -90.320) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "then" "believed" "escaped" "from" "any-" }
  \translate #'(78.800 . -93.200) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "thing" "that" "burned." "His" "gas," "he" }
  \translate #'(78.800 . -96.080) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "reasoned," "must" "contain" "very" }
  \translate #'(78.800 . -98.960) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "little" "of" "it" "and" "so" "could" "soak" "up" }
  \with-color #(rgb-color 0.000 0.000 0.000) \filled-box #'(8.000 . 111.000) #'(-161.250 . -161.150) #0
  \translate #'(8.000 . -164.000) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.50 "Newsletter No. 47"
  \translate #'(109.999 . -164.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #9.00 "1"
}
\pageBreak
\markup \with-dimensions #'(0 . 119.000) #'(-156.400 . 0) \overlay {
  \translate #'(8.000 . -17.760) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "a" "great" "deal," "and" "he" "called" "it" }
  \translate #'(8.000 . -20.640) \override #'(font-name . "C059") \abs-fontsize #10.80 "dephlogisticated air."
  \translate #'(10.200 . -23.520) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 30.000) \justify-line { "In" "October" "1774" "he" "travelled" }
  \translate #'(8.000 . -26.400) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "with" "Shelburne" "to" "Paris" "and" }
  \translate #'(8.000 . -29.280) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "described" "his" "experiment" "over" }
  \translate #'(8.000 . -32.160) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "dinner" "to" "Antoine" "Lavoisier." }
  \translate #'(8.000 . -35.040) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "Lavoisier" "repeated" "it" "and" "came" }
  \translate #'(8.000 . -37.920) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "to" "a" "very" "different" "conclusion:" }
  \translate #'(8.000 . -40.800) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "the" "gas" "was" "an" "element" "in" "its" }
  \translate #'(8.000 . -43.680) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "own" "right," "and" "burning" "was" "a" }
  \translate #'(8.000 . -46.560) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "combination" "with" "it," "not" "a" "loss" }
  \translate #'(8.000 . -49.440) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "of" "anything." "He" "named" "it" "oxy-" }
  \translate #'(8.000 . -52.320) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "gène," "the" "acid-maker." "Priestley" }
  \translate #'(8.000 . -55.200) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "never" "accepted" "the" "new" "chem-" }
  \translate #'(8.000 . -58.080) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "istry" "and" "defended" "phlogiston" }
  \translate #'(8.000 . -60.960) \override #'(font-name . "C059") \abs-fontsize #10.80 "for the rest of his life."
  \translate #'(8.000 . -66.180) \override #'(font-name . "C059 Bold") \abs-fontsize #12.50 "4 Fire in Birmingham"
  \translate #'(8.000 . -69.540) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "After" "leaving" "Shelburne" "in" "1780" }
  \translate #'(8.000 . -72.420) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "Priestley" "moved" "to" "Birming-" }
  \translate #'(8.000 . -75.300) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "ham," "where" "he" "joined" "the" "Lunar" }
  \translate #'(8.000 . -78.180) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "Society" "and" "preached" "at" "the" }
  \translate #'(8.000 . -81.060) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "New" "Meeting." "His" "open" "support" }
  \translate #'(8.000 . -83.940) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "for" "the" "French" "Revolution" "made" }
  \translate #'(8.000 . -86.820) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "him" "enemies." "On" "14" "July" "1791" "a" }
  \translate #'(8.000 . -89.700) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "mob" "attacked" "the" "houses" "of" "dis-" }
  \translate #'(8.000 . -92.580) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "senters," "and" "his" "home," "library" }
  \translate #'(8.000 . -95.460) \override #'(font-name . "C059") \abs-fontsize #10.80 "and laboratory were burned."
  \translate #'(10.200 . -98.340) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 30.000) \justify-line { "Three" "years" "later" "he" "sailed" }
  \translate #'(8.000 . -101.220) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "for" "America" "and" "settled" "at" }
  \translate #'(8.000 . -104.100) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "Northumberland" "in" }
  \translate #'(8.000 . -106.980) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "Pennsylvania," "where" "he" "went" }
  \translate #'(8.000 . -109.860) \override #'(font-name . "C059") \abs-fontsize #10.80 \override #'(line-width . 32.200) \justify-line { "on" "with" "his" "experiments" "until" }
  \translate #'(8.000 . -112.740) \override #'(font-name . "C059") \abs-fontsize #10.80 "his death in 1804."
  \with-color #(rgb-color 0.620 0.120 0.100) \filled-box #'(8.000 . 40.200) #'(-120.260 . -116.660) #0
  \translate #'(9.200 . -119.160) \with-color #(rgb-color 1.000 1.000 1.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #9.00 "Opening hours"
  \with-color #(rgb-color 0.900 0.900 0.900) \filled-box #'(8.000 . 25.710) #'(-123.660 . -120.260) #0
  \translate #'(9.000 . -122.660) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #8.40 "Tuesday to Saturday"
  \translate #'(26.910 . -122.660) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.40 "10.00–16.30"
  \with-color #(rgb-color 0.600 0.600 0.600) \filled-box #'(8.000 . 40.200) #'(-123.700 . -123.620) #0
  \with-color #(rgb-color 0.900 0.900 0.900) \filled-box #'(8.000 . 25.710) #'(-127.060 . -123.660) #0
  \translate #'(9.000 . -126.060) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #8.40 "Sunday"
  \translate #'(26.910 . -126.060) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.40 "13.00–16.30"
  \with-color #(rgb-color 0.600 0.600 0.600) \filled-box #'(8.000 . 40.200) #'(-127.100 . -127.020) #0
  \with-color #(rgb-color 0.900 0.900 0.900) \filled-box #'(8.000 . 25.710) #'(-130.460 . -127.060) #0
  \translate #'(9.000 . -129.460) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #8.40 "Monday"
  \translate #'(26.910 . -129.460) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.40 "closed"
  \with-color #(rgb-color 0.600 0.600 0.600) \filled-box #'(8.000 . 40.200) #'(-130.500 . -130.420) #0
  \with-color #(rgb-color 0.620 0.120 0.100) \filled-box #'(43.400 . 111.000) #'(-17.000 . -16.600) #0
  \translate #'(45.400 . -23.600) \with-color #(rgb-color 0.620 0.120 0.100) \override #'(font-name . "C059 Italic") \abs-fontsize #19.00 "“The feeling of it to my lungs was"
  \translate #'(45.400 . -28.600) \with-color #(rgb-color 0.620 0.120 0.100) \override #'(font-name . "C059 Italic") \abs-fontsize #19.00 "not sensibly different from that of"
  \translate #'(45.400 . -33.600) \with-color #(rgb-color 0.620 0.120 0.100) \override #'(font-name . "C059 Italic") \abs-fontsize #19.00 "common air.”"
  \translate #'(52.418 . -39.000) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.40 "— Joseph Priestley, Experiments and Observations on Different Kinds of Air"
  \with-color #(rgb-color 0.620 0.120 0.100) \filled-box #'(43.400 . 111.000) #'(-41.460 . -41.340) #0
  \with-color #(rgb-color 0.930 0.880 0.800) \filled-box #'(43.400 . 111.000) #'(-75.800 . -47.400) #0
  \translate #'(45.800 . -51.000) \with-color #(rgb-color 0.620 0.120 0.100) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #12.00 "Diary Dates"
  \translate #'(45.800 . -55.400) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #9.40 "Thursday 14 May, 7.30 pm"
  \translate #'(45.800 . -57.800) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.40 "Talk: the Bowood laboratory rediscovered"
  \translate #'(45.800 . -61.400) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #9.40 "Saturday 6 June, 11.00–15.00"
  \translate #'(45.800 . -63.800) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.40 "Family day: make your own sparkling water"
  \translate #'(45.800 . -67.400) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #9.40 "Tuesday 21 July"
  \translate #'(45.800 . -69.800) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.40 "Members’ coach trip to the Lunar Society rooms, Birmingham"
  \translate #'(45.800 . -74.600) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #8.60 "Members’ tickets from the Library Room desk. Non-members welcome."
  \translate #'(8.000 . -8.000) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.50 "Friends of the Bowden Hill Science Rooms"
  \translate #'(91.538 . -8.000) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #8.50 "Lavoisier Gives It a Name"
  \with-color #(rgb-color 0.000 0.000 0.000) \filled-box #'(8.000 . 111.000) #'(-9.650 . -9.550) #0
  \with-color #(rgb-color 0.000 0.000 0.000) \filled-box #'(8.000 . 111.000) #'(-161.250 . -161.150) #0
  \translate #'(8.000 . -164.000) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.50 "Newsletter No. 47"
  \translate #'(109.999 . -164.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #9.00 "2"
}
