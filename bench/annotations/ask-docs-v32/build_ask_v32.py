"""Build ask_v32.jsonl from hand-written questions.
Citations are given as (start fragment, end fragment) and cut out of the text so that they are exact copies."""
import json, random

T = json.load(open('/work/heldout/r31/ask32/ask_texts.json'))
M = "000_beabee21081aa6a0"

def cite(doc, start, end):
    t = T[doc]
    i = t.index(start)
    j = t.index(end, i)
    assert t.count(start) == 1, (doc, start)
    return t[i:j + len(end)]

Q = []
def A(kind, question, doc, start, end, answer, alts=()):
    Q.append(dict(question=question, answer=answer, alternatives=list(alts), document=doc,
                  citation=cite(doc, start, end), kind=kind))
def U(question):
    Q.append(dict(question=question, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable"))

# ---------------- museum exhibit (16) ----------------
A("how many/how much", "How many Red Army soldiers were killed in battle during the war?", M,
  "The Soviets lost some 8.7", "brutal Eastern Front.", "8.7 million", ["some 8.7 million", "8.7 million soldiers", "some 8.7 million soldiers"])
A("what", "What nickname did Roosevelt give the four big powers he expected to keep the peace?", M,
  "The president believed the future", "and the USSR.", "the Four Policemen", ["Four Policemen", "“the Four Policemen”"])
A("what", "What did FDR write to Churchill in 1942 about dealing with Stalin?", M,
  "Given his faith in personal diplomacy", "meet directly with Stalin.",
  "I think I can personally handle Stalin better than your Foreign Office or my State Department",
  ["“I think I can personally handle Stalin better than your Foreign Office or my State Department,”"])
A("what", "What do historians call the deal that reopened relations between Washington and Moscow under FDR?", M,
  "Indeed, the resulting accord, signed by FDR", "Roosevelt-Litvinov Agreement.", "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"])
A("who", "Which president cut ties with the Bolshevik government?", M,
  "Wilson had severed diplomatic relations", "final months of World War I.", "Wilson")
A("what", "What was Hitler's invasion of Russia codenamed?", M,
  "Code-named Operation Barbarossa", "largest military assault in European history.", "Operation Barbarossa", ["Barbarossa"])
A("who", "Who was the aide FDR dispatched to Moscow to size things up after the invasion?", M,
  "He then sent his trusted confidant Harry Hopkins", "meet with Joseph Stalin.", "Harry Hopkins", ["his trusted confidant Harry Hopkins"])
A("how many/how much", "how much military aid did the us give the soviets during ww2", M,
  "Over the next three and a half years", "in war supplies.", "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"])
A("how many/how much", "Compared with everything the Soviets made themselves, how big a share was the American aid?", M,
  "Though Lend-Lease aid to Russia constituted", "it was vitally important.", "about 7 percent", ["7 percent", "only about 7 percent", "only about 7 percent of what the USSR produced during the war"])
A("why", "Why did Roosevelt send troops into North Africa in 1942?", M,
  "This concern likewise contributed to FDR", "relieve the embattled Russians.",
  "keeping his promise to Stalin that he would open a diverting “second front” against Germany",
  ["to relieve the embattled Russians", "keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians"])
A("why", "Why was Churchil nervous about Roosevelt getting close to Stalin?", M,
  "FDR’s desire to meet Stalin on his own terms", "the peace that followed.",
  "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
  ["feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"])
A("where", "Where did FDR and Stalin see each other for the final time?", M,
  "Little more than a year after the Tehran Conference", "second and last time.", "Yalta", ["the seaside Ukrainian city of Yalta"])
A("when", "How soon after Germany was beaten did the Soviets agree to fight Japan?", M,
  "He also won Stalin", "of Germany’s defeat.", "within three months of Germany’s defeat", ["within three months"])
A("how", "How did Roosevelt describe the Soviet government in 1940?", M,
  "FDR understood that Stalin was an oppressive", "dictatorship in the world.”",
  "a dictatorship as absolute as any other dictatorship in the world", ["“a dictatorship as absolute as any other dictatorship in the world.”"])
