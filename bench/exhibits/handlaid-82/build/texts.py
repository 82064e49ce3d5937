# -*- coding: utf-8 -*-
"""All words of set 82 (bells, bell-founding, carillons). Gold JSON is derived from
the GOLD parts of each exhibit; FURNITURE parts are printed but are not gold."""

EX = {}

# ---------------------------------------------------------------- 1 Hemony (A3 wall panel)
EX["hemony_carillon_1644"] = dict(
    kind="pdf",
    kicker="Tower Music · Gallery 3",
    title_lines=["Bells That Sing in Tune", "The Hemony Brothers at Zutphen, 1644"],
    running=["Harrowgate Museum of Sound · Bells and Towers", "Panel 3.2"],
    intro=("In 1644 two wandering bell founders from Lorraine hung a set of bells in the wine-house tower "
           "of Zutphen that could play a melody with every note true. Their secret was not a new alloy but "
           "a patient way of listening to a bell and cutting it until its voices agreed."),
    sections=[
        dict(label="A", title="Founders on the Road", paras=[
            ("François and Pieter Hemony were born in Levécourt in Lorraine, a region famous for travelling "
             "founders who went from town to town and cast bells in a pit dug beside the church that had "
             "ordered them. War drove the brothers north in the 1630s, and they worked for a time in "
             "Germany before settling in the Dutch Republic."),
            ("They arrived with little money but a reputation for careful work. In 1643 the magistrates of "
             "Zutphen, who wanted a new playing instrument for their tower, agreed to let the brothers try "
             "their ideas there."),
            ("The Low Countries already loved tower music. Town clocks drove barrels studded with pegs that "
             "tripped hammers on a row of small bells, and some towers had a keyboard so that a player could "
             "perform by hand. The trouble was the sound: bells cast in the usual way rarely agreed with one "
             "another, and chords could set the teeth on edge."),
        ]),
        dict(label="B", title="Listening Inside the Bell", paras=[
            ("A struck bell does not give one note but a cluster of them, known as partials. The loudest "
             "usually sits an octave below the note the ear names, and another lies a minor third above it. "
             "Unless these inner voices stand in the right relation, the bell sounds sour however carefully "
             "its outside has been shaped."),
            ("At Zutphen the brothers worked with Jacob van Eyck, the blind carillonneur of Utrecht, who had "
             "learned to pick out the separate partials by humming or whistling close to the rim until the "
             "metal answered. With his ear to guide them, the Hemonys cast each bell slightly thick and then "
             "turned it on a great lathe, paring bronze from the inside a little at a time until every partial "
             "fell into place."),
            ("The work was slow and costly, and it wasted metal, but the result astonished listeners. The "
             "Zutphen instrument was followed by carillons for Amsterdam, Utrecht, Ghent and dozens of other "
             "towns, and the name Hemony became a guarantee of a well-tuned bell."),
        ]),
        dict(label="C", title="A Secret Buried Twice", paras=[
            ("François died in 1667 and Pieter in 1680. Neither left written instructions, and the founders "
             "who followed them cast bells by eye and by weight. Over the next two centuries the craft of "
             "tuning was almost forgotten, and many towers were filled with bells that jangled."),
            ("About fifty Hemony carillons were made, and several still play. The bells of the Zuiderkerk and "
             "the Oude Kerk in Amsterdam, and the great set in the belfry of Ghent, include bells poured by the "
             "brothers more than three and a half centuries ago."),
        ]),
    ],
    caption=dict(position="Above", text="A tuning lathe of the kind used in Hemony workshops, reconstructed from an inventory of 1663.",
                 credit="Model by the Friends of the Carillon, Deventer; FCD 2011.4"),
    sidebar=dict(title="Tuning Rediscovered", paras=[
        ("In the 1890s an English clergyman, Canon Arthur Simpson, published articles showing that a bell's "
         "partials could be measured with tuning forks and corrected. The Taylor foundry at Loughborough took up "
         "his method, and true-harmonic tuning spread from there to founders across Europe and America."),
    ]),
    cap_section=2,
    pullquote="They did not make louder bells. They made bells that agreed.",
    timeline=[("1644", "Zutphen"), ("1651", "Amsterdam, Munttoren"), ("1659", "Ghent belfry"), ("1680", "death of Pieter")],
)

