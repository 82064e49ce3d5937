"""All texts of set 51. '|' marks a printed break inside a paragraph (removed in gold)."""
import json, os, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def P(t): return {"kind": "paragraph", "text": t}
def C(t, pos, credit): return {"kind": "caption", "text": t, "position": pos, "credit": credit}

EX = {}

EX["harvey_circulation_1628"] = dict(
 kicker="Catalogue 12 · The Living Body",
 title_lines=["A Perpetual Motion:", "William Harvey and the Circulation, 1628"],
 running=["Anatomy Rooms · Catalogue of the Collection", "Harvey and the Moving Blood", "34", "35"],
 intro="In 1628 an English physician published a small, badly printed book in Frankfurt. In seventy-two pages William Harvey argued that the blood does not ebb and flow like a tide, but travels round the body in a circle, driven by the heart.",
 sections=[
  ("1", "Galen’s Two Bloods", [
   P("For fourteen centuries European medicine followed the Greek physician Galen, who taught that the body held two different kinds of blood. Dark blood was made in the liver from digested food and seeped out through the veins to nourish the flesh, which consumed it. Bright blood, mixed with a vital spirit drawn from the air, passed along the arteries from the heart."),
   P("Galen supposed that some blood crossed the thick wall between the two sides of the heart through invisible pores. In the sixteenth century anatomists at Padua began to doubt these pores. Realdo Colombo described the passage of blood through the lungs, and Hieronymus Fabricius drew the little valves inside the veins, though he believed they only slowed the flow.")]),
  ("2", "A Student of Padua", [
   P("Harvey was born in Folkestone in 1578, the eldest son of a prosperous yeoman. After Cambridge he went to Padua, then the leading medical school in Europe, and studied under Fabricius. Back in London he became physician to St Bartholomew’s Hospital, a fellow of the College of Physicians, and later physician to James I and Charles I."),
   P("From 1616 he lectured on anatomy at the College, and his notes show that he was already thinking about the motion of the blood. He dissected dozens of species, from eels and frogs to | deer from the royal parks, because in cold-blooded animals the heart beats slowly enough to be watched."),
   C("Harvey’s ligature experiment on the forearm, from the plates at the end of De motu cordis (Frankfurt, 1628).", "Above", "Lent by the Ashcombe College Library, ACL Rare 1628.4")]),
  ("3", "Counting the Blood", [
   P("Harvey’s most famous argument was a simple sum. He estimated that the left ventricle holds about two ounces of blood and that the heart beats about seventy-two times a minute. Even if only a fraction were pushed out at each stroke, the heart would send out far more blood in an hour than the whole body contains, and far more than any meal could replace."),
   P("The blood, he concluded, must be the same blood coming back again. He showed it with a ligature on the arm. A tight band stopped the pulse below it, while a looser one let blood in through the deep arteries but kept it from returning through the veins, so the veins below swelled. Pressing a finger along a swollen vein, anyone could see that the valves let blood move only towards the heart.")]),
  ("4", "A Slow Acceptance", [
   P("De motu cordis was attacked at once. Older physicians defended Galen, and the French anatomist Jean Riolan insisted that the circulation was at best partial. Harvey complained that his practice fell off after the book appeared, and that patients thought him crack-brained. Yet by the time he died in 1657 most younger anatomists in England and the Netherlands had accepted his circle."),
   P("One piece was missing. Harvey could not see how blood passed from the smallest arteries into the smallest veins, and he simply assumed that it soaked through the flesh. In 1661 Marcello Malpighi, looking through a microscope at the lung of a frog, saw the capillaries that closed the loop.")]),
  (None, "A Book from Frankfurt", [
   P("Harvey sent his manuscript to the Frankfurt publisher William Fitzer, probably because the city held Europe’s great book fair. The first edition was printed on cheap paper and full of errors, with a page of corrections at the end. Fewer than sixty copies are thought to survive.")]),
 ])

