# All exhibit texts (my own words). Gold JSON is written from these strings by gold().
# A paragraph string may hold "|" where the printed document interrupts it (page turn,
# cell/column break, caption set inside it); the gold joins the two halves with one space.

def P(t): return {"kind": "paragraph", "text": t}
def C(t, pos, credit): return {"kind": "caption", "text": t, "position": pos, "credit": credit}

EX = {}

# ---------------------------------------------------------------- insulin (A4, 2 pages)
EX["insulin_toronto_1922"] = dict(
    kind="pdf",
    kicker="Catalogue · Room of Small Miracles",
    title_lines=["Sugar, Dogs and a Dollar:", "Insulin in Toronto, 1922"],
    running=["Lakeshore Museum of Medicine", "Catalogue of the permanent collection", "34", "35"],
    intro="Before 1922 a child found to have diabetes could expect to live a year or two on a starvation diet. "
          "Within months, a small group in Toronto turned that sentence into a daily injection.",
    sections=[
        ("Part 1", "An Idea Written at Midnight", [
            "In October 1920 Frederick Banting, a young surgeon with few patients in London, Ontario, was preparing a "
            "lecture on the pancreas. After reading an article about blocked pancreatic ducts, he wrote a short note to "
            "himself: tie the ducts of dogs, wait for the gland to waste away, and try to isolate what was left.",
            "Doctors already suspected that small clusters of cells in the pancreas made a substance that controlled "
            "the sugar in the blood. Every attempt to extract it had failed, probably because the digestive juices "
            "made by the same gland destroyed it.",
        ]),
        ("Part 2", "A Summer in the Laboratory", [
            "John Macleod, professor of physiology at the University of Toronto, doubted the plan but lent Banting a "
            "small laboratory, ten dogs and a student assistant, Charles Best, for the summer of 1921. The work was "
            "hot, cramped and often clumsy, and many of the animals died.",
            "By the autumn the two men had made an extract that lowered the blood sugar of dogs whose pancreas had been "
            "removed. Macleod put more people on the project, among them the biochemist James Collip, who found |"
            "a way to purify the extract with alcohol so that it could be given safely to a person.",
            "The team was not a happy one. Banting distrusted Macleod and quarrelled with Collip, and at one point the "
            "two almost came to blows in a corridor over who should hold the method.",
            ("cap", "A dog treated with the pancreatic extract in 1921, with Banting and Best on the roof of the Medical Building.",
             "Above", "Photograph: copy print, Lakeshore Museum of Medicine, LMM 1987.204"),
        ]),
        ("Part 3", "Leonard Thompson’s Second Injection", [
            "On 11 January 1922 Leonard Thompson, a fourteen-year-old boy who weighed barely thirty kilograms, was given "
            "the first injection at the Toronto General Hospital. The crude extract did little and caused an abscess. "
            "Twelve days later he received Collip’s purer extract, and his blood sugar fell towards normal.",
            "News spread quickly, and desperate families travelled to Toronto. The university sold the patent for one "
            "dollar to each of the three discoverers and licensed the drug freely, and in 1923 the firm of Eli Lilly "
            "began to make it in large quantities from the glands of cattle and pigs.",
            "The Nobel Prize of 1923 went to Banting and Macleod. Banting, angry that Best was left out, gave him half "
            "his share of the money, and Macleod then divided his half with Collip.",
        ]),
    ],
    sidebar=("Not a Cure", [
        "Insulin does not cure diabetes. It replaces a hormone the body no longer makes, so patients must inject it "
        "for the rest of their lives and balance it against food and exercise. Leonard Thompson lived for thirteen "
        "more years and died of pneumonia at twenty-seven.",
    ]),
    pull="“Insulin is not a cure for diabetes; it is a treatment.”",
    note="¹ The surviving laboratory notebooks disagree on several dates; we follow the hospital chart.",
)

