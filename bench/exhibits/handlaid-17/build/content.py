"""All texts of hand-laid set 17.

Every generator reads its exhibit from here, and `gold(ex)` builds the gold JSON from the same strings, so the
document and its gold cannot drift apart. The prose is written for this set; the history is real, the museums,
lenders, photographers, accession numbers and credits are invented.
"""
import json
from collections import OrderedDict

# ---------------------------------------------------------------------------------------------------------------
# 1. The theft of the Mona Lisa (1911-1913) - @react-pdf/renderer gallery guide
# ---------------------------------------------------------------------------------------------------------------
MONA = {
    "name": "mona_lisa_theft_1911",
    "kicker": "GALLERY GUIDE · ROOM 9 · STOLEN AND FOUND",
    "title_lines": ["The Empty Wall:", "The Theft of the Mona Lisa"],
    "intro": [
        "On a Monday morning in August 1911 the most famous painting in the world vanished from the Louvre. "
        "For more than two years nobody knew where it was. This room follows the theft, the search and the "
        "long journey home."
    ],
    "sections": [
        {
            "label": "Case A",
            "title": "Monday, 21 August",
            "paras": [
                "The Louvre was closed to the public on Mondays, and workmen moved freely through its galleries. "
                "Early that morning Vincenzo Peruggia, an Italian glazier who had helped to fit protective glass "
                "over several paintings, lifted the Mona Lisa from its hooks in the Salon Carré. In a service "
                "stairway he removed the heavy frame and the glass, hid the wooden panel under his white "
                "workman’s smock and walked out into the street.",
                "Nobody noticed at first. The guards assumed that the painting had been taken away to be "
                "photographed. Only on Tuesday, when a visiting artist complained that it was missing, did the "
                "museum realise that it had gone. The Louvre was closed for a week while the police searched "
                "the building.",
            ],
            "caption": {
                "pos": "Right",
                "text": "The bare wall of the Salon Carré with the four iron hooks that had held the painting.",
                "credit": "Photo: Marcel Dauvergne, Archives Verrier",
            },
        },
        {
            "label": "Case B",
            "title": "A Nation Searches",
            "paras": [
                "The theft caused a sensation. Newspapers printed her face on their front pages and offered "
                "rewards, and crowds queued to stare at the empty wall. The police questioned hundreds of people "
                "and found a fingerprint on the abandoned glass, but their records were filed by the right thumb, "
                "and the print on the glass came from a left hand.",
                "Even the poet Guillaume Apollinaire was arrested for several days, and his friend Pablo Picasso "
                "was questioned, because a former secretary of Apollinaire’s had once stolen small statues from "
                "the museum.",
            ],
        },
        {
            "label": "Case C",
            "title": "Two Years in a Trunk",
            "paras": [
                "Peruggia kept the painting in his lodgings in Paris, in a trunk with a false bottom, for more "
                "than two years. In late 1913 he wrote to Alfredo Geri, an antique dealer in Florence, offering "
                "to bring the picture home to Italy. Geri asked Giovanni Poggi, the director of the Uffizi Gallery, "
                "to come with him to see it.",
                "In December 1913 the two men examined the panel in Peruggia’s hotel room, checked the seal of the Louvre on "
                "its back and took it away for safe keeping. Peruggia was arrested the same day.",
            ],
            "caption": {
                "pos": "Above",
                "text": "A travelling trunk of about 1900 with a false bottom, like the one in which the painting "
                        "was hidden.",
                "credit": "Lent by the Fondation Lecomte-Varenne, Lyon",
            },
        },
        {
            "label": "Case D",
            "title": "Home to Paris",
            "paras": [
                "Peruggia told the court that he had only wanted to return a stolen treasure to Italy. He was "
                "sentenced in 1914 to a year and fifteen days in prison, later reduced to seven months. Before "
                "the painting went back to France it was shown in Florence, Rome and Milan, where huge crowds "
                "came to see it.",
                "The Mona Lisa was back on the wall of the Louvre in January 1914. It had been a well-known "
                "picture before the theft; after it, it was a legend.",
            ],
        },
    ],
    "sidebar": {
        "title": "Why Did He Take It?",
        "paras": [
            "Peruggia claimed that Napoleon had carried the painting off from Italy. In fact Leonardo da Vinci had "
            "taken it to France himself, and it passed to King Francis I. A story that the theft was part of a "
            "plan to sell forged copies was first printed in 1932, and there is no good evidence for it."
        ],
    },
    "pullquote": "“More people came to look at the empty wall than had ever looked at the picture.”",
    "header_left": "The Verrier Museum of Fine Art",
    "header_right": "Stolen and Found",
    "footer": "Free guide · please return to the stand by the door",
}