EX["morse_telegraph_1844"] = dict(
 kicker="A Pocket Guide · Gallery 2",
 title_lines=["What Hath God Wrought:", "Samuel Morse’s Line", "to Baltimore, 1844"],
 running=["Mill Lane Telegraph Museum", "2", "3"],
 intro="On 24 May 1844 a painter turned inventor tapped out a line from the Bible in the chamber of the Supreme Court in Washington. Forty miles away in Baltimore, his partner read it off a strip of paper and sent it straight back.",
 sections=[
  ("1", "A Painter’s Idea", [
   P("Samuel Finley Breese Morse was a successful portrait painter when, sailing home from Europe in 1832, he fell into conversation about electromagnets with a fellow passenger. By the time the ship reached New York he had filled a notebook with sketches of a machine that could send messages along a wire as a series of marks."),
   P("The idea was not new. In Britain William Cooke and Charles Wheatstone were already working on a telegraph whose needles pointed to letters, and it went into service on the Great Western Railway in 1838. Morse’s advantage was simplicity: a single circuit, a key that opened and closed it, and a receiver that recorded the result."),
   P("Morse had reasons of his own to want faster news. His wife had died suddenly in 1825 while he was away in Washington painting a portrait of Lafayette, and the letter telling him she was ill reached him only after her funeral.")]),
  ("2", "Partners and a Code", [
   P("Morse knew little about electricity. Leonard Gale, a chemistry professor at New York University, showed him how to use relays and many-turned coils to push a current over long distances. Alfred Vail, the son of an ironworks owner, put up money and workshop skill, and much of the final equipment came from his hands."),
   P("The code itself went through several versions. Morse first planned to send numbers that stood for words in a dictionary. The later alphabet of dots, dashes and spaces gave the shortest signals to the commonest letters, and according to one story Vail counted the type in a printer’s case to find out which letters those were.")]),
  ("3", "Congress Pays", [
   P("For years no one would invest. In 1843, after long lobbying, Congress voted thirty thousand dollars for an experimental line. The first plan was to bury the wire in lead pipe beside the railway to Baltimore, but the insulation failed, and the contractor Ezra Cornell suggested | stringing it on poles instead, using the necks of glass bottles as insulators."),
   P("The chosen message came from Annie Ellsworth, the young daughter of the Commissioner of Patents, who picked a verse from the Book of Numbers. Days later the line carried news of the Democratic convention meeting in Baltimore faster than any train, and the public took notice."),
   P("Within a decade tens of thousands of miles of wire crossed the United States, and in 1861 a line reached the Pacific coast. Operators soon found that they could read the clicks of the receiver by ear, and the paper tape that Morse had thought essential fell out of use."),
   C("A register of the kind used on the 1844 line, which embossed dots and dashes on a moving paper strip.", "Right", "Mill Lane Telegraph Museum, MLT 0217")]),
  (None, "Dots and Dashes", [
   P("A dot is one unit long and a dash three. The gap inside a letter is one unit, between letters three units and between words seven. The code used on American lines differed from the international version agreed in Europe, which is the one still heard today.")]),
 ])

