"""All texts of set 49. '¦' marks a place where a paragraph is cut by something else
(a picture, a box quote, a page turn, a jump to another panel); gold removes it."""
import json, re

CUT = "¦"

def clean(t):
    return re.sub(r"\s+", " ", t.replace(CUT, " ")).strip()

EX = {}

EX["keeling_curve_1958"] = dict(
    kicker="CATALOGUE · CHAPTER 7",
    title_lines=["A Line That Keeps Rising:", "The Keeling Curve, 1958"],
    intro="Since March 1958 an instrument on a Hawaiian volcano has measured the carbon dioxide in the air almost without a break. Its record, a jagged line that climbs year after year, has become one of the best-known graphs in science.",
    sections=[
        dict(label="7.1", title="Counting Carbon in the Open Air", paras=[
            "Charles David Keeling was a young chemist at the California Institute of Technology in the mid-1950s when he built an apparatus for measuring carbon dioxide in samples of air with great precision. Camping in the forests and mountains of California, he found that the gas varied through the day close to plants, but that in clean afternoon air it settled near one value wherever he went.",
            "His instrument, a manometer of his own design, measured the volume of gas frozen out of each flask of air. Repeated results agreed to within a fraction of one part per million, far better than any earlier method.",
            "Earlier measurements had scattered so widely that nobody could say whether the amount was changing. Keeling believed that careful sampling, far from cities and forests, would give a figure steady enough to follow over many years.",
        ]),
        dict(label="7.2", title="A Station on Mauna Loa", paras=[
            "Roger Revelle of the Scripps Institution of Oceanography in La Jolla hired Keeling in 1956, and the International Geophysical Year of 1957–58 provided money for new stations. One was built high on the northern slope of Mauna Loa, on the island of Hawaii, where the wind ¦ arrives after crossing thousands of kilometres of open ocean.",
            "The first readings, in March 1958, stood at about 313 parts per million. Within two years Keeling could see a clear pattern: the level fell every northern summer, as forests and fields took up carbon, and rose again every winter. Beneath this breathing of the planet the average crept steadily upwards.",
            "Funding was never secure. In the mid-1960s the station nearly closed for lack of money, and a gap of several months remains in the record. Keeling later wrote that he spent almost as much effort defending the measurements as making them.",
        ], caption=dict(position="Above", text="The sampling hut and mast at the Mauna Loa station, photographed in the early 1960s.", credit="Photograph: Hollins Bay Archive of Atmospheric Science, HB/MLO/0217")),
        dict(label="7.3", title="What the Curve Shows", paras=[
            "Sampling at the South Pole, and later at dozens of other sites, confirmed that the rise was worldwide. Measurements of air trapped in bubbles in Antarctic ice showed that before the nineteenth century the level had stayed close to 280 parts per million for thousands of years.",
            "The increase matches the burning of coal, oil and gas. Carbon from fossil fuels carries a slightly different chemical signature, and the changing mix of carbon atoms in the air shows that the extra gas comes mostly from them.",
            "Keeling died in 2005, and his son Ralph now leads the programme at Scripps. In May 2013 the daily average at Mauna Loa passed 400 parts per million for the first time in the history of the measurements.",
        ]),
    ],
    sidebar=dict(title="Why the Line Wobbles", paras=[
        "Most of the world’s land, and so most of its plants, lies in the northern hemisphere. When the leaves come out in spring they draw carbon dioxide from the air; when they fall and rot in autumn the gas returns. The result is a yearly swing of several parts per million, like a slow breath.",
        "In the southern hemisphere, with far less land, the swing is much smaller, and near the South Pole it can barely be seen.",
    ]),
    pullquote="“The measurements were the thing. Everything else could wait.”",
    note="Parts per million: molecules of carbon dioxide in every million molecules of dry air.",
    running=["Air Under Watch: Catalogue of the Exhibition", "Chapter 7 · The Keeling Curve", "112", "113"],
)

