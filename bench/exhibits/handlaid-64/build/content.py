#!/usr/bin/env python3
"""All exhibit texts of set 64 (my own words) and the gold JSON written from them.

Writes build/texts.json (everything the generators need, including the non-gold
furniture: kickers, quotes, tables, notes, timelines) and ../NAME.json (gold).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def cap(text, position, credit):
    return {"kind": "caption", "text": text, "position": position, "credit": credit}


EX = {}

# ---------------------------------------------------------------- 1 Baskerville
EX["baskerville_virgil_1757"] = {
    "kind": "pdf",
    "title_lines": ["A Printer’s Perfection", "John Baskerville’s Virgil, 1757"],
    "kicker": "CHAPTER 3 · THE BIRMINGHAM PRESSES",
    "intro": "In 1757 a Birmingham manufacturer who had made his fortune from japanned trays published an edition of Virgil in Latin. Its types, its ink and its paper were all of his own making, and the book was admired across Europe as a model of what a printed page could be.",
    "running_head": "The Birmingham Presses",
    "running_foot": "Calloway Museum of Print and Paper · Catalogue of the Birmingham Collection",
    "folios": ["32", "33"],
    "sections": [
        {"label": "A", "title": "From Writing Master to Japanner", "paras": [
            "John Baskerville was born in 1706 at Wolverley in Worcestershire. As a young man he taught writing in Birmingham and cut inscriptions on gravestones, work that trained his eye for the shapes of letters. Around 1740 he turned to japanning, the craft of coating metal goods with layers of hard, glossy varnish in imitation of Asian lacquer, and the trade made him rich.",
            "By the early 1750s he owned a house and grounds at Easy Hill on the edge of the town, kept a carriage painted with his own designs, and had the leisure to pursue an old ambition. He wanted to print books, and to print them better than anyone in England was then doing. He spent several years and a large part of his fortune on the attempt before a single volume appeared.",
        ]},
        {"label": "B", "title": "Type, Ink and Paper", "paras": [
            "Baskerville worked with the punchcutter John Handy to make a new roman and italic. The letters were lighter and more open than those of William Caslon, the leading English founder, with a stronger contrast between thick and thin strokes and a more upright axis to the curves. Many printers of the day thought the effect too sharp and too bright, and some complained that it hurt their eyes.",
            "He also changed what the letters were printed on and with. He boiled his own ink, darker and glossier than the usual kind, and he had the sheets pressed between heated copper plates after printing to give them a smooth finish. For the Virgil he used a wove paper, made on a mould of finely woven wire instead of the usual laid wires, so that the sheet showed no lines when held to the light. It was one of the first books in Europe printed on such paper.",
        ], "caption": cap("Publius Virgilii Maronis Bucolica, Georgica, et Aeneis, Birmingham, 1757, open at the first book of the Aeneid.", "Above", "Lent by the Edgbaston Library Company, ELC 1757.2")},
        {"label": "C", "title": "Admired Abroad, Doubted at Home", "paras": [
            "The Virgil, a royal quarto, was published by subscription in 1757, and its plain pages with wide margins and very little ornament drew praise from scholars and collectors. Baskerville became printer to the University of Cambridge, where he produced a folio Bible in 1763, but the work paid poorly, and his books never sold well enough to cover their costs.",
            "After his death in 1775 his widow Sarah sold the punches and matrices to the French playwright Pierre-Augustin Caron de Beaumarchais, who used them to print a great edition of the works of Voltaire at Kehl. His types were admired by Giambattista Bodoni in Parma and by the Didot family in Paris, whose sharply contrasted faces owed something to his example. The designs were revived in the twentieth century, and versions called Baskerville are still supplied with many computers.",
        ]},
    ],
    "sidebar": {"title": "A Restless Grave", "paras": [
        "Baskerville was a declared freethinker and asked to be buried in a cone-shaped vault in his own garden rather than in consecrated ground. When canal works disturbed the site in the 1820s, the lead coffin was opened, shown to curious visitors for a time and moved more than once. It was finally placed in the catacombs of Warstone Lane Cemetery in 1898.",
    ]},
    "footnote": "* Easy Hill stood near what is now Broad Street in the centre of Birmingham. The house was wrecked by rioters in 1791, sixteen years after Baskerville’s death.",
    "quote": ["“He spent a fortune to make", "a page that looks effortless.”"],
    "quote_by": "— Wenna Ashcombe, curator",
    "table_title": "The Virgil in brief",
    "table": [["Format", "Royal quarto"], ["Language", "Latin"], ["Type", "Baskerville roman and italic, great primer"], ["Paper", "Wove, pressed hot after printing"], ["Printed at", "Easy Hill, Birmingham"]],
}

# ---------------------------------------------------------------- 2 Meissen
EX["meissen_porcelain_1710"] = {
    "kind": "pdf",
    "title_lines": ["White Gold", "The Secret of Meissen Porcelain, 1710"],
    "kicker": "GALLERY 6 · EUROPEAN CERAMICS",
    "intro": "For a century European potters tried and failed to copy the porcelain that ships brought from China and Japan. The secret was found in Saxony, by an alchemist held under guard, and in 1710 the first European porcelain factory opened in a castle above the River Elbe.",
    "running_foot": "Abbotsleigh Museum of Decorative Arts · Panel 2",
    "sections": [
        {"label": "1", "title": "An Alchemist in Custody", "paras": [
            "Chinese porcelain, hard, white and thin enough to let light through, was one of the most coveted luxuries in Europe around 1700. Augustus the Strong, Elector of Saxony and King of Poland, spent enormous sums on it and called his passion a sickness. No European workshop knew how to make it, and the secret seemed to lie in some lost ingredient.",
            "In 1701 a young apothecary’s apprentice named Johann Friedrich Böttger, who had boasted that he could turn base metal into gold, fled from Berlin to Saxony. Augustus took him into custody and set him to work on the gold. When the alchemy failed, the scholar Ehrenfried Walther von Tschirnhaus, who had long experimented with burning mirrors and the melting of minerals, steered him towards a more useful secret.",
        ]},
        {"label": "2", "title": "The Recipe Found", "paras": [
            "Working in cellars under the fortifications of Dresden, Böttger and Tschirnhaus fired mixtures of clays and stones at temperatures far higher than ordinary kilns reached. By 1708 they had a white body that was hard and translucent. The key was kaolin, a fine white clay, fired with alabaster and later with feldspar. Tschirnhaus died that autumn, and Böttger was left to complete the work alone.",
            "On 23 January 1710 a royal decree announced the founding of a porcelain manufactory, and in June it began work inside the Albrechtsburg, the old castle high above the town of Meissen. The fortress kept the workers, and the recipe, under guard. Its first successful product was in fact a hard red stoneware, which could be cut and polished like a gemstone, and the true white porcelain reached the market only a few years later.",
        ], "caption": cap("Teapot in polished red stoneware with applied leaves, Meissen, about 1712.", "Above", "Lent from a private collection, Leipzig")},
        {"label": "3", "title": "Painters and Modellers", "paras": [
            "Böttger died in 1719, aged thirty-seven, worn out by drink, fumes and years of confinement. The factory’s fortunes changed when the painter Johann Gregorius Höroldt arrived in 1720 and developed a range of bright enamel colours, used for chinoiserie scenes of imaginary Asian courts. In 1723 the factory began to mark its wares with crossed swords taken from the arms of Saxony, one of the oldest trademarks still in use.",
            "From 1731 the sculptor Johann Joachim Kändler modelled life-size animals for the king’s Japanese Palace and then thousands of small figures of lovers, shepherds, musicians and street traders. Such figures were set out on banqueting tables in place of the sugar sculptures that had decorated them before. Despite the guards, workers fled and carried the secret to Vienna, Venice and beyond, and within a few decades porcelain was being made at factories all over Europe.",
        ]},
    ],
    "sidebar": {"title": "Why Does Porcelain Ring?", "paras": [
        "Fired at around 1,350 degrees, kaolin and feldspar fuse into a dense, glassy body with very few pores. Tap a porcelain cup and it rings clearly, while softer earthenware gives a dull knock. Collectors have long used the sound, and a lamp held behind a plate, to tell the two apart.",
    ]},
    "quote": ["“The prisoner who could not", "make gold made something", "almost as precious.”"],
    "quote_by": "— Hedda Lorenz, keeper of ceramics",
    "map_title": "Saxony in 1710",
    "map_key": ["Dresden – Böttger’s laboratory", "Meissen – the Albrechtsburg factory", "Colditz – clay for the first trials", "Aue – white kaolin from the Schnorr mine"],
}

# ---------------------------------------------------------------- 3 Stradivari
EX["stradivari_messiah_1716"] = {
    "kind": "pdf",
    "title_lines": ["The Voice of Cremona", "Antonio Stradivari and the ‘Messiah’ Violin, 1716"],
    "kicker": "THE MUSIC ROOM · MAKERS OF STRINGED INSTRUMENTS",
    "intro": "Three centuries after they were made, the violins of Antonio Stradivari are still the instruments that soloists most want to play. One of the finest has hardly been played at all. It stayed in his workshop, passed from collector to collector under a teasing nickname, and now rests behind glass.",
    "running_foot": "Harrowgate Hall of Music · The String Makers",
    "folios": ["1", "2"],
    "sections": [
        {"label": "Movement I", "title": "A Workshop on the Piazza", "paras": [
            "Antonio Stradivari was born around 1644, probably in Cremona in Lombardy, a town where Andrea Amati had founded the art of violin making more than a century before. He may have trained with Nicolò Amati, Andrea’s grandson, and his earliest known violin, labelled in 1666, follows the Amati pattern closely. That label describes him as a pupil of Nicolò, although not every scholar accepts it.",
            "In 1680 he bought a house on the Piazza San Domenico and worked there for the rest of his long life, helped by his sons Francesco and Omobono. Besides violins he made violas, cellos, guitars, harps and at least one mandolin. Around 1690 he experimented with a longer, narrower violin, and in the years after 1700 he settled on the broader, flatter and more powerful model for which he is best known.",
        ]},
        {"label": "Movement II", "title": "The Golden Period", "paras": [
            "The instruments from about 1700 to 1725 are often said to belong to his golden period. The spruce of the front and the flamed maple of the back were carved to carefully graduated thicknesses, and a deep orange-red varnish was laid over a pale ground. Scientists have studied the wood, its mineral treatments and the varnish for decades without finding a single secret that explains the sound.",
            "In 1716, at the age of about seventy-two, Stradivari finished a violin that stayed in his workshop until his death in 1737. It passed to his sons and was sold in 1775 to Count Ignazio Alessandro Cozio di Salabue, and later to the dealer Luigi Tarisio, who talked about it so often in Paris without ever producing it that the violinist Delphin Alard joked that it was like the Messiah: always awaited, never appearing.",
        ], "caption": cap("Front of a violin in spruce, Cremona, about 1700, from a workshop close to Stradivari’s.", "Left", "Lent by the Holloway Quartet Trust, HQT 14")},
        {"label": "Movement III", "title": "Kept from the Bow", "paras": [
            "After Tarisio died in 1854 the Paris maker and dealer Jean-Baptiste Vuillaume bought his stock and kept the violin until his own death. It then passed through the hands of several owners before the London firm of W. E. Hill and Sons acquired it. In 1939 the Hill family gave it to the Ashmolean Museum in Oxford on condition that it should be kept as a model for future makers and not be played.",
            "Because it has seldom been played, the violin keeps its varnish and much of its original appearance, and it is one of the most copied instruments in the world. Its date has been questioned, but studies of the tree rings in its spruce front have matched them with wood in other Stradivari instruments of the same years, supporting the traditional attribution.",
        ]},
    ],
    "sidebar": {"title": "The Label Inside", "paras": [
        "Most Stradivari instruments carry a printed label reading Antonius Stradiuarius Cremonensis Faciebat Anno, with the last figures of the year added by hand. Labels were easy to copy, and thousands of factory violins made in the nineteenth century carry imitations of them, which is why a label alone proves nothing.",
    ]},
    "timeline": [["1644", "Born, probably in Cremona"], ["1666", "Earliest known label"], ["1680", "House on the Piazza San Domenico"], ["1716", "The ‘Messiah’ is made"], ["1737", "Death of Stradivari"], ["1775", "Sold to Count Cozio"], ["1855", "Bought by Vuillaume"], ["1939", "Given to Oxford"]],
    "table_title": "The instrument",
    "table": [["Maker", "Antonio Stradivari"], ["Made", "Cremona, 1716"], ["Front", "Spruce, two pieces"], ["Back", "Flamed maple, one piece"]],
    "quote": ["“Always awaited,", "never appearing.”"],
}

# ---------------------------------------------------------------- 4 Mendelssohn
EX["mendelssohn_matthew_passion_1829"] = {
    "kind": "pdf",
    "title_lines": ["A Passion Revived", "Mendelssohn Conducts Bach, Berlin 1829"],
    "kicker": "PROGRAMME NOTES · PART 4",
    "intro": "On 11 March 1829 the twenty-year-old Felix Mendelssohn conducted Johann Sebastian Bach’s St Matthew Passion in Berlin, its first performance since Bach’s own lifetime. The concert is often taken as the moment when Bach’s great choral music returned to public life.",
    "running_head": "Spring Choral Festival · Programme",
    "folios": ["6", "7"],
    "sections": [
        {"label": "4.1", "kicker": "THE SCORE", "title": "A Score in the Family", "paras": [
            "Bach wrote the St Matthew Passion for the Good Friday service at St Thomas’s Church in Leipzig, where it was first heard in 1727, and he revised it in the following years. Scored for two choirs and two orchestras, it sets the Gospel account of the suffering and death of Christ with arias, chorales and a vast opening chorus. After his death in 1750 it was not performed again for almost eighty years. Its words were written by the Leipzig poet Christian Friedrich Henrici, who published under the name Picander.",
            "Bach’s music never disappeared entirely. Organists and teachers copied his keyboard works, and Carl Friedrich Zelter, director of the Berlin Sing-Akademie, owned manuscripts of the larger choral pieces and rehearsed some of them privately. Mendelssohn, who studied with Zelter, grew up in a family that collected Bach; his great-aunt Sara Levy had taken lessons from Bach’s eldest son, and his grandmother gave him a copy of the Passion score as a Christmas present in 1823.",
        ], "marks": [["1727,", "¹"], ["1823.", "²"]]},
        {"label": "4.2", "kicker": "THE REHEARSALS", "title": "Persuading Zelter", "paras": [
            "Mendelssohn and his friend Eduard Devrient, an actor and singer at the royal theatre, became convinced that the Passion could be performed in public. Zelter doubted that modern singers could manage it, but in January 1829 he agreed to lend them the choir of the Sing-Akademie. Rehearsals began with a small group in the Mendelssohn house and grew until several hundred singers took part.",
            "Mendelssohn shortened the work considerably, cutting many arias and some recitatives, and adapted the scoring for the instruments of his day. He directed with a baton, still an unusual sight, while Devrient sang the part of Jesus. Every ticket was taken well before the evening, and more than a thousand people are said to have been turned away at the door. Many in the hall had never heard a note of Bach’s choral music.",
        ], "caption": cap("The hall of the Sing-Akademie in Berlin, from an engraving of about 1830.", "Above", "Stadtarchiv Nordheim, Graphische Sammlung 1830/7")},
        {"label": "4.3", "kicker": "THE REVIVAL", "title": "A Revival Begins", "paras": [
            "The performance was repeated on 21 March, Bach’s birthday, and again at Easter under Zelter. Frankfurt heard the work later that year, and Breslau, Stettin and Königsberg followed within three years. Music that had been known to a few specialists became a concert work for a wide public, and interest in the rest of Bach’s vocal music grew quickly.",
            "In 1850, the centenary of Bach’s death, the Bach-Gesellschaft was founded to publish all his works, a task that took until 1900. Historians now point out that Bach had never been quite forgotten, but the Berlin performance gave his revival a public face, and Mendelssohn did much in later years to bring his music to audiences in Leipzig and in London.",
        ]},
    ],
    "sidebar": {"title": "In the Audience", "paras": [
        "The king of Prussia came to the first performance, along with much of Berlin society, including the philosopher Hegel and the theologian Friedrich Schleiermacher. Devrient later recalled Mendelssohn remarking that it had taken an actor and a Jew’s son to give this great Christian work back to the people.",
    ]},
    "notes": ["¹ Older books give 1729; the earlier date is now generally accepted.", "² The copy had been made by Eduard Rietz, Mendelssohn’s violin teacher."],
    "quote": ["“It was as if the doors of a great", "church had been opened again.”"],
    "quote_by": "— Jonas Wirth, music historian",
    "table_title": "The first performance",
    "table": [["Date", "Wednesday 11 March 1829"], ["Conductor", "Felix Mendelssohn, aged twenty"], ["Jesus", "Eduard Devrient"], ["Choir", "Sing-Akademie zu Berlin"]],
}

# ---------------------------------------------------------------- 5 Chippendale (DOCX)
EX["chippendale_director_1754"] = {
    "kind": "docx",
    "title_lines": ["Designs for Every Room", "Chippendale’s Director, 1754"],
    "kicker": "Furniture Gallery · Case 12",
    "intro": "In 1754 a London cabinet-maker published a large book of engraved designs for chairs, tables, bookcases, beds and mirrors. The Gentleman and Cabinet-Maker’s Director made Thomas Chippendale’s name, and his name has been attached to a whole style of English furniture ever since.",
    "running_head": "Wetherby Hall Museum of Furniture · Furniture Gallery",
    "sections": [
        {"label": "Plate I", "title": "A Joiner’s Son from Otley", "paras": [
            "Thomas Chippendale was baptised at Otley in Yorkshire in 1718, the son of a joiner. Little is known of his training, but by 1748 he was in London, where he married Catherine Redshaw, and by 1754 he had taken premises in St Martin’s Lane, the street where many of the best cabinet-makers, upholsterers and carvers of the capital kept their workshops. His partner in the business was the Scottish merchant James Rannie, who put up much of the money.",
            "London furniture making was a trade of many specialists. A large firm employed cabinet-makers, chair-makers, carvers, gilders, upholsterers and polishers, and bought in brass fittings, glass and fabrics. Chippendale was a designer and businessman as much as a craftsman, and it is not certain that any surviving piece was made with his own hands.",
        ]},
        {"label": "Plate II", "title": "The Book of Designs", "paras": [
            "The Director appeared in 1754 with 161 engraved plates, paid for in advance by a long list of subscribers that included dukes, earls and fellow tradesmen. It was dedicated to the Earl of Northumberland, one of the richest patrons in England. Most of the drawings were Chippendale’s own, engraved by Matthias Darly and others. A second edition followed in 1755, and a much enlarged third edition, with 200 plates, in 1762.",
            "The plates mixed three fashions of the day: the curving shells and scrolls of the French rococo, the fretwork and pagoda roofs of the Chinese taste, and the pointed arches of the Gothic. Measurements and notes showed a workman how to build each piece, and a client could point to a plate and ask for it to be made up in mahogany, altered to suit a room.",
        ], "caption": cap("Designs for chair backs, a plate from the third edition of the Director, 1762.", "Below", "Lent by the Lindley Collection of Furniture Books, LC 1762.9")},
        {"label": "Plate III", "title": "A Name for a Style", "paras": [
            "The book was bought by provincial makers and by customers in Europe and the American colonies, and furniture in the Director manner was made far from London. Chippendale’s firm went on to furnish great houses such as Harewood House and Nostell Priory in Yorkshire and Dumfries House in Scotland, in later years working in the lighter neoclassical manner of Robert Adam.",
            "Chippendale died in 1779 and his son, also called Thomas, carried on the business into the nineteenth century. Because the Director was so widely copied, the word Chippendale came to be used for any furniture in the mid-century rococo, Chinese or Gothic taste, whoever made it, and only a small number of pieces can be linked to his workshop through bills and accounts.",
        ]},
    ],
    "sidebar": {"title": "Mahogany", "paras": [
        "Chippendale’s generation was the first to use mahogany on a large scale. Imported from the Caribbean and Central America, and often felled by enslaved workers, the dense red-brown wood could be carved in fine detail and polished to a deep shine. A cut in import duties in 1721 had made it far cheaper than before. Walnut, the favourite wood of the previous generation, had become scarce after hard winters killed many trees in France.",
    ]},
    "quote": "“A catalogue, a sales brochure and a workshop manual in one volume.”",
    "quote_by": "— Imogen Threlfall, keeper of furniture",
    "table": [["Published", "London, 1754"], ["Plates", "161 in the first edition"], ["Second edition", "1755"], ["Third edition", "1762, with 200 plates"]],
    "note": "Harewood House still holds furniture supplied by Chippendale’s firm; the bills survive in the house archive.",
}

# ---------------------------------------------------------------- 6 Kelmscott (HTML)
EX["kelmscott_chaucer_1896"] = {
    "kind": "html",
    "title_lines": ["The Kelmscott Chaucer", "William Morris’s Last Great Book, 1896"],
    "kicker": "Online exhibition · Private Press Books",
    "intro": "In June 1896 William Morris’s Kelmscott Press finished printing The Works of Geoffrey Chaucer, a folio of more than five hundred pages with 87 woodcut illustrations by Edward Burne-Jones. Morris lived just long enough to see it finished, and it is often called one of the most beautiful books ever printed.",
    "sections": [
        {"label": "Part One", "title": "A Designer Turns Printer", "date": "1888–1891", "paras": [
            "By 1890 Morris was famous as a poet, a designer of wallpapers and textiles, and a socialist campaigner. He had long collected medieval manuscripts and early printed books, and after hearing a lecture on printing by his friend and neighbour Emery Walker in 1888 he decided to make books himself. Walker became his closest adviser on everything to do with type. The Kelmscott Press, named after his country house in Oxfordshire, opened in a rented cottage at Hammersmith in January 1891.",
            "Morris wanted books that were beautiful as whole objects, with the type, the spacing, the margins and the ornament all working together. He used handmade linen paper from Joseph Batchelor, a thick black ink from Germany and iron hand presses, and he designed three typefaces: the roman Golden type, based on fifteenth-century Venetian printing, and two gothic letters, Troy and the smaller Chaucer. Walker photographed and enlarged pages of early books so that Morris could study the letters.",
        ]},
        {"label": "Part Two", "title": "Four Years on One Book", "date": "1892–1896", "paras": [
            "Work on the Chaucer began in 1892. Frederick Startridge Ellis edited the text, Burne-Jones drew the pictures, and Morris designed the title page, the borders, the frames and the large initial words, all cut on wood. The pages were to be printed in black and red. Burne-Jones’s pencil drawings were redrawn in ink by Robert Catterson-Smith and cut by the engraver William Harcourt Hooper. Printing began in 1894, and a third press was brought in to finish the work.",
            "The edition was 425 copies on paper and 13 on vellum, priced at twenty pounds and at a hundred and twenty guineas. Every copy was sold before publication. Most were delivered in a plain binding of boards with a linen spine, and some were later bound in white pigskin at the Doves Bindery of T. J. Cobden-Sanderson.",
        ], "caption": cap("The opening of the Kelmscott Chaucer, with the woodcut frame and title of the first page.", None, "Lent by the Ravelston Private Press Library, RPL 1896.1")},
        {"label": "Part Three", "title": "A Pocket Cathedral", "date": "1896–1898", "paras": [
            "Morris received the first two copies on 2 June 1896 and gave one to Burne-Jones, who compared the book to a pocket cathedral. Morris died in October of that year. The press closed in 1898, having printed more than fifty titles in all; its last books were seen through the press by the secretary Sydney Cockerell and by Ellis.",
            "The Kelmscott books inspired a private press movement in Britain, Germany and the United States. The Doves Press, the Ashendene Press and the American designers Bruce Rogers and Daniel Berkeley Updike learned from Morris’s care with paper, type and spacing, even when they turned away from his dense gothic pages. The Chaucer remains the book by which that movement is best remembered.",
        ]},
    ],
    "sidebar": {"title": "Why Woodcuts?", "paras": [
        "Morris preferred pictures cut on wood because the cut line printed with the same weight as the type beside it. The Chaucer drawings were nonetheless transferred to the wood blocks by photography before cutting, a modern shortcut that leaves no trace on the finished page.",
    ]},
    "quote": "“A page should be built like a wall: every stone set to carry the next.”",
    "quote_by": "— Alys Penrose, exhibition adviser",
    "notes": ["The ink came from the Hanover firm of Jaenecke, after English makers failed to supply one dark enough."],
    "timeline": [["1888", "Emery Walker’s lecture on printing"], ["1891", "First Kelmscott book, The Story of the Glittering Plain"], ["1894", "Printing of the Chaucer begins"], ["1896", "Chaucer finished; Morris dies in October"], ["1898", "The press closes"]],
}


def gold(name, ex):
    title = " ".join(ex["title_lines"])
    if ex["kind"] == "pdf" and name == "baskerville_virgil_1757":
        running = [ex["running_head"], ex["running_foot"]] + ex["folios"]
    elif name == "meissen_porcelain_1710":
        running = [ex["running_foot"]]
    elif name == "stradivari_messiah_1716":
        running = [ex["running_foot"]] + ex["folios"]
    elif name == "mendelssohn_matthew_passion_1829":
        running = [ex["running_head"]] + ex["folios"]
    elif name == "chippendale_director_1754":
        running = [ex["running_head"]]
    else:
        running = []
    secs = [{"label": None, "title": title, "blocks": [{"kind": "paragraph", "text": ex["intro"]}]}]
    for s in ex["sections"]:
        blocks = [{"kind": "paragraph", "text": p} for p in s["paras"]]
        if s.get("caption"):
            blocks.append(s["caption"])
        secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
    sb = ex["sidebar"]
    secs.append({"label": None, "title": sb["title"], "blocks": [{"kind": "paragraph", "text": p} for p in sb["paras"]]})
    return {"title": title, "running": running, "sections": secs}


def main():
    with open(os.path.join(HERE, "texts.json"), "w", encoding="utf-8") as f:
        json.dump(EX, f, ensure_ascii=False, indent=1)
    for name, ex in EX.items():
        g = gold(name, ex)
        words = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        print(f"{name}: {words} paragraph words")
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
