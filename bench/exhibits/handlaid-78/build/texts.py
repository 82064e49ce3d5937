# Texts of set 78 (my own words). Each exhibit: title lines, running strings, sections.
# Section: (label, title, [blocks]); block = ("p", text) or ("cap", text, position, credit).
EX = {}

EX["halley_diving_bell_1691"] = dict(
 title_lines=["Breathing Under the Sea", "Edmond Halley’s Diving Bell, 1691"],
 running=["Harbourside Museum of the Deep · Room 1: Into the Water", "1.2"],
 intro="Long before rubber suits and compressed air, divers went down inside open bells of wood and metal. In 1691 the astronomer Edmond Halley patented a bell that could be kept supplied with fresh air from the surface, and he later spent more than an hour on the sea bed to prove that it worked.",
 sections=[
  ("1", "Air Trapped in a Bell", [
   ("p", "A bell lowered mouth downwards into water keeps a pocket of air inside it, just as an upturned cup does in a basin. Divers had used the trick since ancient times, and in the sixteenth century bells were tried in Spain and in the harbours of Italy to recover guns and cargo from sunken ships."),
   ("p", "The trouble was that the air soon grew foul. As the bell went deeper the water pressed higher inside it, the pocket shrank, and a man could work for only a few minutes before he had to be hauled up gasping and dizzy."),
   ("p", "Scholars in London were curious because a working bell promised a way to study the sea floor and to recover some of the valuable cargoes lost every year around the coasts."),
  ]),
  ("2", "Halley’s Barrels", [
   ("p", "Halley, better known for the comet that bears his name, was also a practical man who served on committees of the Royal Society. His bell was made of wood coated with lead, about five feet across at the base, with a window of thick glass in the top to let in daylight."),
   ("p", "Fresh air was sent down in weighted barrels, each with a bung hole at the bottom and a leather hose at the top. When a diver pulled the hose into the bell and lowered its end, the water pushed the air out of the barrel and into the chamber, while a small tap let the stale air escape at the top."),
   ("p", "Halley and four companions stayed at a depth of about sixty feet for well over an hour. He reported that they could see clearly enough to read and write, and that the main discomfort was a pain in the ears until the pressure on both sides of the eardrum was equalised."),
   ("cap", "Teaching model of a wooden diving bell with its air barrel, about 1780.", None, "Lent by the Society of Naval Models, Portsmouth; SNM 311"),
  ]),
  ("3", "Working on the Sea Bed", [
   ("p", "Halley formed a company to use his bell on wrecks, and it was put to work off the south coast of England. He also designed a cap with a small window and a pipe, so that one man could walk out from the bell on a tether and gather what he found."),
   ("p", "The bell also taught Halley something about breathing. He noticed that the air in the chamber grew warm and damp as the divers used it, and that a candle burned dimly once it was stale, which told him when to send for a fresh barrel."),
   ("p", "Bells of the same kind served engineers for another century and a half. John Smeaton used a cast-iron bell fed by a pump to repair the foundations of bridges and harbours in the 1780s, and later versions helped to build piers, docks and lighthouses."),
  ]),
 ],
 sidebar=("Why Ears Hurt", "As a diver goes down, water presses on the eardrum from outside. Swallowing or yawning lets air into the middle ear from the throat and eases the pain, which is why Halley advised his divers to be lowered slowly."),
)

