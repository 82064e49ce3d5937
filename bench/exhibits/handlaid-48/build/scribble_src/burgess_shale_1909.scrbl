#lang scribble/base
@(require scribble/core scribble/html-properties)
@(define page-style (style #f (list (css-addition "burgess.css"))))
@(define (cls c) (style c null))
@title[#:style page-style]{Strange Animals on a Mountain:@linebreak[]The Burgess Shale, 1909}

@para[#:style (cls "kicker")]{Online exhibition · Deep Time}

@para[#:style (cls "langs")]{Read in: English · @hyperlink["burgess_shale_1909.fr.html"]{Français} · @hyperlink["burgess_shale_1909.de.html"]{Deutsch}}

@para[#:style (cls "intro")]{High in the Canadian Rockies, a layer of dark shale holds the soft bodies of sea creatures that lived more than half a billion years ago. Some of them were so odd that scientists spent decades working out which way up they went.}

@section[#:tag "s1"]{Walcott on Fossil Ridge}

Charles Doolittle Walcott was a geologist and the head of the Smithsonian Institution in Washington. At the end of August 1909, near the end of a summer of fieldwork, he found unusually fine fossils on a ridge between two peaks above the railway town of Field, in British Columbia.

@margin-note{Walcott’s field diaries are kept in the Smithsonian Institution Archives.}

A popular story says that his wife’s horse stumbled and turned over a slab with the first fossils on it. His own diary tells a plainer tale of searching the slope. He came back the next summer, found the layer the loose pieces had come from, and opened a quarry in it.

Walcott and his family worked the site for several seasons and sent tens of thousands of specimens back to Washington, where most of them are still kept.

@section[#:tag "s2"]{Soft Bodies in Fine Mud}

Most fossils are shells, bones or teeth. In the Burgess Shale even gills, guts, legs and bristles survive as thin films on the rock. The animals lived on the sea floor at the foot of a huge underwater cliff, and were buried by flows of fine mud that shut out oxygen and kept scavengers and decay away.

@nested[#:style (cls "figure")]{
@image["img/opabinia_model.png"]{Grey placeholder for the Opabinia model}

@bold{Right:} Opabinia, an animal with five eyes and a long grasping nozzle, as a model made for this exhibition. @elem[#:style (cls "credit")]{Model: Oriel Hill Museum of the Earth, OHM 2011.45}
}

The rocks date from the Cambrian period, about 508 million years ago, not long after complex animals first appear in the fossil record. Walcott, with little time for research once his duties grew, placed almost every creature in a familiar group such as worms, sponges or crustaceans.

Because the animals were pressed flat, the same creature can look very different depending on how it came to rest in the mud. Working out its true shape means comparing many specimens lying at different angles.

@nested[#:style (cls "pullquote")]{A whole sea floor, caught in a single afternoon of mud.}

@tabular[#:style (cls "lookup") (list (list "Opabinia" "first drawn as a crustacean") (list "Anomalocaris" "first known as a shrimp and a jellyfish") (list "Hallucigenia" "first drawn upside down"))]

@section[#:tag "s3"]{Looking Again}

In the late 1960s the Cambridge palaeontologist Harry Whittington began to study the fossils again, with his students Derek Briggs and Simon Conway Morris. Dissecting the flattened specimens layer by layer, they found animals that did not fit any group alive today.

Opabinia turned out to have five eyes on stalks. The large hunter Anomalocaris had been described in pieces, its mouth as a jellyfish and its front limbs as shrimps. In 1989 Stephen Jay Gould made these creatures famous in his book Wonderful Life.

Since 1980 the site has been protected as a World Heritage Site, and visitors can reach the quarries only on guided walks.

@nested[#:style (cls "timeline")]{@bold{Key dates}

@itemlist[#:style 'ordered @item{1886: trilobites found on Mount Stephen by railway workers} @item{1909: Walcott finds the fossil layer} @item{1910: quarry opened} @item{1966: Geological Survey of Canada expedition led by Whittington} @item{1980: World Heritage listing}]}

@section[#:style 'unnumbered #:tag "sidebar"]{Upside Down and Back Again}

When Conway Morris described Hallucigenia in 1977, he stood it on two rows of spines and took its single row of soft tentacles for feelers on its back. Later finds in China showed the animal the other way up: the spines protected its back, and it walked on the soft legs.

Even then, the head was at first put at the wrong end. Only in 2015 did a study of new specimens find the eyes and a mouth ringed with teeth on what had been taken for its tail.
