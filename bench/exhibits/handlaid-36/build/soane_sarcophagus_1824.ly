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
  \translate #'(9.200 . -10.000) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #8.00 "COLLECTION HIGHLIGHTS · LOWER GROUND FLOOR"
  \translate #'(9.200 . -18.000) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "C059 Bold") \abs-fontsize #30.00 "An Alabaster Coffin"
  \translate #'(9.200 . -24.400) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "C059 Bold") \abs-fontsize #30.00 "for a Pharaoh"
  \translate #'(9.200 . -29.200) \override #'(font-name . "C059 Italic") \abs-fontsize #15.00 "Belzoni, Soane and the Sarcophagus of Seti I"
  \translate #'(9.200 . -34.400) \override #'(font-name . "C059 Italic") \abs-fontsize #11.50 \override #'(line-width . 100.600) \justify-line { "In" "1824" "an" "architect" "paid" "two" "thousand" "pounds" "for" "a" "king’s" "coffin" "that" "the" "British" "Museum" "had" }
  \translate #'(9.200 . -37.500) \override #'(font-name . "C059 Italic") \abs-fontsize #11.50 \override #'(line-width . 100.600) \justify-line { "turned" "down," "and" "put" "it" "in" "his" "basement." "The" "next" "spring" "he" "invited" "London" "to" "come" "and" "see" "it" }
  \translate #'(9.200 . -40.600) \override #'(font-name . "C059 Italic") \abs-fontsize #11.50 "by lamplight."
  \with-color #(rgb-color 0.160 0.200 0.320) \filled-box #'(9.200 . 109.800) #'(-42.980 . -42.820) #0
  \translate #'(9.200 . -48.220) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "C059 Bold") \abs-fontsize #12.60 "I A Strongman in the Valley"
  \translate #'(9.200 . -51.580) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "Giovanni" "Battista" "Belzoni" "was" "born" "in" "Padua" }
  \translate #'(9.200 . -54.660) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "in" "1778" "and" "came" "to" "England" "as" "a" "young" }
  \translate #'(9.200 . -57.740) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "man." "He" "was" "well" "over" "six" "feet" "tall," "and" "for" }
  \translate #'(9.200 . -60.820) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "some" "years" "he" "earned" "his" "living" "on" "the" "Lon-" }
  \translate #'(9.200 . -63.900) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "don" "stage" "as" "a" "strongman," "carrying" "a" "dozen" }
  \translate #'(9.200 . -66.980) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "people" "on" "an" "iron" "frame" "strapped" "to" "his" }
  \translate #'(9.200 . -70.060) \override #'(font-name . "C059") \abs-fontsize #11.40 "shoulders."
  \translate #'(11.600 . -73.140) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 45.900) \justify-line { "He" "went" "to" "Egypt" "in" "1815" "hoping" "to" "sell" "a" }
  \translate #'(9.200 . -76.220) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "water" "wheel" "to" "the" "pasha." "When" "the" "machine" }
  \translate #'(9.200 . -79.300) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "was" "rejected" "he" "found" "work" "with" "Henry" "Salt," }
  \translate #'(9.200 . -82.380) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "the" "British" "consul" "general," "moving" "antiquit-" }
  \translate #'(9.200 . -85.460) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "ies" "for" "him." "In" "October" "1817," "searching" "the" }
  \translate #'(9.200 . -88.540) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "Valley" "of" "the" "Kings" "near" "Thebes," "he" "broke" }
  \translate #'(9.200 . -91.620) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "into" "the" "tomb" "of" "Seti" "I," "the" "longest" "and" "most" }
  \translate #'(9.200 . -94.700) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "richly" "decorated" "tomb" "yet" "found" "there." "In" "the" }
  \translate #'(9.200 . -97.780) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "burial" "chamber" "lay" "an" "empty" "coffin" "carved" }
  \translate #'(9.200 . -100.860) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "from" "a" "single" "block" "of" "translucent" "white" }
  \translate #'(9.200 . -103.940) \override #'(font-name . "C059") \abs-fontsize #11.40 "stone."
  \translate #'(9.200 . -108.460) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "C059 Bold") \abs-fontsize #12.60 "II A Price Nobody Would Pay"
  \translate #'(9.200 . -111.820) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "The" "sarcophagus" "is" "made" "of" "Egyptian" "ala-" }
  \translate #'(9.200 . -114.900) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "baster," "a" "calcite" "so" "thin" "in" "places" "that" "a" "lamp" }
  \translate #'(9.200 . -117.980) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "held" "inside" "shows" "through" "the" "walls." "Every" }
  \translate #'(9.200 . -121.060) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "surface," "inside" "and" "out," "is" "cut" "with" "figures" }
  \translate #'(9.200 . -124.140) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "and" "hieroglyphs" "from" "the" "Book" "of" "Gates," }
  \translate #'(9.200 . -127.220) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "which" "describes" "the" "journey" "of" "the" "sun" "god" }
  \translate #'(9.200 . -130.300) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "through" "the" "twelve" "hours" "of" "the" "night." "The" }
  \translate #'(9.200 . -133.380) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "lines" "were" "once" "filled" "with" "blue" "pigment," "and" }
  \translate #'(9.200 . -136.460) \override #'(font-name . "C059") \abs-fontsize #11.40 "traces of it remain."
  \with-color #(rgb-color 0.800 0.800 0.800) \filled-box #'(61.500 . 88.700) #'(-66.500 . -45.700) #0
  \with-color #(rgb-color 0.620 0.620 0.620) \translate #'(61.500 . -45.700) \draw-line #'(27.200 . -20.800)
  \with-color #(rgb-color 0.620 0.620 0.620) \translate #'(61.500 . -66.500) \draw-line #'(27.200 . 20.800)
  \translate #'(90.700 . -47.300) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #7.80 "Left:"
  \translate #'(90.700 . -49.300) \override #'(font-name . "Nimbus Sans") \abs-fontsize #7.80 "The sarcophagus in the"
  \translate #'(90.700 . -51.300) \override #'(font-name . "Nimbus Sans") \abs-fontsize #7.80 "Sepulchral Chamber, seen"
  \translate #'(90.700 . -53.300) \override #'(font-name . "Nimbus Sans") \abs-fontsize #7.80 "from the colonnade above."
  \translate #'(90.700 . -55.300) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #7.20 "Photo: Lincoln’s Inn Collec-"
  \translate #'(90.700 . -57.180) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #7.20 "tions Trust, LICT 88/2"
  \translate #'(63.900 . -70.780) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 45.900) \justify-line { "Salt" "shipped" "the" "coffin" "to" "London" "and" }
  \translate #'(61.500 . -73.860) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "offered" "it" "to" "the" "British" "Museum." "The" "trust-" }
  \translate #'(61.500 . -76.940) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "ees" "hesitated" "over" "his" "price" "of" "two" "thousand" }
  \translate #'(61.500 . -80.020) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "pounds," "and" "while" "they" "argued" "Belzoni," "who" }
  \translate #'(61.500 . -83.100) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "felt" "that" "his" "own" "part" "in" "the" "find" "had" "been" }
  \translate #'(61.500 . -86.180) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "ignored," "quarrelled" "with" "Salt." "In" "1824" "the" }
  \translate #'(61.500 . -89.260) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "trustees" "finally" "declined," "and" "the" "architect" }
  \translate #'(61.500 . -92.340) \override #'(font-name . "C059") \abs-fontsize #11.40 "Sir John Soane bought it for the full sum."
  \translate #'(61.500 . -96.860) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "C059 Bold") \abs-fontsize #12.60 "III Three Nights by Lamplight"
  \translate #'(61.500 . -100.220) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "Soane" "had" "it" "lowered" "into" "the" "basement" "of" "his" }
  \translate #'(61.500 . -103.300) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "house" "in" "Lincoln’s" "Inn" "Fields," "where" "he" "was" }
  \translate #'(61.500 . -106.380) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "building" "a" "museum" "of" "architecture" "and" }
  \translate #'(61.500 . -109.460) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "antiquities." "The" "doorways" "were" "too" "narrow," }
  \translate #'(61.500 . -112.540) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "and" "part" "of" "a" "back" "wall" "had" "to" "be" "taken" "down" }
  \translate #'(61.500 . -115.620) \override #'(font-name . "C059") \abs-fontsize #11.40 "to get it in."
  \translate #'(63.900 . -118.700) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 45.900) \justify-line { "In" "March" "1825" "Soane" "gave" "three" "evening" }
  \translate #'(61.500 . -121.780) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "receptions" "to" "show" "it" "off." "Guests" "came" "down" }
  \translate #'(61.500 . -124.860) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "to" "the" "crypt-like" "rooms" "through" "passages" }
  \translate #'(61.500 . -127.940) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "hung" "with" "lamps" "and" "candles," "and" "found" "the" }
  \translate #'(61.500 . -131.020) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "coffin" "glowing" "from" "within." "Around" "a" "thou-" }
  \translate #'(61.500 . -134.100) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "sand" "people" "came" "over" "the" "three" "nights," }
  \translate #'(61.500 . -137.180) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "among" "them" "politicians," "painters" "and" "poets," }
  \translate #'(61.500 . -140.260) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "and" "the" "newspapers" "reported" "the" "parties" "for" }
  \translate #'(61.500 . -143.340) \override #'(font-name . "C059") \abs-fontsize #11.40 "weeks."
  \translate #'(61.500 . -147.860) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "C059 Bold") \abs-fontsize #12.60 "IV Still in the Basement"
  \translate #'(61.500 . -151.220) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "Belzoni" "did" "not" "see" "the" "celebrations." "He" "had" }
  \translate #'(61.500 . -154.300) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "set" "out" "for" "Timbuktu" "and" "died" "of" "dysentery" }
  \translate #'(9.200 . -162.400) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #9.00 "14"
}
\pageBreak
\markup \with-dimensions #'(0 . 119.000) #'(-156.400 . 0) \overlay {
  \with-color #(rgb-color 0.800 0.800 0.800) \filled-box #'(0.000 . 119.000) #'(-150.000 . 0.000) #0
  \with-color #(rgb-color 0.620 0.620 0.620) \translate #'(0.000 . 0.000) \draw-line #'(119.000 . -150.000)
  \with-color #(rgb-color 0.620 0.620 0.620) \translate #'(0.000 . -150.000) \draw-line #'(119.000 . 150.000)
  \translate #'(9.200 . -156.000) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.40 "The lid, broken when the tomb was robbed in antiquity, survives only in fragments; the largest pieces are shown here"
  \translate #'(9.200 . -158.480) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.40 "beside a reconstruction drawing."
  \translate #'(9.200 . -160.960) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #8.60 "Drawing lent by the Padua Society of Travellers, PST D.17"
}
\pageBreak
\markup \with-dimensions #'(0 . 119.000) #'(-156.400 . 0) \overlay {
  \translate #'(9.200 . -19.080) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "on" "the" "coast" "of" "West" "Africa" "in" "1823." "Soane" }
  \translate #'(9.200 . -22.160) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "lived" "until" "1837." "An" "Act" "of" "Parliament" "passed" }
  \translate #'(9.200 . -25.240) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "before" "his" "death" "kept" "the" "house" "and" "collection" }
  \translate #'(9.200 . -28.320) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "exactly" "as" "he" "left" "them," "and" "the" "sarcophagus" }
  \translate #'(9.200 . -31.400) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "has" "not" "moved" "from" "the" "spot" "where" "he" "placed" }
  \translate #'(9.200 . -34.480) \override #'(font-name . "C059") \abs-fontsize #11.40 \override #'(line-width . 48.300) \justify-line { "it." "Visitors" "can" "still" "look" "down" "on" "it" "from" "the" }
  \translate #'(9.200 . -37.560) \override #'(font-name . "C059") \abs-fontsize #11.40 "floor above, just as his guests did in 1825."
  \with-color #(rgb-color 0.160 0.200 0.320) \filled-box #'(9.200 . 57.500) #'(-60.960 . -41.160) #0
  \with-color #(rgb-color 0.950 0.950 0.970) \filled-box #'(9.440 . 57.260) #'(-60.720 . -41.400) #0
  \translate #'(11.200 . -45.160) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #11.00 "What Was the Book of Gates?"
  \translate #'(11.200 . -48.360) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.40 \override #'(line-width . 44.300) \justify-line { "The" "Book" "of" "Gates" "is" "one" "of" "several" "texts" "painted" "in" }
  \translate #'(11.200 . -50.880) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.40 \override #'(line-width . 44.300) \justify-line { "royal" "tombs" "of" "the" "New" "Kingdom." "It" "divides" "the" "night" }
  \translate #'(11.200 . -53.400) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.40 \override #'(line-width . 44.300) \justify-line { "into" "twelve" "hours," "each" "closed" "by" "a" "gate" "guarded" "by" }
  \translate #'(11.200 . -55.920) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.40 \override #'(line-width . 44.300) \justify-line { "a" "serpent," "which" "the" "sun" "must" "pass" "before" "it" "can" "rise" }
  \translate #'(11.200 . -58.440) \override #'(font-name . "Nimbus Sans") \abs-fontsize #9.40 "again in the morning."
  \translate #'(9.200 . -10.400) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "Nimbus Sans") \abs-fontsize #8.60 "Highlights of the Lincoln’s Inn Collections"
  \translate #'(107.798 . -10.400) \with-color #(rgb-color 0.160 0.200 0.320) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #9.00 "16"
  \with-color #(rgb-color 0.160 0.200 0.320) \filled-box #'(9.200 . 109.800) #'(-12.050 . -11.950) #0
}