EX["royal_george_salvage_1839"] = dict(
 title_lines=["Clearing the Spithead Wreck", "Pasley and the Royal George, 1839–1843"],
 running=["Salvage and the Sea: A Catalogue", "64", "The Royal George", "65"],
 intro="In August 1782 the warship Royal George sank at her anchorage off Portsmouth while she was being heeled for repairs, drowning hundreds of sailors and visitors. Half a century later her broken hulk still lay in the roadstead, and the Royal Engineers were sent to remove it.",
 sections=[
  (None, "A Ship Lost at Anchor", [
   ("p", "The Royal George was a first-rate ship of a hundred guns and the pride of the Channel fleet. On 29 August 1782 her guns were run over to one side so that carpenters could reach a pipe below her waterline, and a sudden gust pushed her open gunports under water."),
   ("p", "She filled and went down within minutes. Admiral Kempenfelt was writing in his cabin and was lost with her, along with most of the crew and many women and children who had come aboard to visit, so that the dead probably numbered around nine hundred."),
   ("p", "A court martial cleared the officers and blamed rotten timbers in the hull, a verdict that many people at the time doubted. The poet William Cowper wrote a well-known lament for the ship, and her loss was remembered in Portsmouth for generations."),
  ]),
  (None, "Gunpowder Under Water", [
   ("p", "Attempts to raise her in the 1780s failed, and the wreck settled into the mud, where it became a danger to ships using the anchorage. In 1839 Colonel Charles Pasley of the Royal Engineers began to break it up with large charges of gunpowder fired by electricity."),
   ("p", "Pasley kept careful records of every charge, and his reports were read by engineers who had to clear harbours and rivers in many parts of the world."),
   ("p", "The charges were packed in lead or copper cylinders and lowered beside the timbers, and a voltaic battery on a barge set them off. Pasley had perfected the method while demolishing old wrecks in the Thames, and at Spithead he showed that it could be done safely in the open sea."),
   ("p", "Each summer the engineers returned, and the great explosions drew crowds of spectators along the shore. By 1843 the hull had been cleared down to the sea bed, and the anchorage was safe again."),
   ("cap", "Bronze gun recovered from the wreck in 1840, with concretion still on its muzzle.", None, "Courtesy of the Garrison Museum, Gosport; GM 1840/7"),
  ]),
  (None, "Divers in Helmets", [
   ("p", "The work depended on divers in the new closed helmets supplied by Augustus Siebe. They located the timbers, fixed the charges and sent up guns, shot, bottles and even the ship’s bell, often working blind in water clouded by mud."),
   ("p", "Pasley insisted that his divers work in pairs, perhaps the first time such a rule was laid down. Corporal Jones, one of his best men, became so skilled that he was later sent to train others, and the army came to treat diving as a regular trade."),
   ("p", "Many of the objects raised were sold at auction or turned into souvenirs. Timber from the wreck was made into furniture, snuffboxes and walking sticks, and some of the bronze guns were melted down to cast the capital at the top of Nelson’s Column in London."),
  ]),
 ],
 sidebar=("A Rule Still Followed", "Pasley’s rule that no diver should work alone is still the first rule of diving. Every diver is taught to stay within reach of a partner and to check the partner’s equipment before going into the water. It is often called the buddy system."),
)