# ---------------------------------------------------------------- pasteur (A3 wall panel)
EX["pasteur_rabies_1885"] = dict(
    kind="pdf",
    kicker="Gallery 3 · Infection and Defence",
    title_lines=["Fourteen Bites:", "Pasteur and the Rabies Vaccine, 1885"],
    running=["Arrowfield Hall of Public Health", "Wall panel 3.7"],
    intro="Rabies killed almost everyone who developed it. In the summer of 1885 a chemist who was not a doctor decided "
          "to test an untried treatment on a nine-year-old boy.",
    sections=[
        ("1", "Weakening a Poison", [
            "Louis Pasteur had already made vaccines for chicken cholera and anthrax when he turned to rabies in the "
            "early 1880s. Nobody could see the cause under a microscope, so he and his colleague Émile Roux passed the "
            "disease from animal to animal by injecting infected brain tissue directly into the skull.",
            "Roux found that the spinal cord of a rabbit that had died of rabies became less dangerous when it was hung "
            "up to dry in a sterile flask. After about two weeks it could no longer cause the disease at all. Dogs given "
            "a series of injections, starting with the driest cord and ending with the freshest, resisted a later bite.",
        ]),
        ("2", "Joseph Meister", [
            "On 6 July 1885 a mother arrived at Pasteur’s laboratory in Paris with her son, Joseph Meister, from a village "
            "in Alsace. Two days earlier a rabid dog had knocked him down and bitten him fourteen times. Without "
            "treatment he would very probably die within weeks.",
            "Pasteur was not licensed to practise medicine, and the injections were given by the physician "
            "Jacques-Joseph Grancher. Over ten days the boy received thirteen doses, each |"
            "made from a fresher and more dangerous cord than the last. He never fell ill.",
            "Pasteur later admitted that he had spent sleepless nights during the treatment. Some colleagues, Roux among "
            "them, thought the trial had come too soon, because the method had not been proved on enough animals.",
        ]),
        ("3", "A Shepherd Boy and an Institute", [
            "In October the vaccine was given to Jean-Baptiste Jupille, a fifteen-year-old shepherd who had been badly "
            "bitten while holding off a rabid dog to protect younger children. He too survived, and his fight became "
            "the subject of a bronze statue.",
            "Patients soon came from across Europe and as far away as Russia and the United States. A public "
            "subscription raised money for a new research centre, and the Pasteur Institute opened in Paris in 1888.",
            ("cap", "Drying flask of the kind Roux used for rabbit spinal cords, with its cotton plug.",
             "Right", "Glass, about 1886. Lent by the Delacourt Collection, DC-G 112"),
        ]),
    ],
    sidebar=("What Happened to Joseph Meister?", [
        "Meister grew up and later returned to the Pasteur Institute as a caretaker, where he showed visitors round "
        "for many years. He died in Paris in June 1940, shortly after the German army entered the city.",
    ]),
    pull="“He received thirteen inoculations in ten days.”",
    table=[("1880", "Pasteur begins work on rabies"), ("1885", "Meister and Jupille treated"), ("1888", "Institute opens")],
    note="* The number of bites is given differently in later accounts; the laboratory record says fourteen.",
)

# ---------------------------------------------------------------- bakelite (roll-fold leaflet)
EX["bakelite_1907"] = dict(
    kind="pdf",
    kicker="Free leaflet · Please take one",
    title_lines=["The Material of", "a Thousand Uses:", "Bakelite, 1907"],
    running=[],
    intro="In a private laboratory behind his house in Yonkers, a Belgian chemist learned to control a reaction that "
          "others had thrown away as a sticky failure. The result was the first plastic made wholly from synthetic "
          "ingredients.",
    sections=[
        ("A", "A Fortune from Photographs", [
            "Leo Baekeland trained as a chemist in Ghent and moved to the United States in 1889. His first success was "
            "Velox, a photographic paper that could be printed under artificial light. In 1899 George Eastman bought "
            "the rights, and Baekeland became rich enough to choose his own research.",
            "He turned to a problem of the electrical industry. Insulation depended on shellac, a resin made by insects "
            "in South Asia, and the supply could not keep up with |the spread of wiring and motors.",
        ]),
        ("B", "Heat and Pressure", [
            "Chemists had known for decades that phenol and formaldehyde reacted to form a dark, useless mass. "
            "Baekeland worked out how to stop the reaction at a liquid or soft stage and then finish it under heat "
            "and pressure in a vessel he called the Bakelizer.",
            "The finished material was hard, did not burn easily, resisted acids and did not conduct electricity. Once "
            "it had set it could not be melted again. He filed his main patent in 1907 and announced the discovery "
            "to chemists in New York in 1909.",
            ("cap", "Telephone of black moulded Bakelite, about 1931.", "Left",
             "Donated by Mr and Mrs R. Okafor, Yonkers Heritage Trust, YHT 2011.9"),
        ]),
        ("C", "Everything from Radios to Pipes", [
            "Baekeland founded the General Bakelite Company in 1910. The new plastic was moulded into distributor caps, "
            "switches, telephones, radio cases, camera bodies, billiard balls and the handles of kettles and pans.",
            "Most of it was brown or black, because wood flour was mixed in as a filler. Brighter, cast phenolic "
            "resins sold under other names gave the jewellery and bangles that collectors look for today.",
        ]),
    ],
    sidebar=("Why Does Old Bakelite Smell?", [
        "Rub an old piece hard or run it under hot water and it may give off a faint smell of carbolic. That is the "
        "phenol from which it was made, and collectors use the test to tell real Bakelite from later plastics.",
    ]),
    pull="“The material of a thousand uses”",
    address=["Yonkers Heritage Trust", "Open Wednesday to Sunday, 10–4", "Entrance free"],
)

