# -*- coding: utf-8 -*-
"""All texts of the round-35 hand-laid exhibit set (written by the set's author).

Each exhibit: kicker, title lines, intro, sections (label, title, paragraphs, caption or None),
sidebar (title, text), plus furniture that is not gold (quotes, notes, tables)."""

# ---------------------------------------------------------------- 1 texttopdf
CARD = dict(
    name="christmas_card_1843",
    kicker="GALLERY NOTES No. 14 - WINTER DISPLAY",
    title=["Merry Christmas to You:", "Henry Cole's Card of 1843"],
    intro=("In December 1843 a London civil servant with too many letters to answer ordered a printed card with a "
           "greeting on it. It cost a shilling, it offended some people, and it began a custom that now fills the "
           "post every winter."),
    sections=[
        ("1", "Too Many Letters", [
            "Henry Cole was one of the busiest men in Victorian London. He worked at the Public Record Office, he "
            "had helped Rowland Hill to bring in the penny post in 1840, and he would later organise the Great "
            "Exhibition and become the first director of the South Kensington Museum.",
            "The penny post made it cheap to send a letter anywhere in the country, and the number of letters grew "
            "quickly. Like many people, Cole found that the Christmas season brought a pile of friendly notes which "
            "politeness required him to answer, and he had no time to write them all by hand.[1]",
        ], None),
        ("2", "A Picture by Horsley", [
            "He asked his friend John Callcott Horsley, a painter of domestic scenes,[2] to design a card that could "
            "be sent instead. Horsley drew a family party seated round a table and raising their glasses, framed "
            "by a rustic trellis. On either side two smaller scenes showed acts of charity: feeding the hungry and "
            "clothing the poor.",
            "Under the central scene ran the words \"A Merry Christmas and a Happy New Year to You\", with a space "
            "at the top for the name of the person it was sent to. The design was printed from a lithographic "
            "stone, and each card was then coloured by hand.",
        ], ("Above", "A card from the first printing, sent by Cole to his grandmother, with the greeting coloured "
                     "by hand.", "Lent by the Tothill Street Stationers' Guild, TSG 1843/2")),
        ("3", "A Shilling Each", [
            "About a thousand copies were printed. Cole used what he needed, and the rest were sold for a shilling "
            "each at the shop in Old Bond Street where he published children's books under the name Felix "
            "Summerly. That was a high price at a time when a labourer might earn less than a pound a week, and "
            "the cards did not sell out.",
            "Not everyone liked the picture. Supporters of the temperance movement complained that it showed a "
            "small child being given a glass of wine, and said that such a card could only encourage drinking "
            "among the young. Others thought the scene cheerful and harmless, and the card did no harm to "
            "Horsley's career.",
        ], None),
        ("4", "A Custom Takes Hold", [
            "For some years few people copied the idea. Then cheaper colour printing and lower postal rates "
            "brought prices down, and by the 1870s sending Christmas cards had become a habit across Britain. "
            "Printers such as Marcus Ward and Raphael Tuck employed artists, held competitions for new designs "
            "and sold cards by the million.",
            "Only about twenty of the original cards are known to survive. One of them, which Cole had sent to "
            "members of his own family, was sold at auction in 2001 for more than twenty thousand pounds.",
        ], None),
    ],
    sidebar=("What Was the Penny Post?",
             "Before 1840 the cost of a letter depended on the distance it travelled and on the number of sheets, "
             "and it was usually paid by the person who received it. Rowland Hill's reform brought in a single "
             "rate of one penny for a letter of up to half an ounce, paid in advance with an adhesive stamp, the "
             "Penny Black."),
    notes=["Cole kept a diary for most of his life; the entries for December 1843 mention the card twice.",
           "Horsley later became a member of the Royal Academy and a strong critic of paintings of the nude."],
    table=[("Printed", "about 1,000 copies"), ("Price", "one shilling each"),
           ("Size", "about 13 x 8 cm"), ("Known today", "about 20 copies")],
)