# ---------------------------------------------------------------- 2 Tsar Bell (A4 catalogue pages)
EX["tsar_bell_1735"] = dict(
    kind="pdf",
    kicker="Catalogue · Great Bells of the World",
    title_lines=["The Bell That Never Rang", "Moscow’s Tsar Kolokol, 1735"],
    running=["Great Bells of the World", "14", "The Tsar Bell", "15"],
    byline="Essay by Irina Valko",
    intro=("On the Kremlin hill stands the largest bell ever cast, a bronze giant of about two hundred tonnes "
           "with a broken piece leaning against its side. It was finished in 1735, damaged two years later, "
           "and has never sounded a single note."),
    sections=[
        dict(label="I", title="An Empress’s Order", paras=[
            ("In 1730 Empress Anna Ioannovna decided that Moscow should have a new great bell. An earlier "
             "giant, cast in the reign of Tsar Alexei, had fallen and shattered in the Kremlin fire of 1701, "
             "and its metal lay waiting to be used again. The new bell was to be even heavier."),
            ("The commission went to Ivan Motorin, a founder of the artillery service, and his son Mikhail. "
             "Foreign experts had been consulted first; a Parisian goldsmith is said to have thought the "
             "request a joke. The Motorins instead dug a casting pit about ten metres deep on the Kremlin "
             "grounds and lined it with brick and iron."),
        ]),
        dict(label="II", title="Two Castings", paras=[
            ("The first attempt, in November 1734, failed when furnaces broke down and some of the molten "
             "metal escaped. Ivan Motorin died the following summer, and his son carried on. On 25 November "
             "1735 four furnaces were tapped together, and the mould was filled in a little over an hour."),
            ("The finished bell stood more than six metres high and measured about six and a half metres "
             "across the mouth. Sculptors covered it with portraits of Tsar Alexei and the empress, with "
             "icons of saints and with long inscriptions recording who had ordered the bell and how it had "
             "been made. Chasing the decoration kept craftsmen busy in the pit for many months."),
            ("The alloy was mostly copper with a good deal of tin, together with small amounts of silver and "
             "gold that had come from the older bell. Accounts kept for the casting list the fuel, the iron "
             "bands and the hundreds of labourers hired to keep the furnaces burning for days on end."),
        ]),
        dict(label="III", title="Fire and a Hundred Years Underground", paras=[
            ("The bell was still in its pit, surrounded by wooden scaffolding, when the great Trinity fire "
             "swept through Moscow in May 1737. Burning timbers fell on it, and the men who poured cold water "
             "to save the structure caused the hot bronze to crack. A slab weighing about eleven tonnes broke "
             "away from the rim."),
            ("For almost a century the damaged bell lay where it had been cast, half forgotten. Only in 1836 "
             "did the architect Auguste de Montferrand lift it out with a system of capstans and set it on a "
             "stone pedestal beside the Ivan the Great bell tower, with the broken fragment placed in front."),
            ("Visitors have climbed inside it and sat on it ever since. Engineers have argued about whether "
             "the bell could ever have been hung and rung at all, since no tower in Moscow could have carried "
             "its weight, and the clapper that was once shown with it was made only for display."),
        ]),
    ],
    caption=dict(position=None, text="Lithograph of the Tsar Bell on its new pedestal, drawn soon after the lifting of 1836.",
                 credit="Courtesy of the Marlow Collection of Russian Prints, Oxford; MC 412"),
    caption_credit_first=True,
    cap_section=3,
    sidebar=dict(title="How Heavy Is Two Hundred Tonnes?", paras=[
        ("The Tsar Bell weighs roughly as much as thirty African elephants, or as all the bells of a large "
         "English cathedral ring added together many times over. The broken slab alone is heavier than most "
         "church bells in Europe."),
    ]),
    notes=[
        "The pood, the Russian unit used in the casting accounts, is about 16.4 kilograms; the bell is recorded as just over 12,000 poods.",
        "Montferrand was then building St Isaac’s Cathedral in St Petersburg, where he had raised granite columns by the same method.",
    ],
)

