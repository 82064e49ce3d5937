"""All texts of set 48. Every gold file is written from these strings by gold().

Each exhibit: title lines (printed), intro, sections (label, title, paragraphs, caption or None),
sidebar (title, paragraphs), running strings, plus the non-gold extras (kicker, pull quote, notes...).
A caption is (position or None, text, credit).
"""
import json
import os

EX = {}

# ---------------------------------------------------------------- 1 volta
EX["volta_pile_1800"] = dict(
    kind="pdf",
    kicker="ELECTRICITY ROOM  ·  CASE 6",
    title_lines=["A Column of Metal Discs:", "Volta’s Pile, 1800"],
    intro=("In the spring of 1800 a professor at Pavia described a stack of copper, zinc and wet card "
           "that gave a steady flow of electricity. It was the first battery, and within a few years it "
           "had changed chemistry as much as physics."),
    sections=[
        ("A", "Twitching Frogs in Bologna", [
            "In the 1780s the anatomist Luigi Galvani noticed that the legs of dissected frogs jerked when "
            "they were touched with metal instruments, especially when two different metals were joined. "
            "In 1791 he published his conclusion: the animal itself held a kind of electricity, stored in "
            "its nerves and muscles.",
            "Many readers were convinced, and for a time the word galvanism stood for the mysterious force "
            "of life. Galvani’s nephew Giovanni Aldini later toured Europe applying currents to the bodies of "
            "executed criminals, whose faces grimaced in front of horrified audiences.",
        ], None),
        ("B", "A Stubborn Rival at Pavia", [
            "Alessandro Volta repeated the experiments and came to the opposite view. In his opinion the "
            "frog was only a very sensitive detector. The electricity, he argued, came from the contact of "
            "the two unlike metals, and the moist tissue simply carried it from one to the other.",
            "To prove the point he needed a source of electricity with no animal in it at all. He piled up "
            "pairs of discs, copper or silver on zinc, with a piece of card or cloth soaked in salt water "
            "between each pair and the next. The taller the column, the stronger the shock a person felt "
            "on touching both ends with wet hands.",
            "Unlike a charged Leyden jar, which emptied itself in a single spark, the pile went on working "
            "for hours. Volta compared it to the electric organ of the torpedo fish, and called it an "
            "artificial electric organ.",
        ], ("Above", "A pile of forty pairs of zinc and copper discs, rebuilt from Volta’s description, "
                     "with glass rods to keep the column upright.",
            "Replica: Ardenti workshop, 1999; AC 1999.117")),
        ("C", "The Letter to London", [
            "Volta announced his apparatus in a long letter in French dated 20 March 1800 and addressed to "
            "Sir Joseph Banks in London. Before it was even printed, William Nicholson and Anthony Carlisle "
            "had built a pile of their own and used the current to split water into hydrogen and oxygen.",
            "Chemists saw at once what the new tool could do. In 1807 Humphry Davy passed the current of a "
            "huge battery through molten potash and soda and obtained two new metals, potassium and sodium. "
            "In 1801 Napoleon called Volta to Paris to show the pile to the Institut de France and rewarded "
            "him with a medal and a pension.",
            "Galvani did not see his rival’s triumph; he died in 1798. Both men were partly right, since "
            "nerves really do work by electricity. In 1881 an international congress named the unit of "
            "electrical pressure the volt.",
        ], None),
    ],
    sidebar=("The Crown of Cups", [
        "The same letter described a second form of the battery. Volta set a row of cups filled with salt "
        "water or weak acid and joined each cup to the next by a bent strip, zinc at one end and copper at "
        "the other. He called it a crown of cups. It was easier to build large, and gave a stronger "
        "current than the pile.",
        "Early experimenters soon found the weakness of both designs. Gas bubbles gathered on the copper "
        "and the current faded, a problem that was only solved in 1836, when John Frederic Daniell "
        "separated the two metals with a porous pot and two different liquids.",
    ]),
    running=["Ardenti Collection of Scientific Instruments", "2.6"],
    pull_quote="“A steady current, on demand, for the first time.”",
    note_mark_after="Sir Joseph Banks",
    note="* Banks was President of the Royal Society, which printed the letter in its Philosophical Transactions.",
)

