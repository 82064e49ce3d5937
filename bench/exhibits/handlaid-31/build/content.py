# -*- coding: utf-8 -*-
"""All texts of the r27 hand-laid exhibit set. Every document and every gold
file is written from these strings. A note mark is written ^n^ and removed by
gold_text()."""
import re


def gold_text(s):
    return re.sub(r"\^[^^]*\^", "", s)


# ---------------------------------------------------------------- Vindolanda
VINDOLANDA = dict(
    name="vindolanda_tablets_1973",
    kicker="HADRIAN\u2019S WALL GALLERY \u00b7 PANEL 7",
    title_lines=["Letters from the Frontier:", "The Vindolanda Tablets, 1973"],
    intro=("Two thousand years ago the soldiers and families of a Roman fort in Northumberland wrote "
           "notes to each other on slivers of wood. In 1973 a few of those notes came out of the mud, "
           "and the ordinary voices of the Roman north were heard for the first time."),
    sections=[
        ("I", "Wood in a Wet Ditch", [
            "Vindolanda stood on the Stanegate, the Roman road across the neck of northern Britain, "
            "a generation before Hadrian\u2019s Wall was begun in AD 122. The fort was rebuilt at least "
            "nine times, and each garrison levelled the old timber buildings and laid turf and clay "
            "over them before building again.",
            "Those layers sealed the rubbish below them away from the air. In March 1973 the "
            "archaeologist Robin Birley was cutting a drainage trench through the waterlogged ground "
            "when he lifted two thin leaves of wood, no thicker than a postcard, and saw faint marks "
            "of ink on them. Leather shoes, textiles and wooden objects had survived in the same "
            "oxygen-free deposits.",
        ]),
        ("II", "Reading the Ink", [
            "The leaves darkened within minutes of being exposed, and the writing seemed to vanish. "
            "Photographed in infrared light, however, the strokes of carbon ink stood out again "
            "against the wood. Two scholars, Alan Bowman and David Thomas, spent years learning to "
            "read the cramped Roman cursive hand, which looks little like the capital letters "
            "carved on tombstones.",
            "Most of the documents date from about AD 90 to 120. Many belong to the household of "
            "Flavius Cerialis, prefect of the Ninth Cohort of Batavians, a unit raised near the "
            "mouth of the Rhine, and his wife Sulpicia Lepidina.",
            "Letters, drafts and accounts were written on the smooth inner face of the wood, then "
            "folded down the middle with the address on the outside. Some were written by trained "
            "clerks, others by officers and slaves in quite different hands.",
        ]),
        ("III", "Socks, Beer and a Birthday", [
            "The tablets are the everyday paperwork of an army. There are strength reports listing "
            "how many men were fit, sick or away, accounts of grain, pepper and wine, and requests "
            "for leave. One officer asked for more beer for his men; another letter mentions a parcel "
            "of socks, sandals and two pairs of underpants sent to a soldier from home.",
            "The most famous leaf is an invitation from Claudia Severa, the wife of a commander at "
            "another fort, asking Lepidina to her birthday party. A scribe wrote most of it, but the "
            "closing greeting is in a second, shakier hand, thought to be Claudia\u2019s own, and among "
            "the earliest Latin writing by a woman that survives anywhere.",
        ]),
        ("IV", "A Frontier Seen from Inside", [
            "One report describes the local Britons as poorly armed horsemen and uses a scornful "
            "diminutive for them, the only word the Romans are known to have used for the people "
            "they ruled here. It is a reminder that the letters show the occupiers\u2019 point of view.",
            "Excavation goes on every summer, and new tablets are still found. Over a thousand are "
            "now known, most of them kept in conditions that stop the wood from shrinking and "
            "cracking as it dries. In 2003 they were voted Britain\u2019s top treasure in a national poll.",
        ]),
    ],
    caption=dict(section=2, position="Right", text=("A birthday invitation written on a leaf of alder "
                 "wood, shown larger than life under infrared light."),
                 credit="Photo: Chesterholm Field Archive, VFA 1974.118"),
    pull="\u201cI shall make the day more enjoyable for me by your coming.\u201d",
    chronology=[("c. AD 85", "First timber fort built"), ("c. AD 92", "Batavian cohort arrives"),
                ("c. AD 100", "Claudia Severa\u2019s invitation"), ("AD 122", "Hadrian\u2019s Wall begun"),
                ("1973", "First tablets lifted"), ("1975", "Infrared photographs made")],
    footer_left="Tynedale Roman Frontier Museum",
    footer_right="Hadrian\u2019s Wall Gallery \u00b7 Panel 7",
)