A("how", "How do ordinary Russians remember FDR?", M,
  "FDR would not live long enough", "true heroes and greatest friends.",
  "as one of their nation’s true heroes and greatest friends", ["one of their nation’s true heroes and greatest friends"])
A("which", "Which Nordic country did the Red Army invade in 1939, drawing criticism from Roosevelt?", M,
  "Hence, while he condemned Moscow", "possible future collaboration.", "Finland")

# ---------------- essays ----------------
D = "1750-1775-incidents"
A("who", "Who commanded the French post Washington visited in late 1753?", D,
  "The commander of the fort, Jacques", "the contested region.", "Jacques Legardeur de Saint-Pierre")
A("what", "What stronger fort replaced the one William Trent never finished?", D,
  "The French destroyed the unfinished fort", "Fort Duquesne.", "Fort Duquesne", ["the much more formidable Fort Duquesne"])
D = "1801-1829-florida"
A("which", "Which territory did Washington accept as Spanish in exchange for getting Florida?", D,
  "In return, the United States recognized", "over Texas.", "Texas", ["Spanish sovereignty over Texas"])
A("how many/how much", "How much did the Americans agree to cover in claims when Florida changed hands?", D,
  "Spain received no compensation", "rebelled against Spain.", "$5 million")
D = "1801-1829-louisiana-purchase"
A("what", "What illness wiped out Napoleon's soldiers in Haiti?", D,
  "Meanwhile, the French Army in St. Domingue", "still threatened.", "yellow fever")
A("how many/how much", "how much did the us pay france for louisiana", D,
  "The Louisiana Purchase encompassed", "for $15 million.", "$15 million")
A("what", "What constitutional idea was strengthened because Jefferson skipped an amendment?", D,
  "This decision contributed to the principle", "federal government.",
  "the principle of implied powers of the federal government", ["implied powers", "implied powers of the federal government"])
D = "1801-1829-monroe"
A("what", "Name the three core ideas of Monroe's 1823 doctrine.", D,
  "The three main concepts of the doctrine", "autocratic realm of Europe.",
  "separate spheres of influence for the Americas and Europe, non-colonization, and non-intervention")
A("who", "Who in London proposed that Britain and America make a joint statement in 1823?", D,
  "Earlier in 1823 British Foreign Minister George Canning", "Central and South America.", "George Canning", ["British Foreign Minister George Canning"])
D = "1801-1829-napoleonic-wars"
A("which", "Which British warship fired on the Chesapeake?", D,
  "On June 22, 1807, the H.M.S. Leopard", "British navy deserters.", "the H.M.S. Leopard", ["H.M.S. Leopard"])
A("when", "When did Robert Smith step down as Secretary of State?", D,
  "U.S. diplomat Joel Barlow published", "April 1, 1811.", "April 1, 1811")
D = "1801-1829-rush-bagot"
A("how many/how much", "How many armed ships could each side keep on a lake under the 1817 deal?", D,
  "The agreement limited military navigation", "on each lake.", "one to two vessels", ["one to two vessels per country on each lake", "one to two"])
A("which", "Which island near Detriot ended up American?", D,
  "The commissions divided the St. Lawrence", "to the United States.", "Grosse Île", ["Grosse Île near Detroit"])
D = "1801-1829-war-of-1812"
A("who", "Who beat back the U.S. attack on Lower Canada?", D,
  "Canadians defeated an American invasion", "Lower Canada.", "Canadians")
A("why", "Apart from trade and sailors' rights, what really caused the War of 1812?", D,
  "As the Ghent negotiations suggested", "control of North America.",
  "western expansion, relations with American Indians, and territorial control of North America")
D = "1830-1860-amistad"
A("how many/how much", "How many African captives were on the Amistad?", D,
  "Officers of the United States survey ship Washington found", "into slavery there.", "53 Africans", ["53"])
A("who", "Which ex-president argued the captives' case in the Supreme Court?", D,
  "To argue against the U.S. Government for the Africans", "Supreme Court bench.", "John Quincy Adams",
  ["former President and Secretary of State John Quincy Adams"])
D = "1830-1860-china-1"
A("who", "Who was the Massachusetts politician sent to negotiate America's first treaty with China?", D,
  "U.S. President John Tyler chose", "with the Chinese.", "Caleb Cushing", ["Massachusetts Congressman Caleb Cushing"])
