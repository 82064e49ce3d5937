"""All texts of set 52 and the gold writer.

Markers inside paragraph strings (removed from the gold):
  {FN:...}  a footnote / endnote placed right after the preceding word
  {JUMP}    PDF newsletter: the story jumps to page 4 here
  {PAGE2}   HTML: the article's "page 2" starts here
  {INS:...} DOCX: a tracked insertion (kept in the gold)
  {DEL:...} DOCX: a tracked deletion (not in the gold)
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

EXHIBITS = {}

# ---------------------------------------------------------------- 1
EXHIBITS["statue_of_liberty_1886"] = dict(
    kicker="Catalogue · Chapter 4 · Gifts Between Nations",
    title_lines=["Liberty Enlightening the World:", "The Statue in New York Harbor, 1886"],
    intro="In October 1886 a copper woman holding a torch was unveiled on a small island at the entrance to New York harbour. Conceived in France as a tribute to American independence and to the friendship of two republics, she took more than twenty years to travel from an idea to her pedestal.",
    sections=[
        dict(label="4a", title="An Idea at a Dinner Table", paras=[
            "The story usually begins in 1865, at a dinner near Versailles given by the jurist Édouard de Laboulaye, an admirer of the United States and an opponent of Napoleon III. Laboulaye is said to have suggested that a monument to American independence might be built jointly by the two nations. Among the guests, according to later accounts, was a young sculptor from Colmar, Frédéric-Auguste Bartholdi.",
            "Bartholdi already dreamed of colossal statues. In Egypt he had proposed a giant robed figure bearing a lamp to stand at the entrance of the Suez Canal, but the Khedive showed no interest. When he sailed to New York in 1871 he picked out Bedloe’s Island as the site for his American figure, noting that every vessel coming into the port would pass before her.",
        ]),
        dict(label="4b", title="Copper Over Iron", paras=[
            "Work began in Paris in 1875 at the workshop of Gaget, Gauthier and Company. Craftsmen hammered thin sheets of copper, barely two and a half millimetres thick, against wooden moulds shaped from enlarged plaster models, a technique called repoussé. The right hand and torch were finished first and shown at the Centennial Exhibition in Philadelphia in 1876, where visitors paid to climb to the balcony. The head followed at the Paris exposition of 1878.",
            "A skin of copper that size needed a skeleton. The first engineer, Eugène Viollet-le-Duc, planned to fill the lower part with boxes of sand, but he died in 1879. His successor, Gustave Eiffel, designed instead a tall wrought-iron pylon with a secondary framework of flat bars that allowed the copper to move with changes of temperature and with the wind. The statue stood complete in a Paris street in 1884, towering over the rooftops of the neighbourhood before it was taken apart again for shipping.",
        ], caption=dict(position="Left", text="The left foot and broken shackle, cast in plaster for the full-size model, photographed in the Paris workshop about 1882.", credit="Photograph: Fenwick Institute archive, FIC 2231.7")),
        dict(label="4c", title="A Pedestal Paid in Pennies", paras=[
            "The French raised their share through lotteries, banquets and subscriptions. The Americans had promised to provide the pedestal, but the money came slowly, and in 1884 work on the granite base designed by Richard Morris Hunt stopped for lack of funds. Boston and Philadelphia offered to take the statue instead.",
            "Joseph Pulitzer, owner of the New York World, turned the shortfall into a campaign. He promised to print the name of every donor, however small the gift, and more than 120,000 people sent money, many of them less than a dollar. By August 1885 the target of one hundred thousand dollars had been reached.",
            "The statue crossed the Atlantic in 1885 packed in more than two hundred crates aboard the French navy ship Isère. Reassembly on the finished pedestal took months, and on 28 October 1886 President Grover Cleveland accepted the gift in a ceremony held in rain and fog. Campaigners for women’s suffrage circled the island in a hired boat, pointing out that a liberty shown as a woman did not yet include the vote.",
            "Emma Lazarus’s sonnet The New Colossus, written in 1883 to help raise money for the pedestal, was fixed inside the base on a bronze plaque in 1903.{FN:The plaque was later moved to the museum inside the pedestal, where it is shown today.} By then the statue had become a greeting for the immigrants arriving at nearby Ellis Island, a meaning its makers had hardly intended.",
        ]),
    ],
    sidebar=dict(title="Why She Is Green", paras=[
        "The copper skin was first the colour of a new penny. Over some thirty years wind, rain and salt air turned its surface into a thin layer of green patina, mostly copper carbonates and sulphates. The layer protects the metal beneath it, and when officials proposed painting the statue in 1906 the idea was dropped after public protest.",
    ]),
    running=["Monuments in Copper and Stone", "Fenwick Institute of Civic Art", "56", "57"],
    pullquote="A skin of copper, a skeleton of iron, and a base of granite paid for in small change.",
)

# ---------------------------------------------------------------- 2
EXHIBITS["chauvet_cave_1994"] = dict(
    kicker="Deep Time Gallery",
    title_lines=["Lions by Firelight", "The Chauvet Cave, 1994"],
    intro="Just before Christmas 1994, three cavers squeezed through a gap in a cliff in southern France and found walls covered with animals drawn more than thirty thousand years ago. The cave has changed what we think the first modern humans in Europe could do.",
    sections=[
        dict(label="A", title="A Draught of Air", paras=[
            "On 18 December 1994 three cavers, Jean-Marie Chauvet, Éliette Brunel and Christian Hillaire, were exploring the limestone cliffs of the Ardèche gorge. Near the great natural arch of the Pont d’Arc they felt a current of air coming from a heap of stones, a sign that a cavity lay behind.",
            "They cleared a narrow passage and lowered themselves into a series of great halls. By the light of their lamps Brunel saw a small line of red ochre on a hanging rock, then more drawings: mammoths, bears, horses and a rhinoceros. They left the floor untouched, laying plastic sheeting to walk on, and reported the find to the authorities within days.",
        ]),
        dict(label="B", title="Animals Few Artists Chose", paras=[
            "Most painted caves of the Ice Age show horses, bison and deer. Chauvet is different. Its walls are crowded with dangerous animals seldom drawn elsewhere: cave lions, woolly rhinoceroses, cave bears and even a single owl. In the deepest chamber a pride of lions appears to hunt a herd of bison, their heads drawn in charcoal with shading that suggests depth.",
            "The artists scraped the walls clean before they drew and used the bulges of the rock to give bodies shape. On one panel a rhinoceros is repeated with several horns, as if in motion, and a group of horses overlap as though galloping toward the viewer.",
        ], caption=dict(position="Above", text="Charcoal heads of four horses, from a resin cast of the Horse Panel made for teaching.", credit="Cast: Ardley Museum of Prehistory, AMP 1998.40")),
        dict(label="C", title="Older Than Anyone Expected", paras=[
            "Radiocarbon dates from the charcoal astonished specialists. The first drawings were made around 36,000 years ago, thousands of years before the paintings of Lascaux, and people came back to the cave some five thousand years later. Some archaeologists doubted the dates at first, since the art seemed too accomplished for such an early time, but later tests on bones, hearths and the fallen rocks that sealed the entrance supported them.",
            "The floor kept other traces: the skulls of cave bears, the scratches of their claws, and the footprints of a child, perhaps eight years old, near those of a large canid. A collapse of the cliff closed the entrance about 21,000 years ago, which is why the cave reached us in such good condition.",
        ], caption=dict(position="Below", text="A cave bear skull resting on a flat block of stone in the Skull Chamber.", credit="Photograph: Ardèche Survey Trust, lent by Corinne Vallat")),
        dict(label="D", title="Keeping the Dark", paras=[
            "The lesson of Lascaux, where crowds of visitors had brought mould and algae, was not forgotten. Chauvet has never been opened to the public. A steel door guards the entrance, sensors record the temperature and the air, and only small teams of scientists may go inside for a few weeks each year.",
            "In 2014 the cave was added to UNESCO’s World Heritage List, and in 2015 a full-size replica, the Caverne du Pont d’Arc, opened nearby, reproducing the main panels in a shell of concrete and resin. Werner Herzog’s film Cave of Forgotten Dreams, shot inside in 3D, brought the drawings to cinema audiences around the world.",
        ]),
    ],
    sidebar=dict(title="How Old Is Charcoal?", paras=[
        "Living things take in carbon, including a tiny share of radioactive carbon-14. After death the carbon-14 decays at a steady rate, halving about every 5,730 years. By measuring how much remains in a speck of charcoal, a laboratory can estimate when the wood was burned.",
    ]),
    running=["Ardley Museum of Prehistory · Hall of Early Humans", "Panel 2.7"],
    pullquote="Thirty-six thousand years of darkness, and the charcoal still looks fresh.",
)

# ---------------------------------------------------------------- 3
EXHIBITS["san_francisco_earthquake_1906"] = dict(
    kicker="A walking leaflet from the Harbourline Museum",
    title_lines=["When the City Shook:", "San Francisco,", "18 April 1906"],
    intro="At 5.12 in the morning of 18 April 1906 the ground beneath San Francisco lurched and rolled for less than a minute. The fires that followed burned for three days, and when they were out much of the city had gone. This leaflet follows the disaster through three places you can still visit.",
    sections=[
        dict(label="Stop 1", title="The Ferry Building", paras=[
            "The shaking began offshore, where the San Andreas Fault slipped along a length of nearly 480 kilometres. In the city it lasted perhaps forty-five seconds. Brick walls fell into the streets, chimneys crashed through roofs, and the dome of the new City Hall was left standing on a bare iron frame.",
            "At the foot of Market Street the Ferry Building, completed only eight years before, survived with little damage, although the clock in its tower stopped at the moment of the shock. Its piers became an escape route: over the following days ferries carried tens of thousands of people across the bay to Oakland and beyond.",
            "Stand on the promenade and look back up Market Street. Almost everything you can see between here and the hills was built after 1906; only a few stone and steel-framed buildings, gutted by the fire, were repaired and reused.",
        ]),
        dict(label="Stop 2", title="Van Ness Avenue", paras=[
            "Broken gas mains and overturned stoves started dozens of fires, and the shock had cracked the water mains that should have fed the hydrants. The fire chief, Dennis Sullivan, was fatally injured when a building collapsed into his fire station. One blaze, started by a woman cooking breakfast in a damaged house, became known as the ham and eggs fire.",
            "Soldiers from the Presidio and firemen tried to make firebreaks with dynamite, but inexperienced crews used the wrong explosives and often spread the flames. The decisive stand came at Van Ness Avenue, a wide street where the mansions on the eastern side were blown up and shelled to stop the fire moving west.",
            "Meanwhile the mayor, Eugene Schmitz, issued a proclamation authorising soldiers and police to shoot looters on sight, an order of doubtful legality that cost several lives.",
        ]),
        dict(label="Stop 3", title="The Cottages in the Parks", paras=[
            "About half the population, some 200,000 people or more, were left homeless. They camped in Golden Gate Park and the Presidio, cooked in the streets because indoor fires were banned, and queued for food at relief stations. The army later built more than five thousand small wooden cottages, painted green, which families rented for a few dollars a month.",
            "The official death toll was first put at a few hundred, a figure that suited a city anxious to reassure investors. Later research has raised it to three thousand or more. Within nine years the rebuilt city held a world’s fair, and a handful of the green cottages still stand today as private homes.",
        ], caption=dict(position="Right", text="Refugee cottages lined up in a city park, from a glass lantern slide of 1907.", credit="Lantern slide: Harbourline Museum, HM 1906.114")),
    ],
    sidebar=dict(title="Listening to the Ground", paras=[
        "Seismographs as far away as Germany and Japan recorded the shock. After the disaster the geologist Andrew Lawson led a state commission whose report of 1908 mapped the fault for hundreds of kilometres.",
        "Harry Fielding Reid used the commission’s survey measurements to propose that earthquakes come from strain stored slowly in the rocks and then suddenly released, the idea now called elastic rebound.",
    ]),
    running=[],
    pullquote="For three nights the sky over the bay glowed orange at midnight.",
)

# ---------------------------------------------------------------- 4
EXHIBITS["channel_tunnel_1994"] = dict(
    kicker="Exhibition preview",
    title_lines=["Under the Sea to France", "The Channel Tunnel, 1994"],
    intro="On 6 May 1994 Queen Elizabeth II and President François Mitterrand opened a railway beneath the Strait of Dover. Our new gallery tells how an idea first sketched for horse-drawn coaches became three tunnels bored through the chalk.",
    sections=[
        dict(label="1", title="Two Centuries of Schemes", paras=[
            "In 1802 the French mining engineer Albert Mathieu-Favier proposed a tunnel lit by oil lamps, with coaches drawn by horses and an artificial island halfway across where the teams could be changed. Later dreamers imagined iron tubes laid on the seabed or bridges on enormous piers.",
            "The most serious early attempt came in the 1880s, when machines designed by Frederick Beaumont and Thomas English bored nearly two kilometres under the sea from Shakespeare Cliff near Dover. The work was halted in 1882, largely because British generals feared that an enemy army could use the tunnel to invade. A fresh start in the 1970s was abandoned in 1975 when the British government withdrew because of the cost.",
        ]),
        dict(label="2", title="Boring Through the Chalk", paras=[
            "In 1986 the two governments signed the Treaty of Canterbury, and a private group, later called Eurotunnel, won the concession to build and run the link without public money. The engineers chose to follow a layer of chalk marl, a soft but watertight rock that lies in a gentle curve beneath the strait and allowed fast progress.",
            "Eleven tunnel boring machines worked from both coasts, cutting two running tunnels for trains and a smaller service tunnel between them. The machines on the British side met wetter ground than expected, and surveyors guided them with lasers so that the two halves would meet. On 1 December 1990 the service tunnel headings met beneath the sea, and the workers Graham Fagg and Philippe Cozette shook hands through the gap{JUMP} while television cameras carried the moment to both countries.",
            "Ten workers, most of them British, died during construction. The spoil from the English side was piled behind a sea wall at the foot of Shakespeare Cliff, creating new land that is now a nature park called Samphire Hoe.",
        ], caption=dict(position="Above", text="A cutter-head segment from one of the British boring machines, lent for the exhibition.", credit="Object: lent by the Kentish Engineering Society, KES 91.3")),
        dict(label="3", title="Trains and Shuttles", paras=[
            "The tunnel opened to traffic in 1994, more than a year late and at roughly twice the estimated cost. Shuttle trains carry cars and lorries between terminals at Folkestone and Coquelles, while Eurostar passenger trains run between London, Paris and Brussels.",
            "Building the terminals was almost as large a task as the boring. At Coquelles a huge loop of track lets the shuttles turn without reversing, and at Cheriton, outside Folkestone, a whole valley was reshaped to take the sidings, platforms and toll booths.",
            "The link has had setbacks. Fires on lorry shuttles in 1996 and 2008 closed parts of the tunnel for months, and the company struggled for years under its debts. Yet the journey from London to Paris now takes little more than two hours, and the tunnel carries millions of passengers and a large share of the trade between Britain and the Continent.",
        ]),
    ],
    sidebar=dict(title="Why Three Tunnels?", paras=[
        "The central service tunnel is kept at a slightly higher air pressure than the two railway tunnels, so that smoke from a fire is pushed away from it. Cross-passages every 375 metres link it to the running tunnels, letting passengers walk to safety and maintenance crews reach any point.",
    ]),
    running=["The Portal · Issue 31 · Spring", "1", "4"],
    pullquote=None,
)

# ---------------------------------------------------------------- 5
EXHIBITS["curie_polonium_1898"] = dict(
    kicker="Laboratory of Modern Physics · Case 3",
    title_lines=["Rays from the Pitchblende:", "Polonium and Radium, 1898"],
    intro="In a leaking shed at a Paris school of physics, a young Polish scientist and her French husband ground, dissolved and crystallised tonnes of ore in search of a hidden source of rays. In 1898 they announced two new chemical elements.",
    sections=[
        dict(label="Panel A", title="Becquerel’s Rays", paras=[
            "Early in 1896 Henri Becquerel found that salts of uranium darkened a photographic plate wrapped in black paper, even without first being exposed to sunlight. The discovery attracted little attention beside Röntgen’s X-rays, announced weeks earlier, and Becquerel himself soon moved on to other work.",
            "Maria Skłodowska, who had come to Paris from Warsaw in 1891 and married the physicist Pierre Curie in 1895, chose the uranium rays as the subject of her doctoral thesis. Using an electrometer built by Pierre and his brother Jacques, which measured tiny electric currents in air, she showed that the strength of the rays depended only on the amount of uranium present.",
            "That result mattered more than it first seemed. If the rays did not depend on how the uranium was combined, or on light or heat, they had to come from inside the atoms themselves, an idea that ran against the belief that atoms were unchanging.",
        ]),
        dict(label="Panel B", title="Something Stronger Than Uranium", paras=[
            "Marie tested many minerals and found that thorium also gave off rays. She called the property radioactivity. Pitchblende, a uranium ore {INS:from the mines of Joachimsthal in Bohemia, }was far more active than its uranium alone could explain,{FN:Pitchblende is now usually called uraninite by mineralogists.} and she suspected that it held an unknown element in very small quantities.",
            "Pierre put aside his own research on crystals to join her. In July 1898 they reported a substance that behaved chemically like bismuth but was hundreds of times more active than uranium, and named it polonium after Marie’s divided homeland. In December, with the chemist Gustave Bémont, they announced a second, radium, which followed barium through their separations.",
        ]),
        dict(label="Panel C", title="Tonnes of Residue", paras=[
            "To convince chemists, they had to isolate enough of the new substances to weigh. The Austrian government allowed them to buy, cheaply, residues left after uranium had been extracted at Joachimsthal. In a former dissecting shed at the School of Industrial Physics and Chemistry, Marie stirred boiling batches {DEL:for hours }with an iron rod nearly as tall as herself.",
            "By 1902 she had obtained a tenth of a gram of pure radium chloride and measured the atomic weight of radium. She received her doctorate in 1903, and in the same year shared the Nobel Prize in Physics with Pierre and Becquerel. Pierre was killed by a horse-drawn cart in 1906; Marie took over his chair and won a second Nobel Prize, in chemistry, in 1911.",
            "The notebooks they kept in those years are still radioactive. Readers who wish to consult them at the national library in Paris must sign a waiver and wear protective clothing.",
        ], caption=dict(position="Above", text="The Curies’ electrometer and quartz balance, as reconstructed for a memorial exhibition in 1934.", credit="Photograph: Brennard Museum of Science, BMS 1934.77")),
    ],
    sidebar=dict(title="A Glow in the Dark", paras=[
        "Radium salts glow faintly in the dark, and the Curies liked to look at a small tube of them in the evening. The glow, and a burn Pierre raised on his own arm by strapping a sample to it, soon led doctors to try radium against cancer.",
    ]),
    running=[],
    pullquote="Tonnes of brown dust went in; a tenth of a gram came out.",
)

# ---------------------------------------------------------------- 6
EXHIBITS["mount_st_helens_1980"] = dict(
    kicker="Volcano Hall · Online exhibition",
    title_lines=["The Mountain That Blew Sideways", "Mount St. Helens, 18 May 1980"],
    intro="For two months in the spring of 1980 a volcano in Washington State rumbled, steamed and swelled. On the morning of 18 May its north face gave way, and the eruption that followed became the most closely watched in American history.",
    sections=[
        dict(label="01", title="A Bulge on the North Face", paras=[
            "Mount St. Helens had been quiet since the 1850s. On 20 March 1980 an earthquake of magnitude 4.2 beneath it was followed by thousands of smaller shocks, and a week later steam explosions blasted a crater through the summit ice. Sightseers crowded the roads, and the governor declared a state of emergency.",
            "Officials closed the roads around the mountain and drew red and blue zones on the map, but logging continued on company land just outside them, and owners of cabins at Spirit Lake were escorted in to fetch their belongings the day before the eruption.",
            "Magma rising inside the mountain pushed its north flank outwards by about one and a half metres a day. By May the bulge had grown more than 100 metres. Geologists of the US Geological Survey measured it with lasers from observation posts, among them David Johnston, a 30-year-old volcanologist stationed on a ridge about ten kilometres to the north.",
        ]),
        dict(label="02", title="Eight Thirty-Two on a Sunday", paras=[
            "At 8.32 in the morning of 18 May an earthquake of magnitude 5.1 shook the loosened flank, and the whole north face slid away in the largest landslide ever recorded. The collapse uncorked the pressurised magma inside. A sideways blast of rock, ash and hot gas raced across the landscape, flattening forests over some 600 square kilometres.",
            "Johnston had time only to radio “Vancouver! Vancouver! This is it!” before the blast overran his post. Fifty-seven people died, among them the photographer Reid Blackburn and the elderly owner of a lodge at Spirit Lake who had refused to leave.",
            "An ash column rose more than 24 kilometres into the sky and drifted east, darkening towns in eastern Washington at midday{PAGE2} and circling the globe within about two weeks. Mudflows of melted snow and debris poured down the river valleys, carrying away bridges and homes, and the summit now stood about 400 metres lower than before.",
        ], caption=dict(position="Left", text="Ash collected in a jam jar by a schoolteacher in Yakima on the afternoon of the eruption.", credit="Object: Cascade Hall of Earth Sciences, CH 1980.5.2")),
        dict(label="03", title="A Laboratory of Recovery", paras=[
            "The eruption changed how volcanoes are watched. Scientists learned to recognise the deposits of sideways blasts at other volcanoes, and the survey opened an observatory in Vancouver, Washington, named after Johnston. Better monitoring helped to forecast later eruptions, including that of Pinatubo in the Philippines in 1991, when evacuations saved thousands of lives.",
            "Life returned faster than expected. Pocket gophers that survived underground churned fresh soil to the surface, fireweed and lupines took root in the ash, and elk wandered back into the blast zone. In 1982 Congress created a national volcanic monument so that the recovery could be studied without logging or replanting.",
        ]),
    ],
    sidebar=dict(title="The Man Who Stayed", paras=[
        "Harry R. Truman ran the Mount St. Helens Lodge on Spirit Lake for more than fifty years. Eighty-three years old in 1980, he refused to leave despite repeated warnings, telling reporters that the mountain would not hurt him.",
        "He became a folk hero in the weeks before the eruption. His lodge, and Truman with it, now lies under tens of metres of debris.",
    ]),
    running=[],
    pullquote=None,
)


MARK_RE = re.compile(r"\{FN:[^}]*\}|\{DEL:[^}]*\}|\{JUMP\}|\{PAGE2\}")


def clean(text):
    """Gold text of a paragraph string: markers removed, insertions kept."""
    t = MARK_RE.sub("", text)
    t = re.sub(r"\{INS:([^}]*)\}", r"\1", t)
    return re.sub(r"\s+", " ", t).strip()


def gold(name):
    e = EXHIBITS[name]
    title = " ".join(e["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=clean(e["intro"]))])]
    for s in e["sections"]:
        blocks = [dict(kind="paragraph", text=clean(p)) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"],
                     blocks=[dict(kind="paragraph", text=clean(p)) for p in sb["paras"]]))
    return dict(title=title, running=list(e["running"]), sections=secs)


def para_words(g):
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


def write_all():
    for name in EXHIBITS:
        g = gold(name)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{name}: {para_words(g)} paragraph words")


if __name__ == "__main__":
    write_all()