# ---------------------------------------------------------------- Webb
WEBB = dict(
    name="matthew_webb_channel_1875",
    kicker="ON THE SEAFRONT \u00b7 A DOVER STORY",
    title_lines=["Twenty-One Hours in the Sea:", "Captain Webb Swims the Channel, 1875"],
    intro=("On 24 August 1875 a merchant-navy captain slid into the water off Dover and swam, with "
           "no help but a boat alongside, until he stood on the sand near Calais the next morning. "
           "Nobody had done it before, and nobody would manage it again for thirty-six years."),
    sections=[
        ("1", "A Sailor from Shropshire", [
            "Matthew Webb was born in 1848 at Dawley in Shropshire, one of a doctor\u2019s large family, "
            "and learned to swim in the River Severn. He went to sea as a boy and rose to become a "
            "master in the merchant service.",
            "In 1873 he dived from a Cunard liner in mid-Atlantic to try to save a man who had "
            "fallen overboard. The man was never found, but Webb was awarded the first Stanley Medal "
            "for his courage and was written about in the newspapers. Reading of a failed attempt "
            "on the Channel, he decided to give up the sea and train as a swimmer.",
        ]),
        ("2", "The First Attempt", [
            "His first try, on 12 August 1875, ended after nearly seven hours when the wind rose and "
            "the sea grew too rough for the boats. The crossing had been made a few months earlier "
            "by an American, Paul Boyton, but he had floated across in an inflatable rubber suit "
            "and paddled, which to most people did not count.",
            "Webb spent the days after the failure resting at Dover, watching the weather and "
            "working out with his pilot how the tides would run on the next suitable day. He also "
            "swam short distances each morning to keep his body used to the cold water.",
        ]),
        ("3", "Across the Strait", [
            "Webb set off again from the Admiralty Pier shortly before one o\u2019clock on the "
            "afternoon of 24 August, his skin smeared with porpoise oil against the cold. He swam a "
            "slow, steady breaststroke, and was fed from an escorting lugger with beef tea, coffee, "
            "brandy and cod liver oil.",
            "The tides carried him far up and down the coast, so that his track through the water "
            "was nearly twice the straight distance of about thirty-three kilometres. During the "
            "night he was badly stung by a jellyfish, and off the French coast a strong current held "
            "him back for hours within sight of land. He came ashore near Calais at about a quarter "
            "to eleven the next morning, after twenty-one hours and forty-five minutes in the water.",
        ]),
        ("4", "Fame and a Last Swim", [
            "Webb came home to brass bands, presentations and a public fund raised in his honour. "
            "He earned his living afterwards from exhibitions and endurance feats, floating in tanks "
            "for days at a time and racing other swimmers for wagers.",
            "As his earnings fell he looked for bigger spectacles. In July 1883 he tried to swim "
            "the whirlpool rapids below the Niagara Falls and was drowned. A memorial was later "
            "raised at Dover, near the place where his great swim had begun.",
        ]),
    ],
    caption=dict(section=-1, position="Above", text=("The Admiralty Pier and the harbour mouth at Dover, "
                 "looking east towards the cliffs, about 1875."),
                 credit="Lent by the Castle Street Photographic Society"),
    pull="\u201cNothing great is easy.\u201d",
    sidebar=("Who Swam It Next?", [
        "Many tried to follow Webb, but the next successful swimmer, Thomas Burgess, did not reach "
        "France until 1911, after more than a dozen attempts. In 1926 the American Gertrude Ederle "
        "became the first woman to cross, and she was faster than any of the men before her.",
    ]),
    table=("THE SWIM IN FIGURES", [("Start", "Admiralty Pier, 12.56 pm"), ("Finish", "near Calais, 10.41 am"),
                                    ("Time", "21 h 45 min"), ("Stroke", "breaststroke")]),
    head_left="Dover Harbour Museum",
    head_right="Swimming the Strait",
)