A("which", "What were the five harbor cities opened to foreigners in 1844?", D,
  "Most importantly, it established five treaty ports", "Ningbo, and Shanghai).", "Guangzhou, Xiamen, Fuzhou, Ningbo, and Shanghai")
D = "1830-1860-china-2"
A("which", "Which imperial palace did the Anglo-French force torch?", D,
  "Joined by French forces, the British entered", "home of the Chinese emperor.", "the Summer Palace", ["Summer Palace"])
A("who", "Which American diplomat got the Tianjin treaties ratified without using force?", D,
  "While the British and French used military power", "ratifications in 1859.", "John Ward", ["U.S. diplomat John Ward"])
D = "1830-1860-gadsden-purchase"
A("how many/how much", "What was the final price the Senate approved for the Gadsden land?", D,
  "The new treaty reduced the amount", "and private claims.", "$10 million")
A("which", "Which valley was claimed by both countries?", D,
  "The two countries each claimed", "their own country.", "the Mesilla Valley", ["Mesilla Valley"])
D = "1830-1860-indian-treaties"
A("how many/how much", "how many cherokees died on the trail of tears", D,
  "The best evidence indicates", "“Trail of Tears.”", "between three and four thousand", ["three and four thousand"])
A("who", "Who lost the Battle of Horse Shoe Bend?", D,
  "In 1814, Major General Andrew Jackson led", "their military power.", "the Creeks", ["the Creek Indians", "Creeks"])
D = "1830-1860-liberia"
A("which", "Which capital was first to recognize Liberia's independence?", D,
  "Despite protests by the affected British companies", "with Monrovia in 1848.", "London")
D = "1830-1860-opening-to-japan"
A("what", "What presents did Perry carry for the Emperor?", D,
  "At the same time, Perry brought along", "superiority of Western culture.",
  "a working model of a steam locomotive, a telescope, a telegraph, and a variety of wines and liquors from the West")
A("who", "Who actually ran Japan when Perry arrived, since the emperor didn't?", D,
  "At that time, the Japanese emperor", "Tokugawa Shogunate.", "the Tokugawa Shogunate", ["Tokugawa Shogunate"])
D = "1830-1860-oregon-territory"
A("what", "What was the expansionists' battle cry over Oregon?", D,
  "By 1843, increased American immigration", "or fight.”", "54 degrees 40 minutes or fight", ["“54 degrees 40 minutes or fight.”"])
D = "1830-1860-territorial-expansion"
A("what", "What were the private adventurers who led armed raids into Latin America called?", D,
  "While U.S. Government officials attempted", "Central America, and Cuba.", "filibusterers", ["“filibusterers”"])
A("what", "What happened to William Walker when he tried to retake Nicaragua?", D,
  "Walker attempted a re-conquest", "captured and executed.", "captured and executed", ["was captured and executed"])
D = "1830-1860-webster-treaty"
A("what", "Name the boat that was set adrift over the waterfall after the 1837 Canadian rising.", D,
  "Canadian troops seized the Caroline", "over Niagara Falls.", "the Caroline", ["Caroline"])
A("how many/how much", "How much compensation did London pay over the Creole?", D,
  "Great Britain eventually paid $110,330", "to be freed.", "$110,330")
D = "1861-1865-alabama"
A("how many/how much", "How many Union merchant vessels did the CSS Alabama take?", D,
  "It captured 58 Northern merchant ships", "off the coast of France.", "58", ["58 Northern merchant ships"])
A("how many/how much", "How much were the British ordered to pay over the Confederate raiders in the end?", D,
  "The arbitration commission, which issued", "for the Alabama claims.", "$15.5 million")
D = "1861-1865-blockade"
A("who", "Who was the cabinet member who wanted a blockade that was never officially declared?", D,
  "Gideon Welles, the Secretary of the Navy", "belligerent status.", "Gideon Welles", ["Gideon Welles, the Secretary of the Navy"])
A("where", "Where did European textile makers find substitute supplies of cotton?", D,
  "Although Confederate leaders were confident", "Egypt and India.", "Egypt and India", ["in Egypt and India"])
