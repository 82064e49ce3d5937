"""All texts of set 50 (round 43). Prose written for this set; museums, credits, numbers invented.

Each exhibit: title lines, intro, sections (label, title, paragraphs, optional caption), sidebar.
gold() writes NAME.json in the reference schema.
"""
import json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

EX = {}

# ---------------------------------------------------------------- PDF 1
EX["ether_dome_1846"] = dict(
    kicker="Chapter 6 · Medicine in New England",
    title_lines=["Sleep Without Pain:", "Ether at Boston, 1846"],
    intro="On a Friday morning in October 1846 a dentist held a glass flask to the mouth of a young printer while a surgeon cut a tumour from his neck. The patient did not cry out, and within months operations without pain were being tried across Europe and America.",
    sections=[
        dict(label="6.1", title="Surgery Before Sleep", paras=[
            "Before the 1840s an operation was a contest of speed and nerve. The patient was held down by assistants, sometimes fortified with brandy or opium, and the best surgeons were admired for how fast they could take off a leg. Many people chose to die rather than face the knife, and operating rooms were often placed so that the screams would not carry to the wards.",
            "Substances that dulled pain were not unknown. Humphry Davy had suggested in 1800 that nitrous oxide might be useful during operations, and students in Britain and America inhaled it and ether at parties for amusement, reeling and laughing in front of their friends. Yet for decades nobody turned the entertainment into a medical method.",
            "In Georgia a country doctor, Crawford Long, removed a growth from a patient’s neck under ether in 1842, but he did not publish his cases until years later. In Hartford the dentist Horace Wells pulled teeth with nitrous oxide, and in 1845 he tried to show the method to Harvard students in Boston. The patient groaned, the audience jeered, and Wells went home disgraced.",
        ]),
        dict(label="6.2", title="The Morning of 16 October", paras=[
            "Wells had a former partner, William Thomas Green Morton, who was also a dentist in Boston. Encouraged by the chemist Charles Jackson, Morton experimented with sulphuric ether on animals and on himself, and at the end of September 1846 he extracted a tooth from a music teacher who said he had felt nothing at all.",
            "Morton asked to demonstrate at the Massachusetts General Hospital. On 16 October, in the domed operating theatre at the top of the hospital’s granite building, the senior surgeon John Collins Warren prepared to remove a tumour from the neck of Edward Gilbert Abbott. Morton arrived late, having waited for an instrument maker to finish his glass inhaler. He held it to Abbott’s lips for a few minutes, and Warren began to cut.",
            "Abbott later said that he had felt the knife only as a scratch. Warren turned to the crowded benches and, according to those who were there, declared: “Gentlemen, this is no humbug.” The next day a second operation under ether went just as well.",
        ], caption=dict(position="Above", text="The operating theatre of the Massachusetts General Hospital, with its tiered benches under a skylit dome, as it looked about 1900.", credit="Photograph: Carrow Museum of Medicine archive, CMM P-1142")),
        dict(label="6.3", title="Secrets and Quarrels", paras=[
            "Morton tried to keep his agent secret, calling it Letheon and adding scents to disguise its smell, and he took out a patent in November. The hospital’s surgeons refused to go on using a secret remedy, and Morton soon had to admit that it was ordinary ether. The physician and writer Oliver Wendell Holmes suggested the word anaesthesia for the new state of insensibility.",
            "News crossed the Atlantic by steamship. In London on 21 December 1846 Robert Liston amputated a leg under ether in front of a crowded theatre, and within a year the Edinburgh obstetrician James Young Simpson had begun to use chloroform in childbirth. Queen Victoria accepted chloroform when her eighth child was born in 1853, which did much to make it respectable.",
            "For Morton, Jackson and Wells the discovery brought misery. They spent years fighting over who deserved the credit and a reward that Congress never paid. Wells took his own life in 1848, Morton died poor in 1868, and Jackson ended his days in an asylum. The operating theatre survives, and is still known as the Ether Dome.",
        ]),
    ],
    sidebar=dict(title="The Glass Inhaler", paras=[
        "Morton’s inhaler was a glass globe with two necks. A sponge soaked in ether lay inside; the patient breathed in through one neck, and a simple valve let the breath escape. Several inhalers and replicas survive, and historians still argue about which of them, if any, was used on the morning of the operation.",
    ]),
    running=["The Surgery Galleries: Catalogue", "Carrow Museum of Medicine", "Sleep Without Pain: Ether at Boston, 1846", "88", "89"],
    boxquote="A failed demonstration would have set the cause back by years.",
    note="Witnesses remembered the words differently; this version comes from accounts written decades later.",
)