# ---------------------------------------------------------------------------------------------------------------
# 2. The mutiny on the Bounty (1789) - borb two-column handout
# ---------------------------------------------------------------------------------------------------------------
BOUNTY = {
    "name": "bounty_mutiny_1789",
    "kicker": "SOUTH SEAS GALLERY · HANDOUT 4",
    "title_lines": ["Mutiny on the Bounty"],
    "intro": [
        "In April 1789 part of the crew of a small Royal Navy ship seized it in the Pacific and set their "
        "captain adrift in an open boat. Both groups survived against the odds, and their stories have been "
        "told and retold ever since."
    ],
    "sections": [
        {
            "label": "December 1787",
            "title": "Breadfruit for the Caribbean",
            "paras": [
                "HMS Bounty sailed from Spithead in December 1787 under Lieutenant William Bligh. Her task was to "
                "collect young breadfruit plants in Tahiti and carry them to the West Indies, where planters "
                "hoped the fruit would become a cheap food for the enslaved people who worked their estates.",
                "Storms off Cape Horn forced Bligh to turn back and sail round Africa instead, and the ship "
                "reached Tahiti only in October 1788. The crew spent five months on the island while the plants "
                "were potted, and many of the men formed close friendships with Tahitians.",
            ],
        },
        {
            "label": "28 April 1789",
            "title": "Mutiny",
            "paras": [
                "Three weeks after leaving Tahiti, near the island of Tofua, the master’s mate Fletcher "
                "Christian and a group of sailors took the ship at dawn. Bligh and eighteen loyal men were forced "
                "into the ship’s launch, a boat about seven metres long, with a little food and water, a compass "
                "and a quadrant.",
                "Why the men rebelled is still argued about. Bligh was a fine navigator with a sharp tongue, "
                "Christian had been humiliated by him in front of the crew, and some of the sailors simply "
                "wanted to go back to Tahiti.",
            ],
        },
        {
            "label": "May–June 1789",
            "title": "Forty-Seven Days in the Launch",
            "paras": [
                "Bligh then made one of the great open-boat voyages. On a ration of bread and water, his men "
                "sailed some 6,700 kilometres westward, past islands where they dared not land, to Timor in the "
                "Dutch East Indies, which they reached after forty-seven days at sea. Not one of them died on the "
                "way, although a man had been killed by islanders on Tofua before they set out.",
                "Back in Britain, Bligh was cleared of blame for the loss of his ship. The navy sent HMS Pandora "
                "to hunt for the mutineers; she caught fourteen on Tahiti but was wrecked on the Great Barrier "
                "Reef in 1791, and four of the prisoners drowned. Three of those who lived were later hanged.",
            ],
            "caption": {
                "pos": "Left",
                "text": "A brass quadrant and a pocket watch of the 1780s, like those Bligh had in the launch.",
                "credit": "Porthmeor Maritime Museum, gift of the Trevail family",
            },
        },
        {
            "label": "1790–1808",
            "title": "Pitcairn Island",
            "paras": [
                "Christian sailed the Bounty with eight other mutineers, six Tahitian men and eleven Tahitian "
                "women to Pitcairn, a small island that was wrongly marked on the charts. They burned the ship "
                "in January 1790 so that it could not be seen from the sea.",
                "The settlement was torn apart by violence and drink. When an American sealing ship called in "
                "1808, only one mutineer was still alive, John Adams, living with the women and the children. "
                "Descendants of the mutineers and the Tahitians still live on Pitcairn today.",
            ],
            "caption": {
                "pos": "Above",
                "text": "A ballast stone and a copper nail from the wreck of the Bounty in Bounty Bay.",
                "credit": "Lent by the Adamstown Heritage Trust",
            },
        },
    ],
    "sidebar": {
        "title": "What Became of the Breadfruit?",
        "paras": [
            "Bligh did not give up. In 1791 he sailed again with two ships and this time delivered breadfruit "
            "plants to St Vincent and Jamaica in 1793. The trees grew well, but for many years the people they "
            "were meant to feed refused to eat the fruit."
        ],
    },
    "footnote": "The launch was 23 feet (7 m) long. A full-size replica stands at the far end of this gallery.",
    "key_dates": [
        ["1787", "Bounty sails from Spithead, 23 December"],
        ["1788", "Arrives at Tahiti, 26 October"],
        ["1789", "Mutiny near Tofua, 28 April; Bligh reaches Timor, 14 June"],
        ["1790", "Bounty burned at Pitcairn, 23 January"],
        ["1791", "Pandora wrecked on the Great Barrier Reef, 29 August"],
        ["1808", "The Topaz finds John Adams on Pitcairn"],
    ],
    "header": "Porthmeor Maritime Museum — South Seas Gallery",
    "footer": "Handout 4 · please take one",
}

