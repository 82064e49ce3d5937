"""Texts of set 62 and their gold JSON. Writes build/texts.json (read by the generators) and ../NAME.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def P(t): return {"kind": "paragraph", "text": t}
def C(t, pos, credit): return {"kind": "caption", "text": t, "position": pos, "credit": credit}

EX = {}

EX["bering_expedition_1741"] = {
 "title_lines": ["Beyond Kamchatka", "Bering’s Last Voyage, 1741"],
 "running": ["Voyages to the North Pacific", "Hallam Maritime Museum – Catalogue of the Northern Voyages", "18", "19"],
 "intro": "In June 1741 two small ships sailed from Kamchatka to find the coast of America, and one of them never came home. The voyage of the St Peter under the Danish officer Vitus Bering ended in shipwreck, scurvy and a winter on an unknown island, but it put Alaska on the map of the Russian empire.",
 "sections": [
  ["I", "Orders from St Petersburg", [
   P("Vitus Bering was born in Horsens in Denmark in 1681 and joined the Russian navy under Peter the Great. In 1728 he had already sailed north through the strait that now bears his name, but fog hid the American shore, and the question of whether Asia and America were joined was left open. The Admiralty wanted a clearer answer, and a far larger plan took shape."),
   P("The Second Kamchatka Expedition, begun in 1733, was one of the largest scientific undertakings of its age. Thousands of soldiers, sailors, surveyors and labourers hauled anchors, cannon and provisions across Siberia, while academic parties mapped rivers and studied the peoples of the north. It took eight years before Bering could launch his two ships at Okhotsk and bring them round to the new harbour of Petropavlovsk."),
  ]],
  ["II", "Landfall in Alaska", [
   P("The St Peter and the St Paul, the second commanded by Aleksei Chirikov, left Petropavlovsk on 4 June 1741. A search for a legendary land to the south wasted precious days, and in a storm on 20 June the ships lost sight of each other for good. Chirikov reached the coast of the Alexander Archipelago in July, where he lost two boats and fifteen men who went ashore and were never seen again."),
   P("Bering sighted the great peak of Mount Saint Elias on 16 July. A few days later the naturalist Georg Wilhelm Steller was given only about ten hours ashore on Kayak Island. In that time he collected plants, found a fire pit and smoked fish left by the inhabitants, and noted a blue-crested jay that told him this was indeed America. Bering, already ill and anxious about the season, ordered the ship home at once."),
   C("Ship’s compass in a turned wooden bowl, Russian, about 1740.", "Above", "Lent by the Narrow Seas Trust, NST 1741.3"),
  ]],
  ["III", "Winter on Bering Island", [
   P("The return voyage became a disaster. Storms drove the ship back and forth along the Aleutian chain, and scurvy spread through the crew until only a handful of men could work the sails. In November the St Peter was driven onto an uninhabited island in the Commander group, within sight of Kamchatka but beyond the strength of the survivors to reach."),
   P("Bering died there on 8 December 1741 and was buried in the sand. The others lived in pits roofed with sailcloth, ate sea otters and the meat of the great sea cow that Steller described, and fought off arctic foxes. In the spring they broke up the wreck and built a smaller boat from its timbers, reaching Petropavlovsk in August 1742. The sea otter pelts they carried home started a fur trade that drew Russian hunters to Alaska for a century."),
  ]],
  [None, "Did you know?", [
   P("Steller’s sea cow, a giant relative of the manatee up to eight metres long, lived only in the shallow waters around the Commander Islands. Hunters who followed the expedition killed the last of them within about twenty-seven years of its description, and no living animal has been seen since."),
  ]],
 ],
 "extra": {
  "kicker": "CHAPTER 5 • THE NORTH PACIFIC",
  "quote": "A landfall of ten hours, after ten years of preparation.",
  "quote_by": "— Ilse Marwood, curator, 2019",
  "table": [["Ship", "St Peter", "St Paul"], ["Commander", "Vitus Bering", "Aleksei Chirikov"], ["Sailed", "4 June 1741", "4 June 1741"], ["Home port", "August 1742", "October 1741"]],
 },
}

EX["slocum_spray_1895"] = {
 "title_lines": ["Alone Around the World", "Joshua Slocum and the Spray, 1895–1898"],
 "running": ["Gallery of Small Boats – Panel 7", "Wrenfield Museum of the Sea"],
 "intro": "On 24 April 1895 a retired sea captain of fifty-one sailed out of Boston in a rebuilt oyster sloop. Three years and some forty-six thousand miles later Joshua Slocum tied up at Newport, Rhode Island, the first person known to have sailed alone around the world.",
 "sections": [
  ["1", "A Boat from a Field", [
   P("Slocum was born in Nova Scotia in 1844 and went to sea as a boy. He rose to command square-riggers in the Pacific trade, but the age of sail was ending, and after his ship the Aquidneck was wrecked off Brazil in 1887 he found himself without a command. He built a small boat, the Liberdade, and sailed his family home from Brazil in her. A friend offered him an old sloop that lay propped up in a field at Fairhaven, Massachusetts."),
   P("Over thirteen months Slocum rebuilt the Spray almost plank by plank, using oak he felled nearby for the frames. She was about eleven metres long, broad and shallow, and so well balanced that with her sails trimmed she would hold a course for hours with the helm lashed, leaving her skipper free to cook, read and sleep."),
   C("The Spray under sail, from a lantern slide of about 1897.", None, "Lent by the Fairhaven Sound Collection, FSC 311"),
  ]],
  ["2", "Eastward, then West", [
   P("Slocum first crossed the Atlantic to the Azores and Gibraltar, meaning to pass through the Suez Canal. Warned of pirates in the Red Sea and the Strait of Malacca, he turned back across the ocean to Brazil and sailed south to the Strait of Magellan. There, he later wrote, he scattered carpet tacks on the deck at night so that any intruder climbing aboard would give himself away by shouting, and it worked at least once."),
   P("Gales drove the Spray out of the western end of the strait and back south towards Cape Horn before he could fight his way into the Pacific. He then crossed to the Juan Fernández Islands and Samoa, where he met the widow of Robert Louis Stevenson, and went on to Australia, where he spent months giving talks and showing his boat to visitors."),
  ]],
  ["3", "Home by the Cape", [
   P("From Australia he sailed through the Torres Strait, across the Indian Ocean to Cocos Keeling and Mauritius, and round the Cape of Good Hope. At Pretoria he met President Kruger, who insisted that the world was flat. Slocum then crossed the South Atlantic by way of St Helena and Ascension and arrived at Newport on 27 June 1898. For much of the way he navigated with an old tin clock that had lost its minute hand."),
   P("His book Sailing Alone Around the World appeared in 1900 and has never been out of print. Slocum could not settle ashore. In November 1909 he left Martha’s Vineyard for the West Indies and was never heard of again, and no wreckage of the Spray has ever been found."),
   C("Sea chest with a sailmaker’s palm and needles, New England, about 1890.", "Above", "Lent by the Cape Ann Boatmen’s Society, CABS 88"),
  ]],
  [None, "The Spray Today", [
   P("Slocum published the lines of his boat in his book, and sailors have built dozens of copies of the Spray since, some larger and some smaller than the original. Their owners still argue about how well she really sailed, and whether her success owed more to the boat or to the man."),
  ]],
 ],
 "extra": {"panel_no": "7", "kicker": "GALLERY OF SMALL BOATS",
   "route": [["1", "Boston", "April 1895"], ["2", "Gibraltar", "August 1895"], ["3", "Magellan", "February 1896"], ["4", "Samoa", "July 1896"], ["5", "Cape Town", "November 1897"], ["6", "Newport", "June 1898"]],
   "quote": "Nobody had done it before; hardly anybody believed he could."},
}

EX["appert_canning_1810"] = {
 "title_lines": ["Food in a Bottle", "Nicolas Appert and the Art of Preserving, 1810"],
 "running": ["Harwell House Museum of Food and Kitchens"],
 "intro": "Before refrigeration, food was kept by drying, salting, smoking or pickling, and every method changed its taste. In 1810 a Parisian confectioner published a way of keeping cooked food almost as it was, sealed in glass and heated in boiling water. Within a few years his method was being carried out in tin cans.",
 "sections": [
  ["Step 1", "A Confectioner’s Experiments Paris, 1795–1804", [
   P("Nicolas Appert was born in Châlons-en-Champagne in 1749, the son of an innkeeper, and worked as a cook and brewer before opening a confectionery shop in Paris. From the mid-1790s he experimented with packing food into thick champagne bottles, corking them tightly, wiring down the corks and heating the bottles in a bath of boiling water for a carefully judged time."),
   P("He did not know why the method worked. It was more than fifty years before Louis Pasteur showed that spoilage is caused by microbes, and Appert believed that heat simply drove off the ferment in the air. But he was a patient and careful experimenter, and by 1804 he had a small factory at Massy, south of Paris, with gardens to grow his own vegetables."),
   C("Wide-mouthed glass jar with a wired cork, French, about 1820.", "Left", "Lent by the Rue Saint-Merri Kitchen Archive, KA 1820/4"),
  ]],
  ["Step 2", "A Prize from the Government Paris, 1809–1814", [
   P("The French navy tested his bottled soups, vegetables and meat on voyages, and the officers reported that they kept well for months. In 1810 the Ministry of the Interior awarded Appert twelve thousand francs on condition that he publish his method. His book, The Art of Preserving All Kinds of Animal and Vegetable Substances for Several Years, gave instructions for everything from beef stock to green peas, apricots and milk, and it was soon translated into English, German and other languages."),
   P("Appert chose to share his discovery rather than patent it. He spent the money on his business, but the factory at Massy was damaged in the fighting of 1814, and although he kept working and improving his methods for another twenty years, he died poor in 1841 and was buried in a common grave."),
  ]],
  ["Step 3", "From Glass to Tin London, 1810–1820s", [
   P("Glass was fragile and heavy. In the same year that Appert published his book, an English merchant named Peter Durand patented the idea of preserving food in vessels of tinned iron, and the engineer Bryan Donkin and his partners set up a canning works in Bermondsey in 1812 or 1813. Their tins of beef and vegetables were sent to the Royal Navy and on Arctic voyages."),
   P("Early cans were made by hand and were so thick that they had to be opened with a hammer and chisel, and the can opener was not invented until decades later. Badly sealed or underheated tins could still spoil, sometimes with fatal results, but canned food changed the diet of sailors, soldiers and explorers, and later of city families everywhere."),
   C("Hand-soldered food tin with a painted label, London, 1820s.", "Above", "Lent by the Bermondsey Works Society, BWS 9"),
  ]],
  [None, "Why Does Heat Work?", [
   P("Heating sealed food to a high enough temperature kills the bacteria, yeasts and moulds that would spoil it, and the seal stops new ones from getting in. Appert’s boiling-water bath worked well for acid fruit, but meat and vegetables need higher temperatures, which later canners reached in pressure vessels called retorts. Home cooks who bottle fruit and make jam still rely on the same principle."),
  ]],
 ],
 "extra": {"quote": "Sealed, boiled and set aside, a summer’s peas could wait for winter.",
   "visit": [["Open", "Tuesday to Sunday, 10.00–17.00"], ["Kitchen demonstrations", "Saturdays at 14.00"], ["Admission", "Free; donations welcome"]],
   "address": "Harwell House, 12 Granary Lane, Thame OX9 4QT"},
}

EX["flinders_investigator_1802"] = {
 "title_lines": ["Charting the Southern Coast", "Matthew Flinders and the Investigator, 1802"],
 "running": ["The Navigators’ Hall", "24", "25"],
 "intro": "Between 1801 and 1803 the sloop Investigator sailed right round the continent then called New Holland. Her commander, Matthew Flinders, charted much of its southern coast for the first time and argued for the name by which we know it today: Australia.",
 "sections": [
  ["Chart 1", "A Navigator from Lincolnshire", [
   P("Flinders was born at Donington in Lincolnshire in 1774 and joined the navy as a boy, inspired, he said, by reading Robinson Crusoe. He sailed with William Bligh on the second breadfruit voyage and then went to New South Wales, where with the surgeon George Bass he explored the coast in small open boats. In 1798 and 1799 the two men sailed round Van Diemen’s Land and proved that it was an island."),
   P("Back in England, Flinders won the support of Sir Joseph Banks for a full survey of the unknown coasts of the continent. The Admiralty gave him an old collier renamed the Investigator, and Banks chose the scientific staff, among them the botanist Robert Brown and the artist Ferdinand Bauer."),
   C("Pocket sextant by a London maker, about 1800.", None, "Lent by the Donington Navigation Society, DNS 45"),
  ]],
  ["Chart 2", "The Unknown Coast", [
   P("The Investigator reached Cape Leeuwin in December 1801 and worked eastward along the Great Australian Bight, charting bays, islands and headlands in careful detail. In February 1802 eight men, including the master John Thistle, were drowned when their cutter overturned near the entrance to Spencer Gulf, and Flinders named Memory Cove in their honour. Brown and Bauer went ashore wherever they could, and between them they gathered and drew thousands of plants."),
   P("On 8 April 1802, in a bay he called Encounter Bay, he met the French ship Le Géographe under Nicolas Baudin, who was surveying the same coast for the government of Napoleon. Although their countries were at war, the two commanders met courteously and exchanged information. Flinders then sailed on to Port Jackson, and from there north along the east coast and round the Gulf of Carpentaria."),
   C("Pressed specimen of a coastal banksia, collected in 1802.", None, "Hollins Herbarium, HH-B 1802.17"),
  ]],
  ["Chart 3", "Prisoner on Mauritius", [
   P("The Investigator was so rotten that Flinders had to hurry back to Sydney in June 1803, completing the circumnavigation. Sailing for England as a passenger to ask for a replacement, he was wrecked on a reef, brought help to the stranded crew, and then put into Mauritius in the schooner Cumberland, unaware that war had broken out again. The French governor held him as a suspected spy for six and a half years."),
   P("Flinders reached home in 1810 and spent his last years writing A Voyage to Terra Australis, with an atlas of his charts. He urged that the continent be called Australia, and Governor Lachlan Macquarie began to use the name in his dispatches. The book was published in July 1814, and Flinders died the day after it appeared. His charts of the southern coast stayed in use for more than a century."),
   C("Leaf from a copy of the Cumberland’s log, written out during the captivity.", None, "Lent by the Port Louis Record Office, PLRO 1804/2"),
  ]],
  [None, "The Ship’s Cat", [
   P("Trim, a black cat with white paws, was born at sea and sailed with Flinders on the Investigator and the Cumberland. He vanished on Mauritius, and Flinders wrote a short, affectionate memoir of him during his captivity. Statues of Trim now stand beside those of his master in Sydney, in Donington and at Euston station in London."),
  ]],
 ],
 "extra": {"kicker": "ROOM 4 • SURVEYORS OF THE SOUTHERN OCEAN",
   "note": "1 Van Diemen’s Land was renamed Tasmania in 1856.",
   "quote": "Every headland had to be seen twice, once from the ship and once on the chart."},
}

EX["tull_seed_drill_1701"] = {
 "title_lines": ["Sowing in Rows", "Jethro Tull and the Seed Drill, 1701"],
 "running": ["Pennwick Museum of Rural Life · Field and Barn Gallery"],
 "intro": "Farmers had sown seed by hand for thousands of years, throwing it in wide arcs across the ploughed field. Around 1701 an Oxfordshire lawyer turned farmer built a machine that dropped seed in straight rows at an even depth. Jethro Tull’s drill, and the arguments in his book, became part of the story of the agricultural revolution.",
 "sections": [
  ["Part 1", "A Lawyer on the Land", [
   P("Tull was born in 1674 at Basildon in Berkshire and studied at Oxford before training for the bar. Poor health kept him from practising, and he took over the family farm instead, at Howberry near Wallingford. There he grew impatient with his labourers, who would not sow sainfoin seed as thinly and as evenly as he wanted."),
   P("Broadcast sowing wasted seed, because much of it fell on the surface where birds ate it or where it failed to root, and the crop came up in clumps that were hard to weed. Tull, who was musical, is said to have taken the grooved sounding board of an organ as the model for a mechanism that would meter out seed a few grains at a time. Seed drills had long been used in China and had been proposed in Europe before, but his was one that worked in English fields."),
  ]],
  ["Part 2", "The Drill", [
   P("His drill was drawn by a horse. A hopper fed seed onto a turning cylinder with grooves cut in it; each groove carried a few seeds over and let them fall down a tube into a furrow opened by a small coulter in front, and a harrow behind covered them over. Several rows could be sown at once, at a fixed spacing and depth, with far less seed than a man sowing by hand would scatter."),
   P("Tull also designed a horse-drawn hoe for weeding between the rows. He believed, wrongly, that plants fed on tiny particles of soil, so that the more finely the ground was broken up, the better they would grow. The theory was mistaken, but hoeing between rows did control weeds and let air and water into the soil, and his crops were good."),
   C("Working model of a seed drill after Tull’s design, made about 1850.", "Above", "Lent by the Wallingford Rural Life Society, WRLS 112"),
  ]],
  ["Part 3", "The Book and Its Critics", [
   P("In 1731 he published The New Horse-Houghing Husbandry, expanded in 1733 as The Horse-Hoeing Husbandry. It was attacked by writers who disputed his theories and accused him of borrowing the ideas of others, and Tull answered them at length. The book was read in France, where Voltaire tried the new husbandry on his own estate. Tull died in 1741 at Prosperous Farm near Hungerford."),
   P("Drills were slow to spread. Most farmers could not afford them, the early machines broke easily, and broadcast sowing remained common into the nineteenth century. Improved drills by later makers were widely used in the Victorian period, and the name of Tull came to stand for the whole idea of sowing in rows, even among people who had never read his book."),
  ]],
  [None, "A Name Borrowed", [
   P("The English rock band Jethro Tull took its name from the agriculturist in 1968, on the suggestion of an agent who had studied history. The group went on to sell millions of records, and for many people the name now calls up a flute player standing on one leg rather than a seed drill."),
  ]],
 ],
 "extra": {"kicker": "Field and Barn Gallery · Bay 3",
   "quote": "Fewer seeds, straighter rows, cleaner fields: the promise was simple.",
   "footnote": "Sainfoin is a fodder plant of the pea family, grown for hay.",
   "table": [["Inventor", "Jethro Tull (1674–1741)"], ["Drill built", "about 1701, Howberry, Oxfordshire"], ["Book", "The Horse-Hoeing Husbandry, 1733"], ["Drawn by", "one horse"]]},
}

EX["humboldt_chimborazo_1802"] = {
 "title_lines": ["To the Top of the World", "Humboldt on Chimborazo, 1802"],
 "running": [],
 "intro": "In June 1802 the Prussian naturalist Alexander von Humboldt tried to climb Chimborazo in the Andes of Ecuador, then believed to be the highest mountain on Earth. He did not reach the summit, but what he saw on its slopes changed the way scientists think about nature.",
 "sections": [
  ["Stage 1", "The Journey to the Americas", [
   P("Humboldt was born in Berlin in 1769 into a wealthy family. After the death of his mother left him rich, he spent his fortune on scientific travel. With the French botanist Aimé Bonpland he sailed from Spain in June 1799 with a rare passport from the Spanish crown that let them go almost anywhere in its colonies, carrying barometers, thermometers, sextants and a cyanometer for measuring the blue of the sky."),
   P("For five years the two men travelled through Venezuela, Cuba, Colombia, Ecuador, Peru and Mexico. They paddled up the Orinoco and confirmed its link with the Amazon basin through the Casiquiare channel, suffered from mosquitoes and fevers, and collected tens of thousands of plant specimens, many of them new to European science. Bonpland pressed and labelled the plants while Humboldt took measurements at every halt."),
  ]],
  ["Stage 2", "On the Mountain", [
   P("On 23 June 1802 Humboldt, Bonpland, the young Ecuadorian Carlos Montúfar and a few local porters climbed the south-western side of Chimborazo. The porters turned back at the snow line. The others went on along a narrow ridge of rock, suffering from nausea, bleeding gums and the cold, until a deep gully stopped them at about 5,900 metres, higher than any European was known to have climbed."),
   P("Humboldt recorded the air pressure, temperature and boiling point of water at each stage and noted the plants and lichens that grew at each height. In the weeks that followed he began to see the mountain as a model of the whole planet, with belts of vegetation stacked one above another like the climate zones from the equator to the poles."),
  ]],
  ["Stage 3", "The Picture of Nature", [
   P("Back in Europe he published his Essay on the Geography of Plants in 1807, with a large engraved cross-section of Chimborazo and its neighbour Cotopaxi. Plant names were written on the slopes at the heights where they grew, and columns on either side gave figures for temperature, humidity and air pressure. It was one of the first pictures to show nature as a connected system."),
   P("Humboldt spent the next decades writing up his travels in some thirty volumes and later the five volumes of Cosmos. Darwin carried his books on the Beagle, and many places, currents and species now bear his name. Chimborazo itself proved to be lower than many Himalayan peaks, though its summit is the point on Earth farthest from the centre of the planet, because the globe bulges at the equator."),
   C("Hand-coloured cross-section of the Andes after the plate of 1807.", "Above", "Lent by the Volckmann Geographical Society, VGS 1807.2"),
  ]],
  [None, "Measuring the Blue", [
   P("The cyanometer Humboldt carried was a ring of paper squares in fifty-three shades of blue, from white to almost black. Holding it up against the sky, he recorded how the blue grew deeper as he climbed, one of many measurements he made of things that other travellers simply admired. Its readings are crude by modern standards, but they were honestly made and carefully written down."),
  ]],
 ],
 "extra": {"kicker": "Gallery of Travellers · The Andes",
   "quote": "He went up a mountain and came down with a new picture of the world.",
   "quote_by": "— Rosa Ettling, exhibition adviser",
   "timeline": [["1799", "Sails from A Coruña with Bonpland"], ["1800", "Orinoco and the Casiquiare"], ["1802", "Chimborazo, 23 June"], ["1804", "Returns to Europe by way of the United States"], ["1807", "Essay on the Geography of Plants"]]},
}

def gold(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [P(e["intro"])]}]
    for lab, t, blocks in e["sections"]:
        secs.append({"label": lab, "title": t, "blocks": blocks})
    return {"title": title, "running": e["running"], "sections": secs}

if __name__ == "__main__":
    json.dump(EX, open(os.path.join(HERE, "texts.json"), "w"), ensure_ascii=False, indent=1)
    for n in EX:
        g = gold(n)
        words = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        print(n, words)
        with open(os.path.join(OUT, n + ".json"), "w") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