# ---------------------------------------------------------------- PDF 2
EX["keeling_curve_1958"] = dict(
    kicker="Climate Gallery",
    title_lines=["A Line That Only Goes Up:", "The Keeling Curve, 1958"],
    intro="Since 1958 an observatory on the slopes of a Hawaiian volcano has measured the carbon dioxide in the air almost without a break. The zigzag line it draws has become one of the best-known graphs in science.",
    sections=[
        dict(label="A", title="A Young Chemist and His Flasks", paras=[
            "Charles David Keeling trained as a chemist and in the mid-1950s took a post at the California Institute of Technology. Wanting to work outdoors, he built an instrument to measure carbon dioxide precisely and camped in the parks and forests of California, filling glass flasks with air by day and by night.",
            "Wherever the air was well mixed, away from cities and from growing plants, he found almost the same value. Earlier measurements had varied so widely that many scientists doubted whether there was any single background level at all.",
        ]),
        dict(label="B", title="Two Sites Far From Anywhere", paras=[
            "His results caught the attention of Roger Revelle at the Scripps Institution of Oceanography, who was looking for ways to study the carbon cycle during the International Geophysical Year of 1957–58. Revelle and his colleague Hans Suess had just argued that the oceans could not take up carbon from fuel as quickly as people assumed.",
            "Keeling joined Scripps and installed new infrared gas analysers at a weather station high on Mauna Loa, about 3,400 metres above the Pacific, and at the South Pole. The first readings at Mauna Loa, in March 1958, were close to 313 parts per million.",
            'The site was chosen because the upper slopes of the volcano are bare lava, far from forests, and because steady winds bring air that has crossed thousands of kilometres of open ocean. Fumes from the volcano itself are easy to recognise and are removed from the record.',
        ]),
        dict(label="C", title="The Breathing of the Planet", paras=[
            "Within a year the Mauna Loa record showed a surprise. The level rose through the northern winter, peaked in May, and fell through the summer, as the forests and fields of the Northern Hemisphere drew carbon out of the air while they grew and returned it as leaves decayed.",
            "Under this yearly rhythm lay a steady climb. By the mid-1960s it was clear that each year’s average was higher than the last, and that the increase matched, roughly, half of the carbon released by burning coal, oil and gas.",
        ], caption=dict(position="Above", text="Monthly averages measured on Mauna Loa from 1958 to the present, with the seasonal swing visible as a sawtooth.", credit="Graph: Dunmore Science Centre, after the Scripps record; DSC 2019.33")),
        dict(label="D", title="Keeping the Record Going", paras=[
            "Long measurements rarely attract money. Keeling had to defend his programme again and again, and funding cuts in the 1960s interrupted the South Pole series and briefly threatened Mauna Loa itself. He insisted on calibrating every instrument against reference gases, a habit that made the record trustworthy.",
            "Keeling died in 2005, and his son Ralph continues the Scripps measurements alongside a separate programme run by a United States government agency. In May 2013 the daily average at Mauna Loa passed 400 parts per million for the first time.",
        ]),
    ],
    sidebar=dict(title="Reading the Sawtooth", paras=[
        "The red line rises and falls each year by about six parts per million at Mauna Loa. Near the South Pole, where there is little land and few plants, the seasonal swing almost disappears, while the long-term rise is the same.",
            'The extra carbon also carries a chemical signature. Carbon from coal and oil contains no carbon-14 and less carbon-13 than the air, and both changes have been measured in the same kind of samples.',
    ]),
    running=["Dunmore Science Centre · Climate Gallery", "Panel 7.3"],
    pullquote="The flasks came back holding the same air, wherever he had opened them.",
)