# ---------------------------------------------------------------------------------------------------------------
# 3. The Thames frost fairs (1683-1814) - Scribus poster
# ---------------------------------------------------------------------------------------------------------------
FROST = {
    "name": "thames_frost_fairs",
    "kicker": "WINTER DISPLAY · FIRST FLOOR",
    "title_lines": ["Frost Fairs on the", "Frozen Thames"],
    "intro": [
        "For centuries the Thames in London froze over in the hardest winters. When the ice was thick enough, "
        "Londoners turned the river into a street, a playground and a market, and they called it a frost fair."
    ],
    "sections": [
        {
            "label": "Why",
            "title": "A Slower River",
            "paras": [
                "The long, bitter winters of the seventeenth and eighteenth centuries, a time sometimes called "
                "the Little Ice Age, were only part of the story. The shape of the river mattered as much as the "
                "cold. Old London Bridge stood on nineteen narrow arches set on broad stone piers, and it held "
                "back the water almost like a weir.",
                "Above the bridge the river was wide, shallow and slow, so ice formed easily, and floating "
                "pieces of ice jammed between the piers until the whole surface locked solid.",
            ],
        },
        {
            "label": "1683–84",
            "title": "The Great Frost",
            "paras": [
                "In the winter of 1683–84 the ice lasted for about two months. A street of booths, nicknamed "
                "Blanket Fair, ran across the river from the Temple, and there were coffee houses, cook shops, "
                "skittle alleys, bull-baiting, and races with horses and coaches.",
                "Printers set up their presses on the ice and sold cards bearing the buyer’s name and the date, "
                "printed on the Thames. King Charles II came with his family and bought one. Outside the city, "
                "trees split open with the cold, and birds and cattle froze to death in the fields.",
                "The diarist John Evelyn walked on the river in January 1684. He wrote of whole streets of booths "
                "and of coaches driven from Westminster to the Temple across the ice, as if they were on dry land.",
            ],
            "caption": {
                "pos": "Left",
                "text": "A card printed on the ice in February 1684 for a customer named Hannah Tolley.",
                "credit": "Bankside Museum, Harwood Collection",
            },
        },
        {
            "label": "1814",
            "title": "The Last Fair",
            "paras": [
                "The last frost fair began on 1 February 1814. For four days a main street, nicknamed the City "
                "Road, ran across the ice near Blackfriars, lined with stalls selling gin, gingerbread, toys and "
                "books, and an elephant was led across the river below Blackfriars Bridge.",
                "Then on 5 February a thaw set in. Booths drifted away on the breaking ice, and people who stayed too long had "
                "to be rescued by boat.",
            ],
            "caption": {
                "pos": "Above",
                "text": "Booths on the ice near Blackfriars in February 1814, after a print of the time.",
                "credit": "Print Room, Bankside Museum of London Life",
            },
        },
        {
            "label": "After",
            "title": "Why the River No Longer Freezes",
            "paras": [
                "Old London Bridge was pulled down in 1831, and its replacement had far wider arches. In the "
                "following decades the embankments narrowed and deepened the river, so that the tide now runs "
                "quickly through the middle of London, and the winters have grown milder. The Thames has not "
                "frozen from bank to bank in central London since 1814."
            ],
        },
    ],
    "sidebar": {
        "title": "Gingerbread and Gin",
        "paras": [
            "Watermen, who could not work while the river was frozen, charged a toll to anyone stepping onto the "
            "ice from their stairs, and many visitors paid again on the way off. A favourite treat was a slice of roast mutton, sold at a shilling as Lapland "
            "mutton."
        ],
    },
    "pullquote": "“Printed on the River of Thames, being frozen”",
    "footer": "Bankside Museum of London Life – Winter on the River – Free entry",
}