# ---------------------------------------------------------------- 2 xhtml2pdf
NEWCOMEN = dict(
    name="newcomen_engine_1712",
    kicker="Catalogue · Power Before Watt",
    title=["The Engine That Breathed:", "Thomas Newcomen at Dudley Castle, 1712"],
    intro=("In 1712 an ironmonger from Dartmouth set up a machine beside a coal pit in the Black Country that used "
           "steam and the weight of the air to pump water from the mine. It was the first practical steam engine, "
           "and for more than sixty years nearly every steam engine in the world was built on its pattern."),
    sections=[
        ("I", "Water in the Mines", [
            "By 1700 many English coal and tin mines had reached a depth at which water flooded in faster than men "
            "or horses could raise it, and some pits were abandoned with good coal still in them. Inventors had "
            "tried to use the power of fire to lift water, and in 1698 Thomas Savery patented a pump that drew "
            "water up by condensing steam in a closed vessel.[1] Savery’s pump could not lift water far, and its "
            "boilers were liable to burst.",
            "Thomas Newcomen, born in Dartmouth in 1664, sold ironwork and tools to the mines of Devon and "
            "Cornwall and knew their troubles well. With his partner John Calley, a plumber, he spent some ten "
            "years experimenting with a different kind of engine.",
        ], None),
        ("II", "How It Worked", [
            "Newcomen’s engine had a vertical cylinder, open at the top, with a piston hanging by a chain from one "
            "end of a great wooden beam. Steam at little more than the pressure of the air filled the cylinder "
            "beneath the piston; then a jet of cold water was sprayed inside, the steam condensed, and the air "
            "pressing on the top of the piston drove it down. The beam rocked, and the pump rods at its other end "
            "rose, lifting water from the pit. The weight of the rods then pulled the piston back up, ready for "
            "the next stroke.",
            "The engine made about twelve strokes a minute. It was slow and it burned a great deal of coal, but it "
            "worked day and night and needed little more than a boy to work the valves and a man to feed the fire.",
        ], ("Above", "A working model of the Dudley Castle engine, built from the engraving of 1719.",
            "Lent by the Tipton Canal Society, TCS M.14")),
        ("III", "The Engine at Dudley Castle", [
            "The first engine known for certain was erected in 1712 at the Conygree coal works near Dudley Castle, "
            "in what is now the West Midlands. An engraving published in 1719 shows it in detail: a brick engine "
            "house, a boiler shaped like a brewer’s copper, and a beam projecting from the wall over the shaft.[2]",
            "Because Savery’s patent was worded to cover any engine that raised water by fire, Newcomen had to "
            "work under it, and the patent had been extended by Act of Parliament until 1733.[3] Even so, engines "
            "were soon at work in coalfields across Britain and in Europe, from Sweden to Hungary.",
        ], None),
        ("IV", "Improved, Not Replaced", [
            "In 1763 James Watt, an instrument maker at the University of Glasgow, was asked to repair a model "
            "Newcomen engine. He saw that heating and cooling the cylinder at every stroke wasted most of the "
            "fuel, and in 1765 he hit on the idea of condensing the steam in a separate vessel. Watt’s engines "
            "used far less coal, but Newcomen engines were cheaper to build and went on working at collieries, "
            "where fuel cost little, well into the nineteenth century.",
            "An engine built in 1795 at Elsecar, near Barnsley, still stands in its own engine house, the oldest "
            "of its kind in the place where it first worked.",
        ], None),
    ],
    sidebar=("Who Was Thomas Savery?",
             "Thomas Savery was a military engineer from Devon who showed his fire engine to King William III at "
             "Hampton Court and to the Royal Society. He called it the Miner’s Friend and wrote a short book with "
             "that title in 1702 to promote it, but it was more often used to raise water for houses and gardens "
             "than to drain mines."),
    notes=["Savery’s patent was granted on 25 July 1698 for fourteen years.",
           "The engraving is by Thomas Barney; a print is in the Tipton Canal Society’s archive.",
           "The Act of 1699 added twenty-one years to the term of the patent."],
    quote="“It worked day and night, and it never grew tired.”",
    table=[("Cylinder", "21 inches across"), ("Stroke", "about 8 feet"), ("Speed", "about 12 strokes a minute"),
           ("Lift", "about 10 gallons a stroke from 51 yards")],
    running_left="The Age of Steam · Catalogue of the Engine House",
)