# ---------------------------------------------------------------- PDF 3
EX["gombe_chimpanzees_1960"] = dict(
    kicker="Field Science",
    title_lines=["Fishing for Termites:", "Jane Goodall at Gombe, 1960"],
    intro="In the summer of 1960 a young Englishwoman with no university degree began watching wild chimpanzees on the shore of Lake Tanganyika. What she saw that autumn forced scientists to rethink what made humans different from other animals.",
    sections=[
        dict(label="I", title="A Secretary Sent to the Forest", paras=[
            "Jane Goodall had dreamed of Africa since childhood. In 1957 she travelled to Kenya to visit a school friend and talked her way into a job with the anthropologist Louis Leakey, who believed that studying great apes in the wild might shed light on the behaviour of early humans.",
            "Leakey raised money for a study of chimpanzees at the Gombe Stream reserve in what was then Tanganyika. The colonial authorities would not allow a young woman to live there alone, so her mother, Vanne, came with her for the first months. They arrived in July 1960.",
            'Goodall had no formal training, and Leakey saw this as an advantage: she would watch without the theories that a university might have given her. Before she left, he arranged for her to observe primates in London and to study their anatomy.',
        ]),
        dict(label="II", title="David Greybeard", paras=[
            "At first the chimpanzees fled whenever they saw her. Goodall spent weeks on a high point she called the Peak, watching through binoculars, and slowly the animals grew used to the pale figure who never came too close.",
            "In late October she saw an adult male with a grey chin, whom she named David Greybeard, squatting by a termite mound. He pushed a grass stem into a hole, drew it out covered in termites and picked them off with his lips. Later she watched chimpanzees strip the leaves from twigs to make suitable probes, which meant that they were not only using tools but making them.",
            "When she sent the news to Leakey, his reply became famous: now we must redefine tool, redefine man, or accept chimpanzees as humans. A few weeks earlier she had also seen David Greybeard eating meat, another habit thought to be rare among apes.",
        ], caption=dict(position="Left", text="A chimpanzee fishing for termites with a stripped stem, in a cast made for the gallery from field photographs.", credit="Cast: Heronsgate Museum of Natural History, HMNH 2021.8")),
        dict(label="III", title="Names Instead of Numbers", paras=[
            "With further money from the National Geographic Society the study continued, and the photographer Hugo van Lawick came to film it; he and Goodall married in 1964. Cambridge University accepted her as a doctoral student without a first degree, and she received her doctorate in 1966.",
            "Some scientists objected that she gave the animals names rather than numbers and wrote about their personalities and feelings. Over the following decades the research at Gombe recorded war between communities, the killing of infants and the lasting bonds between mothers and their young, and it became one of the longest studies of any wild animal.",
            'In 1986 Goodall turned from research to campaigning for chimpanzees and their forests, but the daily observations she began are still carried on, many of them by Tanzanian field staff.',
        ]),
    ],
    sidebar=dict(title="Why Termites?", paras=[
        "Termites are rich in fat and protein, and for a few weeks at the start of the rains they are easy to reach near the surface of their mounds. Chimpanzees in other parts of Africa dip sticks for ants, crack nuts with stones or sponge up water with chewed leaves, and each community has its own customs.",
            'Young chimpanzees learn these skills slowly by watching their mothers, and it can take several years before a juvenile fishes for termites as well as an adult.',
    ]),
    running=["Heronsgate Museum of Natural History", "Gallery sheet · Primates", "3"],
    note="The so-called four-year war between two groups of chimpanzees lasted from 1974 to 1978.",
)

# ---------------------------------------------------------------- PDF 4
EX["sydney_opera_house_1973"] = dict(
    kicker="Harbourside Design Museum · Exhibition leaflet",
    title_lines=["Sails on the Harbour:", "Building the Sydney", "Opera House, 1957–1973"],
    intro="It was designed by an architect who never saw it finished. This leaflet tells how a competition sketch became a building that took sixteen years, cost fourteen times its budget and is now recognised around the world.",
    sections=[
        dict(label="1", title="A Sketch from Denmark", paras=[
            "In 1955 the government of New South Wales launched an international competition for an opera house on Bennelong Point, a spit of land reaching into Sydney Harbour. More than two hundred entries arrived from around the world.",
            "In January 1957 the judges chose the design of Jørn Utzon, a 38-year-old Danish architect little known outside his own country. His drawings were hardly more than sketches: a great platform of stone, and above it a cluster of white roofs like shells or sails. The American architect Eero Saarinen, one of the judges, is said to have championed it.",
            'The scheme was controversial from the start, yet it caught the public imagination, and the city waited to see whether such a roof could ever stand.',
        ]),
        dict(label="2", title="The Problem of the Shells", paras=[
            "Building began in 1959, before anyone knew how to build the roofs. The state premier wanted work started before an election, and the podium was begun while the engineers of Ove Arup and Partners were still struggling with the geometry of the shells.",
            "For years no solution worked. The curves Utzon had drawn freely could not be calculated or built at an acceptable cost. In 1961 he found the answer: every shell would be cut from the surface of one imaginary sphere, so that all the ribs could be cast in the same moulds as precast concrete segments.",
            'The roof took until 1967 to finish. More than two thousand precast segments were lifted into place by cranes specially made in France, and the segments were tied together by steel cables running through them.',
        ], caption=dict(position="Below", text="The precast ribs of the shells, each a slice of the same sphere, in a model made for the exhibition.", credit="Model: Harbourside Design Museum, HDM 1998.204")),
        dict(label="3", title="Departure and Opening", paras=[
            "After a change of government in 1965, the new minister for public works questioned the rising costs and held back payments to the architect. In February 1966 Utzon resigned and left Australia with his family; he never came back to see the building.",
            "A team of Australian architects led by Peter Hall completed the interiors to a different design. Queen Elizabeth II opened the Opera House on 20 October 1973. The original estimate had been seven million Australian dollars; the final cost was about 102 million, paid largely through a state lottery.",
            "Late in life Utzon was reconciled with the building. In 1999 he agreed to set down principles for its future, and his son Jan worked on later alterations. In 2007 the Opera House was inscribed on the World Heritage List, a year before the architect’s death.",
        ]),
    ],
    sidebar=dict(title="A Million Tiles", paras=[
        "The shells are covered with more than a million tiles made in Sweden, in glossy white and matt cream. They were set into precast panels, called lids, on the ground before being lifted into place, so that the roofs would be washed clean by the rain.",
            'The great glass walls that close the open ends of the shells were designed by Peter Hall’s team after Utzon had left, using more than two thousand panes of glass made in France.',
    ]),
    running=[],
    pullquote="A building that had to be invented before it could be built.",
)