# ---------------------------------------------------------------------------------------------------------------
# 4. The Cardiff Giant (1869) - TCPDF catalogue pages
# ---------------------------------------------------------------------------------------------------------------
GIANT = {
    "name": "cardiff_giant_1869",
    "kicker": "HUMBUG! HOAXES OF THE NINETEENTH CENTURY · SECTION 3",
    "title_lines": ["The Cardiff Giant"],
    "intro": [
        "In October 1869 two men digging a well on a farm near Cardiff, New York, struck a huge stone foot. What "
        "they uncovered was a petrified giant more than three metres tall, or so thousands of paying visitors "
        "believed."
    ],
    "sections": [
        {
            "label": "3.1",
            "title": "A Giant from a Quarry",
            "paras": [
                "The giant was the idea of George Hull, a cigar maker from Binghamton, New York. After an "
                "argument with a preacher who insisted that giants had once walked the earth, as the Book of "
                "Genesis says, Hull decided to give believers a giant of their own.",
                "In 1868 he bought a large block of gypsum in Fort Dodge, Iowa, and had it shipped to Chicago, "
                "where stonecutters carved it into the figure of a sleeping man. They beat its surface with "
                "needles to imitate the pores of skin and stained it with acid to make it look old. The figure "
                "was sent by rail to the farm of Hull’s cousin, William Newell, and buried behind the barn.",
            ],
            "caption": {
                "pos": "Right",
                "text": "The giant as it lay in the pit on Newell’s farm, from a photograph of 1869.",
                "credit": "Photo: Onondaga Hill Photographic Society",
            },
        },
        {
            "label": "3.2",
            "title": "Fifty Cents a Look",
            "paras": [
                "Newell hired two workers to dig a well on 16 October 1869, exactly where the giant lay. Within "
                "days he had put up a tent and was charging visitors to see it, at first twenty-five cents and "
                "then fifty. Some scholars declared it a fossilised man; others thought it a statue carved long ago by French missionaries.",
                "Hull soon sold most of his share to a group of businessmen, who moved the giant to Syracuse. "
                "The showman P. T. Barnum tried to lease it, and when he was refused he had a copy made and "
                "exhibited that instead, calling the original a fake.",
            ],
        },
        {
            "label": "3.3",
            "title": "The Confession",
            "paras": [
                "Geologists, and the palaeontologist Othniel Marsh of Yale, soon pointed out that gypsum "
                "dissolves in wet ground and that the chisel marks were fresh. In December 1869 Hull admitted "
                "the hoax. Crowds kept coming to see both giants all the same.",
                "Hull had made a handsome profit. In 1877 he tried again with a second petrified man in Colorado, "
                "known as the Solid Muldoon, but it too was soon exposed. The original giant can still be seen today in a museum in Cooperstown, New York, and Barnum’s "
                "copy in another in Michigan.",
            ],
        },
        {
            "label": "3.4",
            "title": "In the Case",
            "paras": [
                "The objects below are shown in the wall case opposite the giant’s plaster cast."
            ],
            "cards": [
                {
                    "no": "Cat. 31",
                    "text": "Handbill for the giant’s showing in Syracuse, November 1869.",
                    "credit": "Lent by the Salina Street Historical Association",
                },
                {
                    "no": "Cat. 32",
                    "text": "Admission ticket, fifty cents, for “The American Goliath”.",
                    "credit": "Collection of Ruth and Aaron Pelletier",
                },
                {
                    "no": "Cat. 33",
                    "text": "Gypsum sample from a quarry near Fort Dodge, Iowa.",
                    "credit": "Hollis Geological Cabinet, G.1902.118",
                },
            ],
        },
    ],
    "sidebar": {
        "title": "A Sucker Born Every Minute?",
        "paras": [
            "The famous line “There’s a sucker born every minute” is often credited to Barnum. It was more "
            "probably said about Barnum’s customers by David Hannum, one of the giant’s owners, but there is no "
            "proof that either man ever said it. Hannum is supposed to have been complaining that Barnum’s copy "
            "drew bigger crowds than his own genuine fake."
        ],
    },
    "footnote": "Gypsum is a soft mineral, used to make plaster, which can be scratched with a fingernail.",
    "header_left": "Humbug! Hoaxes of the Nineteenth Century",
    "header_right": "Exhibition catalogue",
    "first_page_no": 27,
}

