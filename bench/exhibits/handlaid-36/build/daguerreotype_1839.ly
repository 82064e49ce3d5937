\version "2.24.1"
\paper {
  paper-width = 842.000\pt paper-height = 1191.000\pt
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
\markup \with-dimensions #'(0 . 168.400) #'(-226.200 . 0) \overlay {
  \translate #'(10.000 . -12.800) \with-color #(rgb-color 0.420 0.270 0.140) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #10.50 "GALLERY 5 · THE FIRST PHOTOGRAPHS"
  \translate #'(50.000 . -24.400) \center-align \vcenter \rotate #4 \override #'(font-name . "C059 Bold") \abs-fontsize #50.00 "A Mirror"
  \translate #'(62.400 . -35.200) \center-align \vcenter \rotate #4 \override #'(font-name . "C059 Bold") \abs-fontsize #50.00 "with a Memory"
  \translate #'(10.000 . -47.600) \override #'(font-name . "C059 Italic") \abs-fontsize #22.00 "The Daguerreotype Announced, 1839"
  \translate #'(10.000 . -54.400) \override #'(font-name . "Nimbus Sans") \abs-fontsize #14.00 \override #'(line-width . 148.400) \justify-line { "In" "January" "1839" "a" "Paris" "scientist" "told" "the" "Academy" "of" "Sciences" "that" "a" "painter" "of" "stage" "scenery" "had" "found" "a" "way" "to" "fix" }
  \translate #'(10.000 . -58.200) \override #'(font-name . "Nimbus Sans") \abs-fontsize #14.00 "the image in a camera. Within a year the process was being used all over the world."
  \with-color #(rgb-color 0.420 0.270 0.140) \filled-box #'(10.000 . 158.400) #'(-60.920 . -60.680) #0
  \with-color #(rgb-color 0.420 0.270 0.140) \filled-box #'(10.000 . 18.000) #'(-101.440 . -64.000) #0
  \translate #'(12.412 . -69.200) \with-color #(rgb-color 1.000 1.000 1.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #22.00 "A"
  \translate #'(14.000 . -80.041) \center-align \vcenter \rotate #90 \with-color #(rgb-color 1.000 1.000 1.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #12.50 "The Partners"
  \translate #'(20.400 . -66.920) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "Louis" "Daguerre" "ran" "the" "Diorama" "in" "Paris," "a" "theatre" }
  \translate #'(20.400 . -70.360) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "of" "huge" "painted" "scenes" "lit" "from" "in" "front" "and" "behind" }
  \translate #'(20.400 . -73.800) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "so" "that" "day" "seemed" "to" "turn" "to" "night." "He" "used" "a" "cam-" }
  \translate #'(20.400 . -77.240) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "era" "obscura" "to" "sketch" "his" "views" "and" "longed" "to" "make" }
  \translate #'(20.400 . -80.680) \override #'(font-name . "C059") \abs-fontsize #12.60 "its image permanent."
  \translate #'(23.600 . -84.120) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 57.200) \justify-line { "In" "1829" "he" "went" "into" "partnership" "with" "Nicéphore" }
  \translate #'(20.400 . -87.560) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "Niépce," "a" "gentleman" "inventor" "from" "Burgundy" "who" }
  \translate #'(20.400 . -91.000) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "had" "already" "fixed" "a" "view" "from" "his" "upstairs" "window" }
  \translate #'(20.400 . -94.440) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "on" "a" "pewter" "plate" "coated" "with" "bitumen," "after" "an" }
  \translate #'(20.400 . -97.880) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "exposure" "that" "lasted" "many" "hours." "Niépce" "died" "in" }
  \translate #'(20.400 . -101.320) \override #'(font-name . "C059") \abs-fontsize #12.60 "1833, and Daguerre carried on alone."
  \with-color #(rgb-color 0.420 0.270 0.140) \filled-box #'(10.000 . 18.000) #'(-190.160 . -104.640) #0
  \translate #'(12.412 . -109.840) \with-color #(rgb-color 1.000 1.000 1.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #22.00 "B"
  \translate #'(14.000 . -128.601) \center-align \vcenter \rotate #90 \with-color #(rgb-color 1.000 1.000 1.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #12.50 "Silver, Iodine and Mercury"
  \translate #'(20.400 . -107.560) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "Daguerre’s" "process" "used" "a" "copper" "plate" "coated" "with" }
  \translate #'(20.400 . -111.000) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "silver" "and" "polished" "to" "a" "mirror." "The" "plate" "was" "made" }
  \translate #'(20.400 . -114.440) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "sensitive" "with" "the" "fumes" "of" "iodine," "exposed" "in" "the" }
  \translate #'(20.400 . -117.880) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "camera" "for" "several" "minutes," "and" "then" "held" "over" }
  \translate #'(20.400 . -121.320) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "heated" "mercury," "whose" "vapour" "brought" "out" "an" }
  \translate #'(20.400 . -124.760) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "image" "that" "could" "not" "yet" "be" "seen." "A" "bath" "of" "salt" }
  \translate #'(20.400 . -128.200) \override #'(font-name . "C059") \abs-fontsize #12.60 "water, and later a solution of hypo, fixed it."
  \translate #'(23.600 . -131.640) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 57.200) \justify-line { "The" "result" "was" "a" "single" "picture" "with" "no" "negative," }
  \translate #'(20.400 . -135.080) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "astonishingly" "sharp" "but" "hard" "to" "see" "except" "at" "the" }
  \translate #'(20.400 . -138.520) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "right" "angle," "where" "the" "dark" "parts" "of" "the" "image" }
  \translate #'(20.400 . -141.960) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "reflect" "a" "dark" "surrounding." "Each" "daguerreotype" }
  \translate #'(20.400 . -145.400) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "was" "unique" "and" "was" "usually" "kept" "under" "glass" "in" "a" }
  \translate #'(20.400 . -148.840) \override #'(font-name . "C059") \abs-fontsize #12.60 "small hinged case."
  \with-color #(rgb-color 0.800 0.800 0.800) \filled-box #'(20.400 . 50.400) #'(-189.360 . -151.360) #0
  \with-color #(rgb-color 0.620 0.620 0.620) \translate #'(20.400 . -151.360) \draw-line #'(30.000 . -38.000)
  \with-color #(rgb-color 0.620 0.620 0.620) \translate #'(20.400 . -189.360) \draw-line #'(30.000 . 38.000)
  \translate #'(52.800 . -153.760) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #10.50 "Left:"
  \translate #'(57.932 . -153.760) \override #'(font-name . "Nimbus Sans") \abs-fontsize #10.50 "A sixth-plate portrait of"
  \translate #'(52.800 . -156.560) \override #'(font-name . "Nimbus Sans") \abs-fontsize #10.50 "an unknown woman in its"
  \translate #'(52.800 . -159.360) \override #'(font-name . "Nimbus Sans") \abs-fontsize #10.50 "leather case, about 1845."
  \translate #'(52.800 . -162.160) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #9.50 "Collection of the Harwell Photo-"
  \translate #'(52.800 . -164.660) \override #'(font-name . "Nimbus Sans Italic") \abs-fontsize #9.50 "graphic Society, HPS 77.3"
  \with-color #(rgb-color 0.420 0.270 0.140) \filled-box #'(10.000 . 18.000) #'(-213.800 . -193.360) #0
  \translate #'(12.412 . -198.560) \with-color #(rgb-color 1.000 1.000 1.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #22.00 "C"
  \translate #'(14.000 . -207.180) \center-align \vcenter \rotate #90 \with-color #(rgb-color 1.000 1.000 1.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #6.14 "A Gift to the World"
  \translate #'(20.400 . -196.280) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "On" "7" "January" "1839" "François" "Arago," "the" "astronomer" }
  \translate #'(20.400 . -199.720) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "and" "politician," "announced" "the" "invention" "to" "the" }
  \translate #'(20.400 . -203.160) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "Academy" "of" "Sciences" "without" "giving" "away" "how" "it" }
  \translate #'(20.400 . -206.600) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "was" "done." "The" "French" "government" "then" "bought" "the" }
  \translate #'(20.400 . -210.040) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "rights" "in" "exchange" "for" "life" "pensions" "to" "Daguerre" }
  \with-color #(rgb-color 0.420 0.270 0.140) \filled-box #'(87.600 . 158.400) #'(-65.440 . -64.960) #0
  \translate #'(87.600 . -71.200) \with-color #(rgb-color 0.420 0.270 0.140) \override #'(font-name . "C059 Italic") \abs-fontsize #17.00 "“The first photograph of a person was taken"
  \translate #'(87.600 . -75.800) \with-color #(rgb-color 0.420 0.270 0.140) \override #'(font-name . "C059 Italic") \abs-fontsize #17.00 "by accident: a man having his boots blacked"
  \translate #'(87.600 . -80.400) \with-color #(rgb-color 0.420 0.270 0.140) \override #'(font-name . "C059 Italic") \abs-fontsize #17.00 "stood still long enough to be recorded.”"
  \with-color #(rgb-color 0.420 0.270 0.140) \filled-box #'(87.600 . 158.400) #'(-84.880 . -84.720) #0
  \with-color #(rgb-color 0.420 0.270 0.140) \filled-box #'(87.600 . 95.600) #'(-135.360 . -87.600) #0
  \translate #'(98.000 . -90.520) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "and" "to" "Niépce’s" "son" "Isidore," "and" "on" "19" "August" "the" }
  \translate #'(98.000 . -93.960) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "details" "were" "made" "public" "at" "a" "joint" "meeting" "of" "the" }
  \translate #'(98.000 . -97.400) \override #'(font-name . "C059") \abs-fontsize #12.60 "academies of sciences and fine arts."
  \translate #'(101.200 . -100.840) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 57.200) \justify-line { "The" "process" "was" "declared" "free" "to" "the" "world," "with" }
  \translate #'(98.000 . -104.280) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "one" "exception." "A" "few" "days" "before" "the" "meeting" "an" }
  \translate #'(98.000 . -107.720) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "agent" "had" "patented" "it" "in" "England," "where" "anyone" }
  \translate #'(98.000 . -111.160) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "who" "wanted" "to" "take" "daguerreotypes" "had" "to" "buy" "a" }
  \translate #'(98.000 . -114.600) \override #'(font-name . "C059") \abs-fontsize #12.60 "licence."
  \translate #'(101.200 . -118.040) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 57.200) \justify-line { "Daguerre" "published" "a" "manual" "that" "summer," "and" }
  \translate #'(98.000 . -121.480) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "it" "was" "translated" "into" "several" "languages" "within" }
  \translate #'(98.000 . -124.920) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "months." "Opticians" "in" "Paris" "sold" "out" "of" "cameras" "and" }
  \translate #'(98.000 . -128.360) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "chemicals," "and" "amateurs" "set" "up" "their" "apparatus" "on" }
  \translate #'(98.000 . -131.800) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "bridges" "and" "rooftops" "to" "photograph" "buildings," }
  \translate #'(98.000 . -135.240) \override #'(font-name . "C059") \abs-fontsize #12.60 "which could not move during the long exposures."
  \with-color #(rgb-color 0.420 0.270 0.140) \filled-box #'(87.600 . 95.600) #'(-206.960 . -138.560) #0
  \translate #'(90.012 . -143.760) \with-color #(rgb-color 1.000 1.000 1.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #22.00 "D"
  \translate #'(91.600 . -159.255) \center-align \vcenter \rotate #90 \with-color #(rgb-color 1.000 1.000 1.000) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #12.50 "The Race in England"
  \translate #'(98.000 . -141.480) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "The" "news" "from" "Paris" "alarmed" "William" "Henry" "Fox" }
  \translate #'(98.000 . -144.920) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "Talbot," "who" "had" "been" "making" "pictures" "on" "paper" }
  \translate #'(98.000 . -148.360) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "since" "1834." "He" "hurried" "to" "show" "his" "photogenic" }
  \translate #'(98.000 . -151.800) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "drawings" "at" "the" "Royal" "Institution" "and" "described" "his" }
  \translate #'(98.000 . -155.240) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "method" "to" "the" "Royal" "Society" "at" "the" "end" "of" "January." }
  \translate #'(98.000 . -158.680) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "His" "later" "calotype" "produced" "a" "paper" "negative" "from" }
  \translate #'(98.000 . -162.120) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "which" "many" "prints" "could" "be" "made," "the" "principle" "on" }
  \translate #'(98.000 . -165.560) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "which" "photography" "would" "rest" "for" "the" "next" "century" }
  \translate #'(98.000 . -169.000) \override #'(font-name . "C059") \abs-fontsize #12.60 "and a half."
  \translate #'(101.200 . -172.440) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 57.200) \justify-line { "For" "the" "moment," "though," "the" "sharper" }
  \translate #'(98.000 . -175.880) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "daguerreotype" "won" "the" "public." "Exposures" "fell" "from" }
  \translate #'(98.000 . -179.320) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "minutes" "to" "seconds" "as" "lenses" "and" "chemistry" }
  \translate #'(98.000 . -182.760) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "improved," "and" "by" "the" "middle" "of" "the" "1840s" "portrait" }
  \translate #'(98.000 . -186.200) \override #'(font-name . "C059") \abs-fontsize #12.60 "studios had opened in most large towns."
  \translate #'(101.200 . -189.640) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 57.200) \justify-line { "Many" "daguerreotypes" "survive" "in" "their" "original" }
  \translate #'(98.000 . -193.080) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "cases," "some" "still" "bright," "others" "clouded" "where" "the" }
  \translate #'(98.000 . -196.520) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "silver" "has" "tarnished" "at" "the" "edges." "Because" "they" "are" }
  \translate #'(98.000 . -199.960) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "mirrors," "they" "are" "best" "seen" "by" "tilting" "them" "slowly" }
  \translate #'(98.000 . -203.400) \override #'(font-name . "C059") \abs-fontsize #12.60 \override #'(line-width . 60.400) \justify-line { "in" "the" "hand," "which" "is" "why" "this" "gallery" "shows" "them" }
  \translate #'(98.000 . -206.840) \override #'(font-name . "C059") \abs-fontsize #12.60 "in cases that visitors can turn."
  \with-color #(rgb-color 0.000 0.000 0.000) \filled-box #'(10.000 . 158.400) #'(-225.860 . -225.740) #0
  \translate #'(10.000 . -229.400) \override #'(font-name . "Nimbus Sans") \abs-fontsize #10.50 "Harwell Photographic Society"
  \translate #'(150.696 . -229.400) \with-color #(rgb-color 0.420 0.270 0.140) \override #'(font-name . "Nimbus Sans Bold") \abs-fontsize #11.00 "Panel 3"
}