# ---------------------------------------------------------------- 3 Stedman (A4 landscape tri-fold leaflet)
EX["stedman_tintinnalogia_1668"] = dict(
    kind="pdf",
    kicker="Free leaflet · The Ringing Room",
    title_lines=["Ringing the Changes", "Fabian Stedman and the Tintinnalogia, 1668"],
    running=[],
    intro=("English church bells are not played as tunes. A band of ringers pulls each bell round in a full "
           "circle and changes the order in which they strike, row after row, following patterns first set "
           "down in print by a Cambridge printer and his friend in 1668."),
    sections=[
        dict(label="1", title="Bells That Swing Full Circle", paras=[
            ("In the sixteenth and seventeenth centuries English ringers gave their bells wheels instead of "
             "simple levers. A rope running round the wheel let a ringer swing the bell right over until it "
             "stood mouth upward, balanced, and then pull it back the other way. Each stroke of the rope gave "
             "one blow of the clapper, and the ringer could hold the bell up for a moment to strike a little "
             "later or let it fall a little sooner."),
            ("That control made a new kind of music possible. Because a heavy bell swinging through a full "
             "circle cannot play a melody, ringers instead sounded all the bells in turn, then swapped "
             "neighbouring pairs so that the next row came out in a different order."),
            ("Ringing of this kind needs a band, usually one ringer to each bell, who must keep perfect time "
             "while remembering where their own bell should strike in every row. Beginners start with rounds, "
             "the bells sounding in order from the smallest to the largest."),
        ]),
        dict(label="2", title="A Printer Among Ringers", paras=[
            ("Fabian Stedman was born in 1640 in Herefordshire, the son of a clergyman, and was apprenticed "
             "to a printer in London. He became a keen member of the Society of College Youths, a ringing "
             "club founded in 1637, and later worked in Cambridge, where he rang at St Bene’t’s church."),
            ("In 1668 the Tintinnalogia, or the Art of Ringing appeared, written largely by Richard Duckworth "
             "with Stedman’s help. It explained how to ring rounds and call changes and set out methods on "
             "four, five and six bells. Nine years later Stedman published his own book, Campanalogia, which "
             "described the principle that still bears his name."),
            ("Stedman’s principle mixes two kinds of movement, with bells working in short groups of three "
             "at the front while others wait behind. Ringers still call it one of the most musical methods, "
             "and it is rung in towers all over England today."),
        ]),
        dict(label="3", title="Counting Every Order", paras=[
            ("Ringers soon realised that their art was a problem in arithmetic. Five bells can be arranged in "
             "120 different orders and seven bells in 5,040, and the goal became to ring every possible row "
             "once, without repeating any, and to come back to rounds at the end."),
            ("Ringing all 5,040 changes on seven bells takes about three hours of steady work and is called a "
             "peal. The first true peal is usually credited to ringers in Norwich in 1715, not long after "
             "Stedman’s death, and the methods printed in his books were the tools that made such a "
             "performance thinkable. Mathematicians later recognised in these methods some of the earliest "
             "studies of what they call group theory."),
        ]),
    ],
    caption=dict(position="Right", text="Title page of the 1668 Tintinnalogia, printed for Fabian Stedman.",
                 credit="Ringers’ Guild Library, Ely; RGL B/17"),
    sidebar=dict(title="Hunting on Four Bells", paras=[
        ("In plain hunt each bell moves one place at a time, like a dancer weaving through a line, until it "
         "reaches the back and turns. On four bells the pattern returns to rounds after eight rows. Try "
         "following bell 2 through the grid beside this box."),
    ]),
    cap_section=2,
    index_box=["In this leaflet:", "1  Bells that swing", "2  A printer among ringers", "3  Counting every order",
               "Back: hunting on four bells"],
    hunt=["1234", "2143", "2413", "4231", "4321", "3412", "3142", "1324", "1234"],
    colophon=["The Ringing Room, St Anselm’s Tower, Wyvenhoe", "Open Saturdays 10–4 · practice night Thursday",
              "Printed by Marsh & Tally, Colchester, 2024"],
)