# ---------------------------------------------------------------- 3 Asymptote
R101 = dict(
    name="r101_airship_1930",
    kicker="THE IMPERIAL AIRSHIP SCHEME",
    title=["Airship R101:", "The Last Flight to India, 1930"],
    intro=("On the evening of 4 October 1930 the largest aircraft in the world left its mooring mast at Cardington "
           "in Bedfordshire, bound for Karachi. Seven hours later it lay burning on a hillside in northern France."),
    sections=[
        ("A", "An Empire Linked by Air", [
            "In 1924 the government approved a plan to build two great passenger airships that would carry mail "
            "and officials to India, Canada and Australia far faster than any ship. One, R100, was ordered from a "
            "private company, Vickers, whose team included the engineer Barnes Wallis and the future novelist "
            "Nevil Shute. The other, R101, was designed and built by the state at the Royal Airship Works at "
            "Cardington.",
            "R101 was full of new ideas: a framework of stainless steel, diesel engines chosen because their fuel "
            "was less likely to catch fire in the tropics, and gas valves of a new design. Many of them made the "
            "ship heavier than had been planned. Critics in the press called it the socialist ship, and R100 "
            "the capitalist one.",
        ], None),
        ("B", "Too Heavy to Carry Passengers", [
            "When R101 first flew in October 1929 it could lift far less than its designers had hoped. To gain "
            "lift the crew let out the wiring that held the gas bags, so that they could be filled more fully, "
            "and in the summer of 1930 the ship was cut in two and an extra bay with a new gas bag was added, "
            "making it 777 feet long.",
            "The lengthened ship made only one trial flight, of about seventeen hours and in fine weather, before "
            "it set out for India. There was pressure to leave: the Secretary of State for Air, Lord Thomson, "
            "wanted to reach Karachi and return in time for the Imperial Conference in London.",
        ], ("Left", "R101 at the mooring mast at Cardington in 1929, before the extra bay was added.",
            "Photo: Shortstown Aeronautical Archive, SAA 29/114")),
        ("C", "The Night of 4 October", [
            "R101 slipped from the mast at about half past six in the evening with fifty-four people on board. "
            "Rain and a strong wind met it over the Channel. Shortly after two in the morning, over the hills "
            "near Beauvais, the ship went into a dive, recovered, dived again and struck the ground at low speed. "
            "The hydrogen in its gas bags caught fire at once.",
            "Forty-eight people died, two of them later in hospital at Beauvais; among the dead were Lord Thomson "
            "and the Director of Civil Aviation, Sir Sefton Brancker. Most of the six "
            "who survived were engineers in the engine cars, who escaped through the flames.",
        ], None),
        ("D", "The End of the Scheme", [
            "The dead lay in state in Westminster Hall and were buried together in a single grave at Cardington. "
            "An inquiry concluded that the ship had probably lost gas from a torn bag near the bow. The "
            "government ended the British airship programme, and the successful R100 was sold for scrap in 1931.",
            "The two great sheds at Cardington, built for the airships, still stand beside the road to Bedford. A memorial to the dead stands in the "
            "churchyard at Cardington, and another near the crash site at Allonne, outside Beauvais.",
        ], None),
    ],
    sidebar=("How Big Was R101?",
             "After it was lengthened R101 was 777 feet long, more than twice the length of a football pitch, and "
             "held about five and a half million cubic feet of hydrogen. Its passengers had cabins with two "
             "bunks, a dining saloon for fifty and a smoking room lined with asbestos."),
    quotes=[("“Half of Bedford came out to watch her go over.”", "Shortstown resident, recorded 1980"),
            ("“You could hear the engines long after the lights had gone.”", "Cardington sound archive")],
    timeline=[("1924", "Imperial Airship Scheme approved"), ("Oct 1929", "R101’s first flight"),
              ("Jun 1930", "Extra bay added at Cardington"), ("4 Oct 1930", "Leaves for Karachi"),
              ("5 Oct 1930", "Crash near Beauvais"), ("1931", "R100 sold for scrap")],
    footer="Cardington Airship Heritage Hall · Shed 2",
    panel="Panel 7",
)