# ---------------------------------------------------------------- 2 lilienthal
EX["lilienthal_glider_1891"] = dict(
    kind="pdf",
    kicker="PIONEERS OF THE AIR",
    panel_number="05",
    title_lines=["The Man Who Flew from a Hill:", "Otto Lilienthal, 1891"],
    intro=("Years before the first powered aeroplane, a Berlin engineer ran down a slope with a pair of "
           "cloth wings strapped to his shoulders and was carried through the air. He made some two "
           "thousand such flights."),
    sections=[
        ("Part One", "Learning from Storks", [
            "Otto Lilienthal and his younger brother Gustav grew up in Anklam in Pomerania, where they "
            "watched storks circling over the fields. As schoolboys they strapped home-made wings to their "
            "arms and tried, without success, to take off by running.",
            "Otto trained as a mechanical engineer and ran a small factory in Berlin that made steam engines "
            "and boilers. In his spare time he measured the forces on curved wing surfaces with a rotating "
            "arm, and in 1889 he published the results in a book whose title called the flight of birds the "
            "basis of the art of flying.",
            "His main finding was that a gently arched wing, like a bird’s, gave far more lift than a flat "
            "plate. He also saw that a flier must first learn to control a glider in the wind before any "
            "engine could be of use.",
        ], None),
        ("Part Two", "A Springboard at Derwitz", [
            "In 1891 Lilienthal made his first true glides near Derwitz, west of Berlin, jumping from a "
            "springboard and later from a low hill. The wings were willow rods covered with waxed cotton, "
            "and he hung between them by his forearms with his legs free below.",
            "There was no rudder to steer with and no lever to work the wings. He kept his balance by "
            "swinging his legs and hips, shifting his weight towards the side he wanted to rise, much as "
            "the pilot of a modern hang glider still does. In 1894 he had an artificial hill built at "
            "Lichterfelde, so that he could take off into the wind whichever way it blew.",
            "His longest glides covered about 250 metres. Photographers came to watch, and their pictures of "
            "a man hanging in the sky appeared in magazines across Europe and America.",
        ], ("Above", "Lilienthal in flight with his standard glider on the slope at Lichterfelde, from a "
                     "glass negative of about 1895.",
            "Print: Keller Aviation Archive, KAA-N 0412")),
        ("Part Three", "The Standard Glider", [
            "From 1893 he built a standard model of his glider and sold copies to customers abroad, among "
            "them buyers in Russia, Britain and the United States. It is often called the first aircraft "
            "made in a series.",
            "On 9 August 1896, gliding from the Gollenberg near Stölln, he was caught by a gust, stalled "
            "and fell from a height of about fifteen metres. He died in a Berlin hospital the next day, "
            "aged forty-eight.",
            "Gustav carried on experimenting for many years, though never with the same success. Several "
            "of Otto’s gliders survive, one of them in the Science Museum in London, and the Gollenberg "
            "is still a place of pilgrimage for glider pilots, who can fly from the same slope today.",
        ], None),
    ],
    sidebar=("Read by Two Brothers", [
        "In Dayton, Ohio, Wilbur and Orville Wright read of Lilienthal’s death and began to study flight "
        "themselves. Their gliders at Kitty Hawk at first lifted much less than his tables promised, so "
        "in 1901 they built a wind tunnel and measured the figures again. They always named him as the "
        "pioneer who had shown them the way.",
        "Unlike Lilienthal, the Wrights steered by twisting the tips of the wings, so that the pilot no "
        "longer had to throw his weight about to stay level.",
    ]),
    running=["Hall of Early Flight", "Gallery 2", "05"],
    pull_quote="“To fly, a man must first learn to glide.”",
    table_title="His gliders at a glance",
    table=[("1891", "Derwitz glider, first glides from a springboard"),
           ("1893", "Standard glider, sold to buyers abroad"),
           ("1895", "Biplane glider, two wings one above the other"),
           ("1896", "Last flight at the Gollenberg")],
)