# ---------------------------------------------------------------- Neptune
NEPTUNE = dict(
    name="neptune_discovery_1846",
    kicker="CATALOGUE \u00b7 INSTRUMENTS AND DISCOVERIES",
    title_lines=["Found with a Pen:", "The Discovery of Neptune, 1846"],
    intro=("Neptune was the first planet to be found by calculation before anyone knew where to look "
           "in the sky. Two young mathematicians, working apart in Paris and Cambridge, reached nearly "
           "the same answer, and the argument over who deserved the credit lasted for decades."),
    sections=[
        ("A", "A Planet Out of Place", [
            "When William Herschel found Uranus in 1781 it became possible to work out its orbit and "
            "predict where it would be in years to come. By the 1820s the predictions were failing. "
            "Uranus was at first running ahead of its tables and later falling behind them, by an "
            "amount too large to blame on poor observations.^1^",
            "Several astronomers suspected that the pull of an unknown planet farther out was "
            "tugging Uranus off its path. The problem was to run the usual calculation backwards: "
            "to start from the disturbance and work out the mass and position of the body that "
            "caused it, a task that meant months of hand computation.",
        ]),
        ("B", "Le Verrier\u2019s Prediction", [
            "In Paris, Urbain Le Verrier took up the problem in 1845 at the suggestion of the "
            "director of the observatory, Fran\u00e7ois Arago. By the end of August 1846 he had "
            "announced a position for the new planet and an estimate of its mass. French observers "
            "showed little interest in searching for it, so he wrote to Johann Galle at the Berlin "
            "Observatory, which had a new and detailed star chart of that part of the sky.",
            "The letter reached Galle on 23 September. That same night he and a student, Heinrich "
            "d\u2019Arrest, compared the stars in the telescope with the chart, and within an hour "
            "d\u2019Arrest called out that one star was not on the map. It lay less than a degree "
            "from the predicted place, and by the next night it had moved.",
        ]),
        ("C", "The Cambridge Calculation", [
            "News of the discovery brought an awkward claim from England. John Couch Adams, a young "
            "fellow of St John\u2019s College, had worked out a position for the planet in 1845 and "
            "tried to show it to the Astronomer Royal, George Airy, who was slow to act on it. A "
            "search was finally begun at Cambridge in the summer of 1846 by James Challis, who "
            "recorded the planet twice in August without noticing that it had moved.^2^",
            "British newspapers took Adams\u2019s side and French ones Le Verrier\u2019s. The two men "
            "themselves met later and became friendly, and most histories now give the credit for "
            "the prediction to Le Verrier and for the first sighting to Galle.",
        ]),
        ("D", "Naming the New World", [
            "Le Verrier briefly wanted the planet named after himself, but astronomers soon settled "
            "on Neptune, the sea god, in keeping with the other planets. Within weeks William "
            "Lassell, a Liverpool brewer with a fine telescope, had found its largest moon, Triton.",
            "The discovery was hailed as a triumph of Newton’s law of gravitation, which had "
            "been trusted far beyond anything that could be checked directly.",
        ]),
    ],
    caption=dict(section=1, position="Above", text=("Brass micrometer of the kind fitted to a refracting "
                 "telescope for measuring the positions of faint stars."),
                 credit="Fenwick Observatory Trust, FOT 388"),
    sidebar=("Seen Before but Not Recognised", [
        "Old records show that Neptune had been seen long before 1846. Galileo drew it beside Jupiter "
        "in the winter of 1612 and 1613 and even noted that it seemed to shift, and the French "
        "astronomer Lalande logged it as a star in 1795. Neither realised what he had seen.",
    ]),
    footnotes=[("1", "The tables were those of Alexis Bouvard, published in 1821."),
               ("2", "Challis\u2019s notebooks are discussed in the catalogue entry for case 14.")],
    head_verso="Catalogue of the Observatory Collection",
    head_recto="The Planet Found by Pen",
    folios=["48", "49"],
)

