"""All texts of set 58 and the gold JSON writer.

Every exhibit is a dict.  Gold = title section (intro), labelled sections
(paragraphs + optional caption), sidebar section (label None).  Everything
under 'extra' is printed in the document but is NOT gold.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

EX = {}

# ---------------------------------------------------------------- cartography
EX["cassini_map_1756"] = dict(
    kind="pdf",
    title_lines=["Measuring the Kingdom", "The Cassini Map of France, 1756"],
    running=["Measuring the Kingdom", "Varennes Map Room \u00b7 Catalogue of the Survey Galleries", "14", "15"],
    intro=("Between the 1740s and the 1780s four generations of one family turned France into a network of "
           "measured triangles. Their map, published sheet by sheet from 1756, was the first to show a whole "
           "kingdom at one scale, built on geometry rather than on the reports of travellers."),
    sections=[
        dict(label="2.1", title="A Family of Astronomers", kicker="The framework",
             paras=[
                 "Giovanni Domenico Cassini came to Paris from Bologna in 1669 at the invitation of Colbert, the chief "
                 "minister of Louis XIV, and became the first director of the new Royal Observatory. He and his son "
                 "Jacques spent decades measuring the meridian that runs through Paris, using chains of triangles to "
                 "find the length of a degree of latitude and, with it, the size and shape of the Earth.",
                 "Their work had a practical side. If the distance between two church towers was known exactly, the "
                 "angles from each of them to a third point fixed its position without anyone walking there, and every "
                 "new triangle could lean on the one before. By 1744 the grandson, C\u00e9sar-Fran\u00e7ois Cassini de "
                 "Thury, had finished a framework of some eight hundred triangles covering the whole country.",
             ]),
        dict(label="2.2", title="The Map Begins", kicker="The sheets",
             paras=[
                 "Louis XV is said to have been shown a trial sheet after the battle of Fontenoy in 1745 and to have "
                 "asked for the whole kingdom to be drawn in the same way. Cassini de Thury chose a scale of one line "
                 "to a hundred toises, about 1:86,400, which divided France into 180 rectangular sheets. Engineers went "
                 "out in pairs with graphometers and notebooks, sketching roads, rivers, villages and windmills between "
                 "the fixed points of the triangulation.",
                 "Money was the constant problem. The treasury withdrew its support in 1756, soon after the first sheets "
                 "appeared, and Cassini formed a private company of fifty subscribers, among them Madame de Pompadour, "
                 "to pay for the rest. Each sheet was engraved on copper and sold on its own, and local officials were "
                 "asked to check the spelling of place names before it went to the printer.",
             ],
             caption=dict(text="Sheet 1, Paris, first issued in 1756, engraved on copper and printed in black.",
                          position=None, credit="Biblioth\u00e8que de Vauclair, Cartes 4.118")),
        dict(label="2.3", title="Revolution and Completion", kicker="The legacy",
             paras=[
                 "C\u00e9sar-Fran\u00e7ois died of smallpox in 1784 with the work nearly done, and his son "
                 "Jean-Dominique, the fourth Cassini, saw the last sheets through the press. In 1793 the revolutionary "
                 "government seized the copper plates and the company's stock as a matter of national defence, and the "
                 "map passed to the army's D\u00e9p\u00f4t de la Guerre.",
                 "Its gaps soon showed. The sheets were strong on roads and settlements but weak on relief, with hills "
                 "drawn as rows of shaded mounds that gave no heights, and in the nineteenth century the army replaced "
                 "it with the \u00c9tat-Major map at 1:80,000. Yet the Cassini framework became the model for national "
                 "surveys elsewhere, among them the triangulation that joined Paris to Greenwich in 1787.",
             ],
             caption=dict(text="Graphometer with two sighting arms, of the kind carried by the field engineers, French, about 1760.",
                          position=None, credit="Lent by the Mus\u00e9e Delorme de l\u2019Arpentage, MDA 1127")),
    ],
    sidebar=dict(title="Reading a Cassini Sheet", paras=[
        "Look for the small signs that the engineers repeated across the country: a cross for a church, a toothed "
        "wheel for a watermill, a post with sails for a windmill and a gallows for a place of justice. Forests are "
        "drawn as rows of tiny trees and marshes as short level strokes. There are no contour lines at all. Some "
        "sheets were later coloured by hand, and copies made for the army often carry pencilled notes on bridges and fords."]),
    extra=dict(pull="\u201cA kingdom drawn to one scale, from one set of angles.\u201d",
               footnote="* A toise was a little under two metres; a line was one-twelfth of an inch, so one line on the sheet stood for 100 toises on the ground.",
               chapter="Chapter 2 \u00b7 Triangles"),
)

EX["great_arc_1802"] = dict(
    kind="pdf",
    title_lines=["Measuring an Arc of the Earth", "The Great Trigonometrical Survey of India, 1802"],
    running=["Chandler Hall of Geography", "Page 1 of 2", "Page 2 of 2"],
    intro=("On 10 April 1802 an infantry officer named William Lambton began to measure a straight line across the "
           "plain near Madras. From that baseline grew a survey that took most of the nineteenth century, measured "
           "the curve of the Earth along the length of India and gave the highest mountain in the world its height."),
    sections=[
        dict(label="Part One", title="The Baseline at Madras",
             paras=[
                 "Lambton had served in North America and learned surveying there. In India he persuaded the East India "
                 "Company that an accurate triangulation would serve both science and government, and in 1802 he laid "
                 "out a baseline of about twelve kilometres near St Thomas's Mount, using a steel chain a hundred feet "
                 "long that rested in wooden coffers and was corrected each day for the heat.",
                 "From the ends of the line his team measured angles to distant hilltops and temple towers with a great "
                 "theodolite weighing about half a tonne, built in London by William Cary. The instrument needed a dozen "
                 "men to carry it, and in 1808 it was dropped while being hoisted up the tower of the temple at Thanjavur; "
                 "Lambton spent six weeks mending it himself.",
             ],
             caption=dict(text="A surveyor's steel measuring chain of the Indian pattern, with brass handles and tallies.",
                          position="Left", credit="Chandler Hall of Geography, CHG 1911.204")),
        dict(label="Part Two", title="The Great Arc",
             paras=[
                 "Lambton's chief aim was the Great Arc, a line of triangles running north from the southern tip of "
                 "India along a single meridian. By measuring the length of each degree of latitude along it, surveyors "
                 "could work out how much the Earth bulges at the equator. He carried it through the forests and fevers "
                 "of central India for twenty years and died on the march in 1823, by then in his seventies.",
                 "His successor, George Everest, was a stern and quarrelsome man but a careful one. He brought new "
                 "instruments from England, trained Indian computers to handle the endless calculations and pushed the "
                 "arc north to the foothills of the Himalaya by 1841. On the flat plains of the north, masonry towers "
                 "were built so that observers could see over the haze and the trees, and signal lamps let them work "
                 "at night.",
             ],
             caption=dict(text="Signal lamp used for night observations between survey towers, brass and glass, about 1840.",
                          position="Right", credit="Lent by the Dalhousie Instrument Trust, DIT 88/5")),
        dict(label="Part Three", title="Peak Fifteen",
             paras=[
                 "Under Everest's successor, Andrew Waugh, the survey turned to the distant snow peaks of Nepal, which "
                 "foreigners were not allowed to enter. The observations were taken from stations on the plains more "
                 "than a hundred miles away, and in 1852 the chief computer, Radhanath Sikdar, worked out that the "
                 "mountain listed as Peak XV was higher than any other then known.",
                 "Waugh announced the result in 1856, with a height of 29,002 feet, and proposed naming the peak after "
                 "his old chief, although Everest himself objected that the name could not easily be written or spoken "
                 "in the languages of India. Modern measurements differ from Waugh's figure by only a few dozen feet. The "
                 "survey went on mapping India well into the twentieth century, and its stone markers still stand on hilltops "
                 "in the south.",
             ]),
    ],
    sidebar=dict(title="Human Computers", paras=[
        "In the survey offices at Dehra Dun and Calcutta, rows of clerks worked through tables of logarithms by hand, "
        "and each result was worked a second time by someone else. They were called computers, a word that then meant "
        "a person who computes, and the best of them, like Sikdar, were gifted mathematicians."]),
    extra=dict(pull="\u201cA chain, a theodolite and sixty years of patience.\u201d"),
)

# ---------------------------------------------------------------- sport
EX["tour_de_france_1903"] = dict(
    kind="pdf",
    title_lines=["The Great Loop", "The First Tour de France, 1903"],
    running=["Hall of the Road \u00b7 Cycling Gallery", "Peloton House Museum of Cycling"],
    intro=("In July 1903 sixty riders left a caf\u00e9 outside Paris to race right round France. The event was "
           "invented to sell a newspaper, and nearly everything about it, from the night riding to the cheating, "
           "became part of the legend of the most famous bicycle race in the world."),
    sections=[
        dict(label="A", title="A Newspaper War",
             paras=[
                 "At the turn of the century two Paris sports papers fought for readers. Le V\u00e9lo, printed on green "
                 "paper, was the older and larger; L'Auto, printed on yellow, had been founded in 1900 by backers who had "
                 "quarrelled with the editor of Le V\u00e9lo over the Dreyfus affair. Its own editor, Henri Desgrange, "
                 "needed a stunt that would make his paper the one that cyclists bought.",
                 "The idea of a race around the whole country came from a young journalist, G\u00e9o Lef\u00e8vre, at a "
                 "lunch in November 1902. Desgrange was doubtful at first, but the paper's accountant backed the plan, "
                 "and on 19 January 1903 L'Auto announced a race in six stages of about 2,400 kilometres, with prize "
                 "money far larger than any other event offered.",
             ]),
        dict(label="B", title="Six Stages, Day and Night",
             paras=[
                 "Entries came in slowly, so the organisers cut the event from five weeks to nineteen days and paid a "
                 "daily allowance to riders who finished each stage at a set average speed. On 1 July sixty men started "
                 "from the Caf\u00e9 au R\u00e9veil-Matin at Montgeron. The stages ran to Lyon, Marseille, Toulouse, "
                 "Bordeaux, Nantes and back to Paris, and several were longer than 400 kilometres, so the riders set off "
                 "before dawn or pedalled on through the night.",
                 "They rode heavy single-speed bicycles on roads of dust and stone, mended their own punctures and were "
                 "forbidden help from pacers for most of the route. Checkpoints where each rider signed his name were set "
                 "up to stop anyone taking the train, and a rider who dropped out of a stage could start the next one, "
                 "though he lost his place in the race as a whole.",
             ],
             caption=dict(text="A racing bicycle of about 1903 with wooden rims and a single fixed gear; it weighs about 14 kilograms.",
                          position="Right", credit="Lent by the Cercle V\u00e9lo d\u2019Hazebrouck, CVH 1903.4")),
        dict(label="C", title="The Chimney Sweep Wins",
             paras=[
                 "The winner was Maurice Garin, a small Italian-born rider who had worked as a chimney sweep as a boy. "
                 "He won the first stage and led from start to finish, reaching the Parc des Princes on 19 July almost "
                 "three hours ahead of the second man. Only twenty-one riders completed the full course, and the prize money "
                 "he took home came to several years' wages for a working man.",
                 "Sales of L'Auto more than doubled during the race, and within a few years Le V\u00e9lo had closed. The "
                 "second Tour, in 1904, was spoiled by crowds who blocked the roads and beat rival riders, and by cheating "
                 "so widespread that the first four finishers, Garin among them, were later disqualified. Desgrange kept "
                 "the race going all the same, and it has been held every year since, except in wartime.",
             ]),
    ],
    sidebar=dict(title="Why Yellow?", paras=[
        "There was no yellow jersey in 1903; the first was worn in 1919. Its colour is usually said to come from the "
        "paper that L'Auto was printed on, a nod to the newspaper that had invented the race sixteen years before. "
        "Other jerseys came later: green for the points leader and white with red spots for the best climber."]),
    extra=dict(pull="\u201cRoads of dust and stone, and nineteen days to cross them.\u201d", number="07",
               stages=[("1", "Paris \u2013 Lyon", "467 km"), ("2", "Lyon \u2013 Marseille", "374 km"),
                       ("3", "Marseille \u2013 Toulouse", "423 km"), ("4", "Toulouse \u2013 Bordeaux", "268 km"),
                       ("5", "Bordeaux \u2013 Nantes", "425 km"), ("6", "Nantes \u2013 Paris", "471 km")]),
)

EX["boat_race_1829"] = dict(
    kind="docx",
    title_lines=["Dark Blue, Light Blue", "The First University Boat Race, 1829"],
    running=["Marlow Reach Rowing Collection \u00b7 Long Room"],
    intro=("On 10 June 1829 two eight-oared boats raced on the Thames at Henley, one crewed by Oxford men and the "
           "other by Cambridge. Oxford won easily, and from that single wager grew a contest that still draws crowds to "
           "the riverbank every spring."),
    sections=[
        dict(label="1", title="A Challenge Between Friends",
             paras=[
                 "The race was the idea of two old school friends from Harrow, Charles Merivale of St John's College, "
                 "Cambridge, and Charles Wordsworth of Christ Church, Oxford, a nephew of the poet. In March 1829 "
                 "Cambridge sent a formal challenge to Oxford to row a match at or near London during the Easter vacation.",
                 "Neither university had a boat club of the kind that exists today. The crews were made up of the keenest "
                 "college oarsmen, who paid their own costs, and the eight men in each boat sat on fixed wooden seats and "
                 "pulled long, heavy oars of ash.",
                 "The date and the place took weeks to settle, and in the end the crews met at Henley-on-Thames in June. "
                 "Wordsworth rowed in the Oxford boat, whose crew wore dark blue; Cambridge is said to have taken its "
                 "lighter blue later, from a ribbon tied to the bow of its boat in 1836.",
             ]),
        dict(label="2", title="Henley, 1829",
             paras=[
                 "Some twenty thousand people are said to have lined the river that evening. After a false start, when "
                 "the boats fouled each other, the race was rowed again over a course of a little more than two miles "
                 "upstream from Hambleden Lock to Henley Bridge. Oxford pulled ahead and won by several lengths in about "
                 "fourteen and a half minutes.",
                 "Bands played on the bank and the inns of the town did a roaring trade. The success of the day led in "
                 "time to the founding of Henley Regatta in 1839, once the townspeople had seen how many visitors a race "
                 "on their long straight stretch of river could bring.",
             ],
             caption=dict(text="An oar blade painted in Oxford dark blue, said to come from an early college eight.",
                          position=None, credit="Lent by the Medmenham Boathouse Trust, MBT 1829/2")),
        dict(label="3", title="From Henley to the Tideway",
             paras=[
                 "The second race was not held until 1836, this time on the tidal Thames from Westminster to Putney, and "
                 "after some irregular years it became an annual event in 1856. Since 1845 it has usually been rowed on "
                 "the Championship Course from Putney to Mortlake, four and a quarter miles of winding tideway whose bends "
                 "favour first one boat and then the other. The crew that wins the toss chooses which side of the river to "
                 "start from.",
                 "The race has had its share of drama. Cambridge sank in 1859 and again in 1978, both boats went down in "
                 "1912, and in 1877 the judge, an elderly waterman, declared a dead heat. A women's race began in 1927, "
                 "and since 2015 the women's crews have rowed the same course on the same day as the men. Today about a quarter "
                 "of a million people watch from the banks, and millions more on television.",
             ]),
    ],
    sidebar=dict(title="The Boats Today", paras=[
        "Each crew has eight rowers and a cox, and the boats are now built of carbon fibre rather than cedar. The course "
        "is about 6.8 kilometres long, and the fastest crews cover it in a little over sixteen minutes. Crews train for "
        "six months for a race that is over in less than twenty."]),
    extra=dict(hidden=" [Editor: check the crowd figure against the Reading Mercury report.]",
               kicker="Gallery 3 \u00b7 Races and Regattas"),
)

# ---------------------------------------------------------------- food and farming
EX["broadbalk_wheat_1843"] = dict(
    kind="pdf",
    title_lines=["Wheat Without End", "The Broadbalk Experiment, 1843"],
    running=["Lowmead Museum of Rural Life"],
    intro=("Since the autumn of 1843 winter wheat has been sown on the same field at Rothamsted in Hertfordshire "
           "almost every year. Broadbalk is the oldest continuous farming experiment in the world, and its long record "
           "has answered questions that its founders never thought to ask."),
    sections=[
        dict(label="1", title="A Landowner and a Chemist",
             paras=[
                 "John Bennet Lawes inherited the Rothamsted estate in 1834 and turned a barn into a laboratory. He found "
                 "that bones treated with sulphuric acid made a strong fertiliser, patented the process in 1842 and opened "
                 "a factory at Deptford to make superphosphate, the first artificial manure sold on a large scale.",
                 "In 1843 he took on Joseph Henry Gilbert, a young chemist who had studied under Justus von Liebig in "
                 "Germany, and the two worked together for nearly sixty years. Liebig argued that crops needed only "
                 "minerals from the soil and drew their nitrogen from the air; Lawes and Gilbert set out to test that "
                 "claim in the field rather than the laboratory.",
                 "Neighbours thought the plan odd, since no sensible farmer would grow the same crop on the same ground two "
                 "years running. That was the point: by growing wheat again and again on one field, the effect of each "
                 "treatment could be seen without the confusion of a rotation.",
             ]),
        dict(label="2", title="Strips Across a Field",
             paras=[
                 "Broadbalk was divided into long strips, each given the same treatment year after year: no manure at all, "
                 "farmyard manure, or different mixtures of mineral salts with and without nitrogen. Wheat was sown across "
                 "all of them, and the grain and straw from each strip were weighed at harvest. Within a few seasons the "
                 "answer was plain. The mineral plots yielded little more than the unmanured strip unless nitrogen was "
                 "added, and Liebig had been wrong.",
                 "Lawes placed the estate and its laboratory in a trust in 1889 so that the work would outlive him. "
                 "Samples of grain, straw and soil from every harvest were dried, sealed in glass jars and stored, and the "
                 "archive now holds hundreds of thousands of them. Scientists can still ask for a sample from any year.",
             ]),
        dict(label="3", title="Answers to New Questions",
             paras=[
                 "The stored samples have been put to uses no Victorian could have imagined. Chemists have measured in them "
                 "the rise of sulphur from coal smoke and its fall after the clean air laws, the spread of lead from petrol "
                 "and the traces of fallout from nuclear weapons tests in the 1950s and 1960s.",
                 "The field itself has changed with farming. Short-strawed varieties replaced tall ones in the 1960s, "
                 "sprays replaced hand weeding, and one end of the field was left unharvested in 1882 to run wild, where it "
                 "has grown into woodland. The best plots now yield about ten times as much as the unmanured strip, which "
                 "still gives a small crop every year after more than 180 harvests.",
             ],
             caption=dict(text="A sealed jar of Broadbalk grain from the 1868 harvest, one of many kept in the estate archive.",
                          position="Above", credit="Lent by the Lowmead Agricultural Trust, LAT/S 1868.22")),
    ],
    sidebar=dict(title="Visiting the Field", paras=[
        "Broadbalk lies beside a public footpath and can be seen from its edge at any time of year. Please keep to the "
        "path: the plots are still harvested, and a single footprint can spoil a sample. Guided walks leave the museum "
        "on the first Saturday of each month from May to September."]),
    extra=dict(table=[("Founders", "J. B. Lawes and J. H. Gilbert"), ("First sown", "Autumn 1843"),
                      ("Crop", "Winter wheat"), ("Wild end", "Left to grow since 1882")],
               table_title="Broadbalk at a glance",
               fold_note="Fold along the dotted line to stand the card on a table"),
)

EX["birdseye_frozen_food_1930"] = dict(
    kind="html",
    title_lines=["Fresh from the Freezer", "Clarence Birdseye and Frosted Foods, 1930"],
    running=[],
    intro=("In March 1930 shoppers in Springfield, Massachusetts, found a new kind of cabinet in eighteen grocery "
           "stores, filled with packets of frozen peas, spinach, berries, fish and meat. The man behind them had learned "
           "his method from fishermen in the far north."),
    sections=[
        dict(label="Case 1", title="Ice Fishing in Labrador",
             paras=[
                 "Clarence Birdseye, born in Brooklyn in 1886, left college for lack of money and worked as a naturalist "
                 "for the United States government. Between 1912 and 1915 he spent long spells in Labrador trading furs, "
                 "and there he watched Inuit fishermen pull fish through holes in the ice. In air far below zero the fish "
                 "froze almost at once, and when they were thawed months later they tasted nearly fresh. He was later joined "
                 "there by his wife and their baby son.",
                 "Food had been frozen before, but slowly, in cold stores where large ice crystals formed inside the flesh "
                 "and broke the cells apart. When such food thawed it turned soft and watery, and frozen meat and fish had "
                 "a poor name. Birdseye saw that the speed of freezing, not the cold itself, made the difference.",
             ]),
        dict(label="Case 2", title="Plates and Packets",
             paras=[
                 "Back in the United States he experimented with an electric fan, buckets of brine and ice, and later with "
                 "machines of his own design. His most important invention pressed food in flat cartons between hollow "
                 "metal plates chilled by a refrigerant, so that a whole package froze solid in an hour or two. Each carton "
                 "came out as a neat hard block that could be stacked and shipped. In 1924 he "
                 "founded a company to freeze fish fillets this way, and soon moved it to Gloucester, Massachusetts.",
                 "The business struggled until 1929, when the Postum Company and the bankers Goldman Sachs bought his "
                 "patents and trademarks for about twenty-two million dollars. The new owners renamed themselves General "
                 "Foods and launched the Birds Eye brand, splitting the surname of the inventor into two words. Birdseye "
                 "stayed on as a consultant and went on inventing.",
             ],
             caption=dict(text="A waxed-card packet for frozen peas printed with the Birds Eye name, about 1935.",
                          position="Below", credit="Collection of the Kettering Pantry Museum, KPM 2290")),
        dict(label="Case 3", title="A Cold Welcome",
             paras=[
                 "The Springfield test was no instant success. Frozen food cost more than canned, few grocers would pay for "
                 "the refrigerated cabinets, and almost no homes had a freezer to keep the packets in. Birds Eye leased "
                 "display cases to shops at low rents and sold to restaurants and railways while shoppers slowly came round.",
                 "The Second World War changed the picture. Tin was needed for the war, and frozen food came in paper "
                 "cartons rather than cans, so sales grew quickly. After the war refrigerators with small freezer "
                 "compartments became common in homes, and by the 1950s frozen foods filled long aisles in supermarkets on "
                 "both sides of the Atlantic. British shoppers met Birds Eye fish fingers in 1955.",
             ]),
    ],
    sidebar=dict(title="More Than Peas", paras=[
        "Birdseye took out nearly three hundred patents in his life, for things as different as a harpoon for marking "
        "whales and an infrared heat lamp. He died in 1956. His way of freezing food quickly between cold plates is still "
        "used in factories today, where it is called plate freezing. The family story holds that an ancestor earned the "
        "name by shooting a hawk through the eye."]),
    extra=dict(sidenote="Birdseye wrote that the fish, once thawed, were 'as fresh as the day they were caught'.",
               kicker="Kitchen Gallery \u00b7 Keeping Food"),
)


def title_of(ex):
    return " ".join(ex["title_lines"])


def gold(ex):
    secs = [dict(label=None, title=title_of(ex), blocks=[dict(kind="paragraph", text=ex["intro"])])]
    for s in ex["sections"]:
        blocks = [dict(kind="paragraph", text=p) for p in s["paras"]]
        if s.get("caption"):
            c = s["caption"]
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = ex["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    return dict(title=title_of(ex), running=list(ex["running"]), sections=secs)


def gold_text(name):
    return json.dumps(gold(EX[name]), ensure_ascii=False, indent=2) + "\n"


def para_words(name):
    g = gold(EX[name])
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    for name in EX:
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            f.write(gold_text(name))
        print(f"{name}: {para_words(name)} paragraph words")