# ---------------------------------------------------------------- 3 torrey canyon
EX["torrey_canyon_1967"] = dict(
    kind="pdf",
    kicker="A SEASHORE EXHIBITION",
    title_lines=["Black Tide:", "The Wreck of the", "Torrey Canyon, 1967"],
    intro=("On a calm March morning one of the largest ships afloat ran onto a reef off Land’s End. "
           "Its cargo of crude oil fouled the coasts of Cornwall and Brittany and taught the world a hard "
           "lesson about tankers."),
    sections=[
        ("1", "A Shortcut Past the Scillies", [
            "The Torrey Canyon was an American-built tanker that had been lengthened in Japan to carry "
            "about 120,000 tons of oil. Registered in Liberia and chartered by British Petroleum, she was "
            "bringing crude from Kuwait to the refinery at Milford Haven in Wales.",
            "Her captain, Pastrengo Rugiati, was anxious to reach Milford Haven before the tide fell. On 18 "
            "March 1967 he took the narrow channel between the Isles of Scilly and the mainland instead of "
            "going round, and a series of delays and misjudged turns put the ship onto Pollard’s Rock on "
            "the Seven Stones reef.",
            "At the time she was among the dozen largest ships in the world, and no vessel of her size had "
            "ever been wrecked. Tugs and salvage crews tried for more than a week to pull her off the "
            "rocks, but the reef had ripped open much of her bottom.",
        ], None),
        ("2", "Detergent on the Sand", [
            "Oil poured from the torn tanks and the prevailing wind carried it towards the Cornish coast. "
            "Within days thick brown sludge covered beaches from Sennen to St Ives, and thousands of "
            "seabirds, guillemots and razorbills among them, were found clogged and dying.",
            "Soldiers, sailors and volunteers fought back with whatever they had. The main weapon was "
            "detergent, and around ten thousand tons of it were sprayed on the rocks and the sea. Later "
            "studies by marine biologists showed that the detergents killed limpets, barnacles and seaweed "
            "far more thoroughly than the oil itself had done.",
        ], ("Below", "Volunteers spreading straw on the beach at Porthleven, April 1967. Straw was cheap "
                     "and soaked up the oil.",
            "Photograph: Ivy Trenear; lent by the Trenear family")),
        ("3", "Bombing the Wreck", [
            "When the ship broke her back and salvage was abandoned, the government decided to burn what "
            "was left on board. On 28 March Royal Navy and Royal Air Force jets dropped bombs on the wreck, "
            "followed by aviation fuel and napalm to keep the oil alight.",
            "Many of the bombs missed, the high tide put out the flames at least once, and the attack went "
            "on for several days before the last of the oil burned away. Slicks that had escaped earlier "
            "reached Guernsey and the coast of Brittany, where French villagers cleared the shore largely "
            "by hand.",
            "The disaster showed that no country had the rules or the equipment for a spill of this size. "
            "New international agreements followed, on who must pay for the damage and on how tankers may "
            "discharge oil at sea.",
        ], None),
    ],
    sidebar=("What Changed at Sea", [
        "The wreck led to the 1969 convention making shipowners liable for pollution damage and to a fund, "
        "set up in 1971, that pays when the owner cannot. The MARPOL convention of 1973 later limited the "
        "oil that ships may release. The cost of the Torrey Canyon was finally shared in a settlement "
        "between the owners and the British and French governments.",
        "Scientists also learned from the mistakes made with detergent. The shores that were left alone "
        "generally recovered sooner than the ones that were scrubbed, a lesson used in many spills since.",
    ]),
    running=[],
    pull_quote="“We had never seen anything like it, and nobody knew what to do.”",
    pull_credit="— a Sennen lifeboatman, recorded in 1997",
    table_title="Twelve days in March",
    table=[("18 Mar", "Tanker strikes Pollard’s Rock"),
           ("21 Mar", "Salvage worker killed in an explosion"),
           ("26 Mar", "Ship breaks her back in heavy seas"),
           ("28 Mar", "First bombing raid on the wreck"),
           ("30 Mar", "Last of the oil on board burned")],
    address=["Penwith Shore Museum", "The Old Net Loft, Harbour Road", "Open daily 10–5, April to October",
             "Admission free"],
)