# ---------------------------------------------------------------- 4 PDF::Writer slide deck
CULLINAN = dict(
    name="cullinan_diamond_1905",
    kicker="Gallery talk · Rand Mineral Gallery",
    title=["The Great Star:", "The Cullinan Diamond, 1905"],
    intro=("In January 1905 a mine manager in the Transvaal pulled from the wall of an open pit the largest gem "
           "diamond ever found. It is now part of the Crown Jewels, cut into nine large stones and many small ones."),
    sections=[
        ("Part 1", "A Stone in the Wall", [
            "The Premier Mine near Pretoria had been opened in 1902 by Thomas Cullinan, a builder who had bought "
            "the farm on which it lay. On 26 January 1905 the surface manager, Frederick Wells, was making his "
            "evening round when he saw something catching the light in the side of the pit, about eighteen feet "
            "below the surface.",
            "He prised it out with his pocket knife. It was a single crystal weighing 3,106 carats, about 621 "
            "grams, and at first some of the staff thought it was a lump of glass put there as a joke.",
        ], ("Right", "A glass replica of the rough stone, cast in 1908 from a model made before cutting.",
            "Lent by the Witwatersrand Lapidary Club, WLC 12")),
        ("Part 2", "A Present for the King", [
            "The stone was shown in Johannesburg and then sent to London to find a buyer, but for two years no "
            "one would pay the price. In 1907 the Transvaal government, which had just been granted "
            "self-government, bought it for 150,000 pounds and gave it to King Edward VII for his sixty-sixth "
            "birthday, as a token of loyalty after the war.",
            "The idea came from the prime minister, Louis Botha, a former Boer general, and was carried by a vote "
            "of the colony’s parliament.",
            "Moving the stone safely was a problem of its own. A great show was made of sending it to England on "
            "a steamer guarded by detectives, but the parcel they watched was a decoy. The real diamond travelled "
            "to London by ordinary registered post, in a plain box.",
        ], None),
        ("Part 3", "Cleaving in Amsterdam", [
            "The king sent the stone to the firm of I. J. Asscher in Amsterdam, the most respected diamond "
            "cutters of the day.[1] The rough stone had a flaw inside it and had to be split before it could be "
            "cut. Joseph Asscher studied it for weeks and cut a groove in it to guide the blade.",
            "On 10 February 1908 he set a steel blade in the groove and struck it. The blade broke and the "
            "diamond did not. At the second blow the stone fell apart exactly as he had planned. The story that "
            "he fainted afterwards is often told, though his family said it was not true.",
        ], None),
        ("Part 4", "Nine Great Stones", [
            "Three polishers worked for eight months on the pieces. The result was nine major stones, ninety-six "
            "small brilliants and some unpolished fragments. The largest, Cullinan I or the Great Star of Africa, "
            "weighs 530 carats and was set in the head of the Sovereign’s Sceptre. Cullinan II, of 317 carats, is "
            "in the front of the Imperial State Crown.",
            "The other seven major stones were kept by the Asschers as their fee, then bought by the government "
            "of South Africa and given to Queen Mary in 1910. She wore them as brooches, rings and a necklace.",
        ], None),
    ],
    sidebar=("What Is a Carat?",
             "A carat is a unit of weight for gems, fixed at one fifth of a gram by international agreement in "
             "1907. The name comes from the seed of the carob tree, once said to have been used to balance "
             "jewellers’ scales."),
    notes=["The firm had cut the Excelsior diamond, found in 1893, ten years earlier."],
    table=[("Cullinan I", "530 carats", "Sovereign’s Sceptre"), ("Cullinan II", "317 carats", "Imperial State Crown"),
           ("Cullinan III", "94 carats", "Pendant, with IV"), ("Cullinan IV", "64 carats", "Brooch")],
    footer="The Great Star · a gallery talk",
)

