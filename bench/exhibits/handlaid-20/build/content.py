# -*- coding: utf-8 -*-
"""All texts of hand-laid set 20.  Written by hand from general historical knowledge.

Markup inside paragraph strings (removed in the gold):
  "|"  = the place where the layout breaks the paragraph for a caption / picture (gold: one space)
  "^"  = the place of a footnote reference mark (gold: nothing)
Museums, lenders, credits and accession numbers are invented.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def clean(s):
    s = s.replace("|", " ").replace("^", "")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def gold(ex):
    secs = [{"label": None, "title": ex["title"],
             "blocks": [{"kind": "paragraph", "text": clean(ex["intro"])}]}]
    for s in ex["sections"]:
        blocks = [{"kind": "paragraph", "text": clean(p)} for p in s["paras"]]
        for c in s.get("captions", []):
            blocks.append({"kind": "caption", "text": c["text"], "position": c["pos"],
                           "credit": c["credit"]})
        secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
    if ex.get("sidebar"):
        sb = ex["sidebar"]
        secs.append({"label": None, "title": sb["title"],
                     "blocks": [{"kind": "paragraph", "text": clean(p)} for p in sb["paras"]]})
    return {"title": ex["title"], "running": ex["running"], "sections": secs}


def grey_png(path, w, h, level=190):
    """a plain grey PNG with no text in it"""
    import struct, zlib
    raw = b"".join(b"\x00" + bytes([level]) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)
    return png


def write_gold(ex, name):
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold(ex), f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- 1 Jumbo (PDFBox)
JUMBO = {
    "kicker": "NATURAL HISTORY GALLERY · CASE 7",
    "title_lines": ["Jumbo: The Elephant", "Who Crossed the Atlantic"],
    "title": "Jumbo: The Elephant Who Crossed the Atlantic",
    "intro": ("In the 1870s the most famous animal in Britain was an African elephant at London Zoo. "
              "When the zoo sold him to the American showman P. T. Barnum in 1882, thousands of people "
              "protested, wrote letters and sent him gifts. His name, Jumbo, became a word for anything "
              "enormous."),
    "running": ["Harbourside Museum of Menageries · Gallery Notes 7",
                "Printed for the Jumbo display in Hall C", "1", "2"],
    "sections": [
        {"label": "01", "title": "From Africa to Paris and London", "paras": [
            "Jumbo was born in about 1860 in East Africa, probably in what is now Sudan or Eritrea, and "
            "was captured as a calf after hunters killed his mother. Dealers sold him north, and by 1863 he "
            "was living in the menagerie of the Jardin des Plantes in Paris, a small and sickly young animal.",
            "In 1865 the Paris menagerie exchanged him with the Zoological Society of London for a "
            "rhinoceros. He arrived in poor condition, his feet rotten and his skin covered in sores. His "
            "keeper, Matthew Scott, nursed him back to health, and the two stayed together for the rest of "
            "Jumbo’s life."]},
        {"label": "02", "title": "The Children’s Favourite", "paras": [
            "Jumbo grew quickly, and by the late 1870s he stood about three and a quarter metres at the "
            "shoulder, taller than any elephant the public had seen. On most days he carried children on a "
            "wooden seat strapped to his back along the paths of the gardens in Regent’s Park.| Generations "
            "of Londoners remembered that ride for the rest of their lives, and visitors fed him buns and "
            "oranges by the thousand.",
            "At night, however, Jumbo grew restless and violent. He smashed the doors of his house and broke "
            "his tusks against its walls. The zoo’s superintendent, Abraham Bartlett, feared that the "
            "elephant might one day kill somebody, and he kept a rifle ready in case Jumbo ran amok."],
         "captions": [{"pos": "Left", "text": "A child’s riding seat of wood and leather, of the kind used at the zoo.",
                       "credit": "Lent by the Regent Park Saddlery Trust"}]},
        {"label": "03", "title": "Sold to Barnum", "paras": [
            "In January 1882 the zoo agreed to sell Jumbo to Barnum for two thousand pounds. When the news "
            "broke, the British public was outraged. Newspapers printed angry letters, children wrote to "
            "the zoo begging it to keep him, and a group of Fellows of the Zoological Society went to court "
            "to stop the sale, without success.",
            "When the keepers led him out towards the crate that would carry him to the docks, Jumbo lay "
            "down in the road and refused to move. Reporters treated his stubbornness as loyalty to England. "
            "In the end he walked into the crate after Scott, and in March 1882 he sailed for New York "
            "aboard the Assyrian Monarch^.",
            "In America Jumbo became the star of Barnum’s circus and earned back his price within weeks. In "
            "May 1884 he led a parade of elephants across the new Brooklyn Bridge to show a doubtful public "
            "that it was safe."]},
        {"label": "04", "title": "Death at St. Thomas", "paras": [
            "On 15 September 1885 the circus was loading its train at St. Thomas, Ontario. As Scott walked "
            "Jumbo and a small elephant named Tom Thumb along the track to their wagons, an unscheduled "
            "freight train came round the bend. Jumbo was struck and died within minutes, with his keeper "
            "beside him.",
            "Barnum soon told the press that Jumbo had died saving Tom Thumb, a story that the evidence does "
            "not support. He had already arranged for the body to be preserved. For years afterwards the "
            "circus toured with the stuffed hide and the skeleton side by side, and paying visitors could "
            "see Jumbo twice."],
         "captions": [{"pos": "Above", "text": "A trade card printed for Barnum’s circus in 1882, showing Jumbo with his keeper.",
                       "credit": "Harbourside Museum of Menageries, HMM 1991.204"}]},
    ],
    "sidebar": {"title": "Where Is Jumbo Now?", "paras": [
        "The skeleton went to the American Museum of Natural History in New York. The mounted hide was given "
        "to Tufts University near Boston, where it stood in a hall named after Barnum until a fire destroyed "
        "it in 1975. A member of staff swept some of the ashes into an empty peanut-butter jar, and the "
        "university’s sports teams still touch it for luck."]},
    "pullquote": "“No animal in history has been mourned by so many strangers.”",
    "footnote": "* A cattle steamer of the Monarch Line. Jumbo’s crate travelled in the hold, and Scott slept beside it.",
    "table": {"title": "Jumbo in numbers", "rows": [
        ["Height", "about 3.2 metres"], ["Price paid by Barnum", "£2,000"],
        ["Years in London", "17 (1865–1882)"], ["Died", "15 September 1885"]]},
}

# ---------------------------------------------------------------- 2 Voynich (mandoc)
VOYNICH = {
    "title": "The Voynich Manuscript",
    "intro": ("This small book of vellum leaves is written in a script that nobody has ever read. Its "
              "pages are crowded with unknown plants, star charts and bathing women. For more than a "
              "century codebreakers, linguists and cranks have tried to unlock it, and it still keeps its "
              "secret."),
    # header, footer left, footer centre, then page numbers (filled in by the generator check)
    "running": None,
    "sections": [
        {"label": "I", "title": "A Book Bought in Italy", "paras": [
            "In 1912 the London bookseller Wilfrid Voynich bought a group of old manuscripts from the "
            "Jesuits at the Villa Mondragone, near Frascati in Italy. Among them was a modest volume of about "
            "two hundred and forty pages, some of them folding out into large sheets, written throughout in "
            "a flowing, looped alphabet that matched no known language.",
            "Tucked inside the cover was a letter^ of 1665 or 1666 from Johannes Marcus Marci, a physician in "
            "Prague, sending the book to the Jesuit scholar Athanasius Kircher in Rome. Marci reported that "
            "the Emperor Rudolf II had once paid six hundred ducats for it and had believed it to be the work "
            "of the English friar Roger Bacon."]},
        {"label": "II", "title": "Plants, Stars and Pools", "paras": [
            "The pictures fall into groups, and scholars have named the sections after them. The largest "
            "shows plants, carefully coloured, yet almost none of them can be matched with a real species. "
            "Other pages carry circles of stars and signs of the zodiac, surrounded by small human figures.",
            "The strangest section shows naked women bathing in pools linked by green and blue tubes. It is "
            "followed by pages of jars and roots that look like an apothecary’s notes, and by a long run of "
            "short paragraphs, each marked with a little star, that may be recipes."],
         "captions": [{"pos": "Above", "text": "A facsimile of the folding page with nine circles, opened to its full width.",
                       "credit": "Lent by the Frascati Bibliographical Society"}]},
        {"label": "III", "title": "The Codebreakers", "paras": [
            "Voynich spent the rest of his life trying to find out who had made the book. In 1921 the "
            "American professor William Newbold announced that he had decoded it as Bacon’s own scientific "
            "notes, hidden in tiny marks within the letters. Ten years later his colleague John Manly showed "
            "that the marks were only cracks in the ink.",
            "During and after the Second World War the codebreaker William Friedman, who had broken "
            "Japanese diplomatic ciphers, gathered a study group to attack the text. They failed. Friedman "
            "came to suspect that the manuscript was written in an invented language, built on a plan of "
            "its own.",
            "Later studies have shown that its words repeat and vary in patterns much like those of real "
            "languages. That makes a simple hoax harder to believe, but it does not tell us what the words "
            "mean."]},
        {"label": "IV", "title": "Dating the Vellum", "paras": [
            "In 2009 scientists at the University of Arizona tested tiny samples of the vellum by radiocarbon "
            "dating^. The animals whose skins were used had died between about 1404 and 1438. The book is "
            "therefore too young to be the work of Roger Bacon, who died in 1292, and probably too old to be "
            "a forgery made for Rudolf’s court.",
            "After the death of Voynich’s widow, the book was sold in 1961 to the New York dealer Hans "
            "Kraus. He could not find a buyer at his price, and in 1969 he gave it to a university library "
            "in America, where it has been kept ever since under the shelf mark MS 408."]},
    ],
    "sidebar": {"title": "Who Was Wilfrid Voynich?", "paras": [
        "Voynich was born in 1865 in Lithuania, then part of the Russian Empire. As a young man he joined a "
        "revolutionary group, was arrested and sent to Siberia, and escaped to London in 1890. There he "
        "married the novelist Ethel Boole and turned himself into one of the best-known dealers in rare "
        "books of his day."]},
    "pullquote": "It may be the most studied book that no one has ever read.",
    "notes": ["The letter is still kept with the manuscript.",
              "Radiocarbon dates the skin, not the ink: the text could in principle have been written later."],
    "table": {"title": "The manuscript at a glance", "rows": [
        ["Material", "vellum"], ["Pages", "about 240"], ["Script", "unknown"], ["Shelf mark", "MS 408"]]},
}

# ---------------------------------------------------------------- 3 Batavia (iText 5)
BATAVIA = {
    "kicker": "GALLERY 3 · SHIPS OF THE EAST INDIA COMPANY",
    "title": "Mutiny on the Abrolhos: The Wreck of the Batavia",
    "title_lines": ["Mutiny on the Abrolhos:", "The Wreck of the Batavia"],
    "intro": ("In June 1629 the newest ship of the Dutch East India Company ran onto a reef off the coast "
              "of Western Australia. The disaster that followed was not the sea’s doing. On a string of "
              "low coral islands, a handful of castaways turned on their companions and murdered more than "
              "a hundred of them."),
    "running": ["Shipwrecks of the Indian Ocean – Gallery Guide", "Rottnest Maritime Museum", "Page 1", "Page 2"],
    "sections": [
        {"label": "Part One", "title": "A Rich Ship Sails", "paras": [
            "The Batavia left the Netherlands in October 1628 on her first voyage, bound for the Company’s "
            "headquarters on Java. She carried more than three hundred people, among them soldiers, "
            "sailors, merchants and a few women and children, as well as chests of silver coin and jewels "
            "for trade.",
            "The commander, Francisco Pelsaert, was often ill, and he quarrelled with the skipper, Ariaen "
            "Jacobsz. The third man in rank, the under-merchant Jeronimus Cornelisz, was a bankrupt "
            "apothecary from Haarlem. During the voyage he and the skipper are said to have talked of "
            "seizing the ship and her treasure.",
            "The voyage was slow. At the Cape of Good Hope the ship stopped for water and fresh food, and the "
            "quarrels among the officers grew worse. Soon after she sailed on into the Indian Ocean, the Batavia "
            "lost touch with the other ships of her fleet and went on alone."]},
        {"label": "Part Two", "title": "On the Reef", "paras": [
            "Before dawn on 4 June 1629 the Batavia struck a reef^ in the Houtman Abrolhos, a group of islands "
            "that Dutch sailors knew and feared.| Most of the people aboard reached the nearby islands, but "
            "there was almost no fresh water there. Pelsaert, Jacobsz and about forty others took the "
            "longboat to search the mainland for water.",
            "They found none, and sailed on for Java, a voyage of about a month in an open boat. Everyone "
            "left behind on the islands was now under the command of Cornelisz."],
         "captions": [{"pos": "Right", "text": "A bronze breech-loading gun raised from the wreck site in 1972.",
                       "credit": "On loan from the Geraldton Diving Club"}]},
        {"label": "Part Three", "title": "The Massacre", "paras": [
            "Cornelisz knew that he would be punished for the plot if rescuers came, and he decided to take "
            "any rescue ship for himself. He sent a party of soldiers under Wiebbe Hayes to look for water "
            "on another island, expecting them to die there. Then he and a band of followers began to kill "
            "anyone who might stand in their way.",
            "Over the following weeks they murdered at least a hundred and ten men, women and children, "
            "some of them for no reason at all. Hayes’s soldiers, meanwhile, had found water on West Wallabi "
            "Island. Joined by people who escaped the killings, they built low walls of coral stone and beat "
            "off the mutineers’ attacks."]},
        {"label": "Part Four", "title": "Rescue and Punishment", "paras": [
            "In September Pelsaert returned in the rescue ship Sardam. Hayes reached him first and warned "
            "him, and the mutineers were captured. After trials held on the islands, Cornelisz had both hands "
            "cut off and was hanged together with six of his followers.",
            "Two younger mutineers were put ashore on the mainland instead, and were never heard of again. "
            "They were the first Europeans known to have been left to live in Australia. Hayes was promoted. "
            "Pelsaert, blamed for the disaster, died within a year."],
         "captions": [{"pos": "Below", "text": "Timbers from the stern of the Batavia, drawn at the time of their recovery.",
                       "credit": "Drawing by Elise van Rooyen, 1974"}]},
    ],
    "sidebar": {"title": "The Oldest European Buildings in Australia", "paras": [
        "The wreck was found in 1963. Divers later raised part of her stern, cannon and a stone gateway that "
        "the ship had carried for the Company’s castle on Java. On West Wallabi Island the low coral walls "
        "built by Hayes’s men still stand, the oldest structures made by Europeans on the continent."]},
    "pullquote": "Thirst and fear did what the reef had left undone.",
    "footnote": "¹ Now called Morning Reef. Dates follow the ship’s journal, which used the Gregorian calendar.",
    "table": {"title": "Key facts", "rows": [
        ["Ship", "Batavia, built in Amsterdam, 1628"], ["Wrecked", "4 June 1629"],
        ["Rescue ship", "Sardam"], ["Hanged on the islands", "7 men"]]},
}

# ---------------------------------------------------------------- 4 Challenger (PyX)
CHALLENGER = {
    "kicker": "OCEAN SCIENCE · FREE LEAFLET",
    "title_lines": ["The Challenger", "Expedition"],
    "title": "The Challenger Expedition",
    "intro": ("Between 1872 and 1876 a small Royal Navy warship sailed around the world to study the deep "
              "sea. Her scientists found that life exists even at the bottom of the ocean, and they laid "
              "the foundations of modern oceanography."),
    "running": ["Leith Museum of the Sea · Leaflet 4 · please take one"],
    "sections": [
        {"label": "1", "title": "A Warship Refitted", "paras": [
            "HMS Challenger was a steam-assisted corvette. For the voyage most of her guns were taken out, "
            "and the space was filled with laboratories, a darkroom, storerooms for specimen jars and miles "
            "of rope for sounding and dredging. She left Portsmouth in December 1872.",
            "The scientific staff was led by the naturalist Charles Wyville Thomson, with John Murray, the "
            "chemist John Young Buchanan and others. The ship was commanded by Captain George Nares, who was "
            "later called home to lead an Arctic expedition."]},
        {"label": "2", "title": "Sounding the Deep", "paras": [
            "At each of about three hundred and sixty stations the crew stopped the ship, lowered a weight on "
            "a hemp line to measure the depth, recorded the temperature of the water at different levels and "
            "dragged a dredge along the bottom.| A single deep sounding could take most of a day.",
            "In March 1875, near the Mariana Islands in the western Pacific, the line ran out to more than "
            "eight thousand metres. It was the deepest sounding yet made, and the trench there is still "
            "called the Challenger Deep."],
         "captions": [{"pos": "Right", "text": "A sounding weight of the type that carried the line to the sea floor.",
                       "credit": "Lent by the Granton Hydrographic Trust"}]},
        {"label": "3", "title": "Life in the Abyss", "paras": [
            "Many scientists had believed that nothing could live in the cold and dark of the deepest water. "
            "The dredges proved them wrong. They brought up sponges, starfish, worms and strange fishes from "
            "great depths, and in the end more than four thousand species new to science were described.",
            "The voyage also killed off a famous mistake. Thomas Huxley had named a jelly found in preserved "
            "sea mud as a simple form of life. Buchanan showed that it was only a mineral deposit formed when "
            "the mud was stored in alcohol, and Huxley admitted his error.",
            "In some places the dredge came up full of dark lumps rich in manganese, lying loose on the sea "
            "floor. Murray studied the muds and oozes, many of them made of the tiny shells of plankton, and "
            "later drew the first maps of the sediments that cover the bottom of the oceans."]},
        {"label": "4", "title": "Fifty Volumes", "paras": [
            "The Challenger came home in May 1876 after sailing almost seventy thousand nautical miles. "
            "Publishing the results took nineteen years. When Wyville Thomson died in 1882, Murray took over "
            "the work, which grew to fifty large volumes written by experts from many countries.",
            "Those volumes described the shape of the ocean basins, the muds and clays of the sea floor and "
            "the life found in them. Scientists still compare their own measurements with the Challenger’s."],
         "captions": [{"pos": "Above", "text": "Two volumes of the official report, bound in green cloth.",
                       "credit": "Leith Museum of the Sea, LMS 2003.117"}]},
    ],
    "sidebar": {"title": "Life on Board", "paras": [
        "For the sailors the voyage was long and dull. Dredging meant hours of waiting while the line was let "
        "out and hauled back, and many men deserted in ports along the way. Others died of illness or "
        "accidents. The officers’ letters speak of endless mud in the laboratories and of the pleasure of "
        "the rare catch that was truly new. Letters from home reached them only at the larger ports."]},
    "pullquote": "“Every haul of the dredge was a lottery ticket.”",
    "timeline": [["Dec 1872", "Sails from Portsmouth"], ["Mar 1875", "Deepest sounding, near the Mariana Islands"],
                 ["May 1876", "Returns to Spithead"], ["1880–1895", "Report published in fifty volumes"]],
    "address": ["Leith Museum of the Sea", "Shore Wharf, Leith", "Open daily 10:00–17:00",
                "Free entry · Lift to all floors"],
}

# ---------------------------------------------------------------- 5 Zimmermann (html-to-docx)
ZIMMERMANN = {
    "kicker": "Secret Wars · Room 4",
    "title": "The Zimmermann Telegram",
    "intro": ("In January 1917 the German Foreign Office sent a secret message proposing a military alliance "
              "with Mexico against the United States. British codebreakers read it, and its publication "
              "helped to bring America into the First World War."),
    "running": ["Museum of Signals and Secrets · Room 4", "Exhibition text – draft 3"],
    "sections": [
        {"label": "Step 1", "title": "A Desperate Plan", "paras": [
            "By the winter of 1916 Germany’s leaders had decided to resume unrestricted submarine warfare, "
            "sinking merchant ships without warning from the beginning of February. They knew this might "
            "bring the United States into the war against them.",
            "The Foreign Secretary, Arthur Zimmermann, looked for a way to keep the Americans busy at home. "
            "On 16 January 1917 he sent a coded telegram to the German ambassador in Washington, to be passed "
            "on to the German minister in Mexico City."]},
        {"label": "Step 2", "title": "What the Message Said", "paras": [
            "If America entered the war, the minister was to propose an alliance to the Mexican president, "
            "Venustiano Carranza. Germany would provide money, and Mexico would be free to reconquer its lost "
            "territory^ in Texas, New Mexico and Arizona. Carranza was also to invite Japan to change sides.",
            "Britain had cut Germany’s undersea cables early in the war, so the message travelled along "
            "routes that Germany believed were safe, including the American diplomatic cable. A second copy went "
            "by a route through Sweden that the British had long been watching.",
            "The text itself was a block of numbered code groups, each standing for a word, a syllable or a "
            "place name. Without the codebook it looked like a column of meaningless figures."]},
        {"label": "Step 3", "title": "Room 40", "paras": [
            "In London the message was picked up by the Admiralty’s codebreaking office, known as Room 40. "
            "Two of its experts, Nigel de Grey and William Montgomery, recovered much of the text within a "
            "day or two.| They understood at once how explosive it was.",
            "Britain faced a problem. Revealing the telegram might show that it was reading American cables "
            "as well as German ones. A British agent in Mexico obtained the copy that had been sent on by "
            "ordinary telegraph, and that version was handed to the American ambassador in London on "
            "23 February.",
            "Britain kept the work of Room 40 secret for years after the war, and the full story of how the "
            "telegram had been read did not come out until the 1920s."],
         "captions": [{"pos": "Left", "text": "A decoding worksheet of the kind used in Room 40, with groups of numbers in pencil.",
                       "credit": "Courtesy of the Bletchley Road Archive, BRA 77/12"}]},
        {"label": "Step 4", "title": "America Goes to War", "paras": [
            "President Woodrow Wilson released the telegram to the press, and it appeared in American "
            "newspapers on 1 March 1917. Many people at first thought it was a British forgery. Then, "
            "astonishingly, Zimmermann himself admitted that it was genuine. His admission ended the argument. "
            "In the West and South-West, where many people had cared little about the war in Europe, opinion "
            "turned sharply against Germany.",
            "Mexico quietly declined the offer, judging that a war with its powerful neighbour could not be "
            "won. German submarines went on sinking American ships, and on 6 April 1917 the United States "
            "declared war on Germany."],
         "captions": [{"pos": "Below", "text": "A newspaper front page of 1 March 1917 reporting the plot.",
                       "credit": "Museum of Signals and Secrets, MSS 2011.8"}]},
    ],
    "sidebar": {"title": "Why Did Zimmermann Confess?", "paras": [
        "Historians still argue about it. One view is that he hoped to explain the offer as a purely "
        "defensive plan that would only come into force if America attacked. Another is that he saw no point "
        "in denying a text that the Americans could check against their own cable records."]},
    "pullquote": "“We shall make war together, make peace together.”",
    "notes": ["Translations of the telegram differ slightly; the wording here follows the version released in 1917."],
    "table": {"title": "The telegram’s journey", "rows": [
        ["Sent", "16 January 1917, Berlin"], ["Decoded", "Room 40, London"],
        ["Published", "1 March 1917"], ["Outcome", "US declaration of war, 6 April 1917"]]},
}

# ---------------------------------------------------------------- 6 Nightingale (HTML)
NIGHTINGALE = {
    "kicker": "Online exhibition",
    "title": "Florence Nightingale at Scutari",
    "intro": ("In the winter of 1854 a young English nurse arrived at a vast army hospital on the shore of the "
              "Bosphorus. What she saw there, and what she did about it, changed the way hospitals were run "
              "and how the health of nations was counted."),
    "running": [],
    "sections": [
        {"label": "Part 1", "title": "A Call for Nurses", "paras": [
            "Britain, France and the Ottoman Empire went to war with Russia in 1854. Reports in The Times "
            "described wounded British soldiers dying without care, while the French had nursing sisters. "
            "The government minister^ Sidney Herbert, a family friend, asked Florence Nightingale to lead a "
            "party of nurses to the East.",
            "Nightingale, then thirty-four, had trained in Germany and was running a small hospital for "
            "women in London. She set out in October 1854 with thirty-eight nurses, and in early November "
            "they reached the Barrack Hospital at Scutari, across the water from Constantinople."]},
        {"label": "Part 2", "title": "The Barrack Hospital", "paras": [
            "The hospital was a huge, square building with miles of corridors, and it was overwhelmed. "
            "Soldiers lay on the floor in their filthy uniforms. There were too few blankets, too little "
            "food and almost no clean linen, and the drains beneath the building were blocked.",
            "Nightingale set up kitchens and a laundry, bought supplies with money raised at home and kept "
            "a close watch on every ward. At night she walked the corridors with a lamp, and a newspaper "
            "report turned her into the Lady with the Lamp.",
            "Not everyone welcomed her. Some army doctors resented a woman with government backing in their "
            "wards, and she won them over slowly, by making herself useful."],
         "captions": [{"pos": "Above", "text": "A Turkish lantern of the kind carried on night rounds in the wards.",
                       "credit": "Lent by the Kingsway Nursing History Society"}]},
        {"label": "Part 3", "title": "Deaths and Drains", "paras": [
            "Yet deaths at Scutari rose through the winter, most of them from diseases such as cholera, "
            "typhus and dysentery rather than wounds. In March 1855 a sanitary commission arrived from "
            "London. Its men flushed the sewers, cleared away rubbish and dead animals and improved the "
            "ventilation.",
            "The death rate fell sharply within weeks. Nightingale came to believe that dirt and bad air "
            "had killed far more soldiers than the enemy, and that many of those deaths could have been "
            "prevented."]},
        {"label": "Part 4", "title": "Counting the Dead", "paras": [
            "Back in London after the war, Nightingale worked with the statistician William Farr to study "
            "the army’s records. Her reports used bold coloured diagrams, shaped like wedges of a circle, "
            "to show how many soldiers had died of preventable disease each month.",
            "In 1858 she became the first woman elected a Fellow of the Royal Statistical Society. Two years "
            "later a fund raised in her honour opened a training school for nurses at St Thomas’ Hospital in "
            "London, the model for many more.",
            "She spent much of the rest of her long life as an invalid, seldom leaving her rooms in London, yet "
            "she went on writing reports, letters and books on hospitals and public health. She died in 1910 at "
            "the age of ninety."],
         "captions": [{"pos": None, "text": "A rose diagram from Nightingale’s report on the army’s health, 1858.",
                       "credit": "Wellmoor Collection of Medical Statistics"},
                      {"pos": None, "text": "A student nurse’s notebook from the training school, about 1862.",
                       "credit": "© St Bride’s Nursing Archive, SBNA 14.3"}]},
    ],
    "sidebar": {"title": "Mary Seacole", "paras": [
        "The Jamaican-born healer Mary Seacole also went to the war. When the authorities turned down her "
        "offer to serve as a nurse, she travelled at her own expense and opened a hotel and store near "
        "Balaclava, where she fed and cared for soldiers and sometimes treated them close to the front."]},
    "pullquote": "“It may seem a strange principle to enunciate as the very first requirement in a Hospital that it should do the sick no harm.”",
    "pullquote_by": "Florence Nightingale, Notes on Hospitals, 1863",
    "notes": ["Herbert was Secretary at War, the minister responsible for the army’s finances."],
}