# ---------------------------------------------------------------- 4 thylacine
EX["thylacine_1936"] = dict(
    kind="pdf",
    kicker="CHAPTER FOUR",
    title_lines=["Last of Its Kind:", "The Thylacine, 1936"],
    intro=("The thylacine, a striped hunter with a pouch, was the largest meat-eating marsupial of modern "
           "times. The last known animal died in a Hobart zoo, just weeks after the law had finally "
           "protected its kind. Nobody noticed the loss for years."),
    sections=[
        ("One", "A Wolf with a Pouch", [
            "The thylacine looked like a lean dog, with a stiff tail and dark stripes across its back and "
            "rump, which gave it the popular names Tasmanian tiger and Tasmanian wolf. It was a marsupial, "
            "and the female carried her young in a pouch that opened towards the rear.",
            "Rock paintings show that it once lived across mainland Australia and New Guinea, but it died "
            "out there about three thousand years ago, probably because of the dingo and growing human "
            "numbers. By the time Europeans arrived it survived only in Tasmania.",
            "It hunted mostly at night, alone or in pairs, taking wallabies, possums and birds. Observers "
            "described a stiff, rather awkward trot, and a jaw that could open far wider than a dog’s. "
            "Little was written down about its habits while it was still common.",
        ], None),
        ("Two", "A Price on Its Head", [
            "British settlers brought sheep to Tasmania in large numbers, and the thylacine was blamed for "
            "losses that were often the work of wild dogs or poor shepherding. From 1830 the Van Diemen’s "
            "Land Company paid its own bounties for dead animals.",
            "In 1888 the colonial parliament introduced a government bounty of one pound for each adult "
            "and ten shillings for each pup. By the time it ended in 1909, more than two thousand payments "
            "had been made, and many more animals were killed without any claim.",
            "Disease, the clearing of land and snares set for other animals did the rest. The last wild "
            "thylacine known for certain was shot by a farmer at Mawbanna in the north-west in 1930.",
        ], ("Above", "Thylacine skull and lower jaw, collected in the Derwent valley before 1900. The "
                     "jaws could open unusually wide.",
            "Kingsford Natural History Museum, KNHM Z 3318")),
        ("Three", "Too Late", [
            "A few thylacines were kept in zoos, where they were rarely bred and often neglected. In 1933 the "
            "naturalist David Fleay filmed the animal at the Beaumaris Zoo in Hobart, and his few seconds "
            "of footage are the best record we have of a living thylacine.",
            "On 10 July 1936 the Tasmanian government added the thylacine to its list of protected species. "
            "Fifty-nine days later, on the night of 7 September, the animal in Hobart died, probably of "
            "exposure after being shut out of its shelter. No other was ever caught.",
            "Searches, reported sightings and hopeful photographs have continued ever since. The species was "
            "declared extinct in 1982 by the international conservation union and in 1986 by Tasmania. "
            "Its skins, skulls and pickled pups are now scattered through museums around the world.",
        ], None),
    ],
    sidebar=("A Pouch Facing Backwards", [
        "Unusually for a marsupial, the male thylacine also had a partial pouch, which probably protected "
        "him when running through thick scrub. The female’s pouch, opening to the rear, held up to four "
        "young until they were old enough to be left in a den.",
        "The thylacine is a famous case of convergent evolution. Its skull is so like a wolf’s that "
        "students are asked to tell the two apart, although the two animals are only very distant "
        "relatives.",
    ]),
    running=["The Vanishing Animals", "Kingsford Natural History Museum", "22", "23"],
    pull_quote=None,
    note_mark_after="died",
    note="¹ The name “Benjamin”, often given to this animal, appeared only decades later and is doubtful.",
    table_title="Table 4.2 Bounties paid by the government",
    table=[("1888–1893", "about 560 adults and pups"), ("1894–1899", "about 630"),
           ("1900–1904", "about 750"), ("1905–1909", "about 240, falling each year")],
)