EX["scapa_flow_salvage_1924"] = dict(
 title_lines=["Raising the", "Sunken Fleet", "Scapa Flow, 1924–1939"],
 running=[],
 intro="On 21 June 1919 the German High Seas Fleet, interned in the Orkney anchorage of Scapa Flow after the First World War, sank itself on the orders of its own admiral. Over the next twenty years salvage men brought most of the great ships back to the surface and sold them for scrap.",
 sections=[
  ("1", "The Great Scuttle", [
   ("p", "Seventy-four German warships had been held at Scapa Flow since November 1918 while the peace terms were argued in Paris. Their crews had been cut to a few thousand men, and their commander, Rear Admiral Ludwig von Reuter, feared that the ships would be handed over to the Allies."),
   ("p", "While most of the British guard squadron was away on exercises, he gave the signal. Sea cocks were opened and pipes smashed, and within hours fifty-two ships had gone to the bottom, some upside down, in water up to forty metres deep."),
   ("p", "British sailors fired on some of the boats as the crews abandoned ship, and nine German sailors were killed, the last deaths of the war at sea. Von Reuter was taken prisoner, but at home he was treated as a hero."),
  ]),
  ("2", "Cox and the Upturned Hulls", [
   ("p", "The Admiralty at first saw the wrecks as a nuisance. In 1924 Ernest Cox, an engineer who had made money breaking up old battleships, bought most of them for a small sum, although he had never raised a ship in his life."),
   ("p", "He began with the destroyers, lifting them between floating docks on chains, and then turned to the battleships and battle cruisers. For these his team sealed every opening in the upturned hulls, pumped in compressed air and worked inside them through tall airlocks, while divers patched holes on the outside."),
   ("p", "His largest prize was the battle cruiser Hindenburg, raised in 1930 after an earlier attempt had failed. Like most of the ships, she was towed south to the breakers’ yard at Rosyth on the Firth of Forth."),
   ("p", "The work was cold, slow and dangerous, and fires broke out when oil left in the hulls caught light. In 1933 Cox sold his business to Metal Industries, which carried on raising ships until the Second World War."),
   ("cap", "The battle cruiser Moltke coming up keel first, 1927.", None, "Courtesy of the Stromness Salvage Archive, SSA 22/104"),
  ]),
  ("3", "What Remains", [
   ("p", "Seven large ships were never raised and still lie in the Flow: three battleships and four light cruisers. They have become one of the best known wreck dives in Europe, and divers come from all over the world to swim along their hulls."),
   ("p", "Because their steel was made before the first atomic bomb tests, metal taken from wrecks of this age was prized for instruments that had to be free of radiation. Today the wrecks are protected, and visitors are asked to look but not to take."),
   ("p", "Lying on their sides in cold water, the wrecks are slowly collapsing, and surveys by divers and sonar record how they change from year to year."),
  ]),
 ],
 sidebar=("Visiting the Wrecks", "The seven wrecks lie in the south of the Flow and can be reached from Stromness on licensed dive boats. Divers need a permit from the harbour authority and must leave everything where they find it. Diving is best between April and October."),
)

EX["siebe_closed_helmet_1837"] = dict(
 title_lines=["From Smoke Helmet to Standard Dress", "Deane, Siebe and the Copper Helmet"],
 running=["Deep Water Galleries · From Smoke Helmet to Standard Dress", "4/9"],
 intro="The copper helmet with its round windows became the symbol of diving for more than a century. It grew out of a firefighting device invented by two brothers from Kent and was perfected by a German instrument maker working in London. Its story is one of brave improvisation followed by careful engineering.",
 sections=[
  ("4.1", "The Smoke Helmet", [
   ("p", "In the 1820s Charles Deane saw a stable fire near his home and rushed in wearing an old armoured helmet, with air pumped to him through a hose. In 1823 he patented a smoke helmet for firemen, and with his brother John he soon realised that it could also work under water."),
   ("p", "John Deane used the helmet under water for the first time in the late 1820s, and the brothers published a list of the jobs it could do, from inspecting ships’ bottoms to recovering lost anchors."),
   ("p", "Their helmet sat loosely on the shoulders and was not fixed to the suit, so the air pumped down escaped from under its rim. It worked well as long as the diver stayed upright, but if he bent over or fell, the helmet flooded at once."),
  ]),
  ("4.2", "Wrecks and Treasure", [
   ("p", "The Deanes made a living as salvage divers through the 1830s, raising guns from the wreck of the Royal George in 1834 and working on the Mary Rose in 1836, after fishermen had snagged their nets on her timbers off Portsmouth."),
   ("p", "They sold their equipment to other divers and printed a small manual for them, the first of its kind, but the open helmet remained risky for anyone who used it. Several men drowned when they slipped on the sea bed, and engineers began to look for a design that could not flood."),
   ("p", "Their most famous find was the Mary Rose herself, where they raised bronze and iron guns and sold them to the Board of Ordnance, leaving the hull buried in the silt for another century and a half."),
   ("cap", "Copper helmet with three front windows, Siebe Gorman, about 1900.", "Above", "Lent by Mrs P. Arkwright-Lowe"),
  ]),
  ("4.3", "Siebe’s Closed Dress", [
   ("p", "Augustus Siebe, who had trained in Berlin as a metalworker and settled in London, made pumps and helmets for the Deanes. By about 1840 he was selling a helmet bolted to a waterproof canvas suit with a rubber collar, so that the air inside could only escape through a valve."),
   ("p", "With this closed dress a diver could lean, crawl and even lie down without flooding. The Royal Engineers used it at Spithead, and the Royal Navy soon made it standard. With small changes, helmets of this pattern were still worn by working divers in the 1970s."),
   ("p", "Two men turning the wheels of a pump at the surface kept the diver supplied with air, sometimes for hours in all weathers. Siebe’s firm, later Siebe Gorman, also made breathing sets for miners and submarine crews well into the twentieth century."),
  ]),
 ],
 sidebar=("Why the Suit Was Heavy", "A standard diving dress with its helmet, weighted boots and lead chest weights could weigh around eighty kilograms. The weight kept the diver on his feet on the sea bed, where the water carried much of the load. Climbing back up the ladder to the boat, a diver felt every kilogram again."),
)