EX["fraunhofer_lines_1814"] = dict(
    kicker="GALLERY OF LIGHT",
    title_lines=["Dark Lines in the Rainbow:", "Joseph von Fraunhofer and the Solar Spectrum, 1814"],
    intro="A glassmaker’s apprentice who had been pulled alive from the ruins of a collapsed workshop went on to find hundreds of dark lines in sunlight. Half a century later those lines revealed what the Sun is made of.",
    sections=[
        dict(label="A", title="Rescued from the Rubble", paras=[
            "Joseph von Fraunhofer was born in 1787 in Straubing, in Bavaria, the son of a glazier. Orphaned young, he was apprenticed to a mirror maker in Munich who gave him very little schooling. In 1801 the workshop collapsed on top of him. The Elector of Bavaria watched the rescue and gave the boy money, with which he bought books and a glass-cutting machine.",
            "He later joined the optical institute of Joseph von Utzschneider, first in Munich and then at the former monastery of Benediktbeuern, where glass for telescope lenses was melted. There he learned to make flint and crown glass of a quality that no one else in Europe could match. His careful methods of stirring the melt were kept secret for years.",
        ]),
        dict(label="B", title="Counting the Lines", paras=[
            "To design better lenses Fraunhofer needed to know exactly how each kind of glass bent light of each colour. He let sunlight pass through a narrow slit and a prism and looked at the band of colours through a small telescope. Across the spectrum he saw many fine dark lines, ¦ always in the same places.",
            "The English chemist William Hyde Wollaston had noticed seven of them in 1802 but thought they simply marked the borders between colours. Fraunhofer mapped more than five hundred, and gave the strongest the letters A to K that are still used today. He found the same lines in light from the Moon and the planets, and different patterns in some bright stars.",
            "Because the lines never moved, they became fixed marks for measuring how glass bends each colour, and his lenses became the finest of the age. Later he replaced the prism with a grating of closely spaced wires and measured the wavelengths of the lines themselves.",
        ], caption=dict(position="Left", text="A spectroscope of the Benediktbeuern type, with slit, prism and viewing telescope on a brass stand.", credit="Lent by the Aubach Foundation for Optics, AF 62/3")),
        dict(label="C", title="The Chemistry of the Stars", paras=[
            "Fraunhofer died in 1826, aged only thirty-nine, perhaps weakened by the heavy metal vapours of the glass furnaces. The meaning of his lines remained a puzzle for another thirty years.",
            "In 1859 Gustav Kirchhoff and Robert Bunsen, working at Heidelberg, showed that every chemical element gives off and absorbs light at its own set of wavelengths. A cooler gas in front of a hot source takes out exactly the colours that it would send out when heated. The dark D lines in sunlight matched the yellow light of burning sodium.",
            "For the first time it was possible to learn what a distant body is made of. In 1868 a line in the solar spectrum that belonged to no known element led to the naming of helium, which was found on Earth only in 1895.",
        ]),
    ],
    sidebar=dict(title="A Lens for Dorpat", paras=[
        "One of Fraunhofer’s finest instruments was a refracting telescope with a lens nearly 24 centimetres across, delivered to the observatory at Dorpat, now Tartu in Estonia, in 1824. Friedrich Georg Wilhelm Struve used it to measure thousands of double stars. For a time it was the largest refractor in the world. The instrument was driven by clockwork so that it followed the stars as the Earth turned.",
    ]),
    pullquote="“He found order where others had seen only the edges of colours.”",
    running=["Gallery of Light · Room 3", "Panel 3.4"],
)

