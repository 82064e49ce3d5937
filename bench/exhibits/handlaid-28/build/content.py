# All texts of the r24 hand-laid exhibit set. Written for this set.
# Marks: "|" = planned interruption point (caption / page or column break), "^x^" = glued note mark.
import re


def gold_text(s):
    s = s.replace("|", "")
    s = re.sub(r"\^[^^]*\^", "", s)
    return re.sub(r"\s+", " ", s).strip()


def print_text(s):
    s = s.replace("|", "")
    s = re.sub(r"\^([^^]*)\^", r"\1", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- 1 grace darling (tri-fold brochure)
GRACE = dict(
    name="grace_darling_1838",
    kicker="LIGHTHOUSE LEAFLET No. 5",
    title_lines=["A Rescue", "at Dawn:", "Grace Darling, 1838"],
    intro=("Before daybreak on 7 September 1838 a lighthouse keeper and his daughter rowed out through a "
           "gale to a wrecked steamship. This leaflet follows the Darlings from the Longstone rock to the "
           "fame that followed them for the rest of their lives."),
    cover_caption=dict(position="Above", text="The Longstone lighthouse from the south-west, with the keepers’ cottage at its foot.",
                       credit="Photo: Alnmouth Coastal Archive, ACA 1977.031"),
    sections=[
        dict(label="1", title="The Keeper’s Daughter", paras=[
            "Grace Horsley Darling was born in Bamburgh in November 1815, the seventh of nine children of "
            "William Darling, a lighthouse keeper. When she was ten the family moved to the new light on "
            "Longstone, one of the outermost of the Farne Islands, where the lamp room stood above a "
            "cramped cottage built into the tower.",
            "Life on the rock was governed by the lamp. Wicks had to be trimmed, the reflectors polished and "
            "the oil carried up the stair every evening. Grace learned to keep the log, to read the "
            "weather and to handle the heavy rowing coble that was the family’s only link with the mainland.",
        ]),
        dict(label="2", title="The Wreck of the Forfarshire", paras=[
            "The paddle steamer Forfarshire left Hull for Dundee on 5 September with about sixty people on "
            "board. Her boilers were leaking, and off the Northumberland coast they failed altogether. "
            "Without power, the ship was driven south by a northerly storm, and at about four in the morning "
            "she struck Big Harcar, a low rock half a mile from the lighthouse, and broke in two.",
            "The stern half sank at once, taking most of the passengers with it. Nine people clung to the "
            "bow section and to the rock itself. From her window Grace saw them at first light, when the "
            "tide and the waves still made the passage look impossible for a small boat with only two "
            "people at the oars, and |her father agreed that they must try.",
        ]),
        dict(label="3", title="Two Trips in the Coble", paras=[
            "They took the long way round, keeping in the lee of the islands, a row of nearly a mile. Grace "
            "held the boat off the rock while her father leapt ashore. Five survivors were taken back to the "
            "lighthouse, and two of the rescued crewmen then returned with William to bring off the rest.",
            "A lifeboat from North Sunderland, crewed partly by Grace’s brother William, arrived later and "
            "found the rock already cleared. Its men were stranded on Longstone by the storm for two days, "
            "crowded into the cottage with the survivors.",
        ]),
        dict(label="4", title="A Reluctant Heroine", paras=[
            "News of the rescue spread quickly. Newspapers printed breathless accounts, painters sailed out to "
            "make her portrait, and visitors paid boatmen to take them round the rock in the hope of a "
            "glimpse of her. Gifts and letters arrived by every post, and the Duke of Northumberland became "
            "her guardian to manage the money that was raised.",
            "Grace herself disliked the attention. She stayed on Longstone and went on with her duties. In "
            "1842 she fell ill with tuberculosis and died in Bamburgh that October, aged twenty-six.",
        ]),
    ],
    back=dict(label=None, title="The Boat and the Legend", paras=[
        "The coble used in the rescue survives and is displayed in Bamburgh, a short walk from the "
        "churchyard where Grace is buried beneath a canopied monument. The story was retold in songs, "
        "plates and school readers for a century, and lifeboat crews still name the rescue when they "
        "speak of courage at sea.",
    ]),
    inside_caption=dict(position="Left", text="The family’s coble, twenty-one feet long, rowed by two people with four oars.",
                        credit="Courtesy of the Seahouses Boatbuilding Society"),
    pullquote="“Nine lives, one small boat, and a sea no pilot would have crossed.”",
    footer="Bamburgh Lifeboat Heritage Trust – Leaflet 5",
    address=["Bamburgh Lifeboat Heritage Trust", "Radcliffe Wynd, Bamburgh", "Open April to October"],
)

# ---------------------------------------------------------------- 2 difference engine (catalogue, marginal notes)
ENGINE = dict(
    name="difference_engine_1822",
    kicker="CATALOGUE OF THE CALCULATING ROOM",
    title_lines=["Engines of Number:", "Charles Babbage’s", "Difference Engine"],
    intro=("In 1822 Charles Babbage told the Astronomical Society that tables of numbers could be calculated "
           "and printed by machinery. The engines he spent the next fifty years designing were never finished "
           "in his lifetime, yet they remain among the most ambitious mechanical projects of the century."),
    sections=[
        dict(label="CASE 1", title="Errors in the Tables", paras=[
            "Navigators, surveyors and insurers relied on printed tables of logarithms, tides and annuities. "
            "Each figure was worked out by hand by clerks known as computers, copied by a writer and set in "
            "type by a compositor, and mistakes could creep in at every stage. A wrong entry in a "
            "navigation table could put a ship on the rocks.",
            "Babbage, a wealthy mathematician, saw that many tables could be built up by the method of "
            "differences, which needs nothing but repeated addition.^*^ Addition could be done by wheels and "
            "carrying levers, and a machine that also set its results in type would remove the copying errors "
            "as well.",
        ]),
        dict(label="CASE 2", title="Government Money and a Workshop", paras=[
            "In 1823 the Treasury agreed to support the work, and Babbage employed the engineer Joseph "
            "Clement to make the parts. Clement’s workshop developed new machine tools to produce thousands "
            "of identical brass and steel pieces, and the project pushed precision engineering forward even "
            "as it fell behind schedule.",
            "Costs rose and quarrels grew. In 1832 Clement assembled a small demonstration section, about a "
            "seventh of the whole, which worked perfectly and still does. A year later a dispute over payment "
            "for the workshop stopped the work for good. By then the government had |spent more than "
            "seventeen thousand pounds, and in 1842 it formally withdrew.",
        ]),
        dict(label="CASE 3", title="The Analytical Engine", paras=[
            "Babbage had already moved on. His Analytical Engine, designed from 1834, was to be controlled by "
            "punched cards borrowed from the Jacquard loom, with a store to hold numbers and a mill to "
            "operate on them. It could repeat steps and choose between courses of action, features that "
            "later writers would recognise in the electronic computer.",
            "Ada Lovelace translated an Italian account of the engine in 1843 and added notes three times "
            "longer than the original. Her last note set out how the machine could compute Bernoulli "
            "numbers, and she suggested it might one day act on symbols other than numbers.",
        ]),
        dict(label="CASE 4", title="Built at Last", paras=[
            "In 1991, for the bicentenary of Babbage’s birth, engineers completed Difference Engine No. 2 "
            "from his later drawings, using only tolerances that a nineteenth-century workshop could have "
            "achieved. It worked, and its printer followed some years afterwards. The machine proved that "
            "the design was sound and that the failure had been one of money and management.",
        ]),
    ],
    caption=dict(position="Below", text="The demonstration section assembled by Clement’s workshop in 1832.",
                 credit="Lent by the Marchmont Institution of Engineers, MIE 0412"),
    quote="“The Analytical Engine weaves algebraical patterns just as the Jacquard-loom weaves flowers and leaves.”",
    quote_attr="— Ada Lovelace, Note A, 1843",
    margin_notes=["Method of differences: see glossary", "Clement’s tools: Case 7", "Demonstration piece, 1832",
                  "Cards: compare Room 3 loom", "Completed 1991: Gallery 2"],
    footnote="* For example, the squares 1, 4, 9, 16 differ by 3, 5, 7, whose own differences are always 2.",
    header_left="Marchmont Museum of Science",
    header_right="The Calculating Room",
    folios=["88", "89"],
)

# ---------------------------------------------------------------- 3 skara brae (timeline panel)
SKARA = dict(
    name="skara_brae_1850",
    kicker="GALLERY 3 · TIMELINE PANEL",
    title_lines=["Village Under the Sand:", "Skara Brae, Orkney"],
    intro=("On the shore of the Bay of Skaill stands a cluster of stone houses older than the pyramids of "
           "Giza. They were hidden by dunes for more than four thousand years until a storm laid them bare. "
           "The timeline below follows the village from its building to its rediscovery."),
    sections=[
        dict(label="c. 3180 BC", title="Farmers Settle by the Bay", paras=[
            "Neolithic farmers built the first houses at a time when the bay was probably a freshwater loch "
            "behind a line of dunes. They kept cattle and sheep, grew barley, fished and gathered shellfish, "
            "and piled their refuse around the houses until the whole village was sunk into a mound of midden.",
        ]),
        dict(label="c. 2900 BC", title="Houses with Furniture of Stone", paras=[
            "Because Orkney had few trees, almost everything was made of flagstone, which splits into neat "
            "slabs. Each house had a central hearth, box beds on either side and a dresser facing the door. "
            "Covered passages linked the houses, and a drain ran beneath them.",
            "Stone-lined tanks set into the floors were sealed with clay and may have kept limpets fresh for "
            "bait. Beads, pots decorated with grooved patterns and carved stone balls show that the "
            "villagers had time for ornament as well as work.",
        ]),
        dict(label="c. 2500 BC", title="The Village Is Left", paras=[
            "Around this date the houses were abandoned. Older accounts imagined a sudden sandstorm that "
            "drove the people out, but the excavations suggest a gradual departure over several "
            "generations, as the climate grew cooler and wetter and sand crept steadily across the fields.",
        ]),
        dict(label="1850", title="The Storm", paras=[
            "In the winter of 1850 a great storm stripped the grass from the high dune known as Skara Brae and "
            "exposed the outlines of walls. The local laird, William Watt of Skaill, dug out four houses "
            "over the following years and kept the finds at his house nearby.",
        ]),
        dict(label="1927–1930", title="Childe’s Excavation", paras=[
            "After further storm damage, a sea wall was built and the archaeologist Gordon Childe was asked to "
            "clear the site. He recorded the houses with great care but believed them to be Pictish, until "
            "radiocarbon dating in the 1970s showed that they were some three thousand years older than he "
            "had thought.",
        ]),
    ],
    caption=dict(position="Right", text="The dresser and box beds of House 7, preserved under a modern cover.",
                 credit="Photo: Isla Flett for the Stromness Museum of Orkney Life"),
    sidebar=dict(label=None, title="A World Heritage Site", paras=[
        "Skara Brae is part of the Heart of Neolithic Orkney, listed by UNESCO in 1999 with the Ring of Brodgar, "
        "the Stones of Stenness and the tomb of Maeshowe. The sea that uncovered the village now threatens "
        "it, and the wall is checked after every winter.",
    ]),
    table_title="WHAT WAS FOUND",
    table=[("Object", "Material", "Number"), ("Beads and pendants", "bone, teeth", "about 2,400"),
           ("Carved balls", "stone", "6"), ("Pots", "grooved ware", "many sherds")],
    footer_left="Stromness Museum of Orkney Life",
    footer_right="Panel 3 of 8",
)

# ---------------------------------------------------------------- 4 mildenhall treasure (label sheet)
MILDEN = dict(
    name="mildenhall_treasure_1942",
    kicker="ROMAN SILVER · ROOM 12",
    title_lines=["Silver from the Fen:", "The Mildenhall Treasure"],
    intro=("In January 1942 a ploughman in Suffolk turned up the edge of a great silver dish. Beneath it lay "
           "some thirty pieces of late Roman tableware, the finest hoard of its kind ever found in Britain, "
           "and a story of secrecy that kept it hidden for four more years."),
    sections=[
        dict(label="A", title="Found by the Plough", paras=[
            "Gordon Butcher was ploughing a field at West Row, near Mildenhall, for a local agricultural "
            "engineer, Sydney Ford, when his blade struck metal. Ford came to help, and the two dug out dishes, "
            "bowls, spoons and ladles, all blackened with age. Ford took everything home.",
            "He seems to have believed the pieces were pewter. He cleaned them slowly and kept some on his "
            "|sideboard, where the largest dish was admired by visitors and, once, used to hold fruit at "
            "Christmas.",
        ]),
        dict(label="B", title="The Great Dish", paras=[
            "The largest piece is a platter about sixty centimetres across and weighing more than eight "
            "kilograms. At its centre is the face of a sea god with dolphins in his beard. Around him sea "
            "nymphs ride on marine creatures, and an outer frieze shows Bacchus with Hercules, satyrs and "
            "dancing maenads.",
        ]),
        dict(label="C", title="Owners in the Fourth Century", paras=[
            "The tableware was probably made around the middle of the fourth century, some of it in the "
            "eastern Mediterranean. Several spoons bear Christian symbols beside the pagan scenes on the "
            "dishes. Such a service belonged to a very wealthy household, and it may have been buried for "
            "safety during the troubles that came with the end of Roman rule.",
        ]),
        dict(label="D", title="An Inquest in 1946", paras=[
            "In 1946 a visitor recognised the silver and reported it. A coroner’s inquest declared it treasure "
            "trove, and the hoard passed to the nation. Ford and Butcher received a reward, reduced because "
            "the find had not been declared, and the pieces were conserved and put on public display.",
        ]),
    ],
    tombstones=[
        ["Great Dish", "Roman, about AD 350", "Silver, cast, chased and engraved", "Lent by the Breckland Antiquities Trust", "BAT 1946.1"],
        ["Pair of platters with Bacchic dancers", "Roman, 4th century AD", "Silver", "Lent by the Breckland Antiquities Trust", "BAT 1946.2–3"],
        ["Spoon with chi-rho monogram", "Roman, 4th century AD", "Silver", "Gift of Mrs Evelyn Rourke, 1971", "WRM 1971.40"],
    ],
    caption=dict(position="Left", text="Detail of the dancing figures around the rim of the Great Dish.",
                 credit="© Wickham Roman Museum / Pavel Sandberg"),
    header_left="Wickham Roman Museum",
    header_right="Object labels · Room 12",
    footer="Page {n} of 2",
)

# ---------------------------------------------------------------- 5 match girls (DOCX)
MATCH = dict(
    name="match_girls_strike_1888",
    kicker="EXHIBITION TEXT · DRAFT 2",
    title_lines=["Striking a Light:", "The Matchwomen of Bow, 1888"],
    intro=("In July 1888 about fourteen hundred women and girls walked out of the Bryant and May match factory "
           "in east London. Within three weeks they had won, and their strike became a landmark in the story "
           "of working women organising for themselves."),
    sections=[
        dict(label="Panel 1", title="Work at Fairfield Works", paras=[
            "The factory at Bow made safety matches and the cheaper lucifers that would strike on any rough "
            "surface. Most of the workforce were women and girls, many of them of Irish descent, who dipped, "
            "dried and boxed matches for long days at piece rates.",
            "Wages were low and were cut further by fines: for talking, for dropping matches, for going to the "
            "toilet without permission or for arriving late. Some managers struck the younger workers.",
        ]),
        dict(label="Panel 2", title="“White Slavery in London”", paras=[
            "On 23 June 1888 the journalist and campaigner Annie Besant published an article about the factory "
            "in her weekly paper, The Link, after speaking to some of the women outside the gates. The company "
            "demanded that its workers sign a statement denying the claims.",
            "When a woman was dismissed, apparently for refusing to sign, her workmates stopped work on 5 July. "
            "By the next day the whole factory was out.",
        ]),
        dict(label="Panel 3", title="Three Weeks in July", paras=[
            "The strikers marched to Besant’s office in Fleet Street, gathered support from newspapers and "
            "from the London Trades Council, and raised a strike fund from the public. A delegation of women "
            "went to Parliament to tell members about their conditions.",
            "On 16 July the company gave way. Fines were abolished, grievances could be taken directly to the "
            "management, and the women formed a union, which became the largest union of women in the country.",
        ]),
    ],
    caption=dict(position="Left", text="Matchwomen photographed outside the factory gates in the summer of the strike.",
                 credit="Courtesy of the Tower Hamlets Labour History Circle"),
    sidebar=dict(label=None, title="Phossy Jaw", paras=[
        "The lucifers were tipped with white phosphorus. Its fumes could cause a bone disease of the jaw, which "
        "was disfiguring and sometimes fatal. A ban on white phosphorus matches came into force in Britain "
        "only in 1910.",
    ]),
    pullquote="“They were girls, most of them, and they would not be bullied.”",
    header="Bow Community Museum · Matchwomen exhibition",
    footer="Draft text – please send comments to the curator",
)

# ---------------------------------------------------------------- 6 tolpuddle (HTML)
TOLPUDDLE = dict(
    name="tolpuddle_martyrs_1834",
    title_lines=["Six Men of Dorset:", "The Tolpuddle Martyrs"],
    intro=("In 1834 six farm labourers from a Dorset village were sentenced to seven years’ transportation for "
           "swearing a secret oath. The outcry that followed made them heroes, and their story is still told "
           "wherever trade unions meet."),
    sections=[
        dict(label="Chapter 1", title="Hungry Years in the Countryside", paras=[
            "After the wars with France, farm wages in the south of England fell steadily. In Tolpuddle a "
            "labourer’s weekly pay dropped from ten shillings to seven, and the farmers threatened to cut it "
            "again to six. A family could not live on so little.",
            "George Loveless, a ploughman and Methodist preacher, led the men in asking for better terms. When "
            "talks failed, they decided in 1833 to form a Friendly Society of Agricultural Labourers, each "
            "member swearing to keep its business secret.",
        ]),
        dict(label="Chapter 2", title="Arrest and Trial", paras=[
            "Early in 1834 a local landowner and magistrate, James Frampton, wrote to the Home Secretary, Lord "
            "Melbourne, for advice. Six men were arrested: George Loveless, his brother James, James Hammett, "
            "James Brine, Thomas Standfield and his son John.",
            "They were not charged with forming a union, which was legal, but under an old act against "
            "unlawful oaths.^1^ At Dorchester the judge made an example of them, and in March they were "
            "sentenced to transportation to Australia.",
        ]),
        dict(label="Chapter 3", title="A Nation Protests", paras=[
            "The sentence caused fury. In April a huge procession marched through London to present a "
            "petition with some eight hundred thousand signatures, and meetings were held across the country. "
            "In 1836 the government granted full pardons.",
            "News travelled slowly to the colonies, and the last of the men did not return until 1839. Most of "
            "them later emigrated to Canada, where they farmed near London, Ontario. Only Hammett settled again "
            "in Tolpuddle.",
        ]),
    ],
    captions=[
        dict(position=None, text="The sycamore on Tolpuddle green, under which the labourers are said to have met.",
             credit="Photo: Rosalind Akers / Piddle Valley Heritage Project"),
        dict(position="Above", text="A handbill for the London procession of 21 April 1834.",
             credit="Lent by the Cranbourne Alley Union Library"),
    ],
    pullquote="“We raise the watch-word, liberty; we will, we will, we will be free!”",
    pullquote_attr="George Loveless, 1834",
)

# ---------------------------------------------------------------- extra paragraphs (added to reach the length)
ENGINE["sections"][3]["paras"].append(
    "Babbage himself never stopped refining his plans. He filled notebooks with mechanical notation, a "
    "symbolic language he invented to describe how each part moved, and he showed the demonstration "
    "piece to guests at his Saturday evening parties in Dorset Street. Visitors remembered turning the "
    "handle and watching the columns of figures change as if by magic.")
ENGINE["sections"][0]["paras"].append(
    "He was not the first to think of calculating machines, but earlier devices added or multiplied a "
    "single pair of numbers at a time. What Babbage proposed was a machine that would work through a "
    "whole table without a person copying figures between steps.")

SKARA["sections"][1]["paras"].append(
    "The houses were dug into the midden itself, which insulated them against the wind. Their roofs were "
    "probably made of whalebone or driftwood covered with turf or seaweed, and the fires burned dried "
    "seaweed and dung as well as heather.")
SKARA["sections"][3]["paras"].append(
    "Watt’s diggings were amateur work by modern standards, but he recorded what he found and showed the "
    "ruins to scholars. Further houses were uncovered by a later storm in 1925, which also damaged some of "
    "the walls he had exposed.")
SKARA["sections"][4]["paras"].append(
    "Later excavations by David Clarke between 1972 and 1973 collected seeds, bones and shells from the "
    "midden layers. They revealed how the villagers ate and farmed, and they showed that the settlement "
    "had been rebuilt several times over some six centuries.")

MILDEN["sections"][0]["paras"].append(
    "Butcher later said that Ford had told him to keep quiet about the find. During the war metal of every "
    "kind was being collected for the war effort, and the law on treasure trove was not widely understood "
    "in the countryside. Whatever the reason, the hoard stayed in Ford’s house for four years.")
MILDEN["sections"][1]["paras"].append(
    "Two smaller platters are decorated in the same style, with dancing figures playing pipes and "
    "tambourines. Five bowls, a fluted dish and a set of ladles with handles shaped like dolphins complete "
    "the service.")
MILDEN["sections"][2]["paras"].append(
    "Experts have argued over where the silver came from. Some have suggested that it belonged to a "
    "Roman general, Lupicinus, who was sent to Britain in 360, but there is no inscription to prove it, and "
    "the hoard may equally have belonged to a local landowner.")
MILDEN["sections"][3]["paras"].append(
    "Rumours have followed the treasure ever since. Some writers have claimed that it was really found "
    "elsewhere and moved to Suffolk, but the soil on the pieces and the evidence given at the inquest "
    "support the simpler account of a ploughman and a field.")

MATCH["sections"][0]["paras"].append(
    "The company was profitable and paid handsome dividends to its shareholders. Its owners were known as "
    "liberal and religious men, and a statue of Gladstone had been put up nearby at their expense. The "
    "women later said that the cost had been taken out of their pay.")
MATCH["sections"][1]["paras"].append(
    "The strikers had no union and no funds. They went to see Besant, who at first doubted that a strike "
    "could succeed, but she helped them to draw up a list of grievances and to win support in the press.")
MATCH["sections"][2]["paras"].append(
    "The victory encouraged other unskilled workers. In the following year the gas workers and then the "
    "London dockers struck, and historians often count the matchwomen as the start of the new unionism "
    "that spread through British industry.")

TOLPUDDLE["sections"][0]["paras"].append(
    "Secret oaths were common in friendly societies and in many trades, and the men saw nothing unusual in "
    "the ceremony. New members were blindfolded, shown a painting of a skeleton and asked to swear loyalty "
    "to the society. Two of the men who joined later gave evidence about it against their neighbours.")
TOLPUDDLE["sections"][1]["paras"].append(
    "Before sentence was passed, George Loveless handed the judge a short written statement. In it he "
    "said that they had done nothing to harm anyone’s person or property, and that they had joined "
    "together only to preserve themselves, their wives and their children from starvation.")
TOLPUDDLE["sections"][1]["paras"].append(
    "The men were shipped out within weeks. Five sailed to New South Wales on the Surry, while George "
    "Loveless, held back by illness, was sent later to Van Diemen’s Land, where he worked on a government "
    "farm.")
TOLPUDDLE["sections"][2]["paras"].append(
    "In 1934, a century after the trial, the trade unions built six cottages in the village for retired "
    "members, and a museum now stands beside them. Every July a festival brings thousands of people to "
    "Tolpuddle to march past the sycamore tree.")
MILDEN["sections"][3]["paras"].insert(1,
    "The inquest heard evidence from Butcher, Ford and the archaeologists who examined the field. The jury "
    "found that the silver had been hidden deliberately with the intention of recovering it later, which made "
    "it treasure trove and the property of the Crown.")
MATCH["sections"][2]["paras"].insert(1,
    "Public sympathy was strong. Donations came in from readers of radical and liberal newspapers, and "
    "some shareholders questioned the directors. The company first blamed outside agitators, but the "
    "women’s own accounts of their conditions proved hard to answer.")
MATCH["sections"][0]["paras"].insert(2,
    "Girls started at thirteen or fourteen. A good worker on piece rates might earn eleven shillings in a "
    "week, but many took home far less once the fines and the cost of brushes and paste had been taken "
    "from their wages.")
TOLPUDDLE["sections"][2]["paras"].insert(1,
    "Supporters formed a London Dorchester Committee, which raised money for the families left behind in "
    "the village. The wives and children had been refused parish relief, and the committee kept them fed "
    "until the men came home.")