EX["phips_treasure_1687"] = dict(
 title_lines=["Silver from the Ambrosia Bank", "William Phips and the Treasure of the Concepción, 1687"],
 running=["Tidewater Salvage Museum · Treasure Hunters"],
 intro="In 1687 a ship captain from Maine brought home to London more than thirty tons of silver raised from a Spanish wreck in the Caribbean. The voyage made William Phips rich and famous, earned him a knighthood and gave the backers of his expedition one of the best returns in English history.",
 sections=[
  ("A", "A Galleon on the Reef", [
   ("p", "In 1641 the Spanish treasure ship Nuestra Señora de la Concepción, carrying silver from Mexico, was caught by a hurricane and wrecked on a reef north of Hispaniola. Her crew tried for weeks to save her, and many of them died on the reef or in open boats."),
   ("p", "Spanish salvage crews came back several times with divers, but they never found the main part of the wreck, which had slipped into a gully between the coral heads."),
   ("p", "Stories of the lost silver went round the Caribbean for forty years. Phips, a shepherd’s son who had become a shipbuilder in Boston, heard them from sailors and set out to find the wreck for himself."),
  ]),
  ("B", "Backers in London", [
   ("p", "Phips had already made one attempt in 1684 with a ship lent by the navy, but his crew came close to mutiny and he came home with nothing."),
   ("p", "Phips persuaded a group of noble investors, led by the Duke of Albemarle, to pay for a voyage. Early in 1687 his ship, the James and Mary, reached the reef, now known as the Silver Bank, with a smaller tender and a team of divers."),
   ("p", "The divers were mostly men from the Caribbean and Central America who dived without equipment, holding their breath. They searched the coral heads one by one, and at last one of them came up with a piece of timber and news of guns lying on the bottom."),
   ("p", "For weeks they brought up bars, coins and plate, lifting heavy pieces with ropes and resting in a simple diving tub, a kind of small bell. When food ran short the ships sailed for England loaded with silver worth more than two hundred thousand pounds."),
   ("cap", "Piece of eight minted in Mexico, recovered from the Silver Bank.", None, "Lent by a private collector, Bristol"),
  ]),
  ("C", "A Knight from New England", [
   ("p", "The investors took the largest share, and Albemarle’s return was enormous. Phips received a share of his own and a knighthood from the king, and he later became the first royal governor of Massachusetts."),
   ("p", "Part of the silver went to the Royal Mint, and the king received a tenth of the treasure as his due. A medal was struck to celebrate the voyage, showing the ship at anchor above the reef."),
   ("p", "His success set off a rush of treasure-hunting companies in London, most of which failed. The wreck itself was lost again until divers found it in 1978, when coins and ballast stones were still lying among the coral."),
   ("p", "In Massachusetts he is remembered less kindly, because he set up the court that tried the Salem witches in 1692."),
  ]),
 ],
 sidebar=("Shares in a Wreck", "The expedition was run as a joint venture divided into shares. Backers who had paid a few hundred pounds in 1686 received many times that sum, and their luck encouraged a fever of wreck projects on the London market. Few of those later ventures ever raised anything of value."),
)