# ---------------------------------------------------------------------------------------------------------------
# 5. The Great Storm of 1703 - WordprocessingML written by hand
# ---------------------------------------------------------------------------------------------------------------
STORM = {
    "name": "great_storm_1703",
    "kicker": "Panel texts · Weather Gallery",
    "title_lines": ["The Great Storm", "of 1703"],
    "intro": [
        "On the night of 26 November 1703 the worst storm ever recorded in southern Britain swept in from the "
        "Atlantic. By morning thousands of people were dead, and the country had learned how little it could do "
        "against the weather."
    ],
    "sections": [
        {
            "label": "Panel A",
            "title": "A Night of Wind",
            "paras": [
                "The wind had been rising for two weeks, but the storm itself struck late on Friday 26 November "
                "and blew hardest in the early hours of the next morning. It crossed Wales and southern England "
                "and passed out over the North Sea to the Low Countries.",
                "Trees were torn up across the south of England, and Defoe was told that some four thousand oaks "
                "had fallen in the New Forest alone. In London chimneys and tiles crashed into the streets, and the lead was stripped from church "
                "roofs and rolled up like paper. Some four hundred windmills were wrecked; a few caught fire "
                "because their sails turned so fast.",
            ],
        },
        {
            "label": "Panel B",
            "title": "Losses at Sea",
            "paras": [
                "The worst losses were at sea. Many ships of the Royal Navy were sheltering off the coast of Kent "
                "after a summer campaign. On the Goodwin Sands several warships were driven aground and broken "
                "up, and in all some 1,500 seamen of the navy were drowned in a single night.",
                "On the Severn estuary the storm drove a surge of water up the river, flooding the Somerset "
                "Levels and drowning people and cattle. In Wells the bishop and his wife were killed in their "
                "bed when a chimney stack fell through the roof of the palace.",
            ],
        },
        {
            "label": "Panel C",
            "title": "The Lighthouse on the Rock",
            "paras": [
                "Fourteen miles off Plymouth stood the first Eddystone lighthouse, a tower of wood and stone "
                "finished only a few years before by Henry Winstanley. He was said to have wished to be inside it "
                "during the greatest storm there ever was. He was there that night, carrying out repairs, and by "
                "morning the tower and everyone in it had gone.",
                "The rock was not left dark for long. A new tower, built by John Rudyerd, showed its light from "
                "1709 and stood for almost fifty years.",
            ],
            "caption": {
                "pos": "Right",
                "text": "A model of Winstanley’s Eddystone lighthouse as it stood in 1703.",
                "credit": "Model by the Tamar Valley Workshop, 2019",
            },
        },
        {
            "label": "Panel D",
            "title": "Defoe’s Storm",
            "paras": [
                "The writer Daniel Defoe placed notices in the newspapers asking readers to send him accounts of "
                "what they had seen. He published them in 1704 as The Storm, one of the first books to gather "
                "reports from eyewitnesses across a whole country.",
                "Many preachers called the storm a judgement of God on a sinful nation, and Queen Anne ordered a "
                "national day of fasting. Memorials in several churches still recall the night.",
            ],
            "caption": {
                "pos": "Below",
                "text": "The title page of Defoe’s The Storm, London, 1704.",
                "credit": "Courtesy of the Ashcombe Library, Taunton",
            },
        },
    ],
    "sidebar": {
        "title": "A Weather Diary",
        "paras": [
            "The clergyman William Derham of Upminster in Essex kept a barometer, and on the night of the storm "
            "he recorded the lowest reading he had ever seen. His notes are among the earliest scientific records "
            "of a British storm."
        ],
    },
    "footnote": "Dates are in the Old Style calendar then used in Britain; on the modern calendar the storm fell "
                "on 7–8 December.",
    "table_title": "The storm in numbers",
    "table": [
        ["What", "Estimate"],
        ["Seamen of the Royal Navy drowned", "about 1,500"],
        ["Windmills wrecked", "about 400"],
        ["Oaks blown down in the New Forest", "about 4,000"],
    ],
    "header": "Somerset Levels Museum of Weather · The Great Storm of 1703",
    "footer": "Panel texts – second proof for the designers",
}