EX["mount_pelee_1902"] = dict(
 kicker="Volcanoes that Changed Science",
 title_lines=["Nine Minutes Past Eight:", "The Destruction of Saint-Pierre, 1902"],
 running=["Hall of the Restless Earth · Volcano Gallery", "Panel 5"],
 intro="On the morning of 8 May 1902 a cloud of hot gas and ash rolled down the slopes of Mount Pelée on the French island of Martinique. In a few minutes it destroyed the town of Saint-Pierre and killed nearly all of its people.",
 sections=[
  ("A", "The Paris of the Antilles", [
   P("Saint-Pierre was the commercial and cultural capital of Martinique, a port of about twenty-six thousand people with a theatre, a cathedral, a botanical garden and a harbour crowded with ships loading sugar and rum. Behind it rose Mount Pelée, a volcano whose last serious eruption, in 1851, had done little more than scatter ash."),
   P("The town was proud of its newspapers and schools, and many merchant families sent their children to study in France. Few of them thought of the mountain as a threat."),
   C("The ruins of Saint-Pierre, with the smoking mountain beyond, photographed in the summer of 1902.", "Left", "Photograph: Carbet Collection, on loan to the Museum, CC/MQ 14")]),
  ("B", "Warnings Ignored", [
   P("In April 1902 the mountain began to smoke and rumble. Ash fell on the streets, sulphur fumes killed birds, and on 5 May a torrent of hot mud swept down a valley and buried a sugar works, killing about two dozen workers. Snakes and insects driven from the slopes invaded the outskirts of the town."),
   P("Many people left, but others arrived from the countryside, believing the town to be safe. An election was due on 10 May, and the governor, Louis Mouttet, set up a commission that reported there was no immediate danger. He came to Saint-Pierre with his wife to calm the population, and both died there.")]),
  ("C", "The Glowing Cloud", [
   P("Just after eight o’clock on Ascension Day, two loud explosions were heard and a black cloud burst from the side of the summit. It swept down to the sea at more than a hundred miles an hour, | so hot that it melted glass and set fire to the rum stored in the warehouses. Clocks found in the ruins had stopped at about nine minutes past eight."),
   P("Almost every ship in the harbour was overturned or burned. The Roraima lost most of its crew and passengers, while the Roddam, its decks covered in hot ash, managed to cut its cable and reach Saint Lucia.")]),
  ("D", "Survivors and Science", [
   P("Only two or three people in the town are known to have lived. The best known was Ludger Sylbaris, a labourer held in a thick-walled cell of the prison, who was badly burned but was dug out days later and afterwards toured with an American circus as the man who survived Doomsday."),
   P("The French geologist Alfred Lacroix studied the eruption for months and described the avalanche of gas and glowing fragments that had destroyed the town. He called it a nuée ardente, a glowing cloud. Volcanologists now call such flows pyroclastic currents, and they remain the deadliest hazard of explosive volcanoes."),
   P("The disaster came a day after a deadly eruption of the Soufrière on nearby Saint Vincent, and scientists from Europe and the United States hurried to the Caribbean to study both volcanoes.")]),
  (None, "The Spine of Pelée", [
   P("In the months after the disaster a great spine of solid lava pushed up from the crater, rising some three hundred metres above it before crumbling away. Visitors called it the Tower of Pelée, and photographs of it were sold around the world.")]),
 ])

EX["leeuwenhoek_1676"] = dict(
 kicker="Case 3 · The First Microscopists",
 title_lines=["Little Animals:", "Leeuwenhoek’s Letters to London, 1676"],
 running=["Delftgate Museum of Science", "3.1", "3.2", "3.3", "3.4"],
 intro="Antoni van Leeuwenhoek was a cloth merchant in Delft with no university training and no Latin. With microscopes he made himself, each no bigger than a hand, he saw bacteria, sperm cells and single-celled creatures long before anyone else, and reported them in some three hundred letters to the Royal Society in London. The three objects in this case follow one of those letters from the lens to the printed page. Each label gives a date, the materials and the lender, as elsewhere in this gallery.",
 sections=[
  ("1", "Silver Microscope", [
   P("Leeuwenhoek’s instruments look nothing like a modern microscope. A single tiny lens, ground or blown from glass, is set between two metal plates. The specimen sits on a pin in front of it, moved by screws, and the viewer holds the lens close to the eye against the light. The best of his surviving lenses magnify about 270 times."),
   P("Looking through one of these instruments is harder than it sounds: the field of view is tiny, and the specimen drifts out of focus at the slightest touch of the screws."),
   P("He made more than five hundred such microscopes but kept his best methods secret, and only about a dozen originals survive. This copy was made from measurements of one in Utrecht."),
   C("The replica seen from the viewer’s side, with the lens at the centre of the plate.", "Above", "Lent by the Haverkamp Instrument Trust, HIT 1930.2")]),
  ("2", "Letter of 9 October 1676", [
   P("In this long letter Leeuwenhoek described what he found in rainwater, well water and water in which he had soaked ground pepper. It swarmed with living things far smaller than anything seen before, some of which he judged to be a thousand times smaller than the eye of a louse. He counted them, drew them and noted how some moved with little legs, or what looked like legs, while others tumbled like tops."),
   P("Henry Oldenburg, the Society’s secretary, translated parts of it into English for the Philosophical Transactions. Fellows doubted the report, and in 1677 Robert Hooke built microscopes to check it. When he saw the creatures himself, the doubts fell away."),
   P("Leeuwenhoek wrote in Dutch because he could read no other language, and he sent drawings made by a hired draughtsman rather than the specimens themselves. To convince the sceptics he gathered signed statements from eight respectable witnesses in Delft, among them a notary and a minister, who had looked through his lenses."),
   C("First page of the letter, in the hand of a copyist, with Leeuwenhoek’s signature.", "Above", "Facsimile: Delftgate Museum of Science archive, DMS F-76")]),
  ("3", "Drawings of Mouth Bacteria", [
   P("In 1683 Leeuwenhoek scraped the white matter from between his teeth, mixed it with rainwater and saw tiny rods and spheres moving about. He asked an artist to draw what he saw, and these figures are now regarded as the first pictures of bacteria. The plate shows rods, a chain of spheres and a curved form that later writers have tried to match with kinds known today; without the original specimens, such identifications remain guesses."),
   P("He also looked at the teeth of two old men who said they had never cleaned them, and found far more of the creatures. Leeuwenhoek went on observing and writing until his death in 1723, at the age of ninety. Princes and scholars, among them Tsar Peter the Great, came to his house to look through his lenses."),
   C("Detail of the plate, with the path of one moving rod traced as a dotted line.", "Above", "Lent from a private collection, Leiden")]),
 ])