# ---------------------------------------------------------------- surtsey (A4 landscape panel)
EX["surtsey_1963"] = dict(
    kind="pdf",
    kicker="Islands Room · Panel 12",
    title_lines=["Born from the Sea:", "Surtsey, 1963"],
    running=["Westman Coast Natural History Hall", "12"],
    intro="Early one November morning a fishing crew off the south coast of Iceland saw black smoke rising from the "
          "water. Within a day an island had appeared, and scientists have watched it ever since.",
    sections=[
        ("I", "Fire under Water", [
            "On 14 November 1963 the cook of the fishing boat Ísleifur II noticed a smell of sulphur and a column of dark "
            "smoke to the south-west of the Westman Islands. The crew first thought a ship was on fire.",
            "The smoke came from a volcano erupting on the sea floor about 130 metres down. When the hot lava met the "
            "cold water it exploded into ash and steam, and by the next day a ridge of black rock stood above the waves.",
        ]),
        ("II", "Three and a Half Years", [
            "The island was named Surtsey after Surtr, a giant of fire in Norse legend. The eruption went on until June "
            "1967. Once the sea could no longer reach the vent, lava flows covered the loose ash and protected it |"
            "from the waves, which is why Surtsey survived when two smaller islands nearby were washed away.",
            "Explosive eruptions of this kind, where magma meets sea water, are now called Surtseyan by volcanologists.",
            ("cap", "Ash cloud over the young island, photographed from a coastguard aircraft.", "Above",
             "Photograph: Hallgrímur Dagsson, Westman Coast Natural History Hall, WC 1964.3"),
        ]),
        ("III", "A Laboratory for Life", [
            "From 1965 the island was closed to everyone except scientists, so that they could record how living things "
            "arrive on bare rock. The first flowering plant, a sea rocket, was found that same year, and mosses and "
            "lichens followed.",
            "Progress was slow until gulls began to nest in the 1980s. Their droppings fertilised the ground, and plant "
            "life spread quickly around the colony. Surtsey has been a World Heritage Site since 2008.",
        ]),
    ],
    sidebar=("The Tomato Plant", [
        "Visitors must not bring seeds or leave anything behind. Once a tomato plant came up on the island, apparently "
        "from a scientist who had not used the proper toilet, and it was pulled out at once.",
    ]),
    pull="“The crew first thought a ship was on fire.”".replace("“The crew first thought a ship was on fire.”", "“An island, new to the map, smoking in the winter dark.”"),
    table=[("1963", "Eruption begins"), ("1967", "Eruption ends"), ("2008", "World Heritage Site")],
)