EX["aqualung_1943"] = dict(
 title_lines=["Free as a Fish", "The Aqua-Lung, 1943"],
 running=[],
 intro="In the summer of 1943 a French naval officer waded into the Mediterranean with cylinders of compressed air on his back and swam freely among the rocks. The Aqua-Lung made diving something that anyone could learn, and it opened the underwater world to science and to millions of visitors.",
 sections=[
  ("Part 1", "Air on Demand", [
   ("p", "Divers had carried compressed air before. Yves Le Prieur in France used a tank with a hand-operated valve in the 1920s, but the air flowed all the time and a full cylinder lasted only a few minutes."),
   ("p", "Helmet divers, meanwhile, still walked on the bottom at the end of a hose, and naval frogmen used oxygen sets that were dangerous below a few metres."),
   ("p", "What was missing was a valve that would give air only when the diver breathed in, and at exactly the pressure of the water around him. Such a valve would save air and make breathing feel natural at any depth, even for a swimmer with no training."),
  ]),
  ("Part 2", "Cousteau and Gagnan", [
   ("p", "Jacques-Yves Cousteau, a young officer in the French navy, had been spearfishing with goggles on the Riviera and wanted to stay down longer. Through his father-in-law he met Émile Gagnan, an engineer in Paris who had built a regulator for cars running on cooking gas during the fuel shortages of the occupation."),
   ("p", "Gagnan’s regulator was adapted for breathing, and early tests in the river Marne showed that it worked well only when the diver swam level. Moving the intake and the exhaust close together solved the problem, and a second test in the sea near Bandol went well."),
   ("p", "Gagnan later moved to Canada, where he went on designing regulators, but in 1943 the two men took out a patent together for the new apparatus."),
   ("p", "That summer Cousteau, Frédéric Dumas and Philippe Tailliez made hundreds of dives off the coast of Provence, going steadily deeper. They also filmed the sea bed, and their short film showed audiences a world that most of them had never imagined."),
   ("cap", "Twin-cylinder Aqua-Lung of the type sold from 1950.", None, "Collection of the Calanque Diving Club, Marseille; CDC 0012"),
  ]),
  ("Part 3", "Diving for Everyone", [
   ("p", "After the war the French navy used the equipment to clear mines from harbours, and sales to the public began in the late 1940s. The name Aqua-Lung was registered for sets sold in Britain and America, and diving clubs sprang up on every coast."),
   ("p", "Cousteau went on to make books and films that carried the sea into millions of homes, among them The Silent World, which won the top prize at Cannes in 1956."),
   ("p", "The same equipment let archaeologists excavate ancient wrecks and biologists watch fish in their own surroundings. The word scuba, coined in the United States for self-contained underwater breathing apparatus, became the everyday name for this kind of diving."),
   ("p", "Later designers moved the demand valve to the mouthpiece and used a single hose, but the principle worked out in 1943 has hardly changed since."),
  ]),
 ],
 sidebar=("Why Divers Must Not Hold Their Breath", "Air breathed at depth expands as the diver rises. A diver who holds his breath while coming up can damage his lungs, so the first lesson in every course is to keep breathing normally. Instructors repeat it until it becomes a habit."),
)

def gold(name):
    e = EX[name]
    t = " ".join(e["title_lines"])
    secs = [dict(label=None, title=t, blocks=[dict(kind="paragraph", text=e["intro"])])]
    for lab, tit, blocks in e["sections"]:
        bl = []
        for b in blocks:
            if b[0] == "p":
                bl.append(dict(kind="paragraph", text=b[1]))
            else:
                bl.append(dict(kind="caption", text=b[1], position=b[2], credit=b[3]))
        secs.append(dict(label=lab, title=tit, blocks=bl))
    st, sp = e["sidebar"]
    secs.append(dict(label=None, title=st, blocks=[dict(kind="paragraph", text=sp)]))
    return dict(title=t, running=e["running"], sections=secs)

def words(name):
    g = gold(name)
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")

if __name__ == "__main__":
    for n in EX:
        print(n, words(n))