EX["mercator_projection_1569"] = dict(
    kicker="EXHIBITION LEAFLET",
    title_lines=["Straight Lines", "on a Round World:", "Mercator’s Map of 1569"],
    intro="In 1569 a Flemish mapmaker printed a world map on eighteen sheets that let sailors steer by straight lines. Four and a half centuries later, his way of flattening the globe still shapes the maps on our screens.",
    sections=[
        dict(label="I", title="A Scholar from Rupelmonde", paras=[
            "Gerard Mercator was born in 1512 at Rupelmonde, in Flanders, and studied at the University of Leuven. There he learned mathematics, engraving and the making of globes and instruments with the astronomer Gemma Frisius. His elegant italic lettering changed the look of maps across Europe.",
            "Mercator was also a land surveyor. He made a detailed map of Flanders for a group of merchants in Ghent, and a large map of Europe that was praised for correcting the shape of the Mediterranean.",
            "In 1544 he was arrested and held for several months on suspicion of heresy. Some of those arrested with him were executed. He later moved to Duisburg, in the duchy of Cleves, where he spent the rest of his long working life.",
        ]),
        dict(label="II", title="The Problem of the Compass", paras=[
            "A sailor who holds a steady compass bearing follows a line that crosses every meridian at the same angle. On a globe this line curves, spiralling towards the pole. On the plain charts of the time it could not be drawn straight, and navigators who trusted them could go badly wrong.",
            "Mercator’s answer was to stretch the map from north to south by exactly as much as the meridians had been pulled apart. Near the equator the change is small; towards the poles it grows without limit. On such a map, any line of constant bearing is straight.",
            "The 1569 map carried long Latin texts explaining its use to sailors, and a small inset of the North Pole, which Mercator imagined as a black rock surrounded by four islands.",
        ], caption=dict(position="Above", text="Detail of the 1569 map near the Strait of Magellan, with a compass rose and sailing lines.", credit="Facsimile: Derrow Map Library, DML F-1569-07")),
        dict(label="III", title="A Slow Success", paras=[
            "The map was a bold idea, but Mercator did not explain the mathematics behind it, and for decades sailors hardly used it. In 1599 the English mathematician Edward Wright published tables that showed how to construct the grid, and the method spread through the schools of navigation.",
            "Mercator also planned a great collection of maps of the whole world. He called it an atlas, after a legendary king of Mauretania who studied the heavens, and the first complete edition appeared in 1595, ¦ a year after his death. Later publishers kept the name, and every book of maps since has been called an atlas.",
            "The price of straight bearings is size. Greenland looks as large as Africa, though Africa is about fourteen times larger. Even so, the same projection, adapted for square tiles, lies behind most online street maps, where keeping shapes true at small scales matters most.",
        ]),
    ],
    sidebar=dict(title="The Duisburg Globes", paras=[
        "Mercator made a terrestrial globe in 1541 and a celestial globe to match it in 1551. Only a handful of each survive. The pair shown in the next room were printed from his engraved gores and mounted in Duisburg around 1560, and still carry his signature in the cartouche.",
        "A globe was the only way to show the whole world without distortion, but it could never be large enough, or easy enough to carry, for a ship’s navigator.",
    ]),
    pullquote="“Every straight line on this map is a course a ship can hold.”",
    running=[],
)

EX["muybridge_horse_1878"] = dict(
    kicker="MOTION STUDIES",
    title_lines=["Sixteen Legs in the Air:", "Muybridge at Palo Alto, 1878"],
    intro="Can a galloping horse have all four hooves off the ground at once? To settle the question, a photographer on a California farm lined up a row of cameras and made the first pictures of fast motion.",
    sections=[
        dict(label="01", title="A Question for the Camera", paras=[
            "Leland Stanford, a railway builder and former governor of California, bred trotting horses on his farm at Palo Alto. Painters had long shown galloping horses with their legs stretched out in front and behind, like a rocking horse, but the legs moved too fast for the eye to follow.",
            "In 1872 Stanford asked Eadweard Muybridge, an English-born photographer known for his views of Yosemite, to photograph his horse Occident in motion. The first attempts gave only blurred shadows, because the wet plates of the time needed long exposures.",
            "Muybridge had been born Edward Muggeridge in Kingston upon Thames in 1830, and had changed the spelling of his name more than once. In San Francisco he had made his reputation with huge panoramas of the city and with views taken for the government.",
        ]),
        dict(label="02", title="A Row of Cameras", paras=[
            "Work stopped in 1874, when Muybridge shot dead his wife’s lover, a drama critic named Harry Larkyns. A jury acquitted him, and he spent the following months photographing in Central America.",
            "Back at Palo Alto, he built a long shed facing the track, painted the wall opposite white with numbered ¦ lines, and set twelve cameras in a row with fast shutters worked by springs. Threads stretched across the track were broken by the horse, or later tripped by an electric clock, so that each shutter opened in turn.",
            "On 19 June 1878, in front of reporters, the mare Sallie Gardner ran past the cameras. The pictures, developed on the spot, showed that all four hooves did leave the ground together, but with the legs gathered under the body, not stretched out.",
            "Stanford had the pictures drawn as silhouettes, and magazines such as Scientific American printed them later in the same year. Readers were invited to cut them out and spin them in a toy called a zoetrope.",
        ], caption=dict(position="Above", text="Six frames from a sequence of a horse at the gallop, printed as a strip.", credit="Albumen prints: Carrow Institute of Photography, CIP 1879.4.1–6")),
        dict(label="03", title="From Still Pictures to Moving Ones", paras=[
            "Muybridge showed his sequences to audiences in America and Europe with a projector of his own design, the zoopraxiscope, which carried the figures on a spinning glass disc so that they appeared to move.",
            "From 1884 he worked at the University of Pennsylvania, photographing hundreds of people and animals walking, running, jumping and lifting. The plates, published in 1887 as Animal Locomotion, are still used by artists who draw the body in motion. He died in 1904 in Kingston, the town where he was born.",
            "He also quarrelled with Stanford, who published the photographs in a book of 1882 under the name of another man, J. D. B. Stillman, giving Muybridge little credit. Muybridge sued and lost.",
        ]),
    ],
    sidebar=dict(title="Meanwhile in Paris", paras=[
        "The physiologist Étienne-Jules Marey saw Muybridge’s pictures and went further. His photographic gun of 1882 took twelve pictures a second, and he later recorded flying birds and falling cats on long strips of film, only a step away from the cinema.",
        "Marey’s chronophotographs showed several stages of a movement on one picture, so that the path of a wing or a limb could be measured.",
    ]),
    pullquote="“The horse was in the air, and the camera had caught it.”",
    note="* A popular story says that Stanford had bet 25,000 dollars on the answer. No record of such a bet has ever been found.",
    running=["Motion Studies Gallery", "Wall text 3.2"],
)