# ---------------------------------------------------------------- 4 Liberty Bell (A3 landscape panel)
EX["liberty_bell_1752"] = dict(
    kind="pdf",
    kicker="American Voices · Room 6",
    title_lines=["A Crack Heard Round the World", "The Liberty Bell, 1752"],
    running=["Cobb Ferry Historical Society · American Voices", "6.1"],
    intro=("Ordered from London to hang in a provincial state house, the bell now known as the Liberty Bell "
           "cracked almost at once, was melted and recast twice by two local men, and only acquired its name "
           "and its fame long after the Revolution."),
    sections=[
        dict(label="1", title="An Order for the State House", paras=[
            ("In 1751 the speaker of the Pennsylvania Assembly, Isaac Norris, asked the colony’s agent in "
             "London to obtain a bell of about two thousand pounds for the new State House in Philadelphia. "
             "The order went to the Whitechapel foundry, and the bell arrived in the late summer of 1752."),
            ("Norris chose the words to be cast around its crown, a verse from the book of Leviticus: "
             "Proclaim liberty throughout all the land unto all the inhabitants thereof. The verse "
             "celebrated the fiftieth anniversary of William Penn’s charter of privileges for the colony."),
            ("The State House, now known as Independence Hall, had a tall brick tower added to it for the "
             "bell, and the Assembly wanted a bell that could be heard across the growing city to call "
             "members to their meetings."),
        ]),
        dict(label="2", title="Pass and Stow", paras=[
            ("When the bell was hung up to test its sound, the rim cracked at the first stroke of the clapper. "
             "Two Philadelphia craftsmen, John Pass and John Stow, offered to recast it. They broke the bell "
             "into pieces, melted it down and added copper to make the metal less brittle."),
            ("Their first bell, finished in 1753, sounded so poor that people mocked it, and they cast it again "
             "within a few months. The second version was hung in the steeple, with the founders’ names and "
             "the city’s name in raised letters on its side, and the Assembly accepted it."),
            ("During the war the bell was taken down and hidden under the floor of a church in Allentown so "
             "that British troops could not melt it into cannon. It was brought back in 1778 and rang again for public occasions over the following decades."),
        ]),
        dict(label="3", title="How It Got Its Name", paras=[
            ("In the 1830s campaigners against slavery took up the Leviticus verse and began to call the old "
             "bell the Liberty Bell, printing its picture in their pamphlets. The name stuck, and stories grew "
             "up that it had rung out on the fourth of July in 1776, though nothing in the records says so."),
            ("The famous crack is later still. A thin fracture had opened by the 1840s, and workmen drilled "
             "its edges apart to stop it spreading before the bell was rung for Washington’s birthday in 1846. "
             "During that ringing the crack ran up through the shoulder, and the bell has been silent since."),
            ("After the Civil War the bell travelled by train to fairs and expositions from New Orleans to "
             "San Francisco, and crowds lined the tracks to see it pass. Each trip widened the crack, and "
             "after 1915 the city refused to let it leave Philadelphia again."),
        ]),
    ],
    caption=dict(position=None, text="The bell on a railway flatcar, bound for the Panama–Pacific Exposition in San Francisco, 1915.",
                 credit="Photograph, Keystone Stereograph Company; Cobb Ferry Historical Society, CFHS 1988.31"),
    sidebar=dict(title="The Justice Bell", paras=[
        ("In 1915 suffrage campaigners in Pennsylvania had a copy of the bell cast with its clapper chained "
         "to the side, so that it could not ring until women were given the vote. It toured every county on "
         "a truck and finally rang in 1920."),
    ]),
    table=dict(head="The bell in figures", rows=[("Weight", "about 940 kg"), ("Lip circumference", "3.7 m"),
               ("Metal", "bronze, about 70% copper"), ("Castings", "1752, 1753, 1753")]),
    blockquote=("It has cracked, been mended and cracked again, and still it speaks more loudly than when it rang.",
                "— Mabel Greer, lecture to the Cobb Ferry Society, 1926"),
)