# ---------------------------------------------------------------- 5 archaeopteryx (DOCX)
EX["archaeopteryx_1861"] = dict(
    kind="docx",
    kicker="Fossil Gallery · Object in focus",
    title_lines=["Feathers in Stone:", "Archaeopteryx, 1861"],
    intro=("Two years after Darwin published the Origin of Species, quarrymen in Bavaria split open a slab "
           "of limestone and found an animal that was half reptile and half bird. It arrived just when "
           "the argument about evolution needed it."),
    sections=[
        ("Case 1", "A Single Feather", [
            "The fine limestone around Solnhofen in Bavaria had been quarried for centuries for floor "
            "tiles and, from about 1800, for lithographic printing stones. It was laid down some 150 million "
            "years ago in warm, still lagoons, and it preserves even soft shapes in great detail.",
            "In 1861 the palaeontologist Hermann von Meyer described a single fossil feather from the "
            "quarries and gave it the name Archaeopteryx, ancient wing. A feather alone proved that birds, "
            "or something very like them, had lived in the Jurassic.",
            "The quarrymen split the stone by hand along its thin layers, and anything unusual they found "
            "could be sold to collectors. Most finds were fish, shrimps and dragonflies. A vertebrate with "
            "feathers was something quite new, and word of it spread quickly.",
        ], None),
        ("Case 2", "The Doctor’s Fossil", [
            "In the same year a nearly complete skeleton turned up near Langenaltheim. It came into the "
            "hands of Karl Häberlein, a local doctor who often accepted fossils from quarrymen in place of "
            "fees. He let visitors look at it but would not allow drawings, which only made it more famous.",
            "In 1862 the British Museum bought the slab, together with the rest of Häberlein’s collection, "
            "for seven hundred pounds, a very large sum. Richard Owen, who ran the natural history "
            "departments, described it the following year and counted it firmly among the birds.",
            "The animal had the feathered wings of a bird, and its feathers had the uneven vanes of a flier. "
            "But it also had teeth in its jaws, three clawed fingers on each wing and a long bony tail, "
            "features no living bird has.",
        ], ("Above", "Cast of the London specimen, with the impressions of the wing and tail feathers "
                     "picked out in the lighting.",
            "Cast: Harlow Quarry Museum, HQM P 2207")),
        ("Case 3", "A Bird or a Dinosaur?", [
            "For Darwin’s supporters the fossil was a gift. In 1868 Thomas Henry Huxley pointed out how "
            "closely its skeleton resembled that of Compsognathus, a small meat-eating dinosaur found in "
            "the same Bavarian limestone, and he argued that birds were descended from reptiles of this kind.",
            "The idea fell out of favour for much of the twentieth century and returned in strength after "
            "the 1970s, when the American John Ostrom studied the dinosaur Deinonychus. Today most "
            "scientists treat birds as living dinosaurs and Archaeopteryx as one of their early relatives.",
            "Whether it could fly well is still debated. Its wing feathers were shaped for flight, but it "
            "lacked the deep, keeled breastbone of modern birds, and it may have flapped and glided only over short "
            "distances, from tree to tree or down to the ground.",
        ], None),
    ],
    sidebar=("The Berlin Specimen", [
        "A second skeleton, found in the 1870s near Eichstätt, is even better preserved and shows the head "
        "clearly. Häberlein’s son Ernst sold it, and with the help of the industrialist Werner von Siemens "
        "it was bought for the museum in Berlin in 1881, where it is still shown.",
        "More than ten skeletons are now known. Several were first mistaken for small dinosaurs or even "
        "for a flying reptile, until someone noticed the faint feathers.",
    ]),
    running=[],
    pull_quote="Neither quite a lizard nor quite a bird.",
    note_mark_after="fees",
    note="Doctors in rural Bavaria were often paid in kind; Häberlein was said to hold more than a thousand fossils.",
    timeline=["1861: feather described by Hermann von Meyer", "1862: London specimen sold to the British Museum",
              "1877: Berlin specimen described", "1985: claims of forgery examined and rejected"],
)

