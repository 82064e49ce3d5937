"""All texts of hand-laid set 18. Each generator builds its document from these strings, and gold() builds the gold."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def S(label, title, paras, captions=()):
    return {"label": label, "title": title, "paras": list(paras), "captions": list(captions)}


def C(text, position, credit):
    return {"text": text, "position": position, "credit": credit}


# ---------------------------------------------------------------- 1. emu_war_1932 (dompdf)
EMU = {
    "name": "emu_war_1932",
    "kicker": "GALLERY 3 · FARMING ON THE EDGE",
    "title": "The Great Emu War",
    "intro": "In the spring of 1932 the Australian government sent soldiers with machine guns to fight a flock of birds. "
             "The campaign in the wheat country of Western Australia lasted barely six weeks, and most people agreed "
             "that the emus won.",
    "header": ["Wheatbelt Museum of Rural Life", "Gallery 3 · The Emu War"],
    "footer": "Gallery guide – please leave it in the gallery",
    "sections": [
        S("Bay 1", "Soldier Settlers and Falling Prices", [
            "After the First World War, thousands of returned servicemen were given blocks of land on the edge of the "
            "Western Australian wheatbelt. They cleared the bush, fenced paddocks and sowed wheat, encouraged by the "
            "government to grow as much as they could.",
            "When the Great Depression struck, the price of wheat collapsed. Many farmers were already in debt, and "
            "the subsidies they had been promised never arrived. Then, in 1932, the birds turned against them as well.",
        ]),
        S("Bay 2", "Twenty Thousand Emus", [
            "Emus breed inland and move towards the coast after the breeding season. In 1932 a vast number, reported "
            "at about twenty thousand, found cleared land, water in farm dams and ripening crops around Campion. "
            "They trampled the wheat and broke holes in the fences through which rabbits could follow.",
            "A deputation of settlers, many of them former soldiers, travelled to Perth to ask for help. They knew "
            "what machine guns could do, and they asked the Minister of Defence, Sir George Pearce, to send some.",
        ], [C("Emus crossing a cleared paddock near Campion, photographed in the 1930s.", "Right",
              "Photo: Moorine Rock District Society")]),
        S("Bay 3", "Machine Guns in the Wheat", [
            "Pearce agreed. Major G. P. W. Meredith of the Royal Australian Artillery set out with two soldiers, two "
            "Lewis guns and ten thousand rounds of ammunition. The operation began on 2 November 1932, but the birds "
            "scattered in small groups as soon as the firing started, and one of the guns jammed.",
            "Meredith even mounted a gun on a truck, but the truck could not keep up on the rough ground and the "
            "gunner could not aim. After questions in Parliament and mocking reports in the press, the soldiers "
            "were withdrawn on 8 November.",
            "The crops kept failing, so the soldiers returned on 13 November and stayed until 10 December. Meredith "
            "claimed 986 birds killed with 9,860 rounds, ten bullets for every emu, and admired the way the wounded "
            "birds kept running.",
        ], [C("A Lewis gun of the type used by Meredith’s detachment, on loan for this gallery.", "Above",
              "Lent by the Goldfields Military Collection, GMC 1987.44")]),
        S("Bay 4", "Bounties Instead of Bullets", [
            "Farmers asked for the army again in 1934, 1943 and 1948, but each time they were refused. Instead the "
            "state paid a bounty for every emu killed, and tens of thousands were shot by the farmers themselves "
            "over the following years.",
            "In the end the most useful weapon was a fence. Long barrier fences, first built to keep rabbits out, "
            "were extended and repaired so that the migrating flocks could be held back from the farmland.",
        ]),
    ],
    "pullquote": "“Ten bullets for every bird, and still the wheat went down.”",
    "sidebar": S(None, "Who Won?", [
        "Newspapers around the world enjoyed the story. The ornithologist Dominic Serventy later wrote that the "
        "gunners’ hopes of firing into dense masses of emus were soon disappointed. The emu is still on "
        "Australia’s coat of arms, and the bird is common across the country today.",
    ]),
}

# ---------------------------------------------------------------- 2. south_sea_bubble_1720 (PDF::API2)
SSB = {
    "name": "south_sea_bubble_1720",
    "kicker": "EXCHANGE ALLEY GALLERY",
    "title": "The South Sea Bubble",
    "intro": "In 1720 the shares of a trading company that hardly traded rose tenfold in six months and then collapsed. "
             "Ministers, dukes, shopkeepers and servants were all caught in the first great crash of the London "
             "stock market.",
    "footer": "Threadneedle Museum of Money – The South Sea Bubble, 1720",
    "address": ["Threadneedle Museum of Money", "14 Pelham Court, London", "Open daily 10.00–17.00"],
    "sections": [
        S("I", "A Company to Pay the Debt", [
            "The South Sea Company was founded in 1711 by the Lord Treasurer, Robert Harley, to take over part of the "
            "debt that Britain had run up in the War of the Spanish Succession. In return for government bonds, "
            "investors received company shares, and the company was granted the sole right to trade with Spanish "
            "America.",
            "That trade was small. Spain allowed one ship of goods a year and a contract to carry enslaved Africans "
            "to its colonies, and war with Spain soon interrupted even that.",
        ]),
        S("II", "The Great Conversion", [
            "In 1720 the company offered to take over most of the rest of the national debt, and Parliament agreed "
            "in April. Holders of government annuities could exchange them for South Sea stock, and the higher the "
            "share price rose, the fewer new shares the company had to hand out for each pound of debt.",
            "The directors did all they could to push the price up. They lent money to buyers against their own "
            "shares, sold new issues in instalments and gave stock to ministers and courtiers, among them the "
            "Chancellor of the Exchequer, John Aislabie.",
        ], [C("A subscription receipt for South Sea stock, 1720.", "Left",
              "Threadneedle Museum of Money, TMM 1954.210")]),
        S("III", "Bubbles in Exchange Alley", [
            "Shares that had stood at about £128 in January passed £1,000 in late June. Hundreds of other schemes "
            "were floated in the coffee houses of Exchange Alley, some for sensible ventures and some for the "
            "impossible, such as a wheel for perpetual motion.",
            "In June Parliament passed the Bubble Act, which forbade companies to sell shares without a royal "
            "charter. It was meant to protect the South Sea Company from its rivals, but when it was enforced in "
            "August the small schemes collapsed and took confidence with them.",
        ]),
        S("IV", "The Crash", [
            "By the end of September South Sea stock had fallen below £200. Families who had borrowed to buy were "
            "ruined, and goldsmiths and banks that had lent on the shares failed. A committee of the House of "
            "Commons found that the directors had bribed ministers, and their estates were seized to compensate "
            "the losers.",
            "Aislabie was expelled from the Commons and sent to the Tower. Robert Walpole, who managed the clean-up, "
            "rose to become the first Prime Minister in all but name. The company itself survived and went on "
            "dealing in government debt until the 1850s.",
        ], [C("Playing cards of 1720 satirising the bubble companies.", "Above",
              "Lent by the Guild of City Stationers")]),
    ],
    "pullquote": "“I can calculate the motions of the heavenly bodies, but not the madness of people.”",
    "footnote": "* An annuity paid its holder a fixed sum every year, often for life.",
    "sidebar": S(None, "Newton’s Losses", [
        "Isaac Newton, then Master of the Mint, is said to have sold his South Sea shares early at a good profit, "
        "then bought back in near the top and lost about £20,000. The remark often put in his mouth, that he could "
        "calculate the motions of the heavenly bodies but not the madness of people, was first printed long after "
        "his death.",
    ]),
}

# ---------------------------------------------------------------- 3. london_beer_flood_1814 (pdfme)
BEER = {
    "name": "london_beer_flood_1814",
    "kicker": "LOCAL HISTORY ROOM · HANDOUT 12",
    "title": "The London Beer Flood",
    "intro": "On the afternoon of 17 October 1814 a giant vat of porter burst at a brewery off Tottenham Court Road. "
             "A wave of beer swept through the crowded streets behind it, and eight people died. This handout follows the story from the brewery yard to the "
             "inquest.",
    "header": "St Giles Parish Museum – Local History Room",
    "footer": "Handout 12 – free to take away",
    "sections": [
        S("01", "The Horse Shoe Brewery", [
            "Meux and Company’s Horse Shoe Brewery stood at the corner of Tottenham Court Road and Great Russell "
            "Street. Porter, a dark beer popular with London’s workers, was matured there for months in enormous "
            "wooden vats bound with iron hoops.",
            "The largest vat was more than six metres high and held well over half a million litres. Brewers "
            "competed to build ever bigger vessels, and the Meux vats were famous enough for visitors to be shown "
            "round them. A dinner for a hundred people was once said to have been held inside a new one.",
        ]),
        S("02", "The Vat Bursts", [
            "At about half past four in the afternoon a storehouse clerk, George Crick, noticed that one of the iron "
            "hoops had slipped from the great vat. He was told that it would do no harm. An hour later the vat burst "
            "with a roar, and the rush of beer smashed open other vats nearby.",
            "Well over a million litres of porter broke through the brewery’s back wall and poured into the streets "
            "of St Giles, one of the poorest and most crowded districts in London, where whole families lived in "
            "cellars.",
        ], [C("The brewery’s tall storehouse, from an engraving of about 1800.", "Left",
              "St Giles Parish Museum, SGP 77.3")]),
        S("03", "Eight Lives", [
            "The wave filled cellars and knocked down two houses in New Street. Mary Banfield and her daughter "
            "Hannah were taking tea when it struck; both were killed. Ann Saville was holding a wake for her young "
            "son in a basement room, and she and four mourners drowned.",
            "A fourteen-year-old girl, Eleanor Cooper, was buried by the falling wall of the pub where she worked. "
            "Survivors climbed onto furniture to escape, and neighbours scooped up the beer in pots and kettles. "
            "Later historians doubt the stories of drunken crowds.",
        ]),
        S("04", "An Act of God", [
            "At the inquest the jury decided that the victims had died casually, accidentally and by misfortune. "
            "No one was blamed. Parliament refunded the duty the brewery had paid on the lost beer, which saved "
            "the company from ruin.",
            "Large wooden vats were gradually replaced by lined concrete ones, which could not burst in the same way. The Horse Shoe Brewery went on "
            "working until 1921, and a theatre now stands on its site.",
        ], [C("Iron hoops like those that failed, from a vat of the 1820s.", "Above",
              "Lent by the Bloomsbury Coopers’ Trust")]),
    ],
    "footnote": "The vat held about 3,500 barrels; a barrel of beer is 36 gallons, or about 164 litres.",
    "sidebar": S(None, "Remembering the Flood", [
        "The disaster was soon half forgotten. In recent years local historians have searched parish registers and "
        "newspapers to learn more about the eight people who died, and a nearby pub has marked the anniversary "
        "each October with a special porter.",
    ]),
}

# ---------------------------------------------------------------- 4. halley_comet_1910 (pdfjs)
HALLEY = {
    "name": "halley_comet_1910",
    "kicker": "CATALOGUE · THE COMET ROOM",
    "title": "Halley’s Comet and the Panic of 1910",
    "intro": "When Halley’s Comet returned in 1910, astronomers announced that the Earth would pass through its tail. "
             "Newspapers did the rest. For a few weeks in May, people around the world wondered whether the air "
             "itself was about to be poisoned. This part of the catalogue describes the photographs, "
             "pamphlets and souvenirs in the Comet Room.",
    "header": "Northfield Observatory Museum — Catalogue of the Comet Room",
    "folios": ["41", "42"],
    "sections": [
        S("§1", "A Comet on Schedule", [
            "Edmond Halley had predicted in 1705 that the comet seen in 1682 would return late in 1758. It did, long "
            "after his death, and it came back again in 1835. By 1910 astronomers could calculate its path closely, "
            "and photographers were waiting for it with large cameras and glass plates.",
            "The comet was brightest in May 1910. On the night of 18 to 19 May it passed between the Earth and the "
            "Sun, and its tail, millions of kilometres long, was expected to sweep across our planet. Millions of people went out to look at it.",
        ], [C("The comet over the observatory dome, photographed on 13 May 1910.", "Right",
              "Photo: Northfield Observatory Archive")]),
        S("§2", "Poison in the Tail", [
            "Earlier that year astronomers studying the comet’s light had found cyanogen, a poisonous gas, in its "
            "tail. The French astronomer Camille Flammarion was reported as saying that the gas might soak into "
            "the atmosphere and possibly snuff out all life on the planet.",
            "Most scientists explained that the tail was so thin that nothing in it could harm anyone, and that the "
            "Earth had already passed through the tail of a great comet in 1861 without anybody noticing. The "
            "reassurances travelled more slowly than the fear.",
        ]),
        S("§3", "Comet Pills and Comet Parties", [
            "Salesmen soon offered comet pills, gas masks and even comet umbrellas. Some people sealed their doors "
            "and windows with paper, and others bought cylinders of oxygen. In a few towns, churches held all-night "
            "services for frightened congregations, and some people wrote their wills.",
            "Many more people treated the night as a celebration. Hotels and clubs held comet parties on their "
            "roofs, and crowds gathered in parks to watch. When morning came and nothing had happened, the "
            "newspapers that had spread the alarm made fun of those who had believed it.",
        ]),
        S("§4", "In the Long Case", [
            "The three objects below are shown in the long case beneath the comet photographs, with a dry plate "
            "camera of the kind used by the observatory in 1910.",
        ], [C("Box of “anti-comet” pills sold by a chemist in 1910.", None, "Lent by the Ashworth Pharmacy Collection"),
            C("Glass plate negative of the comet, taken on 6 May 1910.", None, "Northfield Observatory Archive, NOA.P.1910.12"),
            C("Menu card from a rooftop comet party in New York.", None, "Collection of Helen and Marcus Reyes")]),
    ],
    "cards": ["Cat. 41", "Cat. 42", "Cat. 43"],
    "pullquote": "“The reassurances travelled more slowly than the fear.”",
    "footnote": "1 Cyanogen is a compound of carbon and nitrogen; in the comet it was present only in tiny traces.",
    "sidebar": S(None, "Mark Twain and the Comet", [
        "The writer Mark Twain was born in 1835, two weeks after the comet passed closest to the Sun. In 1909 he "
        "said that he had come in with the comet and expected to go out with it. He died on 21 April 1910, the day "
        "after the comet passed closest to the Sun once more. The coincidence has made him part of almost "
        "every story told about the comet since.",
    ]),
}

# ---------------------------------------------------------------- 5. gunpowder_plot_1605 (officegen DOCX)
GUNPOWDER = {
    "name": "gunpowder_plot_1605",
    "kicker": "Gallery text · Room 6",
    "title": "Remember, Remember: The Gunpowder Plot",
    "title_lines": ["Remember, Remember:", "The Gunpowder Plot"],
    "intro": "On the night of 4 to 5 November 1605 a man calling himself John Johnson was arrested in a cellar beneath "
             "the House of Lords, guarding thirty-six barrels of gunpowder. The plot he served had been meant to kill "
             "King James I and most of his government at one blow.",
    "header": "Westgate Museum of London Politics · The Gunpowder Plot",
    "footer": "Gallery text – approved draft for the printers",
    "sections": [
        S("Display 1", "Catholics Under Pressure", [
            "Under Elizabeth I, Catholics in England paid heavy fines for refusing to attend Protestant services, "
            "and priests risked execution. Many hoped that her successor, James VI of Scotland, whose mother had "
            "been Catholic, would be more tolerant. When he became James I of England in 1603, little changed.",
            "A small group of Catholic gentlemen, led by Robert Catesby, decided that only the death of the king "
            "would do. They planned to blow up the House of Lords at the State Opening of Parliament and to put "
            "the king’s young daughter Elizabeth on the throne.",
        ]),
        S("Display 2", "The Cellar", [
            "In 1604 the conspirators rented a house next to Parliament, and later the lease of an undercroft "
            "directly beneath the House of Lords. Guy Fawkes, a Yorkshireman who had fought for Spain in the "
            "Netherlands and knew about explosives, was put in charge of the powder.",
            "The opening of Parliament was postponed several times because of the plague, and the barrels waited "
            "under firewood and coal through the summer of 1605.",
        ], [C("A lantern like the one Fawkes is said to have carried on the night of his arrest (replica).", "Right",
              "Replica by the Severn Forge, 2011")]),
        S("Display 3", "The Letter", [
            "On 26 October Lord Monteagle, a Catholic peer, received an anonymous letter warning him to stay away "
            "from Parliament, because it would receive a terrible blow. He showed it to Robert Cecil, the king’s "
            "secretary of state.",
            "The cellars were searched late on 4 November. Fawkes was found with slow matches and touchwood and "
            "was taken to the Tower, where the king allowed him to be tortured. Within a few days he gave up the "
            "names of his fellow plotters.",
        ]),
        S("Display 4", "Bonfire Night", [
            "Catesby and several others were killed in a siege at Holbeche House in Staffordshire. Fawkes and seven "
            "more were tried in January 1606 and executed. Parliament passed an act ordering a service of "
            "thanksgiving every year on 5 November.",
            "Londoners lit bonfires on the night the plot was discovered, and the custom spread. Effigies of the "
            "Pope, and later of Fawkes himself, were burned, and children still ask for a penny for the guy, a stuffed figure made to be burned.",
        ], [C("A guy made for a bonfire night in Sussex, about 1950.", "Below",
              "Lent by the Cliffe Heritage Trust")]),
    ],
    "footnote": "Estimates of the weight of the powder range from about one tonne to more than two.",
    "table_title": "The plotters and their fates",
    "table": [["Name", "Fate"], ["Robert Catesby", "Killed at Holbeche House, November 1605"],
              ["Thomas Percy", "Killed at Holbeche House, November 1605"],
              ["Guy Fawkes", "Executed at Westminster, 31 January 1606"],
              ["Thomas Wintour", "Executed at Westminster, 31 January 1606"]],
    "sidebar": S(None, "Who Was John Johnson?", [
        "Fawkes gave his name as John Johnson, servant to Thomas Percy, one of the plotters. Abroad he had used the "
        "Italian form Guido, and he signed his confession with it after he had been tortured. The shaky signature "
        "is one of the best known documents of the plot. Both signatures are shown in facsimile beside this panel.",
    ]),
}

# ---------------------------------------------------------------- 6. mayflower_1620 (HTML)
MAYFLOWER = {
    "name": "mayflower_1620",
    "kicker": "Online exhibition",
    "title": "The Mayflower Crossing, 1620",
    "intro": "In September 1620 a small merchant ship left Plymouth with 102 passengers bound for the mouth of the "
             "Hudson River. Sixty-six days later it anchored off Cape Cod instead, far to the north, with winter "
             "coming on. This online exhibition follows the crossing in four stops.",
    "sections": [
        S("Stop 1", "Two Ships, One Voyage", [
            "The voyage was organised by English Separatists, many of whom had lived for a decade in Leiden in the "
            "Netherlands, together with other settlers recruited by their London backers. They set out in two "
            "ships, the Mayflower and the smaller Speedwell.",
            "The Speedwell leaked so badly that both ships twice turned back. In the end the Mayflower sailed alone "
            "from Plymouth on 6 September, crowded with passengers who had moved across from its companion.",
        ], [C("A model of a merchant ship of the Mayflower’s size, made for the museum.", "Above",
              "Model by Harbour Lane Workshop, 1996")]),
        S("Stop 2", "Sixty-Six Days at Sea", [
            "Autumn storms battered the ship. One of the main beams cracked and was forced back into place with a "
            "great iron screw that the passengers had brought with them. A young servant, John Howland, was washed "
            "overboard and saved only by catching hold of a trailing rope. Howland lived to old age and has many descendants.",
            "One passenger and one of the crew died on the way, and a boy was born at sea and named Oceanus. On 9 "
            "November the lookouts sighted the sandy coast of Cape Cod.",
        ], [C("A screw jack of the early seventeenth century, of the kind used to lift the cracked beam.", "Left",
              "© Brixham Maritime Trust, BMT 2004.17")]),
        S("Stop 3", "A Compact Before Landing", [
            "The ship tried to sail south towards the Hudson but turned back among dangerous shoals off the "
            "elbow of the Cape. Because they would now settle "
            "outside the territory granted to them, some passengers said that no one would have the power to "
            "command them once ashore.",
            "On 11 November forty-one men signed an agreement to form a civil body politic and to obey the laws it "
            "made. It later became known as the Mayflower Compact.",
        ]),
        S("Stop 4", "The First Winter", [
            "The settlers chose a site across the bay, at a place they called Plymouth, and began to build in late "
            "December. Many still lived on board through the winter, and disease spread among them. By the spring "
            "about half of the passengers and many of the crew had died.",
            "In March an Abenaki man, Samoset, walked into the settlement and greeted the settlers in English. He "
            "introduced Tisquantum, known as Squanto, who showed them how to grow maize. The Mayflower sailed home "
            "in April 1621 and reached London in May.",
        ], [C("A wooden cradle of the kind brought over by the passengers.", None, "Lent by the Alden Family Trust"),
            C("Maize cobs of an early New England variety.", None, "© Brixham Maritime Trust, BMT 2011.3")]),
    ],
    "footnote": "Dates are Old Style, as used in England at the time; add ten days for the modern calendar.",
    "sidebar": S(None, "What Happened to the Ship?", [
        "The Mayflower made no more famous voyages. Its master, Christopher Jones, died in 1622, and by 1624 the ship "
        "was described as being in ruins. It was probably broken up; a barn in Buckinghamshire is said to contain "
        "its timbers, but there is no proof. A replica, Mayflower II, built in Devon, crossed the "
        "Atlantic in 1957.",
    ]),
}

ALL = [EMU, SSB, BEER, HALLEY, GUNPOWDER, MAYFLOWER]


def gold(ex, running):
    secs = [{"label": None, "title": ex["title"], "blocks": [{"kind": "paragraph", "text": ex["intro"]}]}]
    for s in ex["sections"] + [ex["sidebar"]]:
        blocks = [{"kind": "paragraph", "text": p} for p in s["paras"]]
        blocks += [{"kind": "caption", "text": c["text"], "position": c["position"], "credit": c["credit"]}
                   for c in s["captions"]]
        secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
    return {"title": ex["title"], "running": list(running), "sections": secs}


def write_gold(ex, running):
    with open(os.path.join(OUT, ex["name"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold(ex, running), f, ensure_ascii=False, indent=2)
        f.write("\n")


def body_words(ex):
    n = len(ex["intro"].split())
    for s in ex["sections"] + [ex["sidebar"]]:
        n += sum(len(p.split()) for p in s["paras"])
    return n


def pdftotext(name):
    import subprocess
    subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), os.path.join(OUT, name + ".txt")], check=True)


if __name__ == "__main__":
    for ex in ALL:
        print(ex["name"], body_words(ex))