EX["powell_expedition_1869"] = dict(
 kicker="UPSTREAM GALLERY · RIVERS OF THE WEST",
 title_lines=["Into the Great Unknown:", "John Wesley Powell on the Colorado, 1869"],
 running=[],
 intro="In May 1869 ten men in four wooden boats pushed off from a railway town in Wyoming to follow the Green and Colorado rivers through country no mapmaker had seen. Three months later six of them came out of the Grand Canyon.",
 sections=[
  ("Stage 1", "A One-Armed Major", [
   P("John Wesley Powell had lost his right arm at the battle of Shiloh in 1862. After the Civil War he taught natural science in Illinois and led student parties to the Rocky Mountains, where he became determined to explore the canyons of the Colorado, the last large blank on the map of the United States."),
   P("He raised money from the Smithsonian Institution, from colleges in Illinois and from the railway, which carried his boats free to Green River Station. His crew were mostly trappers and former soldiers, along with his brother Walter, who had come back from a prisoner-of-war camp a changed man.")]),
  ("Stage 2", "Wrecks and Rapids", [
   P("The boats were built in Chicago of oak and pine, with watertight compartments at each end. Only days into the journey, at a place the men named Disaster Falls, the No Name was smashed on the rocks, taking with it a third of the food and several of the instruments for measuring altitude."),
   P("Through the summer the party ran rapids where they could and lowered the boats by rope where they could not. Powell climbed the canyon walls to take readings and sketch the rock layers, | often with a barometer slung over his one shoulder. On one climb he was trapped on a ledge until the boatman George Bradley pulled him up with a pair of long underwear."),
   P("By August their flour was mouldy, their coffee gone and their clothes in rags. Some days they made only a few miles. The men wrote in their journals of the dread of not knowing what lay around the next bend, as the granite walls of the inner gorge closed in on them."),
   C("A replica of the pilot boat Emma Dean, built for the museum to the dimensions recorded in 1869.", "Above", "Larkfield Museum of the West, LMW 2009.41")]),
  ("Stage 3", "Separation Rapid", [
   P("On 28 August, facing a furious rapid, three men decided they had had enough. The brothers Oramel and Seneca Howland and William Dunn climbed out of the canyon towards the Mormon settlements to the north. The others ran the rapid safely and two days later reached the mouth of the Virgin River."),
   P("The three who left were never seen again. For more than a century it was said that they had been killed by Shivwits Paiute men, but historians have since questioned that account, and what happened to them is still not known."),
   P("Powell’s report made him famous. He went on to lead a survey of the Rocky Mountain region, and later both the United States Geological Survey and the Bureau of Ethnology, warning Congress that the dry lands of the West could not be farmed like the East.")]),
  (None, "The Second Voyage", [
   P("Powell returned to the river in 1871 and 1872 with a better-equipped party that included a photographer and a topographer. Much of the scientific work credited to the first voyage was in fact done on the second, and Powell’s popular account blended the two. The photographs from the later trips are still often shown beside stories of the first.")]),
 ])