# ---------------------------------------------------------------------------------------------------------------
# 6. The Boston Tea Party (1773) - HTML collection site
# ---------------------------------------------------------------------------------------------------------------
TEA = {
    "name": "boston_tea_party_1773",
    "kicker": "Stories from the collection",
    "title_lines": ["Tea in the Harbour:", "The Boston Tea Party, 1773"],
    "intro": [
        "On a cold December night in 1773 a crowd of Bostonians boarded three merchant ships and dumped their "
        "cargo of tea into the harbour. It was a protest about a tax, but it helped to start a war."
    ],
    "sections": [
        {
            "label": "Chapter 1",
            "title": "A Tax on Tea",
            "paras": [
                "After the Seven Years’ War, Parliament in London wanted the American colonies to pay part of the "
                "cost of defending them. Many colonists argued that only their own assemblies could tax them, "
                "since they elected no members of Parliament: “no taxation without representation”.",
                "Most of the new duties were soon dropped, but a small tax on tea was kept. Colonists drank a "
                "great deal of tea, and much of it was smuggled in from Dutch traders to avoid the duty.",
            ],
        },
        {
            "label": "Chapter 2",
            "title": "The Tea Act",
            "paras": [
                "In May 1773 Parliament passed the Tea Act to help the struggling East India Company, which had "
                "millions of pounds of unsold tea in its London warehouses. The act let the company ship tea "
                "straight to America and sell it through chosen agents, so that even with the tax it would be "
                "cheaper than smuggled tea.",
                "Many colonists saw a trick to make them accept the tax, and merchants feared the company’s "
                "monopoly. In several ports the agents were forced to resign and the tea ships were turned away.",
            ],
            "caption": {
                "pos": "Right",
                "text": "A tin-glazed tea canister of about 1770, made in Liverpool for the American market.",
                "credit": "© Harbourside Collections, gift of Eleanor Whitcombe, 1958.211",
            },
        },
        {
            "label": "Chapter 3",
            "title": "The Night of 16 December",
            "paras": [
                "In Boston the governor, Thomas Hutchinson, refused to let the ships Dartmouth, Eleanor and Beaver "
                "leave the harbour without unloading. By law the tea would be seized and landed if the duty had "
                "not been paid within twenty days, and for the Dartmouth that time ran out on 17 December.",
                "On the evening of 16 December thousands of people met at the Old South Meeting House. When word "
                "came that the ships could not leave, a group of men, some roughly disguised as Mohawk Indians, "
                "went down to Griffin’s Wharf. In about three hours they broke open 342 chests of tea and threw "
                "the contents into the water.",
            ],
            "cards": [
                {
                    "text": "A tea chest said to have been thrown into the harbour and found on the shore the next "
                            "morning.",
                    "credit": "Lent by the Amory family",
                },
                {
                    "text": "Tea leaves gathered from the beach at Dorchester Neck, kept in a small glass bottle.",
                    "credit": "© Harbourside Collections, 1883.4.2",
                },
            ],
        },
        {
            "label": "Chapter 4",
            "title": "Consequences",
            "paras": [
                "The government in London answered with the Coercive Acts of 1774, which the colonists called the "
                "Intolerable Acts. The port of Boston was closed until the tea was paid for, and Massachusetts "
                "lost much of its self-government.",
                "Instead of isolating Boston, the punishment drew the colonies together. Delegates met in the "
                "First Continental Congress in September 1774, and within months the first shots of the War of "
                "Independence were fired at Lexington and Concord.",
            ],
        },
    ],
    "sidebar": {
        "title": "Who Destroyed the Tea?",
        "paras": [
            "Most of the men who boarded the ships kept their names secret for the rest of their lives, since "
            "they could have been charged with a crime. Only decades later did a few old men tell their stories, "
            "and the name “Boston Tea Party” came into use only in the 1820s."
        ],
    },
    "footnote": "The twenty-day rule was set by the customs laws of the time; the ships had arrived from 28 "
                "November onwards.",
}