# ---------------------------------------------------------------- DOCX
EX["smallpox_eradication_1980"] = dict(
    kicker="ROOM 9 · GLOBAL HEALTH",
    title_lines=["Ring by Ring: The End of Smallpox, 1980"],
    intro="For thousands of years smallpox killed, blinded and scarred people on every continent. In 1980 the world’s health ministers declared it gone, the first human disease to be wiped out by deliberate effort.",
    sections=[
        dict(label="1", title="An Ancient Disease", paras=[
            "Smallpox killed perhaps three out of every ten people it infected and left many survivors scarred or blind. Marks that may be its traces have been found on the mummified face of the Egyptian pharaoh Ramesses V, and in the eighteenth century it killed hundreds of thousands of Europeans every year.",
            "People in Asia and Africa had long protected themselves by variolation, deliberately infecting a healthy person with matter from a mild case. In 1796 Edward Jenner showed that material from cowpox gave protection with far less danger, and vaccination spread across the world within a few years.",
            'The virus spread only from person to person and had no animal host, and anyone who survived it was immune for life. For these reasons public health workers believed that it could be eradicated if enough people were protected.',
        ]),
        dict(label="2", title="Search and Contain", paras=[
            "In 1959 the World Health Assembly agreed to try to rid the world of smallpox, but the effort lacked money and staff. In 1967 an intensified programme began under the American epidemiologist Donald Henderson, at a time when the disease was still present in more than thirty countries.",
            "Vaccinating everybody proved impossible in crowded and remote regions. In eastern Nigeria, short of vaccine, William Foege and his colleagues tried another approach: find every case quickly, isolate the patient, and vaccinate everyone around them. This ring vaccination stopped outbreaks even where most people had never been vaccinated.",
            "The bifurcated needle, a simple steel fork that held a drop of vaccine between its prongs, made the work cheaper and easier. Volunteers could learn to use it in minutes, and a single vial served many more people than before.",
        ], caption=dict(position="Above", text="A bifurcated needle beside a vial of freeze-dried vaccine, shown enlarged.", credit="Object: Wrexley Museum of Public Health, WMPH 1981.12")),
        dict(label="3", title="The Last Cases", paras=[
            "The last case of the severe form of the disease was a three-year-old girl, Rahima Banu, on Bhola Island in Bangladesh in 1975. She recovered. Two years later a hospital cook in the Somali town of Merca, Ali Maow Maalin, fell ill with the milder form; he was the last person to catch smallpox in the wild, and he too survived.",
            "In 1978 a medical photographer, Janet Parker, caught smallpox in Birmingham from a laboratory in the building where she worked, and died. After two years of checking that no cases remained, the World Health Assembly declared on 8 May 1980 that smallpox had been eradicated.",
            "It is still the only human disease to have been wiped out. Samples of the virus are kept in two laboratories, one in the United States and one in Russia, and whether to destroy them has been argued over for decades.",
        ]),
    ],
    sidebar=dict(title="Rewards for Reports", paras=[
        "In the final years, teams offered cash rewards to anyone who reported a case of fever with a rash. The reward grew as the campaign neared its end, and picture cards showing a child with smallpox were carried from village to village and market to market.",
            'Rumours that proved false were still welcomed, because each one was checked; in India, Ethiopia and Somalia search teams visited every household in turn.',
    ]),
    running=[],
    pullquote="The aim was no longer to vaccinate everyone, but to get there first.",
    note="Henderson later wrote that the Assembly approved the programme by the narrowest of margins.",
)