# ---------------------------------------------------------------- nylon (DOCX)
EX["nylon_stockings_1940"] = dict(
    kind="docx",
    kicker="Exhibition text · Room 4",
    title_lines=["From a Test Tube to a Stocking:", "Nylon, 1935–1940"],
    running=[],
    intro="A chemist hired to do pure research made the first fibre built entirely by chemistry. Five years later "
          "women queued round city blocks to buy it.",
    sections=[
        ("ROOM 1", "Research for Its Own Sake", [
            "In 1928 the chemical company DuPont hired Wallace Carothers, a quiet chemist from Harvard, to lead a new "
            "group at its Experimental Station near Wilmington, Delaware. He was told he could study whatever he "
            "thought important, without worrying about products.",
            "Carothers chose giant molecules. Many chemists still doubted that polymers were true molecules at all, and "
            "his group showed that they could be built up, link by link, from small units joined end to end.",
        ]),
        ("ROOM 2", "Fibre Number 66", [
            "In 1930 Julian Hill, a member of the group, dipped a glass rod into a molten polyester and pulled out a "
            "thread that could be stretched into a strong, shining fibre. But those polyesters melted at too low a "
            "temperature to be ironed.",
            "On 28 February 1935 the group made a polyamide from two chemicals, each with six carbon atoms. It melted "
            "well above the heat of an iron and made a fine, elastic thread. DuPont spent several years and millions of "
            "dollars learning to make it in bulk and gave it the name nylon.",
            "Carothers did not see its success. He suffered from severe depression, and he took his own life in 1937.",
            ("cap", "Nylon stockings in their original box, sold in 1940.", "Above",
             "Gift of Dolores Brandt, Delmarva Textile Museum, DTM 1998.41"),
        ]),
        ("ROOM 3", "Nylon Day", [
            "Nylon was shown to the public in 1938 and at the New York World’s Fair of 1939. When stockings went on sale "
            "across the country on 15 May 1940, shops sold millions of pairs within days.",
            "After the United States entered the war, nylon went into parachutes, tyres and ropes instead. Stockings "
            "became so scarce that when they returned in 1945 and 1946, crowds fought for them in the so-called "
            "nylon riots.",
        ]),
    ],
    sidebar=("Where Does the Name Come From?", [
        "Nylon is not an abbreviation. DuPont considered names such as norun, meant to suggest that stockings would "
        "not ladder, but they did, so the company settled on a made-up word that was easy to say in many languages.",
    ]),
    pull="“Women queued round city blocks.”",
    comment="Check the date of the first sale against the newspaper advertisements.",
)

# ---------------------------------------------------------------- laetoli (HTML)
EX["laetoli_footprints_1978"] = dict(
    kind="html",
    kicker="Online exhibition",
    title_lines=["Walking Upright:", "The Laetoli Footprints, 1978"],
    running=[],
    intro="Some three and a half million years ago, two early humans walked across a field of wet volcanic ash in what "
          "is now Tanzania. Their footprints are the oldest clear evidence that our ancestors walked on two legs.",
    sections=[
        ("Step 1", "Dung and Raindrops", [
            "Mary Leakey began to search the beds at Laetoli, south of Olduvai Gorge, in the middle of the 1970s. In 1976 "
            "members of her team were throwing dried elephant dung at each other when one of them, diving for cover, "
            "noticed the prints of animals in a hard grey layer.",
            "The layer was ash from a nearby volcano, Sadiman. Light rain had turned it into a soft paste, animals of "
            "many kinds had walked across it, and the sun had baked it almost like cement before more ash buried it.",
        ]),
        ("Step 2", "A Trail of Seventy Prints", [
            "In 1978 the geochemist Paul Abell spotted a print that looked human. The team uncovered a trail about "
            "twenty-seven metres long made by two individuals walking side by side, and |perhaps a third stepping in the "
            "prints of one of them.",
            "The feet had an arch and a big toe in line with the others, not spread out to the side like an ape’s. The "
            "walkers were probably of the species Australopithecus afarensis, the same as the skeleton known as Lucy.",
            ("cap", "Cast of part of the trail, made from a mould taken in 1979.", "Below",
             "Cast: Rift Valley Prehistory Collection, RVP 1980.07"),
        ]),
        ("Step 3", "Buried Again", [
            "To protect the trail, Leakey’s team covered it with sand and rocks in 1979. Seeds in the fill grew into "
            "acacia trees whose roots began to crack the prints.",
            "In the 1990s conservators from the Getty Conservation Institute and the Tanzanian government removed the "
            "trees, cleaned and recorded the prints, and buried them again under layers designed to keep roots out. "
            "More prints were found at another part of the site in 2015.",
        ]),
    ],
    sidebar=("Can I See Them?", [
        "Not the real ones. The trail lies under a protective mound. Visitors to the area see a small display and "
        "casts, and scientists study detailed scans made when the prints were last uncovered.",
    ]),
    pull="“The sun had baked it almost like cement.”".replace("“The sun had baked it almost like cement.”", "“Footsteps older than any tool we have found.”"),
)