D = "1861-1865-confederacy"
A("what", "What did Lord John Russell say about belligerent rights?", D,
  "The Union was greatly angered", "but of fact.”", "The question of belligerent rights is one, not of principle, but of fact.",
  ["“The question of belligerent rights is one, not of principle, but of fact.”", "not of principle, but of fact"])
A("why", "Why did no foreign power ever recognise the South?", D,
  "The Confederate states were incapable", "sustain independence.",
  "incapable of winning enough consecutive victories to convince European governments that they could sustain independence",
  ["The Confederate states were incapable of winning enough consecutive victories to convince European governments that they could sustain independence."])
D = "1861-1865-french-intervention"
A("why", "Why did U.S. lawmakers reject the Corwin deal with Mexico?", D,
  "Ultimately, though, the U.S. Congress rejected", "Civil War expenditures.",
  "it would drain money from Civil War expenditures", ["on grounds that it would drain money from Civil War expenditures"])
D = "1861-1865-trent-affair"
A("who", "Who were taken captive when the Americans boarded the Trent?", D,
  "The U.S. boarding party took", "depart for England.", "Mason, Slidell, and their secretaries", ["Mason, Slidell"])
A("why", "Why did London's angry demands take nearly a month to get to Washington?", D,
  "Thanks to a communication malfunction", "to arrive in Washington.", "a communication malfunction")
D = "1861-1865-victory"
A("how many/how much", "About how many ex-Confederates moved to Brazil?", D,
  "Between 3,000 and 20,000 former Confederates", "to the United States.", "Between 3,000 and 20,000", ["3,000 and 20,000"])
D = "1866-1898-alaska-purchase"
A("how many/how much", "How much did Seward agree to pay the Russians?", D,
  "The looming U.S. Civil War delayed the sale", "Alaska for $7.2 million.", "$7.2 million")
A("what", "What mocking name did critics give the Alaska deal?", D,
  "Skeptics had dubbed the purchase", "Klondike gold fields.", "Seward’s Folly", ["“Seward’s Folly,”"])
A("when", "when did alaska become a state", D,
  "Alaska became a state on", "January 3, 1959.", "January 3, 1959")
D = "1866-1898-blaine"
A("what", "What was Blaine's nickname?", D,
  "James G. Blaine, “the man from Maine,”", "at age 63.", "the man from Maine", ["“the man from Maine,”"])
A("why", "Why did Blaine quit as Secretary in late 1881?", D,
  "After Arthur canceled a planned", "in December 1881.", "Arthur canceled a planned Pan American Congress",
  ["After Arthur canceled a planned Pan American Congress"])
D = "1866-1898-burlingame-seward-treaty"
A("which", "Which law wiped out the free-immigration promise of the 1868 treaty?", D,
  "A new treaty signed in 1880 revised", "clauses altogether.", "the Chinese Exclusion Act of 1882",
  ["Chinese Exclusion Act of 1882", "the Chinese Exclusion Act"])
A("who", "Which American went along with China's diplomatic mission abroad?", D,
  "Finally persuaded to do so, the Chinese", "London, Paris, and Berlin.", "Burlingame")
D = "1866-1898-chinese-immigration"
A("who", "Which president vetoed the 1879 fifteen-per-ship limit?", D,
  "Republican President Rutherford B. Hayes vetoed", "agreements with China.", "Rutherford B. Hayes",
  ["Republican President Rutherford B. Hayes"])
A("how many/how much", "For how many years did the 1882 law stop Chinese workers from coming?", D,
  "In 1882, Congress passed the Chinese Exclusion Act", "period of 10 years.", "10 years", ["a period of 10 years"])
D = "1866-1898-commodore-shufeldt"
A("which", "Which ship carried Shufeldt on his 1878–1880 voyage?", D,
  "Between 1878 and 1880, Commodore Robert Shufeldt commanded", "open those regions to U.S. trade.",
  "the U.S.S. Ticonderoga", ["U.S.S. Ticonderoga", "Ticonderoga"])