# ---------------------------------------------------------------- Windscale
WINDSCALE = dict(
    name="windscale_fire_1957",
    kicker="VISITOR GUIDE",
    title_lines=["Fire in Pile One:", "Windscale, October 1957"],
    intro=("For three days in October 1957 a nuclear reactor on the Cumbrian coast was on fire. This "
           "guide follows the four panels of the gallery, from the building of the piles to the "
           "lessons drawn from Britain\u2019s worst nuclear accident."),
    sections=[
        ("Panel 1", "Piles for a Bomb", [
            "After the Second World War Britain decided to build its own atomic bomb. Two reactors, "
            "known as piles, were built at Windscale near Seascale to make plutonium. Each was a "
            "great block of graphite pierced by channels holding aluminium-clad cartridges of "
            "uranium metal, cooled by air blown through by fans and sent out through tall chimneys.",
            "Late in the building, the physicist John Cockcroft insisted that filters be added at "
            "the tops of the chimneys. The heavy galleries that held them were so costly and so late "
            "that workers called them Cockcroft\u2019s Folly.",
            "The piles were pushed hard to meet the demands of the weapons programme, and their "
            "operators had little experience of what could go wrong in a reactor of this kind.",
        ]),
        ("Panel 2", "A Routine Heating", [
            "Graphite bombarded by neutrons slowly stores energy in its structure, and that energy "
            "can escape suddenly as heat. To release it in a controlled way, the operators "
            "periodically warmed the graphite by running the pile with the cooling reduced.",
            "On 8 October 1957 such an anneal of Pile 1 did not seem to be going to plan, and a "
            "second heating was applied. Temperatures kept rising, and by 10 October instruments "
            "showed radioactivity escaping up the chimney. When men opened an inspection plug they "
            "saw fuel channels glowing red.",
            "About eleven tonnes of uranium were by then burning inside the core, and the fans, "
            "meant to cool the pile, were feeding the fire with air.",
        ]),
        ("Panel 3", "Putting Out the Fire", [
            "Workers in protective suits pushed burning cartridges out of the channels with steel "
            "poles, and tried carbon dioxide, which had no effect. The deputy general manager, Tom "
            "Tuohy, climbed to the top of the pile more than once to look down at the fire.",
            "On the morning of 11 October, fearing that water might cause an explosion but with "
            "no other choice left, the managers flooded the pile with hoses. Tuohy then shut off "
            "the air, and by the next day the fire was out. The reactor never ran again.",
            "Tuohy later said that he had stood on the charge hoist looking down through the "
            "open plugs, watching the flames die away as the water reached them. Remarkably, none "
            "of the workers received a dose high enough to cause them obvious harm.",
        ]),
        ("Panel 4", "Milk and Lessons", [
            "Radioactive iodine had been carried over the countryside. Milk from farms across about "
            "five hundred square kilometres was poured away for several weeks, and the filters that "
            "had been mocked stopped much of the worst contamination.",
            "An inquiry led by William Penney reported quickly, but the government published only a "
            "shortened version, worried about its effect on atomic cooperation with the United "
            "States. The full report was released thirty years later.",
            "The accident led to a new licensing system for nuclear sites. Pile 1 was sealed, and "
            "the work of taking it apart safely is still going on more than sixty years later.",
        ]),
    ],
    caption=dict(section=2, position="Left", text=("A steel pole of the kind used to push cartridges "
                 "out of the burning channels."),
                 credit="Cumbrian Atomic Heritage Centre, CAHC 2007.31"),
    pull="\u201cThe fire was out. Then came the milk.\u201d",
    back=["Cumbrian Atomic Heritage Centre", "Seascale Road, Gosforth", "Open daily 10.00\u201316.30",
          "Free guide. Please return it to the rack if you do not wish to keep it."],
    foot_left="Fire in Pile One",
    foot_right="Visitor guide",
)