ALL = [MONA, BOUNTY, FROST, GIANT, STORM, TEA]


def title(ex):
    return " ".join(ex["title_lines"])


def body_words(ex):
    paras = list(ex["intro"])
    for s in ex["sections"]:
        paras += s["paras"]
    paras += ex["sidebar"]["paras"]
    return sum(len(p.split()) for p in paras)


def gold(ex, running):
    """Build the gold dict (key order as in set 16)."""
    t = title(ex)
    sections = [OrderedDict([
        ("label", None), ("title", t),
        ("blocks", [OrderedDict([("kind", "paragraph"), ("text", p)]) for p in ex["intro"]]),
    ])]
    for s in ex["sections"]:
        blocks = [OrderedDict([("kind", "paragraph"), ("text", p)]) for p in s["paras"]]
        if s.get("caption"):
            c = s["caption"]
            blocks.append(OrderedDict([("kind", "caption"), ("text", c["text"]), ("position", c["pos"]),
                                       ("credit", c["credit"])]))
        for c in s.get("cards", []):
            blocks.append(OrderedDict([("kind", "caption"), ("text", c["text"]), ("position", None),
                                       ("credit", c["credit"])]))
        sections.append(OrderedDict([("label", s["label"]), ("title", s["title"]), ("blocks", blocks)]))
    sb = ex["sidebar"]
    sections.append(OrderedDict([
        ("label", None), ("title", sb["title"]),
        ("blocks", [OrderedDict([("kind", "paragraph"), ("text", p)]) for p in sb["paras"]]),
    ]))
    return OrderedDict([("title", t), ("running", list(running)), ("sections", sections)])


def write_gold(ex, running, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold(ex, running), f, ensure_ascii=False, indent=2)
        f.write("\n")


def dump_json(ex, path):
    """Dump the exhibit dict for the JS / PHP generators."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(ex, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    for ex in ALL:
        print(f"{ex['name']:28s} {body_words(ex)} body words")