def _blocks(items):
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(C(it[1], it[2], it[3]))
        else:
            out.append(P(it.replace(" |", " ").replace("|", "")))
    return out


def gold(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [P(e["intro"])]}]
    for lab, t, items in e["sections"]:
        secs.append({"label": lab, "title": t, "blocks": _blocks(items)})
    st, sp = e["sidebar"]
    secs.append({"label": None, "title": st, "blocks": _blocks(sp)})
    return {"title": title, "running": e["running"], "sections": secs}


# Paragraphs added to reach the length of a real panel; each goes before the section's caption.
EXTRA = {
    ("insulin_toronto_1922", 0): [
        "Banting had no training in research and little knowledge of chemistry. What he had was stubbornness, and "
        "he gave up his practice to follow the idea."],
    ("insulin_toronto_1922", 3): [
        "Others did far better. Elizabeth Hughes, the daughter of an American secretary of state, began treatment "
        "in Toronto in 1922 weighing little more than twenty kilograms, and lived to the age of seventy-three."],
    ("pasteur_rabies_1885", 0): [
        "The long delay between a bite and the first signs of rabies gave Pasteur his chance. He reasoned that a "
        "vaccine given soon after the bite might protect the body before the infection reached the brain."],
    ("pasteur_rabies_1885", 2): [
        "Not every treatment succeeded. A girl named Louise Pelletier, brought to Paris more than a month after she "
        "had been bitten, died in spite of the injections, and critics accused Pasteur of taking reckless risks.",
        "The method was later replaced by safer vaccines grown in cell cultures, but the principle of treating "
        "people soon after exposure is still used across the world today."],
    ("bakelite_1907", 0): [
        "Baekeland was not alone. A Scottish chemist, James Swinburne, applied for a British patent on a similar "
        "resin only a day after him, and the race to the patent office shaped the industry for years."],
    ("bakelite_1907", 1): [
        "The secret lay in the balance of the two chemicals and in when the heat was applied. Too early and the mass "
        "foamed and cracked; too late and it would not fill the mould. Baekeland kept detailed notebooks of every "
        "trial, and they survive today."],
    ("bakelite_1907", 2): [
        "Advertisements praised it as the material of a thousand uses, and in 1924 Baekeland appeared on the cover "
        "of Time magazine.",
        "After the Second World War newer plastics, lighter and easier to colour, took over most of its markets. "
        "Phenolic resins are still made, however, for electrical parts, circuit boards and the brake pads of cars."],
    ("surtsey_1963", 0): [
        "Within a week the island was about sixty metres high and half a kilometre long. Sailors and aircraft came "
        "to watch, and the first journalists landed on it, against advice, in early December."],
    ("surtsey_1963", 1): [
        "At its largest the island covered more than two and a half square kilometres. Wind and waves have since "
        "worn away about half of it, and geologists expect only the hard core of lava to remain in the distant "
        "future."],
    ("surtsey_1963", 2): [
        "Scientists visit for a few weeks each summer and stay in a small hut. They count the plants in fixed plots, "
        "trap insects and ring birds, building one of the longest records of how life colonises new land.",
        "Seeds arrive on the wind, on the sea and in the guts and feathers of birds. Insects and spiders are carried "
        "by the wind, and some even drift over on floating mats of plants."],
    ("nylon_stockings_1940", 0): [
        "The group also made an early synthetic rubber, later sold as neoprene, in 1930. It was an early sign that "
        "this kind of pure research could still make money for the company."],
    ("nylon_stockings_1940", 1): [
        "The first nylon products on sale were not stockings at all but toothbrushes, with bristles of the new "
        "fibre, which appeared in 1938."],
    ("nylon_stockings_1940", 2): [
        "Before nylon, fine stockings were made of silk, most of it imported from Japan. As relations between the "
        "two countries worsened, an American fibre that could replace silk had obvious value.",
        "Within a few years nylon was used for fishing lines, surgical thread, carpets and clothing of every kind, "
        "and the word became a common name for stockings in many languages."],
    ("laetoli_footprints_1978", 0): [
        "Leakey had come to Laetoli to look for fossils and stone tools. The site is older than Olduvai, and "
        "it held the teeth and jaws of early humans as well as the bones of many animals."],
    ("laetoli_footprints_1978", 1): [
        "Studies of the prints suggest that the walkers moved at an easy pace, at about the speed of a person "
        "strolling today. One was clearly smaller than the other, and some researchers have imagined a parent and "
        "a child, though nobody can know."],
    ("laetoli_footprints_1978", 2): [
        "The new prints of 2015 belonged to walkers of the same age, one of them unusually tall, and they suggest "
        "that the bodies of these early humans varied in size as much as ours do."],
}
for (n, i), ps in EXTRA.items():
    lab, t, items = EX[n]["sections"][i] if i < 3 else (None, None, None) if False else (EX[n]["sections"][i] if i < 3 else (None, None, EX[n]["sidebar"][1]))
    k = len([x for x in items if not isinstance(x, tuple)])
    items[k:k] = ps