D = "1866-1898-mahan"
A("which", "Which school was Mahan running when his famous book came out?", D,
  "In 1890, Captain Alfred Thayer Mahan", "rise of the British Empire.", "the United States Naval War College",
  ["United States Naval War College"])
A("who", "Who wrote the 1893 essay about the closing of the frontier?", D,
  "Mahan’s books complemented the work", "in American History.”", "Frederick Jackson Turner",
  ["Professor Frederick Jackson Turner"])
D = "1866-1898-telegraph"
A("what", "What effect did the wire have on how much freedom envoys abroad enjoyed?", D,
  "In contrast, telegraphy circumscribed", "independence of diplomats.", "circumscribed the independence of diplomats",
  ["circumscribed"])
D = "1866-1898-venezuela"
A("what", "What was the name of the line Schomburgk surveyed?", D,
  "His 1835 survey resulted", "additional 30,000 square miles for Guiana.", "the Schomburgk Line", ["Schomburgk Line"])
A("what", "What was Lord Salisbury's reply to Olney's note?", D,
  "Salisbury response was that", "international law.", "that the Monroe Doctrine had no validity as international law",
  ["the Monroe Doctrine had no validity as international law"])
D = "1866-1898-yellow-journalism"
A("what", "What line is Hearst famous for supposedly saying about the war?", D,
  "In spite of Hearst", "outbreak of war.", "You furnish the pictures, I’ll provide the war!",
  ["“You furnish the pictures, I’ll provide the war!”"])
A("when", "When did the battleship Maine blow up in Havanna harbor?", D,
  "On the night of February 15", "the Maine went down.", "February 15", ["the night of February 15"])
D = "1899-1913-dollar-diplo"
A("which", "Which big company had Knox helped create?", D,
  "Taft shared the view held by Knox", "American commercial interests.", "U.S. Steel", ["the giant conglomerate U.S. Steel"])
A("who", "Who headed the US banks that Knox got into the China loan?", D,
  "In China, Knox secured the entry", "from Huguang to Canton.", "J.P. Morgan")
D = "1899-1913-hay-and-china"
A("who", "Who first came up with the Open Door idea before Hay put it in writing?", D,
  "The idea behind the Open Door Notes originated", "William W. Rockhill.", "Alfred E. Hippisley and William W. Rockhill")
A("why", "Why were the Boxers called Boxers?", D,
  "An anti-foreign movement known as the Boxer Rebellion", "converts to Christianity.",
  "named for the martial artists that led the movement", ["the martial artists that led the movement"])

# ---------------- unanswerable near misses (20) ----------------
for q in [
    "How many tanks did the United States ship to the Soviet Union under Lend-Lease?",
    "What gift did Churchill present to Stalin at the Tehran Conference?",
    "Where was Roosevelt staying when he died in April 1945?",
    "How many hours did Roosevelt and Stalin spend in private talks at Tehran?",
    "What was the name of the fort Washington threw up before surrendering on July 3, 1754?",
    "How many soldiers did General Braddock bring from Britain?",
    "Which Cherokee leaders signed the Treaty of New Echota?",
    "What was the name of the Spanish captain killed in the Amistad mutiny?",
    "What was the name of Commodore Perry's flagship?",
    "How many sailors died when the Maine exploded?",
    "Who was the captain of the Maine when it sank?",
    "Who commanded the Confederate raider Alabama?",
    "Which businessman organized the laying of the 1866 Atlantic telegraph cable?",
    "What ship did Mason and Slidell take from Charleston to Cuba?",
    "How many followers did William Walker bring to Nicaragua in 1855?",
    "How many Chinese immigrants were living in the United States when the Exclusion Act passed?",
    "By what vote did the Senate approve the Alaska treaty?",
    "How many people lived in Liberia when it declared independence?",
    "How many foreigners died in the siege of the Beijing legations?",
    "How many Soviet civilians died in World War II?",
]:
    U(q)

random.seed(3232)
random.shuffle(Q)
with open('/work/heldout/r31/ask32/ask_v32.jsonl', 'w') as f:
    for n, q in enumerate(Q, 1):
        rec = {"id": "q%03d" % n}
        rec.update({k: q[k] for k in ["question", "answer", "alternatives", "document", "citation", "kind"]})
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(Q), "written")