# ---------------------------------------------------------------- 6 burgess (HTML, Scribble)
EX["burgess_shale_1909"] = dict(
    kind="html",
    kicker="Online exhibition · Deep Time",
    title_lines=["Strange Animals on a Mountain:", "The Burgess Shale, 1909"],
    intro=("High in the Canadian Rockies, a layer of dark shale holds the soft bodies of sea creatures "
           "that lived more than half a billion years ago. Some of them were so odd that scientists spent "
           "decades working out which way up they went."),
    sections=[
        ("1", "Walcott on Fossil Ridge", [
            "Charles Doolittle Walcott was a geologist and the head of the Smithsonian Institution in "
            "Washington. At the end of August 1909, near the end of a summer of fieldwork, he found "
            "unusually fine fossils on a ridge between two peaks above the railway town of Field, in "
            "British Columbia.",
            "A popular story says that his wife’s horse stumbled and turned over a slab with the first "
            "fossils on it. His own diary tells a plainer tale of searching the slope. He came back the "
            "next summer, found the layer the loose pieces had come from, and opened a quarry in it.",
            "Walcott and his family worked the site for several seasons and sent tens of thousands of "
            "specimens back to Washington, where most of them are still kept.",
        ], None),
        ("2", "Soft Bodies in Fine Mud", [
            "Most fossils are shells, bones or teeth. In the Burgess Shale even gills, guts, legs and "
            "bristles survive as thin films on the rock. The animals lived on the sea floor at the foot "
            "of a huge underwater cliff, and were buried by flows of fine mud that shut out oxygen and kept "
            "scavengers and decay away.",
            "The rocks date from the Cambrian period, about 508 million years ago, not long after complex "
            "animals first appear in the fossil record. Walcott, with little time for research once his "
            "duties grew, placed almost every creature in a familiar group such as worms, sponges or "
            "crustaceans.",
            "Because the animals were pressed flat, the same creature can look very different depending on "
            "how it came to rest in the mud. Working out its true shape means comparing many specimens "
            "lying at different angles.",
        ], ("Right", "Opabinia, an animal with five eyes and a long grasping nozzle, as a model made for "
                     "this exhibition.",
            "Model: Oriel Hill Museum of the Earth, OHM 2011.45")),
        ("3", "Looking Again", [
            "In the late 1960s the Cambridge palaeontologist Harry Whittington began to study the fossils "
            "again, with his students Derek Briggs and Simon Conway Morris. Dissecting the flattened "
            "specimens layer by layer, they found animals that did not fit any group alive today.",
            "Opabinia turned out to have five eyes on stalks. The large hunter Anomalocaris had been "
            "described in pieces, its mouth as a jellyfish and its front limbs as shrimps. In 1989 "
            "Stephen Jay Gould made these creatures famous in his book Wonderful Life.",
            "Since 1980 the site has been protected as a World Heritage Site, and visitors can reach the "
            "quarries only on guided walks.",
        ], None),
    ],
    sidebar=("Upside Down and Back Again", [
        "When Conway Morris described Hallucigenia in 1977, he stood it on two rows of spines and took its "
        "single row of soft tentacles for feelers on its back. Later finds in China showed the animal the "
        "other way up: the spines protected its back, and it walked on the soft legs.",
        "Even then, the head was at first put at the wrong end. Only in 2015 did a study of new specimens "
        "find the eyes and a mouth ringed with teeth on what had been taken for its tail.",
    ]),
    running=[],
    pull_quote="A whole sea floor, caught in a single afternoon of mud.",
    note="Walcott’s field diaries are kept in the Smithsonian Institution Archives.",
    timeline=["1886: trilobites found on Mount Stephen by railway workers",
              "1909: Walcott finds the fossil layer", "1910: quarry opened",
              "1966: Geological Survey of Canada expedition led by Whittington",
              "1980: World Heritage listing"],
)

ORDER = ["volta_pile_1800", "lilienthal_glider_1891", "torrey_canyon_1967", "thylacine_1936",
         "archaeopteryx_1861", "burgess_shale_1909"]


def gold_dict(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": e["intro"]}]}]
    for label, stitle, paras, cap in e["sections"]:
        blocks = [{"kind": "paragraph", "text": p} for p in paras]
        if cap:
            pos, text, credit = cap
            blocks.append({"kind": "caption", "text": text, "position": pos, "credit": credit})
        secs.append({"label": label, "title": stitle, "blocks": blocks})
    st, sp = e["sidebar"]
    secs.append({"label": None, "title": st, "blocks": [{"kind": "paragraph", "text": p} for p in sp]})
    return {"title": title, "running": e["running"], "sections": secs}


def gold(outdir):
    for name in ORDER:
        with open(os.path.join(outdir, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_dict(name), f, ensure_ascii=False, indent=2)
            f.write("\n")


def words_of(name):
    d = gold_dict(name)
    n = 0
    for s in d["sections"]:
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                n += len(b["text"].split())
    return n


if __name__ == "__main__":
    for n in ORDER:
        print(n, words_of(n))