# ---------------------------------------------------------------- Fortune (DOCX)
FORTUNE = dict(
    name="robert_fortune_tea_1848",
    kicker="Gallery text \u2013 Plant Hunters room",
    title_lines=["Green Leaves Across the Sea:", "Robert Fortune and the Tea Plants, 1848"],
    intro=("In 1848 the East India Company sent a Scottish gardener into the hills of China to bring "
           "back tea plants, seeds and the knowledge of how tea was made. His journeys helped move "
           "the growing of the world\u2019s favourite drink from China to India."),
    sections=[
        ("Case 1", "A Gardener for the Company", [
            "Robert Fortune was born in Berwickshire in 1812 and trained at the Royal Botanic Garden "
            "in Edinburgh. In the 1840s he had already collected plants in China for the "
            "Horticultural Society of London, and he had learned some of the language and "
            "the ways of travelling there.",
            "Britain drank enormous quantities of tea but could buy it only from Chinese merchants, "
            "paying partly in silver and partly in opium. The East India Company hoped to grow its "
            "own tea in the Himalayan foothills, and it hired Fortune to fetch the best plants.",
            "The Company paid him a salary of five hundred pounds a year, several times what he had "
            "earned as a gardener, and let him keep the rights to any other plants he found.",
        ]),
        ("Case 2", "In Disguise in the Tea Hills", [
            "Foreigners were not allowed far from the treaty ports, so Fortune shaved his head, wore "
            "a false braid and dressed in Chinese clothes. With hired guides he travelled to the "
            "green-tea districts near Songluo and later to the Wuyi hills, famous for black tea.",
            "He found that green and black tea came from the same plant and differed only in how "
            "the leaves were treated. He also watched workers colour green tea for export with "
            "Prussian blue and gypsum, because foreign buyers expected it to look bright.",
            "His guides often grumbled and cheated him, and he suffered from fever on the road, but "
            "at every tea farm he asked questions and filled bags with seed.",
        ]),
        ("Case 3", "Glass Boxes on the Deck", [
            "Seeds and cuttings usually died on the long voyage. Fortune sent his plants in Wardian "
            "cases, sealed boxes of glass and wood in which seedlings could live for months on the "
            "moisture trapped inside, and many arrived green and healthy.",
            "In 1851 some twenty thousand plants and seedlings reached the Himalayas, together with "
            "a group of experienced tea workers from China who taught the new plantations how to "
            "pick, roll and fire the leaves. They also brought "
            "the tools of their trade, from drying baskets to the iron pans used for firing.",
        ]),
        ("Case 4", "What Grew from It", [
            "Fortune\u2019s Chinese plants did well in the cool hills around Darjeeling, where their "
            "descendants still grow. In the hot lowlands of Assam, however, a native tea plant "
            "proved better suited, and it became the source of most Indian tea. Within fifty years "
            "India and Ceylon had overtaken China as Britain\u2019s suppliers.",
            "Fortune himself went back to China several times and later collected in Japan. He "
            "introduced dozens of garden plants to Britain, among them forsythia and bleeding heart, "
            "and died in London in 1880.",
        ]),
    ],
    caption=dict(section=2, position="Above", text=("A Wardian case of the kind used to carry living "
                 "plants by sea, with its glass panes restored."),
                 credit="Photo: Gardeners\u2019 Guild Library, Kelso"),
    sidebar=("What Was in a Wardian Case?", [
        "The case was invented by accident around 1829, when the London doctor Nathaniel Ward noticed "
        "a fern sprouting in a sealed jar. Water evaporated from the soil, condensed on the glass and "
        "ran back down, so the plants needed no watering on the voyage.",
    ]),
    footnotes=[("Fortune described these journeys in his book A Journey to the Tea Countries of "
                "China, published in 1852.")],
    table=[("Sailed from Southampton", "1848"), ("Plants reached India", "1851"),
           ("Book published", "1852")],
    header="Tweedside Museum of Gardens \u00b7 Draft gallery text",
    footer="Plant Hunters room \u2013 text panels",
)