EX["rinderpest_2011"] = dict(
    kicker="THEMED DISPLAY",
    title_lines=["Goodbye to the Cattle Plague:", "The End of Rinderpest, 2011"],
    intro="In June 2011 the nations of the world declared that rinderpest, a disease that had killed cattle by the million for thousands of years, was gone. It was only the second disease, after smallpox, ever to be wiped out by human effort.",
    sections=[
        dict(label="Theme 1", title="A Killer of Herds", paras=[
            "Rinderpest is caused by a virus related to measles. It spreads by close contact between animals and, in a herd that has never met it, can kill nine in ten of the cattle within days. The animals suffer from fever, sores in the mouth and severe diarrhoea. Buffalo, yaks, giraffes and wildebeest suffer too.",
            "Outbreaks followed armies and trade across Europe for centuries. In the eighteenth century they killed many millions of cattle, and the first veterinary school was opened at Lyon in 1762 partly to fight the plague.",
            "In 1713 the physician Giovanni Maria Lancisi advised the Pope to have sick animals slaughtered and their movement stopped, an early example of strict quarantine that helped to end an outbreak in the Papal States.",
        ]),
        dict(label="Theme 2", title="The Great Pandemic in Africa", paras=[
            "In the late 1880s the virus reached the Horn of Africa, probably with cattle brought in by an Italian army. Over the following decade it swept south to the Cape. In some regions nearly all the cattle died, ¦ and so did many of the people who depended on them for milk, meat and trade.",
            "Herding peoples such as the Maasai lost much of their wealth, and famine and smallpox followed. The loss of grazing animals changed the landscape itself, as bush and tsetse flies spread over former pasture. Some historians believe the wildebeest of the Serengeti took decades to recover.",
            "The disease also reached Asia again and again. Large parts of India, China and South-East Asia suffered regular epidemics well into the twentieth century.",
        ], caption=dict(position="Below", text="Herders with a vaccinated bull in northern Kenya, 1990s.", credit="Photograph: courtesy of the Veldmark Veterinary Archive, VVA/KE/318")),
        dict(label="Theme 3", title="A Vaccine That Needed No Fridge", paras=[
            "In the 1950s the British veterinarian Walter Plowright developed a safe vaccine grown in tissue culture, and mass campaigns in Africa and Asia pushed the disease back. But the vaccine had to be kept cold, which was almost impossible in remote grazing lands.",
            "In the 1980s Jeffrey Mariner produced a version that could be freeze-dried and carried for weeks without refrigeration. Local animal health workers, trained to vaccinate the herds of their own communities, reached places that government teams never had.",
            "The Global Rinderpest Eradication Programme, launched in 1994, set out to find the last pockets of infection. Teams tested herds in remote parts of Sudan, Somalia and Pakistan and followed up every rumour of sick cattle.",
            "The last confirmed case was found in Kenya in 2001. After ten more years of searching without finding the virus, the World Organisation for Animal Health and the Food and Agriculture Organization announced in 2011 that rinderpest had been eradicated.",
        ]),
    ],
    sidebar=dict(title="Why Cattle and Not People?", paras=[
        "Wiping out a disease is possible only when it has no hidden reservoir, when a good vaccine exists and when infected animals or people can be recognised. Rinderpest met all three conditions. Samples of the virus still exist in a few laboratories, under strict control.",
        "Its end also saves a great deal of money, because farmers no longer need to vaccinate their herds or fear that they may be lost.",
    ]),
    pullquote="“For the first time, a vet could tell a farmer that the plague would not come back.”",
    running=[],
)