# ---------------------------------------------------------------- 5 Spire.Doc DOCX
STONEHENGE = dict(
    name="stonehenge_sale_1915",
    kicker="Object in focus",
    title=["Lot 15: Stonehenge", "Sold at Auction, Salisbury, 1915"],
    intro=("On a September afternoon in 1915 the most famous prehistoric monument in Britain was sold to a local "
           "man for six thousand six hundred pounds. Three years later he gave it away."),
    sections=[
        ("Part 1", "A Monument in Private Hands", [
            "For centuries Stonehenge stood on private land. From 1824 it belonged to the Antrobus family, "
            "baronets whose Amesbury estate included the stones and the downland around them. Visitors came in "
            "growing numbers, some chipped pieces off the stones as souvenirs, and in 1901 the owner, Sir Edmund "
            "Antrobus, fenced the monument and began to charge a shilling for admission.",
            "That same year a leaning stone of the great trilithon was straightened and set in concrete, the first "
            "of several repairs carried out on the advice of archaeologists.",
            "Antiquaries had argued about the age and purpose of the monument since the seventeenth century, when "
            "John Aubrey made the first careful plan of it and suggested that it had been a temple of the Druids.",
        ], None),
        ("Part 2", "The Sale", [
            "The heir to the estate, also named Edmund Antrobus, was killed in France in October 1914, and his "
            "father died early the following year. The estate was divided into lots and offered for sale by the "
            "auctioneers Knight, Frank and Rutley at the Palace Theatre in Salisbury on 21 September 1915. "
            "Stonehenge was lot 15.[1] The sale was reported across the country, and some writers were angry "
            "that such a monument could be sold at all.",
            "Bidding started at five thousand pounds and rose by hundreds until Cecil Chubb, a barrister born in "
            "the nearby village of Shrewton, bought the monument for 6,600 pounds. It was said later that he had "
            "gone to the sale to buy a set of dining chairs, and that he bid for the stones on impulse, so that "
            "no one from outside the county could carry them off.",
        ], ("Right", "The auction catalogue, open at the page that describes lot 15.",
            "Lent by the Shrewton Local History Group, SLHG 1915/1")),
        ("Part 3", "A Gift to the Nation", [
            "Chubb owned Stonehenge for three years. In October 1918, shortly before the end of the war, he "
            "handed it to the nation by a deed of gift,[2] on condition that local people would be let in free and "
            "that the charge for others would be kept low. The gift was accepted by the First Commissioner "
            "of Works on behalf of the nation.",
            "He was made a baronet the following year, and a story grew up that he had bought the monument as a "
            "present for his wife, who did not care for it. Chubb himself never explained his reasons at length.",
        ], None),
        ("Part 4", "Stonehenge Since", [
            "The new guardians began a long programme of excavation and repair, straightening and resetting "
            "several stones in the decades that followed. Free entry for local people, promised in the deed, is "
            "still honoured for residents of the parishes nearby.",
            "The monument was inscribed as a World Heritage Site, together with Avebury, in 1986. Today it is cared "
            "for by English Heritage, and the road that once ran close beside the stones has been closed and the "
            "land returned to grass.",
        ], None),
    ],
    sidebar=("Who Was Cecil Chubb?",
             "Cecil Chubb was the son of a saddler from Shrewton. He studied at Cambridge, became a barrister and "
             "made his fortune partly through his marriage and partly by running a large private mental hospital "
             "in Salisbury. He died in 1934."),
    notes=["The sale catalogue describes the lot as about thirty acres of down land with the monument.",
           "The deed of gift is dated 26 October 1918."],
    quote="“He went to buy some chairs and came home owning a monument.”",
    table=[("Lot", "15"), ("Opening bid", "5,000 pounds"), ("Sold for", "6,600 pounds"), ("Area", "about 30 acres")],
)