# ---------------------------------------------------------------- 5 Emille bell (DOCX)
EX["emille_bell_771"] = dict(
    kind="docx",
    museum="Hallam House Museum of Asian Art · Lecture Room Handout",
    title_lines=["The Divine Bell", "King Seongdeok’s Bell at Gyeongju, 771"],
    running=[],
    intro=("Cast in the kingdom of Silla more than twelve centuries ago, the bronze bell of King Seongdeok is "
           "the largest surviving bell in Korea and one of the most admired anywhere. Its long, pulsing hum "
           "and its graceful decoration have made it a national treasure."),
    sections=[
        dict(label="I", title="A Son’s Vow", paras=[
            ("King Gyeongdeok of Silla ordered the bell in memory of his father, King Seongdeok, who had died "
             "in 737. The work proved far harder than expected, and Gyeongdeok himself died before it was "
             "done. His young son, King Hyegong, saw it finished in 771 and hung at Bongdeok temple near the "
             "capital, Gyeongju."),
            ("An inscription of more than a thousand Chinese characters cast into the bronze explains these "
             "events and praises the sound of the bell as the voice of the Buddha’s teaching, able to wake "
             "people from ignorance."),
        ]),
        dict(label="II", title="Struck from Outside", paras=[
            ("Like other Korean temple bells, it has no clapper. A monk swings a heavy wooden beam on ropes "
             "against a round striking pad on the side, and the bell answers with a deep note that rises and "
             "falls in waves for more than a minute."),
            ("On top, beside the loop in the shape of a dragon that holds it, stands a hollow tube found on "
             "Korean bells but not on those of China or Japan. Scholars still debate whether it was meant to "
             "shape the sound or simply to honour a legend about a magical flute."),
            ("The bell is about three point seven metres tall and weighs roughly nineteen tonnes. Kneeling "
             "heavenly figures holding incense burners float around its waist, and four square panels near "
             "the shoulder each carry nine raised bosses."),
            ("Founding so large a bell in a single pour was a feat for any age. Craftsmen had to melt the "
             "bronze in several furnaces at once and guide it into a clay mould buried in the ground, and the "
             "inscription records that earlier attempts had failed."),
        ]),
        dict(label="III", title="A Story Told by Its Sound", paras=[
            ("A famous folk tale claims that the casting failed again and again until a poor woman’s child was "
             "thrown into the molten metal, and that the bell still cries emille, an old word for mother. "
             "Chemical analysis has found no trace of such a sacrifice, and historians believe the story was "
             "told much later."),
            ("Visitors today hear recordings instead of a live stroke. Acoustic studies in the 1990s and 2000s "
             "measured the bell’s partials in detail, and casts made from careful scans have been used to "
             "test how Silla founders achieved such an even wall thickness."),
            ("The bell moved several times after its temple was lost to floods. It hung by the south gate of "
             "Gyeongju for centuries and was taken into the museum in 1915. Since 1975 it has hung in the "
             "grounds of the Gyeongju National Museum, where it is no longer struck regularly in order to "
             "protect the bronze."),
        ]),
    ],
    caption=dict(position=None, text="Rubbing of a flying heavenly figure from the bell’s waist, made in 1961.",
                 credit="Hallam House Museum of Asian Art, bequest of Dr Edith Moreland; HH 1978.220"),
    sidebar=dict(title="Listening to the Beat", paras=[
        ("The pulsing quality of the bell’s tone comes from two partials that lie very close together. As "
         "they drift in and out of step the sound seems to breathe, a slow beat that Korean listeners prize "
         "as the mark of a great bell."),
    ]),
    footnotes=["Silla united most of the Korean peninsula in the 660s and ruled it until 935.",
               "The inscription is often credited to the official Kim Pil-oh."],
    cap_section=2,
    hidden_note="Check weight against 2018 survey before printing.",
    ins_text="roughly ",
    del_text="exactly ",
)

