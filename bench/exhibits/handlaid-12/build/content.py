# -*- coding: utf-8 -*-
"""All exhibit texts. Generators build the documents AND the gold from these strings.
Block tuples: ("p", text) or ("c", text, position, credit)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def P(t):
    return ("p", t)


def C(t, pos, cred):
    return ("c", t, pos, cred)


def gold(ex):
    secs = []
    for label, title, blocks in ex["sections"]:
        bl = []
        for b in blocks:
            if b[0] == "p":
                bl.append({"kind": "paragraph", "text": b[1]})
            else:
                bl.append({"kind": "caption", "text": b[1], "position": b[2], "credit": b[3]})
        secs.append({"label": label, "title": title, "blocks": bl})
    return {"title": ex["title"], "running": ex["running"], "sections": secs}


def write_gold(name, ex):
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold(ex), f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- 1 LaTeX
THAMES = {
    "title": "Under the River: The Thames Tunnel, 1825–1843",
    "running": ["Rotherhithe Collection of Engineering · Catalogue", "58", "Under the River", "59"],
    "sections": [
        (None, "Under the River: The Thames Tunnel, 1825–1843", [
            P("The first tunnel ever driven beneath a navigable river took eighteen years to finish and almost cost the lives of both of its engineers. This catalogue section describes the objects in Gallery 3 that tell its story."),
        ]),
        ("4.1", "A Shipworm and a Shield", [
            P("The French-born engineer Marc Isambard Brunel had watched the shipworm bore through ship timbers, protecting itself with its own hard shell as it went. In 1818 he patented a tunnelling shield built on the same idea: a heavy iron frame that held up the soft ground while miners dug in front of it and bricklayers lined the tunnel behind."),
            P("The shield used at Rotherhithe was divided into thirty-six cells, one for each miner. A man removed a single board at a time from the face, cut away a few inches of clay and replaced the board further forward before the whole frame was screwed ahead."),
            C("Fig. 12 Model of the tunnelling shield, about 1824, made for the company’s directors.", None, "Photo: Daniel Okonjo / Rotherhithe Collection of Engineering"),
        ]),
        ("4.2", "Floods and Fever", [
            P("Digging began in 1825 from a brick shaft sunk on the Surrey bank. The river bed above was thin and full of gravel, and the Thames broke in twice. In January 1828 six men were drowned, and the young Isambard Kingdom Brunel, his father’s resident engineer, was carried up the shaft on the rush of water and barely survived."),
            P("The money ran out after the second flood, and the face was walled up for seven years. Only in 1836, with a government loan and a new, stronger shield, did the work start again."),
        ]),
        ("4.3", "A Walk Beneath the Thames", [
            P("The tunnel opened to pedestrians on 25 March 1843, and some fifty thousand people paid a penny to walk through it on the first day. Stalls and fairs filled its arches, yet it never earned back its cost, because the ramps for carriages were never built."),
            P("In 1869 the tunnel was sold to a railway company, and trains still run through it today. It was the model for every shield-driven tunnel that followed."),
            C("Fig. 13 Souvenir peep-show of the tunnel sold to visitors in 1843.", None, "Lent by the Hallam family"),
        ]),
    ],
}

# ---------------------------------------------------------------- 2 groff
MOLASSES = {
    "title": "A Wave of Molasses: Boston’s North End, 15 January 1919",
    "running": ["Gallery Guide, page 1", "Harbor Street Historical Society", "Gallery Guide, page 2"],
    "sections": [
        (None, "A Wave of Molasses: Boston’s North End, 15 January 1919", [
            P("Just after noon on a mild winter day, a giant storage tank on Commercial Street split open. What followed was one of the strangest disasters in American history."),
        ]),
        (None, "The Tank on Commercial Street", [
            P("The Purity Distilling Company kept molasses, brought by ship from the Caribbean, in a steel tank fifty feet high near the waterfront. The molasses was turned into industrial alcohol, much of it for munitions. The tank had been put up in a hurry in 1915, and it leaked so badly from the start that its owners painted it brown to hide the streaks."),
            C("The tank before the collapse, seen from the elevated railway.", "Above", "Courtesy of the Kearney Photograph Archive"),
        ]),
        (None, "Two Million Gallons", [
            P("On 15 January 1919 the temperature had risen sharply after a cold spell. At about half past twelve the tank burst, releasing more than two million gallons of molasses. A brown wave, perhaps twenty-five feet high at first, swept through the streets at great speed. It crushed houses, knocked a fire station off its foundations and bent the steel girders of the elevated railway."),
            P("Twenty-one people were killed and about one hundred and fifty injured. Sailors from a training ship in the harbour were among the first rescuers, wading waist-deep into the sticky mass."),
        ]),
        (None, "Who Was to Blame?", [
            P("The company claimed that anarchists had blown up the tank. After years of hearings, a court-appointed auditor found in 1925 that the tank had simply been too weak for its load, and the owners paid large damages to the victims and their families. Boston soon required engineers to sign and file their calculations before such structures could be built."),
            C("Rescuers and horses stuck in the molasses on Commercial Street.", "Right", "Photo: Mattie Corcoran / Harbor Street Historical Society"),
        ]),
    ],
}

# ---------------------------------------------------------------- 3 PostScript
ANNING = {
    "title": "The Fossil Hunter of Lyme: Mary Anning, 1799–1847",
    "running": ["Undercliff Museum of Natural History", "Room 6 · Jurassic Coast"],
    "sections": [
        (None, "The Fossil Hunter of Lyme: Mary Anning, 1799–1847", [
            P("Mary Anning grew up poor in the seaside town of Lyme Regis, where the crumbling cliffs are full of the bones of ancient sea creatures. Her father, a cabinetmaker, sold fossils to tourists, and after his death in 1810 the family lived on what Mary and her brother Joseph could find on the beach."),
            P("Without schooling or money she became one of the most skilled fossil collectors of her time. The men of science bought her finds and used her knowledge, but the Geological Society of London would not admit women, and her name was often left out of their papers."),
            C("The cliffs east of Lyme Regis, where many of the Anning finds were made.", None, "Photo: Rosalind Tey / Undercliff Museum"),
        ]),
        ("1", "Ichthyosaur Skull", [
            P("In 1811 Joseph found the long skull of a strange animal in the cliff, and a year later Mary dug out most of the skeleton. Visitors thought it was a crocodile. It was one of the first ichthyosaurs, a sea reptile shaped rather like a dolphin, to become known to science."),
        ]),
        ("2", "Plesiosaur Skeleton", [
            P("In the winter of 1823 Mary uncovered a nearly complete skeleton with a tiny head and a very long neck. Some experts at first suspected a fake, until the French anatomist Georges Cuvier accepted it as genuine. It made her name among geologists."),
            C("Cast of the 1823 plesiosaur skeleton.", "Left", "Cast by the Weymouth Plaster Works"),
        ]),
        ("3", "Flying Reptile", [
            P("In 1828 she found the bones of a pterosaur, a flying reptile, the first of its kind discovered outside Germany. She also noticed that certain stones, later called coprolites, were fossil dung that still held the scales and bones of fish the animals had eaten."),
        ]),
    ],
}

# ---------------------------------------------------------------- 4 DOCX
JARROW = {
    "title": "The Jarrow Crusade: Marching for Work, October 1936",
    "running": ["Tyneside People’s History Centre", "Exhibition text – Gallery 2"],
    "sections": [
        (None, "The Jarrow Crusade: Marching for Work, October 1936", [
            P("In the autumn of 1936 two hundred men walked almost three hundred miles from the shipbuilding town of Jarrow to London. They asked for nothing more than work."),
        ]),
        ("Panel 1", "The Town That Was Murdered", [
            P("For most of a century Jarrow lived by Palmer’s shipyard. When the yard was bought up and closed in 1934, the town lost its main employer, and around seven in every ten working men were left without a job."),
            P("The town’s Member of Parliament, Ellen Wilkinson, later called Jarrow “the town that was murdered”. She helped the council plan a march to bring a petition to Parliament."),
        ]),
        ("Panel 2", "On the Road", [
            P("The marchers were chosen with care and checked by a doctor before they left on 5 October. Along the way they carried:"),
            P("a petition signed by more than eleven thousand people, in an oak box;"),
            P("waterproof capes, spare boots and a field kitchen;"),
            P("mouth organs, which the men played as they walked."),
            P("Towns along the route gave them food and a place to sleep in church halls and schools."),
            C("Figure 1: Marchers resting by the roadside in Bedfordshire.", None, "Photo: Albert Greener / Tyneside People’s History Centre"),
        ]),
        ("Panel 3", "Arrival in London", [
            P("The men reached London on 31 October. The petition was presented to the House of Commons on 4 November, but the Prime Minister, Stanley Baldwin, refused to meet them, and the debate was over in minutes. Each marcher was given a pound for the train home."),
            P("The march won little at the time, yet it became one of the best-remembered protests of the 1930s."),
            C("Figure 2: The oak box that held the petition.", None, "Lent by the Jarrow Town Council"),
        ]),
    ],
}

# ---------------------------------------------------------------- 5 HTML
DANCING = {
    "title": "Dancing in the Streets: The Strasbourg Plague of 1518",
    "running": [],
    "sections": [
        (None, "Dancing in the Streets: The Strasbourg Plague of 1518", [
            P("In the summer of 1518 dozens of people in the city of Strasbourg began to dance and could not stop. Five centuries later, historians still argue about why."),
        ]),
        ("1", "One Woman Begins", [
            P("According to the chronicles, it started in July, when a woman named Frau Troffea stepped into the street and danced for days on end. Within a week others had joined her, and by August the city’s records speak of dozens of dancers, some of whom collapsed from exhaustion."),
            C("A street in the old town of Strasbourg, where the dancing began.", None, "Photo: Odile Krebs / Rhine Valley Museum of Everyday Life"),
        ]),
        ("2", "A Cure That Made It Worse", [
            P("The city council asked the physicians for advice. They blamed “hot blood” and decided that the dancers should dance it out. The council opened two guildhalls and a grain market, built a wooden stage and even paid musicians to keep the dancers moving."),
            P("The plan failed. More people joined in, and the council soon changed its mind. It banned music and dancing in public, and the dancers were taken by cart to a shrine of Saint Vitus in the hills, where they were given red shoes and led in prayer."),
        ]),
        ("3", "What Was It?", [
            P("Some writers have blamed ergot, a mould on damp rye that can cause fits and visions. Others point out that ergot poisoning makes dancing for days almost impossible. Many historians now think it was a mass psychogenic illness, brought on by famine, disease and fear of an angry saint."),
            C("A woodcut copy of a later drawing of pilgrims dancing at a shrine.", None, "Courtesy of the Keller Print Room"),
        ]),
    ],
}


# ---------------------------------------------------------------- 6 rinohtype
TAY = {
    "title": "The Fall of the Tay Bridge: Dundee, 28 December 1879",
    "running": ["Firth of Tay Railway Trail", "Stop 4 · page 1", "Stop 4 · page 2"],
    "sections": [
        (None, "The Fall of the Tay Bridge: Dundee, 28 December 1879", [
            P("On a stormy Sunday night a train steamed onto the longest bridge in the world and never reached the other side. This stop on the trail looks at how the disaster happened and what engineers learned from it."),
        ]),
        ("1", "The Longest Bridge", [
            P("For years travellers between Edinburgh and Dundee had to cross the wide Firth of Tay by ferry. The engineer Thomas Bouch designed an iron railway bridge about two miles long, carried on slender cast-iron columns. It opened in 1878, and the next summer Queen Victoria crossed it and knighted its designer."),
            P("In the middle of the river the track ran inside a row of tall lattice girders, the so-called high girders, so that ships could pass underneath."),
            C("Figure 1.1. The first Tay Bridge seen from the Fife shore, about 1878.", None, "Photo: Agnes Baird / Firth of Tay Heritage Collection"),
        ]),
        ("2", "The Night of the Storm", [
            P("On 28 December 1879 a violent gale blew down the estuary. Shortly after seven in the evening the mail train from Burntisland entered the high girders. Watchers on the shore saw a flash of sparks, then darkness. The whole central section had fallen into the river, taking the train with it."),
            P("No one on board survived. About seventy-five people are thought to have died, though the bodies of many were never found. The engine was later raised from the river bed and ran again for many years."),
        ]),
        ("3", "Lessons in Iron", [
            P("A court of inquiry concluded that the bridge had been badly designed, badly built and badly maintained. Bouch had not allowed properly for the force of the wind, and many of the castings were faulty. He died the following year, his reputation ruined."),
            P("A new and much stronger bridge opened beside the old line in 1887. The stumps of the first bridge still stand in the water next to it."),
            C("Figure 3.1. Stumps of the old piers beside the second bridge at low tide.", None, "Courtesy of the Newport Camera Club"),
        ]),
        (None, "Wind on the Girders", [
            P("After the inquiry, British engineers were told to design bridges for a wind pressure of fifty-six pounds on every square foot. The Forth Bridge, begun a few years later, was built to this rule."),
        ]),
    ],
}

EXHIBITS = {
    "thames_tunnel": THAMES,
    "molasses_flood": MOLASSES,
    "mary_anning": ANNING,
    "jarrow_crusade": JARROW,
    "dancing_plague": DANCING,
    "tay_bridge": TAY,
}


def body_words(ex):
    return sum(len(b[1].split()) for _, _, bl in ex["sections"] for b in bl if b[0] == "p")


if __name__ == "__main__":
    for k, v in EXHIBITS.items():
        print(k, body_words(v), sum(1 for _, _, bl in v["sections"] for b in bl if b[0] == "c"))
