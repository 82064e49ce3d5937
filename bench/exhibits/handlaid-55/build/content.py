"""All texts of set 55 and the gold JSON writer.

Every exhibit is a dict. Gold = title section + labelled sections + sidebar (label null).
Things that are NOT gold (kickers, pull quotes, tables, notes, addresses) are kept here too,
so that the generators take every printed string from one place.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

EX = {}

# ---------------------------------------------------------------- 1 Rite of Spring (PDF, A3 landscape)
EX["rite_of_spring_1913"] = dict(
    kind="pdf",
    kicker="HALL OF MUSIC AND DANCE · ROOM 2",
    title_lines=["A Riot in the Stalls", "The Rite of Spring, Paris, 1913"],
    running=["Marlowe Gallery of Music · Twentieth-Century Stage", "Panel 2.3"],
    intro=("On the evening of 29 May 1913 a new ballet opened at the Théâtre des Champs-Élysées in Paris. "
           "Within minutes of the curtain rising, parts of the audience were jeering, whistling and shouting "
           "at those who tried to quiet them. The work was The Rite of Spring, and its music would change the "
           "sound of the century."),
    sections=[
        dict(label="Scene 1", title="A Vision of a Pagan Rite", paras=[
            "Igor Stravinsky was a young composer from St Petersburg whose ballets The Firebird and Petrushka had "
            "made his name with Sergei Diaghilev’s Ballets Russes. While finishing The Firebird in 1910, he later "
            "said, he had imagined a solemn pagan ceremony in which wise elders watched a young girl dance herself "
            "to death to win the favour of the god of spring.",
            "He worked the idea out with the painter and folklorist Nicholas Roerich, an authority on ancient "
            "Slavic customs, who helped to write the scenario and designed the costumes and scenery. The ballet "
            "was given two parts, The Adoration of the Earth and The Sacrifice, and Stravinsky composed most of "
            "the score in 1911 and 1912, much of it in a small rented room at Clarens on Lake Geneva.",
        ]),
        dict(label="Scene 2", title="Music Without Manners", paras=[
            "The score asks for a very large orchestra, yet it begins with a lone bassoon playing a Lithuanian "
            "folk tune so high in its range that it sounds strange even to musicians. What follows is built from "
            "short folk-like fragments, repeated, layered and set against each other. In the dance of the Augurs "
            "of Spring a single harsh chord is hammered out by the strings while the accents fall in "
            "unpredictable places.",
            "The choreography was by Vaslav Nijinsky, the company’s star dancer, who set his dancers against "
            "everything they had learned at ballet school. They stood with their toes turned in, their knees "
            "bent and their heads tilted to one side, and they stamped and jumped heavily to rhythms that changed "
            "from bar to bar. Rehearsals took many weeks, and the dancers counted aloud to find their way through "
            "the music.",
        ]),
        dict(label="Scene 3", title="The Night of the Premiere", paras=[
            "Accounts of the first night disagree, and many were written years afterwards. It seems that laughter "
            "and catcalls began during the introduction, and that by the time the dancers began to stamp the "
            "noise was so great that they could hardly hear the orchestra. Nijinsky stood on a chair in the wings "
            "shouting the counts, while the conductor Pierre Monteux kept the performance going to the end. "
            "Diaghilev had the house lights switched on and off to calm the crowd.",
            "The stories of forty arrests are probably exaggerated, but the evening became a legend. Stravinsky "
            "later claimed that he had left his seat in anger and watched the rest from backstage. After only a "
            "handful of performances in Paris and London the ballet was dropped, and Nijinsky’s steps were "
            "forgotten for more than seventy years.",
        ], caption=dict(position="Left",
                         text="A dancer’s costume in the style of Roerich’s 1913 designs, made for the museum from "
                              "surviving sketches.",
                         credit="Costume: Marlowe Gallery of Music, MGM 2004.117")),
    ],
    sidebar=dict(title="From Scandal to Concert Hall", paras=[
        "In April 1914 Monteux conducted the score on its own, as a concert piece, in Paris. This time the "
        "audience cheered and carried Stravinsky out of the hall on their shoulders. Since then the music has been "
        "heard far more often without dancers than with them, and it has been danced to new choreography by "
        "many others, from Léonide Massine in 1920 to Pina Bausch in 1975."]),
    pull_quote="“Half the house came to cheer and half came to jeer, and both went home satisfied.”",
    table=dict(title="Who made the Rite", rows=[
        ("Music", "Igor Stravinsky"), ("Scenario and designs", "Nicholas Roerich"),
        ("Choreography", "Vaslav Nijinsky"), ("Conductor", "Pierre Monteux"),
        ("Company", "Ballets Russes")]),
    note="* The Joffrey Ballet of Chicago staged a reconstruction of Nijinsky’s choreography in 1987.",
)

# ---------------------------------------------------------------- 2 Lewis and Clark (PDF, catalogue pages)
EX["lewis_clark_expedition_1804"] = dict(
    kind="pdf",
    kicker="Catalogue entry 14",
    title_lines=["Up the Missouri", "and Over the Mountains", "Lewis and Clark, 1804–1806"],
    running=["Maps, Journals and the American West",
             "Ardley Library of Exploration · Catalogue of the Map Room", "58", "59"],
    intro=("In the spring of 1804 a small company of soldiers and boatmen pushed a keelboat up the Missouri "
           "River from St Louis. When they came back more than two years later, they had crossed the Rocky "
           "Mountains, reached the Pacific and filled their notebooks with rivers, peoples, plants and animals "
           "unknown to the government that had sent them."),
    sections=[
        dict(label="1", title="A President’s Instructions", paras=[
            "In January 1803 President Thomas Jefferson asked Congress for twenty-five hundred dollars to send a "
            "party of soldiers up the Missouri and on to the Pacific.¹ Jefferson had long wanted to know whether "
            "a water route crossed the continent, and he hoped to draw the fur trade of the interior away from "
            "British merchants in Canada.",
            "To lead the party he chose his private secretary, Meriwether Lewis, a young army captain, who in "
            "turn invited his former commanding officer William Clark to share the command. Before setting out, "
            "Lewis was sent to Philadelphia to learn from scholars how to fix a position by the stars, how to "
            "preserve plants and how to treat the sick. The Louisiana Purchase, agreed with France that spring, "
            "suddenly made much of the river country American territory.²",
        ]),
        dict(label="2", title="The Corps of Discovery", paras=[
            "The expedition left Camp Dubois, near St Louis, on 14 May 1804, with a keelboat and two pirogues "
            "that were rowed, poled and towed against the current. Its members included soldiers, French "
            "boatmen and York, an enslaved man owned by Clark. The first winter was spent beside the Mandan and "
            "Hidatsa villages in what is now North Dakota, where the men built Fort Mandan.",
            "There the captains hired the trader Toussaint Charbonneau and his young Shoshone wife Sacagawea,³ "
            "who had been captured as a girl and carried east. In April 1805 the keelboat went back downstream "
            "with maps, letters and specimens for Jefferson, among them a live prairie dog, while the rest of the "
            "party turned west in canoes.",
        ]),
        dict(label="3", title="Across the Divide", paras=[
            "At the Great Falls of the Missouri the canoes and baggage had to be hauled overland around the "
            "cataracts for almost a month. In August, near the headwaters, Sacagawea recognised the country of "
            "her childhood, and the Shoshone chief from whom the captains needed horses turned out to be her "
            "brother, Cameahwait. The crossing of the Bitterroot Mountains that September, in snow and with "
            "little to eat, nearly ended the journey.",
            "Nez Perce people fed the starving men and agreed to keep their horses for them. Travelling down the "
            "Clearwater, Snake and Columbia rivers in new dugout canoes, the party reached the coast in November "
            "1805 and spent a wet and hungry winter at Fort Clatsop, near the mouth of the Columbia, before "
            "turning for home in March.",
        ], caption=dict(position="Above",
                         text="A surveyor’s compass in a mahogany case, of the kind the captains carried.",
                         credit="Lent by the Pellworth Collection, PC 611")),
    ],
    sidebar=dict(title="What They Brought Back", paras=[
        "The party returned to St Louis on 23 September 1806. They had found no easy water route, since none "
        "existed, but the journals and Clark’s maps described well over a hundred plants and animals new to "
        "science and recorded meetings with dozens of Native nations. Only one member, Sergeant Charles Floyd, "
        "died on the journey, probably of a burst appendix. Clark’s great map of the West, "
        "published in 1814, remained the best available for decades."]),
    pull_quote="“Ocian in view! O! the joy.”",
    pull_source="William Clark, field notes, 7 November 1805",
    sidenotes=[("¹", "The sum was meant to cover instruments, arms, presents and pay; the final cost was nearer "
                     "forty thousand dollars."),
               ("²", "The United States paid fifteen million dollars for the whole territory."),
               ("³", "The name is also spelled Sakakawea and Sacajawea.")],
)

# ---------------------------------------------------------------- 3 Sistine ceiling (PDF, roll-fold leaflet)
EX["sistine_ceiling_1512"] = dict(
    kind="pdf",
    kicker="Visitor leaflet · Renaissance Court",
    title_lines=["Under the Vault", "Michelangelo and the Sistine Ceiling, 1508–1512"],
    running=[],
    intro=("Between 1508 and 1512 Michelangelo Buonarroti, who thought of himself first as a sculptor, covered "
           "the vault of the Sistine Chapel in Rome with more than three hundred painted figures. This leaflet "
           "goes with our full-size photographic copy of one bay of the ceiling."),
    sections=[
        dict(label="Stop 1", title="A Reluctant Painter", paras=[
            "The chapel had been built in the 1470s for Pope Sixtus IV, and its walls were already painted by "
            "Botticelli, Perugino, Ghirlandaio and others. Its vault, however, showed only gold stars on a blue "
            "ground. In 1508 Pope Julius II, the nephew of Sixtus, called Michelangelo back to Rome to repaint it.",
            "Michelangelo had little experience of fresco and would rather have gone on with the Pope’s own tomb, "
            "a huge sculptural project that had been put aside. He signed for the work in May 1508. The first "
            "plan was for the twelve apostles with ornament between them; Michelangelo later claimed that he "
            "talked the Pope into a far richer scheme of his own. The Pope, often away at war, pressed him again and again to "
            "finish.",
        ]),
        dict(label="Stop 2", title="Painting Upwards", paras=[
            "Michelangelo designed his own scaffold, a wooden bridge resting on brackets set into holes near the "
            "top of the walls, so that services could go on in the chapel below. He did not paint lying on his "
            "back, as legend has it, but standing and leaning backwards with his head tipped up, for hours at a "
            "time. In a comic poem he described his beard pointing at heaven and paint dripping onto his face.",
            "Fresco means painting on wet plaster, so each day’s patch, a giornata, had to be finished before "
            "the plaster dried. At first he had the help of painters brought from Florence, but he soon sent "
            "most of them home and did nearly all the figures himself. Mould appeared early on and almost made "
            "him give up. In letters to his family he complained that he had no money and that painting was "
            "not his trade.",
        ]),
        dict(label="Stop 3", title="Creation Along the Centre", paras=[
            "Nine scenes from the Book of Genesis run along the middle of the vault, from the separation of light "
            "and darkness to the drunkenness of Noah. Michelangelo painted them in reverse order, starting with "
            "Noah above the entrance, and his figures grow larger and bolder towards the altar, after he had seen "
            "the first half from the floor in 1510.",
            "Around the scenes sit prophets and sibyls on great thrones, with the ancestors of Christ in the "
            "lunettes and nude youths, the ignudi, perched on the painted architecture. The Creation of Adam, "
            "with its two almost touching fingers, is only one panel among many. The ceiling was unveiled on 31 "
            "October 1512, and more than twenty years later Michelangelo came back to paint the Last Judgement "
            "on the altar wall.",
        ], caption=dict(position="Below",
                         text="Head of a prophet, a detail from the museum’s full-size photographic copy of the "
                              "vault.",
                         credit="Photograph: Calloway Institute of Fine Art, CIFA 88.204")),
    ],
    sidebar=dict(title="Cleaning the Ceiling", paras=[
        "Between 1980 and 1994 restorers removed centuries of candle soot, glue and earlier retouching from the "
        "frescoes. The bright pinks, greens and oranges that came to light startled people who had known a darker "
        "Michelangelo, and some critics argued that final touches he had added himself were lost. Most scholars "
        "now accept the cleaned colours as his own. The work was paid for by a Japanese "
        "television company in return for the right to film it."]),
    pull_quote="“I am not in a good place, and I am no painter.”",
    pull_source="Michelangelo, sonnet to Giovanni da Pistoia",
    table=dict(title="The ceiling at a glance", rows=[
        ("Painted", "1508–1512"), ("Patron", "Pope Julius II"), ("Scenes from Genesis", "9"),
        ("Size", "about 40 × 13 metres"), ("Unveiled", "31 October 1512")]),
    address=["Calloway Institute of Fine Art", "Renaissance Court, first floor",
             "Open daily 10.00–17.30 · Free entry", "Leaflet 12 · Please return or recycle"],
)

# ---------------------------------------------------------------- 4 Livingstone (PDF, A4 two-page handout)
EX["livingstone_victoria_falls_1855"] = dict(
    kind="pdf",
    kicker="EXPLORERS ROOM · HANDOUT 6",
    title_lines=["The Smoke That Thunders", "David Livingstone at the Zambezi, 1855"],
    running=["Strathard Museum of Travel · Explorers Room", "Page 1 of 2", "Page 2 of 2"],
    intro=("In November 1855 the Scottish missionary David Livingstone was paddled down the upper Zambezi to a "
           "small island on the lip of a great waterfall. He named the falls after Queen Victoria, though the "
           "people who lived nearby already had a name for them: Mosi-oa-Tunya, the smoke that thunders."),
    sections=[
        dict(label="Stage 1", title="From the Mill to the Mission", paras=[
            "Livingstone was born in 1813 at Blantyre, near Glasgow, and from the age of ten worked in a cotton "
            "mill, studying Latin and science in the evenings. He trained as a doctor and missionary and in 1841 "
            "arrived at the London Missionary Society’s station at Kuruman, in southern Africa.",
            "He soon found that he preferred travelling to preaching in one place. In 1849 he crossed the "
            "Kalahari with the hunter William Cotton Oswell to reach Lake Ngami, and two years later the pair "
            "came to the upper Zambezi, a great river that outsiders had not known flowed so far inland.",
            "At Kolobeng, his station among the Bakwena people, he had married Mary Moffat, the daughter of the "
            "missionary Robert Moffat, and their children went with him on several journeys. Drought and raids "
            "by Boer settlers ended the station, and in 1852 he sent his family back to Britain.",
        ]),
        dict(label="Stage 2", title="Coast to Coast", paras=[
            "Livingstone hoped the Zambezi might be a highway by which missionaries and traders could reach the "
            "interior and undermine the slave trade. In November 1853, with Makololo companions lent by their "
            "chief Sekeletu,† he set out north-west from Linyanti and reached Luanda on the Atlantic coast in "
            "May 1854, sick with fever and exhausted.",
            "Rather than sail home, he turned back to bring his companions home, and then set off down the "
            "Zambezi towards the Indian Ocean. On 16 November 1855, guided by local boatmen, he landed on an "
            "island at the edge of the falls and looked down into the chasm. He estimated its width and depth "
            "and planted peach and apricot stones on the island.",
        ], caption=dict(position="Right",
                         text="A replica of Livingstone’s peaked consular cap, made for the exhibition from "
                              "photographs.",
                         credit="Replica: Strathard Museum of Travel, SMT 2013.9")),
        dict(label="Stage 3", title="A Hero at Home", paras=[
            "He reached Quelimane on the east coast in May 1856, the first European known to have crossed "
            "southern Africa from coast to coast, although African and Portuguese traders had made long journeys "
            "across the region before him. In London he was received as a celebrity, and his book Missionary "
            "Travels and Researches in South Africa sold tens of thousands of copies.",
            "His later Zambezi Expedition, paid for by the government, found that the Cahora Bassa rapids closed "
            "the river to steamers, and his wife Mary died on it in 1862. He died in 1873 in present-day Zambia "
            "while searching for the source of the Nile, and his companions Susi and Chuma carried his body "
            "hundreds of kilometres to the coast.",
            "A statue of Livingstone now stands on the Zambian side of the falls, and the nearby town that bears "
            "his name kept it after independence. His reputation has been argued over ever since, but his "
            "reports did much to turn British opinion against the East African slave trade.",
        ]),
    ],
    sidebar=dict(title="How Big Are the Falls?", paras=[
        "The Zambezi drops about 108 metres into a narrow gorge along a lip some 1,700 metres wide, which makes "
        "Victoria Falls one of the largest curtains of falling water in the world. In the rainy season its spray "
        "can be seen from more than twenty kilometres away."]),
    pull_quote="“Scenes so lovely must have been gazed upon by angels in their flight.”",
    pull_source="David Livingstone, Missionary Travels, 1857",
    table=dict(title="Two journeys, one river", rows=[
        ("Left Linyanti", "November 1853"), ("Reached Luanda", "May 1854"),
        ("Saw the falls", "November 1855"), ("Reached Quelimane", "May 1856")]),
    note="† Sekeletu was the son of Sebitwane, the Makololo chief who had welcomed Livingstone in 1851.",
)

# ---------------------------------------------------------------- 5 Salon des Refusés (DOCX)
EX["salon_des_refuses_1863"] = dict(
    kind="docx",
    kicker="GALLERY OF MODERN PAINTING · ROOM 6",
    title_lines=["The Exhibition of the Rejected", "Paris, 1863"],
    running=[],
    intro=("In the spring of 1863 the jury of the official Paris Salon turned away thousands of works. After loud "
           "protests, the Emperor Napoleon III allowed the rejected pictures to be shown in another part of the "
           "same building, and the public came in crowds, many of them to laugh."),
    sections=[
        dict(label="Wall 1", title="The Salon and Its Jury", paras=[
            "The Salon was the great public exhibition of French art, held in the Palais de l’Industrie on the "
            "Champs-Élysées. For a painter it was the main road to sales, commissions and medals, and its jury, "
            "drawn largely from the Académie des Beaux-Arts, favoured polished history paintings, mythological "
            "nudes and carefully finished surfaces.",
            "Refusal hurt. A painter turned away by the Salon found it hard to sell, and dealers and collectors "
            "took careful note of who had been accepted and who had not.",
            "In 1863 the jury was unusually severe. Of roughly five thousand works submitted, about three "
            "thousand were refused. Artists and their friends complained so loudly that in April the Emperor "
            "announced that the rejected works could be exhibited nearby, so that the public could judge for "
            "itself.",
        ]),
        dict(label="Wall 2", title="Laughter in the Annexe", paras=[
            "The Salon des Refusés opened on 15 May 1863 in rooms of the same palace. Not every refused artist "
            "took part, for many feared that showing there would mark them as failures in the eyes of the jury. "
            "Those who did included Édouard Manet, James McNeill Whistler, Camille Pissarro, Paul Cézanne and "
            "Johan Barthold Jongkind.",
            "Visitors came by the thousand, and newspapers described people laughing out loud in front of the "
            "paintings. Whistler’s Symphony in White, No. 1, a full-length portrait of a young woman in white "
            "standing on a wolf skin, drew both mockery and admiration.",
            "Critics were divided. Some mocked the whole show as a gallery of failures, while others saw in it "
            "the first signs of a new kind of painting that took its subjects from modern life. Years later "
            "Émile Zola put the exhibition into his novel The Masterpiece.",
        ]),
        dict(label="Wall 3", title="Manet’s Picnic", paras=[
            "The picture that caused the greatest stir was Manet’s large canvas then called Le Bain, later known "
            "as Le Déjeuner sur l’herbe. It shows a naked woman seated on the grass in a wood with two fully "
            "dressed young men, while a second woman bathes in a stream behind them. The nude looks straight out "
            "at the viewer.",
            "Manet had borrowed the grouping from an engraving after Raphael, and the subject recalled a Venetian "
            "pastoral painting in the Louvre. What shocked critics was that these were modern Parisians, painted "
            "in flat light with broad patches of colour, and that the scene seemed to have no story to excuse "
            "it. The same year the Emperor bought Alexandre Cabanel’s smooth Birth of Venus from the official "
            "Salon.",
        ], caption=dict(position="Above",
                         text="A copy of Manet’s picnic scene, painted by an art student in the 1890s, from the "
                              "museum’s study collection.",
                         credit="Oil on canvas: Hallam Vale Art Gallery, HVAG 1971.33")),
    ],
    sidebar=dict(title="Refused Again", paras=[
        "The experiment was not repeated on the same scale, although smaller shows of refused works were held in "
        "later years. In 1874 a group of painters, among them Monet, Degas, Renoir and Pissarro, chose instead to "
        "organise an exhibition of their own, the first of the shows that gave the Impressionists their name. The state itself gave up running the Salon in 1881, "
        "when it handed the exhibition over to a society of artists."]),
    pull_quote="Paris laughed first and looked properly later.",
    table=dict(title="The 1863 season in figures", rows=[
        ("Works submitted", "about 5,000"), ("Works refused", "about 3,000"),
        ("Refused works on show from", "15 May 1863"), ("Venue", "Palais de l’Industrie")]),
    note="Contemporary writers give different totals; these are rounded.",
    colophon="Hallam Vale Art Gallery · Text panels for Room 6 · Draft 3",
)

# ---------------------------------------------------------------- 6 Vivaldi (HTML, VuePress 2)
EX["vivaldi_four_seasons_1725"] = dict(
    kind="html",
    kicker="Calder Hall of Music · Baroque Gallery",
    title_lines=["Four Seasons in Print", "Vivaldi’s Violin Concertos, 1725"],
    running=[],
    intro=("In 1725 an Amsterdam publisher issued a set of twelve violin concertos by the Venetian composer "
           "Antonio Vivaldi. The first four, each named after a season and each printed with a sonnet describing "
           "what the music depicts, became some of the best-known music ever written, though not until two "
           "centuries later."),
    sections=[
        dict(label="Chapter I", title="The Red Priest of Venice", paras=[
            "Antonio Vivaldi was born in Venice in 1678, the son of a barber who also played the violin at St "
            "Mark’s Basilica. He was ordained a priest in 1703, and his red hair earned him the nickname il Prete "
            "Rosso, the Red Priest, but he soon stopped saying Mass, blaming a tightness of the chest that "
            "troubled him all his life.",
            "In the same year he began teaching the violin at the Ospedale della Pietà, a home for abandoned "
            "children whose orchestra and choir of young women were famous across Europe. For much of the next "
            "three decades he wrote concertos and sacred music for them, while also composing and staging operas "
            "for the theatres of Venice and other cities.",
        ], caption=dict(position="Left",
                         text="Title page of the first violin part of Opus 8, from a later Amsterdam printing.",
                         credit="Calder Hall of Music, CHM 1958.72")),
        dict(label="Chapter II", title="Music That Tells a Story", paras=[
            "The Four Seasons open the collection Il cimento dell’armonia e dell’inventione, his Opus 8, printed "
            "by Michel-Charles Le Cène in Amsterdam and dedicated to the Bohemian Count Wenzel von Morzin. Each "
            "concerto is paired with a sonnet, perhaps written by Vivaldi himself, and lines of the poems are "
            "printed over the matching passages in the parts. The set appeared as separate printed "
            "parts, one for each player, rather than as a full score.",
            "In Spring the listener hears birds singing, a murmuring stream, a storm breaking over the fields, "
            "and a sleeping goatherd with his barking dog, which the violas play as a repeated rough note. In "
            "Summer the cuckoo, the turtle dove and the goldfinch call; in Autumn peasants dance, drink and go "
            "hunting at dawn; in Winter teeth chatter in the freezing wind and walkers slip and fall on the ice.",
        ]),
        dict(label="Chapter III", title="Forgotten and Found", paras=[
            "Vivaldi moved to Vienna in 1740, perhaps hoping for the patronage of the Emperor Charles VI, who died "
            "soon afterwards. Vivaldi himself died there in July 1741 and was buried in a simple grave. His music "
            "fell out of fashion, and for a long time he was remembered mainly because Johann Sebastian Bach had "
            "arranged several of his concertos for keyboard. The operas and most of the church music "
            "lay unplayed in libraries.",
            "Interest returned in the twentieth century, after a great hoard of his manuscripts was found in the "
            "1920s and acquired for the national library in Turin. A Vivaldi week held in Siena in 1939 helped to "
            "revive his music, and the first recordings of The Four Seasons followed in the 1940s. Today the "
            "concertos are among the most recorded works in classical music.",
        ]),
    ],
    sidebar=dict(title="Reading the Sonnets", paras=[
        "The printed parts carry letters beside the music that key it to lines of the sonnets, so that players "
        "could see that a passage stood for, say, the drunkard asleep or the hunters’ guns. Such a detailed "
        "programme was unusual in 1725, and it makes the set one of the earliest famous examples of music that "
        "paints a scene. Many modern performers read the poems aloud before each concerto."]),
    pull_quote="A dog that barks on the violas still makes an audience smile.",
    timeline=[("1678", "Born in Venice"), ("1703", "Ordained; starts teaching at the Pietà"),
              ("1725", "Opus 8 published in Amsterdam"), ("1741", "Dies in Vienna"),
              ("1939", "Vivaldi week in Siena")],
    sidenotes=["The sonnets are printed without an author’s name.",
               "Now the Biblioteca Nazionale Universitaria."],
)

ORDER = ["rite_of_spring_1913", "lewis_clark_expedition_1804", "sistine_ceiling_1512",
         "livingstone_victoria_falls_1855", "salon_des_refuses_1863", "vivaldi_four_seasons_1725"]

MARKS = "¹²³†*"


def strip_marks(s):
    for m in MARKS:
        s = s.replace(m, "")
    return s


def gold(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=e["intro"])])]
    for s in e["sections"]:
        blocks = [dict(kind="paragraph", text=strip_marks(p)) for p in s["paras"]]
        if s.get("caption"):
            c = s["caption"]
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"],
                     blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    return dict(title=title, running=e["running"], sections=secs)


def write_all():
    for n in ORDER:
        with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(n), f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    write_all()
    for n in ORDER:
        g = gold(n)
        w = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        print(n, w)