# ---------------------------------------------------------------- HTML
EX["polio_vaccine_1955"] = dict(
    kicker="Online exhibition · Medicine and the Public",
    title_lines=["Safe, Effective and Potent:", "The Polio Vaccine Trial, 1955"],
    intro="On 12 April 1955 an announcement in a university hall in Michigan set church bells ringing across the United States. The largest medical experiment the country had ever seen had shown that a vaccine could prevent paralytic polio.",
    sections=[
        dict(label="1", title="The Summer Plague", paras=[
            "Polio struck hardest in summer, closing swimming pools and cinemas and keeping children indoors. Most infections caused no more than a fever, but in a small share of cases the virus attacked the nerves of the spine, leaving arms or legs paralysed. When the muscles for breathing failed, patients were kept alive in iron lungs, rows of them filling hospital wards.",
            "In 1952 the United States recorded about 58,000 cases, the worst year on record. The best-known survivor was President Franklin Roosevelt, paralysed in 1921, who founded the charity later known as the March of Dimes. Millions of people mailed it small coins to pay for care and research.",
            'Doctors still disagreed about how the virus spread, and worried parents blamed flies, milk and crowded beaches.',
        ]),
        dict(label="2", title="Killed Virus, Live Debate", paras=[
            "At the University of Pittsburgh, Jonas Salk grew the three types of poliovirus in cultures of monkey kidney cells and killed them with formaldehyde. He argued that a killed virus could train the body’s defences without any risk of causing the disease. Rivals, led by Albert Sabin, believed only a weakened live virus would give lasting protection.",
            "Salk tested his vaccine on children who had already recovered from polio, then on volunteers including his own wife and sons. The results were encouraging, and the foundation decided on a national trial, to be run independently by Thomas Francis Jr., Salk’s former teacher at the University of Michigan.",
            "In the spring of 1954 about 1.8 million schoolchildren, nicknamed the Polio Pioneers, took part. In some areas children received either vaccine or an identical injection of salt solution, and neither they nor their doctors knew which; in others, second-graders were vaccinated and compared with older and younger classes.",
        ], caption=dict(position="Above", text="A box of glass syringes and vials of the kind used in the 1954 field trial, with a Polio Pioneer lapel badge.", credit="Object: Castleford Museum of Health, CMH 1955.12")),
        dict(label="3", title="Announcement and Aftermath", paras=[
            "On 12 April 1955, ten years to the day after Roosevelt’s death, Francis reported that the vaccine was safe and effective, preventing most cases of paralytic polio. Within hours the government licensed it. Asked who owned the patent, Salk replied on television that there was none: could you patent the sun?",
            "Weeks later, some batches made by Cutter Laboratories were found to contain live virus, and children fell ill. Vaccination was paused while production was tightened, then resumed. Sabin’s oral vaccine, taken on a sugar lump, followed in the early 1960s and was used in most of the world.",
            'Cases in the United States fell from tens of thousands a year to a few hundred by the early 1960s, and the last wild cases in the country were recorded in 1979.',
        ]),
    ],
    sidebar=dict(title="Counting the Pioneers", paras=[
        "Every child in the trial had a record card, and volunteers copied the results by hand onto punched cards for machines at Ann Arbor. Francis’s final report ran to hundreds of pages and was handed to journalists only on the morning of the announcement.",
            'The trial cost about five million dollars, almost all of it raised by the March of Dimes, and it remains one of the largest field tests of a medicine ever carried out.',
    ]),
    running=[],
    pullquote="No trial before it had asked so many families to trust a single needle.",
    note="Sabin’s live vaccine was tested on millions of children in the Soviet Union before it was licensed in the United States.",
)

ORDER = ["ether_dome_1846", "keeling_curve_1958", "gombe_chimpanzees_1960", "sydney_opera_house_1973",
         "smallpox_eradication_1980", "polio_vaccine_1955"]


def title(name):
    return " ".join(EX[name]["title_lines"])


def gold_obj(name):
    e = EX[name]
    t = title(name)
    secs = [dict(label=None, title=t, blocks=[dict(kind="paragraph", text=e["intro"])])]
    for s in e["sections"]:
        blocks = [dict(kind="paragraph", text=p) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    return dict(title=t, running=list(e["running"]), sections=secs)


def gold():
    for n in ORDER:
        with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_obj(n), f, ensure_ascii=False, indent=2)
            f.write("\n")


def para_words(name):
    g = gold_obj(name)
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    gold()
    for n in ORDER:
        print(n, para_words(n))