EX["arecibo_message_1974"] = dict(
    kicker="SIGNALS GALLERY",
    title_lines=["A Postcard to the Stars:", "The Arecibo Message, 1974"],
    intro="On 16 November 1974 the largest radio telescope on Earth sent a three-minute signal towards a cluster of stars in the constellation Hercules. It was less a real attempt to make contact than a demonstration of what the rebuilt dish could do.",
    sections=[
        dict(label="1", title="A Dish in a Sinkhole", paras=[
            "The Arecibo Observatory was built in the early 1960s in a natural hollow among the limestone hills of north-western Puerto Rico. Its reflector, 305 metres across, was fixed to the ground; the receivers hung above it from cables strung between three concrete towers.",
            "The site was chosen partly because Puerto Rico lies close to the equator, so that planets and the Moon pass nearly overhead, and partly because the round sinkhole saved the cost of a huge excavation.",
            "In the early 1970s the dish was given a new, more precise surface and a powerful radar transmitter. A ceremony to mark the upgrade was planned for November 1974, and the director, Frank Drake, proposed to send a message into space as part of it. Drake had already led the first search for radio signals from other worlds, in 1960.",
        ]),
        dict(label="2", title="Pictures Made of Numbers", paras=[
            "Drake wrote the message with help from Carl Sagan and others. It contained 1,679 binary digits. That number is the product of two prime numbers, 23 and 73, and a reader who arranged ¦ the digits in 73 rows of 23 would see a picture.",
            "The picture showed the numbers one to ten, the atomic numbers of the elements in DNA, a double helix, a human figure beside the population of Earth, a sketch of the Solar System and an outline of the telescope itself. Each part was only a few cells wide, and few people can decode the picture without help.",
            "Sent at a frequency of 2,380 megahertz, the message switched between two slightly different frequencies to stand for the ones and zeros, at ten digits a second.",
        ], caption=dict(position="Right", text="The message arranged as 73 rows of 23 cells, coloured afterwards to separate its parts.", credit="Diagram: Tallis Observatory Education Collection, TOE 74/11")),
        dict(label="3", title="A Very Long Wait", paras=[
            "The signal was aimed at the globular cluster Messier 13, about 25,000 light years away. Messier 13 holds several hundred thousand stars. By the time it arrives the stars of the cluster will have moved on, so it will probably miss its target.",
            "Some scientists objected that no one had the right to speak for the whole Earth. Others pointed out that television and radar signals had been leaking into space for decades anyway. Because a reply could take 50,000 years, the message was always more a gesture than a conversation.",
            "The telescope went on to find the first planets outside the Solar System, circling a pulsar, in 1992. After years of damage from storms, and months of warnings from engineers that the cables were failing, its instrument platform crashed into the dish in December 2020, and the telescope was not rebuilt.",
        ]),
    ],
    sidebar=dict(title="An Answer in a Cornfield?", paras=[
        "In 2001 a pattern appeared in a field next to the Chilbolton radio telescope in England that looked like a reply to the message, with a different creature and a different planet. It was almost certainly made by people with boards and rope, but it made headlines around the world.",
        "A second pattern, shaped like a face, appeared nearby in the same summer.",
    ]),
    pullquote="“We were not really expecting an answer. We wanted to show what the dish could do.”",
    note="A binary digit, or bit, is a single 0 or 1.",
    running=[],
)


def title(name):
    return " ".join(EX[name]["title_lines"])


def gold(name):
    e = EX[name]
    t = title(name)
    secs = [dict(label=None, title=t, blocks=[dict(kind="paragraph", text=clean(e["intro"]))])]
    for s in e["sections"]:
        blocks = [dict(kind="paragraph", text=clean(p)) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=clean(p)) for p in sb["paras"]]))
    return dict(title=t, running=e["running"], sections=secs)


def para_words(name):
    g = gold(name)
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


def write_gold(outdir):
    for n in EX:
        with open(f"{outdir}/{n}.json", "w", encoding="utf-8") as f:
            json.dump(gold(n), f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    for n in EX:
        print(n, para_words(n))