# ---------------------------------------------------------------- 6 Jekyll HTML
BIGBEN = dict(
    name="big_ben_1859",
    kicker="Online exhibition",
    title=["The Bell That Cracked:", "Big Ben, 1859"],
    intro=("In the summer of 1859 a new bell began to strike the hours over the Houses of Parliament. Within weeks it "
           "had cracked, and it has been ringing with the crack ever since."),
    sections=[
        ("Part One", "A Clock for Parliament", [
            "The old Palace of Westminster burned down in October 1834, and the new building designed by Charles "
            "Barry and Augustus Pugin included a clock tower at its northern end. The Astronomer Royal, George "
            "Airy, insisted that the clock should be accurate to within a second,[1] and that its time should be "
            "checked twice a day by telegraph from the Royal Observatory at Greenwich. Many clockmakers said that "
            "this could not be done with hands so large and so exposed to the weather.",
            "The lawyer and amateur horologist Edmund Beckett Denison designed a clock that could, using a new "
            "double three-legged gravity escapement, which kept the pendulum free of the pull of wind and snow on "
            "the hands. The clock was built by the firm of Edward John Dent and, after his death, by his stepson "
            "Frederick.",
        ], None),
        ("Part Two", "Two Great Bells", [
            "The first great bell was cast in 1856 by John Warner and Sons at Stockton-on-Tees and brought to "
            "London by sea. While it was being tested in the palace yard in 1857 it cracked, and it was broken up.",
            "The metal was recast in 1858 by George Mears at the Whitechapel foundry. The new bell, weighing about "
            "thirteen and a half tons, was hauled up the shaft of the tower on its side, a task that took more "
            "than a day.",
        ], ("Above", "The new bell on its way through the streets of London in 1858, drawn by a team of sixteen "
                     "horses.", "Engraving: Millbank Print Collection, MPC 58.7")),
        ("Part Three", "Cracked Again", [
            "The clock began to keep time on 31 May 1859, and the great bell first struck the hours in July. In "
            "September it cracked. Denison blamed the foundry for bad metal; the foundry blamed Denison’s hammer, "
            "which was far heavier than had been advised, and the quarrel ended in a libel case.",
            "For three years the hours were struck on the largest of the quarter bells. In 1863 the great bell "
            "was given a partial turn so that the hammer struck a sound part of the rim, and a lighter hammer was "
            "fitted. The crack is still there, and it gives the bell its particular note.",
        ], None),
        ("Part Four", "Keeping Time", [
            "Small changes to the clock’s rate are still made by adding or removing old penny coins on a tray on "
            "the pendulum;[2] each penny alters the rate by about two fifths of a second a day. The clock has stopped "
            "now and then: in heavy snow, when a flock of starlings settled on the minute hand, and in 1976, when "
            "metal fatigue broke part of the mechanism.",
            "In 2012 the tower was renamed the Elizabeth Tower to mark the Diamond Jubilee of Queen Elizabeth II. "
            "The bell kept its nickname. The tower was restored between 2017 and 2022, and the bell was silent "
            "for most of those years except on special days such as Remembrance Sunday and New Year’s Eve.",
        ], None),
    ],
    sidebar=("Why “Big Ben”?",
             "Nobody is certain how the bell got its name. One account says it was named after Sir Benjamin Hall, "
             "the Commissioner of Works, whose name was cast on it; another that it was named after Benjamin "
             "Caunt, a heavyweight boxer of the day. Whatever its origin, the name is now used for the clock and "
             "the tower as well."),
    notes=["Airy and Denison quarrelled for years over the design; the correspondence fills several volumes.",
           "The tray of coins is still in use, and predecimal pennies are kept for the purpose."],
)

ALL = [CARD, NEWCOMEN, R101, CULLINAN, STONEHENGE, BIGBEN]


def gold(doc, running, title=None, para_fix=None):
    """Build the gold dict in the references' schema."""
    t = title or " ".join(doc["title"])
    secs = [{"label": None, "title": t, "blocks": [{"kind": "paragraph", "text": doc["intro"]}]}]
    import re
    strip = lambda s: re.sub(r"\[\d\]", "", s)
    for label, stitle, paras, cap in doc["sections"]:
        blocks = [{"kind": "paragraph", "text": strip(p)} for p in paras]
        if cap:
            blocks.append({"kind": "caption", "text": cap[1], "position": cap[0], "credit": cap[2]})
        secs.append({"label": label, "title": stitle, "blocks": blocks})
    secs.append({"label": None, "title": doc["sidebar"][0],
                 "blocks": [{"kind": "paragraph", "text": doc["sidebar"][1]}]})
    return {"title": t, "running": running, "sections": secs}


def write_gold(doc, running, outdir, title=None):
    import json, os
    g = gold(doc, running, title)
    with open(os.path.join(outdir, doc["name"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return g


if __name__ == "__main__":
    import re
    for d in ALL:
        g = gold(d, [])
        n = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        print(d["name"], n)