EXTRA2 = {
    ("insulin_toronto_1922", 1): [
        "Best later remembered boiling down the glands of cattle from the slaughterhouse in the small hours of the "
        "morning, because the supply of dogs could never have met the demand for the extract."],
    ("pasteur_rabies_1885", 1): [
        "Joseph returned home to Alsace in August. Pasteur kept in touch with the family and followed the boy’s "
        "health with close attention for years afterwards."],
    ("bakelite_1907", 3): [
        "Old pieces can also crack or fade if they are left in strong sunlight, so museums keep them in the shade."],
    ("surtsey_1963", 3): [
        "Even the scientists must clean their boots and clothes before landing, so that they do not carry seeds "
        "from the mainland by accident."],
    ("nylon_stockings_1940", 3): [
        "The story that the name joined New York and London is a legend, and so is the claim that it hides an insult "
        "aimed at Japan."],
    ("laetoli_footprints_1978", 3): [
        "A full-size cast of the trail can be seen in several museums, including the one that made this exhibition."],
    ("laetoli_footprints_1978", 0): [
        "Hundreds of animal tracks were mapped over the next two years, from hares and birds to elephants, giraffes "
        "and extinct kinds of horse. There were even the marks of raindrops, frozen in the ash."],
    ("nylon_stockings_1940", 0): [
        "In 1931 Carothers and his colleagues published a series of papers explaining how such chains could be "
        "made, and they are still read as classics of the subject."],
}
for (n, i), ps in EXTRA2.items():
    items = EX[n]["sections"][i][2] if i < 3 else EX[n]["sidebar"][1]
    k = len([x for x in items if not isinstance(x, tuple)])
    items[k:k] = ps

EXTRA3 = {
    ("pasteur_rabies_1885", 0): [
        "The work was dangerous, and assistants handled mad dogs with heavy gloves and leather muzzles."],
    ("bakelite_1907", 2): [
        "Baekeland himself grew tired of business. He sold the company in 1939 to Union Carbide and spent his last "
        "years on his yacht and at a house in Florida, where he died in 1944."],
    ("surtsey_1963", 0): [
        "Iceland sits on the ridge where the North American and Eurasian plates pull apart, and new crust forms along "
        "it. The Westman Islands, south of the main island, are all the work of eruptions like this one."],
    ("nylon_stockings_1940", 2): [
        "Advertisements promised stockings as strong as steel and as fine as a spider’s web."],
    ("laetoli_footprints_1978", 2): [
        "Local Maasai elders took part in the work, and the site is still watched by guards to keep people and cattle "
        "away from the mound."],
}
for (n, i), ps in EXTRA3.items():
    items = EX[n]["sections"][i][2] if i < 3 else EX[n]["sidebar"][1]
    k = len([x for x in items if not isinstance(x, tuple)])
    items[k:k] = ps