# ---------------------------------------------------------------- Eddystone (HTML)
EDDYSTONE = dict(
    name="eddystone_lighthouse_1759",
    kicker="Online exhibition",
    title_lines=["A Tower Like an Oak:", "Smeaton\u2019s Eddystone Lighthouse, 1759"],
    intro=("Fourteen miles off Plymouth, a reef of red rock lies just below the surface at high tide. "
           "Three lighthouses were lost there before John Smeaton built a tower of interlocking stone "
           "that stood for more than a century."),
    sections=[
        ("Part one", "A Reef That Wrecked Ships", [
            "The Eddystone rocks lie across the approach to Plymouth Sound, where ships coming up the "
            "Channel were driven onto them in the dark. The first lighthouse on the reef was built "
            "by Henry Winstanley, a showman and engineer, and first lit in 1698.",
            "His elaborate wooden tower, decorated with carvings and cranes, was swept away in the "
            "Great Storm of November 1703 while Winstanley himself was on the rock making repairs. "
            "No trace of him or his men was ever found.",
            "For the next few years the reef was unlit again, and within days of the storm a "
            "merchant ship coming home from Virginia was wrecked on it.",
        ]),
        ("Part two", "A Tower of Timber and Stone", [
            "The second lighthouse, designed by John Rudyerd, was a smooth cone of timber weighted "
            "with courses of granite, and it stood for almost fifty years. In December 1755 the "
            "lantern caught fire and the tower burned down.",
            "One of the keepers, Henry Hall, was ninety-four years old. As he looked up at the "
            "flames, molten lead from the roof fell into his open mouth, and he died some days "
            "later. Doctors did not believe his story until they found the lump of lead in his "
            "stomach.",
        ]),
        ("Part three", "Smeaton\u2019s Design", [
            "The owners turned to John Smeaton, a Yorkshire maker of scientific instruments. He "
            "modelled his tower on the trunk of an oak tree, broad at the base and narrowing "
            "gracefully upward, so that it would be steady against the waves.",
            "Every block of granite and Portland stone was cut to dovetail into its neighbours and "
            "into the rock itself, and the courses were pinned together with marble dowels. "
            "Smeaton also tested limes until he found one that would set under water, work that "
            "led in time to modern cement.",
            "Work could be done on the rock only at low water in calm weather, so the stones were "
            "shaped and fitted together in a yard on shore and then carried out by boat. The tower "
            "took three summers to complete.",
        ]),
        ("Part four", "From the Reef to the Hoe", [
            "The light was first shown on 16 October 1759, from twenty-four candles. The tower "
            "outlived its builder by many years, but by the 1870s the rock beneath it was being "
            "undercut by the sea, and the whole tower shook when big waves struck it. Engineers "
            "decided that it could not be saved where it stood.",
            "When James Douglass built a taller lighthouse on a neighbouring ledge, the people of "
            "Plymouth paid for the upper part of Smeaton\u2019s tower to be taken down, stone by stone, and rebuilt "
            "on the Hoe, where it still stands. The stump of the old tower remains on the reef.",
        ]),
    ],
    caption=dict(section=2, position="Right", text=("A section through the tower showing how each "
                 "course of stone was locked into the one below."),
                 credit="Plymouth Sound Maritime Collection, PSMC 1884.12"),
    sidebar=("Why Call Him a Civil Engineer?", [
        "Smeaton was one of the first people to describe himself as a civil engineer, to set his "
        "work apart from that of military engineers. In 1771 he helped found a society of engineers "
        "that met to dine and talk, and it still bears his name.",
    ]),
    notes=["Plymouth Sound is the bay in front of the city.",
           "Portland stone is a pale limestone quarried in Dorset."],
    timeline=[("1698", "Winstanley\u2019s tower first lit"), ("1703", "Lost in the Great Storm"),
              ("1709", "Rudyerd\u2019s tower completed"), ("1755", "Rudyerd\u2019s tower burns"),
              ("1759", "Smeaton\u2019s light first shown"), ("1882", "Douglass\u2019s tower lit")],
    site="Plymouth Sound Maritime Collection",
)

ALL = [VINDOLANDA, WEBB, NEPTUNE, WINDSCALE, FORTUNE, EDDYSTONE]


def make_gold(ex, running, label_map=None, title_override=None, section_titles=None):
    """Gold dict in the references' schema."""
    title = title_override or " ".join(ex["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=gold_text(ex["intro"]))])]
    cap = ex.get("caption")
    if cap and cap["section"] == -1:   # a picture that belongs to the title block
        secs[0]["blocks"].append(dict(kind="caption", text=cap["text"], position=cap["position"], credit=cap["credit"]))
    for i, (lab, stitle, paras) in enumerate(ex["sections"]):
        if label_map:
            lab = label_map(lab)
        if section_titles:
            stitle = section_titles[i]
        blocks = [dict(kind="paragraph", text=gold_text(p)) for p in paras]
        cap = ex.get("caption")
        if cap and cap["section"] == i:
            blocks.append(dict(kind="caption", text=cap["text"], position=cap["position"], credit=cap["credit"]))
        secs.append(dict(label=lab, title=stitle, blocks=blocks))
    if ex.get("sidebar"):
        st, paras = ex["sidebar"]
        secs.append(dict(label=None, title=st, blocks=[dict(kind="paragraph", text=gold_text(p)) for p in paras]))
    return dict(title=title, running=running, sections=secs)


if __name__ == "__main__":
    for ex in ALL:
        g = make_gold(ex, [])
        n = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        print(ex["name"], n)