EX["grand_banks_1929"] = dict(
 kicker="Ocean Floor Gallery",
 title_lines=["The Night the Cables Broke: The Grand Banks Earthquake, 1929"],
 running=[],
 intro="On 18 November 1929 an earthquake beneath the Atlantic south of Newfoundland snapped a string of telegraph cables and sent a tsunami into the fishing villages of the Burin Peninsula. More than twenty years passed before anyone understood why the cables had broken one after another.",
 sections=[
  ("01", "A Shock Under the Sea", [
   P("The earthquake struck at about five in the afternoon, local time, with a magnitude later put at about 7.2. Its centre lay under the edge of the continental shelf, some 250 kilometres south of Newfoundland, and it was felt as far away as New York and Montreal. On land it did little more than rattle dishes and topple chimneys. It remains one of the strongest earthquakes recorded in eastern Canada."),
   P("Beneath the sea it set loose an enormous mass of mud and sand from the slope of the Grand Banks. Within hours the transatlantic cables that crossed the area began to fail, and the repair ships that went out to find the breaks discovered that long sections had been torn away or buried.")]),
  ("02", "The Wave", [
   P("About two and a half hours after the shock, a tsunami reached the Burin Peninsula. It came in as three main waves, in places rising several metres above the normal tide, and swept houses, boats, stores and fishing stages out into the harbours. Twenty-eight people died, most of them in the communities of Port au Bras, Lord’s Cove and Lamaline."),
   P("Newfoundland was then a separate dominion, and the only telegraph line along the peninsula had been brought down by a storm. News of the disaster reached the capital, St. John’s, only days later, when the coastal steamer | Portia arrived at Burin with its wireless. Relief ships followed, carrying doctors, nurses, food and clothing into the winter.")]),
  ("03", "Reading the Breaks", [
   P("Twelve cables were broken. Those nearest the centre failed at the moment of the earthquake, but the breaks further down the slope came in an orderly sequence over about thirteen hours, each later and further away than the last. At the time engineers blamed landslides set off directly by the shaking."),
   P("In 1952 Bruce Heezen and Maurice Ewing of Columbia University looked again at the cable companies’ records. They argued that the sediment from the slope had turned into a dense, fast-moving slurry, a turbidity current, which raced down the sea floor and snapped each cable in turn. From the timing they worked out speeds of up to about seventy kilometres an hour. The records they used had sat in company files for more than twenty years."),
   P("Cores later taken from the abyssal plain found a layer of sand and silt spread over a vast area, and the 1929 event became the classic example of a process that shapes the deep ocean floor."),
   C("A section of armoured telegraph cable of the kind laid across the Grand Banks, cut to show its copper core.", "Above", "Port Hallam Maritime Museum, PHM 1931.77")]),
  (None, "Mending a Cable", [
   P("To repair a break, a cable ship dragged a grapnel across the bottom until it hooked the cable, lifted the end to the deck and spliced in a new length. After 1929 it took the ships months to restore every line. Engineers had long known that breaks clustered on steep slopes, but none had recorded a sequence as clear as this one.")]),
 ])

def clean(t): return re.sub(r"\s+", " ", t.replace("|", " ")).strip()

def gold(name):
    e = EX[name]; title = " ".join(e["title_lines"])
    secs = [{"label": None, "title": title, "blocks": [P(e["intro"])]}]
    for lab, tit, blocks in e["sections"]:
        secs.append({"label": lab, "title": tit, "blocks": [dict(b, text=clean(b["text"])) for b in blocks]})
    return {"title": title, "running": e["running"], "sections": secs}

if __name__ == "__main__":
    for n in EX:
        g = gold(n)
        with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
        w = sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")
        print(n, w)