# ---------------------------------------------------------------- 6 Mechelen (HTML)
EX["mechelen_carillon_school_1922"] = dict(
    kind="html",
    kicker="Online exhibition · Bells and Towers",
    title_lines=["Monday Evenings in Mechelen", "Jef Denyn and the First Carillon School, 1922"],
    running=[],
    intro=("Every summer Monday for half a century, crowds filled the streets below St Rumbold’s tower in "
           "Mechelen to hear one man play its bells. In 1922 that player, Jef Denyn, opened a school so that "
           "others could learn to do the same."),
    sections=[
        dict(label="Room 1", title="A Carillonneur’s Son", paras=[
            ("Jef Denyn was born in Mechelen in 1862 and succeeded his father Adolf as city carillonneur in "
             "1887. The instrument in the cathedral tower was one of the finest in Belgium, with bells by the "
             "Hemony brothers and other Low Countries founders, but playing it was heavy physical labour."),
            ("The old keyboard connected each wooden baton to its clapper by a loose chain of wires and levers, "
             "so a player could do little more than strike hard or not at all. Denyn rebuilt the action with "
             "tensioned wires and counterweights, and for the first time a carillonneur could play softly as "
             "well as loudly, and quickly enough to shape a melody."),
            ("His improvements spread quickly. Founders and tower builders in Belgium and the Netherlands "
             "copied the new action, and the design became the pattern for carillon keyboards everywhere."),
        ]),
        dict(label="Room 2", title="Concerts for the Town", paras=[
            ("From 1892 Denyn gave evening recitals on summer Mondays. Listeners gathered in the squares and "
             "gardens around the tower, and trains brought visitors from Antwerp and Brussels. He played folk "
             "songs, arrangements of piano pieces and music written specially for the bells, and he "
             "often improvised short interludes between the pieces."),
            ("Among the listeners were Americans and Britons who went home determined to build carillons of "
             "their own. The writer William Gorham Rice published books praising the bells of the Low "
             "Countries, and after the First World War new instruments were ordered for churches and "
             "universities across the United States."),
            ("The First World War silenced many Belgian towers. Some bells were damaged by shelling, and "
             "during the occupation the Mechelen recitals could not continue as before. When peace came, the "
             "Monday concerts returned and the crowds with them."),
        ]),
        dict(label="Room 3", title="The School Opens", paras=[
            ("Those new towers needed players. With money raised partly by American friends of Belgium, "
             "Denyn opened the Mechelen carillon school in 1922, the first of its kind anywhere. Students "
             "studied playing, harmony, composition and the care of bells and tower mechanisms."),
            ("Pupils came from the Netherlands, Britain and North America. Kamiel Lefévere, Denyn’s assistant, "
             "crossed the Atlantic in 1927 to play the great carillon at Riverside Church in New York, and "
             "many of the school’s graduates took charge of instruments abroad."),
            ("Denyn died in 1941. The school was later named after him and still teaches today, with its own "
             "practice keyboards and a small tower of bells in the centre of the town. Its students still give "
             "recitals from St Rumbold’s tower, and the Monday evening tradition that Denyn began continues."),
            ("Teaching at the school followed Denyn’s own style, with careful attention to touch, so that "
             "fast passages would not blur in the resonance of the largest bells."),
        ]),
    ],
    caption=dict(position=None, text="Jef Denyn at the keyboard of St Rumbold’s carillon, about 1925.",
                 credit="Photograph lent by the Carillon Archive, Leuven; CAL P-0931"),
    sidebar=dict(title="Did You Know?", paras=[
        ("A carillon must have at least twenty-three bells, enough for two octaves played from a keyboard. "
         "Smaller sets played by clockwork or by hand are called chimes."),
    ]),
    cap_section=1,
    key_dates=[("1862", "Denyn born"), ("1887", "city carillonneur"), ("1892", "Monday concerts begin"),
               ("1922", "school opens"), ("1941", "Denyn dies")],
    quote=("The bells are the only instrument that a whole town hears at once.", "— attributed to a pupil, 1930"),
)


def gold(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=e["intro"])])]
    for s in e["sections"]:
        secs.append(dict(label=s["label"], title=s["title"],
                         blocks=[dict(kind="paragraph", text=p) for p in s["paras"]]))
    c = e["caption"]
    secs[e.get("cap_section", len(e["sections"]))]["blocks"].append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    return dict(title=title, running=e["running"], sections=secs)


def para_words(name):
    g = gold(name)
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    for n in EX:
        print(n, para_words(n))
