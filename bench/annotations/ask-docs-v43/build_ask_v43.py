"""Build ask_v43.jsonl from hand-written items.

Each answerable item names its citation by the first and last few words of one sentence of the
document; the script copies the sentence text exactly out of ask_texts.json so that the citation is a
character-for-character copy. Answers and alternatives are hand-written and checked by
validate_ask_v43.py. Items are shuffled with a fixed seed and then numbered q001-q100.
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = json.loads((HERE / "ask_texts.json").read_text(encoding="utf-8"))

EX = "000_beabee21081aa6a0"

# (question, answer, alternatives, document, (start, end) of citation sentence, kind)
A = [
    # ---------------- museum exhibit: Roosevelt and Stalin (16) ----------------
    ("What code name did the Nazis give their 1941 surprise attack on the Soviet Union?",
     "Operation Barbarossa", ["Barbarossa"], EX,
     ("Code-named Operation Barbarossa", "largest military assault in European history."), "what"),
    ("Who did Roosevelt send to Moscow to size things up right after the Germans invaded?",
     "Harry Hopkins", ["his trusted confidant Harry Hopkins", "Hopkins"], EX,
     ("He then sent his trusted confidant", "meet with Joseph Stalin."), "who"),
    ("What was the total value of the war materiel America shipped to the Soviets under Lend-Lease?",
     "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], EX,
     ("Over the next three and a half years", "in war supplies."), "how many/how much"),
    ("How close to the Soviet capital did Hitler's armies get in the first winter of the war?",
     "fifteen miles", ["within fifteen miles", "within fifteen miles of Moscow"], EX,
     ("This was especially true in the first year", "of Moscow by December 1941."), "how many/how much"),
    ("What nickname did FDR use for the four big Allied powers he wanted to keep order after the war?",
     "the Four Policemen", ["Four Policemen"], EX,
     ("The president believed the future of the world", "China, and the USSR."), "what"),
    ("What did FDR write to the British leader in 1942 about handling the Soviet dictator?",
     "I think I can personally handle Stalin better than your Foreign Office or my State Department",
     ["I can personally handle Stalin better than your Foreign Office or my State Department"], EX,
     ("Given his faith in personal diplomacy", "to meet directly with Stalin."), "what"),
    ("What is the 1933 deal that restored diplomatic ties between Washington and Moscow usually called?",
     "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], EX,
     ("Indeed, the resulting accord, signed by FDR", "became known as the Roosevelt-Litvinov Agreement."), "what"),
    ("Who began the policy of not dealing officially with Moscow's communist government?",
     "Woodrow Wilson", ["President Woodrow Wilson", "Wilson"], EX,
     ("Franklin D. Roosevelt entered the presidency determined to reverse", "by President Woodrow Wilson in 1917."), "who"),
    ("Apart from trade, what security benefit did Roosevelt expect from opening relations with the Kremlin?",
     "closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia",
     ["might help deter further Japanese aggression in Asia and might even give pause to Adolf Hitler in Europe",
      "help deter further Japanese aggression in Asia"], EX,
     ("For the pragmatic FDR, the normalization of ties", "give pause to Adolf Hitler in Europe."), "what"),
    ("Where did the Americans land troops in 1942 to keep Roosevelt's pledge to Stalin about relieving pressure on Russia?",
     "North Africa", ["invade North Africa"], EX,
     ("This concern likewise contributed to FDR’s decision to invade North Africa", "to relieve the embattled Russians."), "where"),
    ("At which wartime summit did FDR tell the world the enemy would have to give up with no terms?",
     "the Casablanca Conference", ["Casablanca Conference", "Casablanca"], EX,
     ("FDR further bound the Soviets to the Allied coalition", "the Soviets would not be left to fight on alone."), "which"),
    ("Why was Churchill uneasy about Roosevelt wanting his own separate relationship with Stalin?",
     "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
     ["feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
      "the rise of Soviet and American power would diminish Britain’s role"], EX,
     ("FDR’s desire to meet Stalin on his own terms unnerved Churchill", "in the peace that followed."), "why"),
    ("How soon after Germany was beaten did Stalin agree to go to war with Japan?",
     "within three months of Germany’s defeat", ["within three months", "three months"], EX,
     ("He also won Stalin’s promise to join the other Allies", "within three months of Germany’s defeat."), "when"),
    ("Which two documents did the Big Three sign in the Crimea?",
     "the Declaration of Liberated Europe and the Declaration on Poland",
     ["Declaration of Liberated Europe and the Declaration on Poland"], EX,
     ("In fact, at Yalta all three leaders signed", "on the basis of universal suffrage and secret ballot.”"), "which"),
    ("How do Russians today remember FDR?",
     "as one of their nation’s true heroes and greatest friends",
     ["one of their nation’s true heroes and greatest friends"], EX,
     ("But his willingness to reach out to Stalin", "true heroes and greatest friends."), "how"),
    ("Even though he condemned Soviet moves in 1939–40, why did FDR avoid a complete break with Moscow?",
     "to avoid doing anything that might drive the Soviet Union and Germany further into each other’s embrace",
     ["avoid doing anything that might drive the Soviet Union and Germany further into each other’s embrace",
      "drive the Soviet Union and Germany further into each other’s embrace"], EX,
     ("But he also understood it was of utmost importance", "into each other’s embrace."), "why"),

    # ---------------- essays ----------------
    ("When was the Crimea summit held?",
     "February 4–11, 1945", ["from February 4–11, 1945"], "1937-1945-yalta-conf",
     ("The Yalta Conference took place in a Russian resort town", "during World War Two."), "when"),
    ("who became president when fdr died",
     "Harry S. Truman", ["Truman"], "1937-1945-yalta-conf",
     ("With the death of Franklin D. Roosevelt on April 12, 1945", "thirty-third president of the United States."), "who"),

    ("What did the first president warn about countries that always hate or always love some other country?",
     "The nation which indulges toward another an habitual hatred or an habitual fondness is in some degree a slave.",
     ["is in some degree a slave", "in some degree a slave"], "1784-1800-washington-farewell",
     ("In his farewell address, Washington exhorted Americans", "is in some degree a slave.”"), "what"),

    ("Why did Kennedy call the naval action a quarantine rather than a blockade?",
     "a blockade, which assumed a state of war existed",
     ["legally distinguished this action from a blockade, which assumed a state of war existed",
      "enabled the United States to receive the support of the Organization of American States"],
     "1961-1968-cuban-missile-crisis",
     ("The use of “quarantine” legally distinguished", "support of the Organization of American States."), "why"),
    ("Which journalist relayed the Soviet back-channel offer?",
     "John Scali", ["ABC News correspondent John Scali", "Scali"], "1961-1968-cuban-missile-crisis",
     ("ABC News correspondent John Scali reported", "promised not to invade the island."), "who"),

    ("Why did Pakistan quit SEATO?",
     "the organization had failed to provide it with assistance in its ongoing conflict against India",
     ["because the organization had failed to provide it with assistance in its ongoing conflict against India",
      "failed to provide it with assistance in its ongoing conflict against India"], "1953-1960-seato",
     ("Pakistan formally left SEATO in 1973", "ongoing conflict against India."), "why"),
    ("Which two Southeast Asian countries chose to stay neutral instead of joining SEATO?",
     "Burma and Indonesia", [], "1953-1960-seato",
     ("Burma and Indonesia both preferred", "rather than join the organization."), "which"),

    ("How high could the U-2 spy plane fly?",
     "70,000 feet", ["a ceiling of 70,000 feet"], "1953-1960-u2-incident",
     ("The U-2 was a special high-altitude plane", "a ceiling of 70,000 feet."), "how many/how much"),
    ("Which Soviet agent was swaped for Gary Powers?",
     "Rudolf Abel", ["a captured Soviet spy, Rudolf Abel", "Abel"], "1953-1960-u2-incident",
     ("In February, 1962, however, he and a detained American student", "a captured Soviet spy, Rudolf Abel."), "who"),

    ("How much compensation did London end up owing Washington for the damage done by Confederate raiders?",
     "$15.5 million", [], "1861-1865-alabama",
     ("The arbitration commission, which issued its decision in September 1872", "compensation for the Alabama claims."),
     "how many/how much"),
    ("In what city was the Confederacy getting its armored warships built before Britain stepped in?",
     "Liverpool", ["a shipyard in Liverpool", "at a shipyard in Liverpool"], "1861-1865-alabama",
     ("Most famously, on September 3, 1863", "at a shipyard in Liverpool."), "where"),

    ("who killed yitzhak rabin",
     "Yigal Amir", ["Amir"], "1993-2000-oslo",
     ("In November 1995, Rabin was assassinated by Yigal Amir", "on religious grounds."), "who"),
    ("Whose visit to a Jerusalem holy site sparked the violence of fall 2000?",
     "Ariel Sharon", ["Likud Party leader Ariel Sharon"], "1993-2000-oslo",
     ("On September 28, riots erupted following a visit", "became known as the al-Aqsa Intifada."), "who"),

    ("What was the late 1971 currency pact called?",
     "the December 1971 Smithsonian Agreement", ["Smithsonian Agreement"], "1969-1976-nixon-shock",
     ("Nevertheless, after months of negotiations, the Group of Ten", "in the December 1971 Smithsonian Agreement."), "what"),
    ("Which two top foreign-policy officials were left out of Nixon's August 1971 Camp David economic meeting?",
     "Secretary of State William Rogers and President’s Assistant for National Security Affairs Henry Kissinger",
     ["William Rogers and President’s Assistant for National Security Affairs Henry Kissinger"], "1969-1976-nixon-shock",
     ("Notably absent from the meeting were", "National Security Affairs Henry Kissinger."), "who"),

    ("What did Eisenhower compare Laos to when he briefed Kennedy?",
     "cork in the bottle", [], "1961-1968-laos-crisis",
     ("But this surpassingly weak state was the “cork in the bottle,”", "the loss of most of the Far East.”"), "what"),
    ("Which three countries sent representatives to the commission that was supposed to supervise Laos's neutrality?",
     "India, Poland, and Canada", [], "1961-1968-laos-crisis",
     ("The Declaration on the Neutrality of Laos and its associated protocols", "representatives of India, Poland, and Canada."),
     "which"),

    ("Which historian claimed the bombs dropped on Japan were really aimed at gaining leverage over Moscow?",
     "Gar Alperovitz", ["historian Gar Alperovitz", "Alperovitz"], "1945-1952-atomic",
     ("In 1965, historian Gar Alperovitz published a book", "to force the Japanese surrender."), "who"),
    ("Where was the first atomic bomb tested in July 1945?",
     "Alamogordo, New Mexico", ["Alamogordo"], "1945-1952-atomic",
     ("Even if Truman did not intend to use the implied threat", "compromises from the Soviet government."), "where"),

    ("Who represented the US in the talks that produced the 1844 treaty with the Qing?",
     "Caleb Cushing", ["Massachusetts Congressman Caleb Cushing", "Cushing"], "1830-1860-china-1",
     ("U.S. President John Tyler chose Massachusetts Congressman Caleb Cushing", "treaty negotiations with the Chinese."), "who"),
    ("In the 1844 deal, what were Americans newly permitted to do in order to pick up the local language?",
     "employ tutors to help them learn Chinese", ["employ tutors", "to employ tutors to help them learn Chinese"],
     "1830-1860-china-1",
     ("Article 18 allowed Americans living or working in China", "formerly forbidden by the Chinese Government."), "what"),

    ("When did Washington give up its right to send troops into Cuba?",
     "1934", ["In 1934"], "1921-1936-good-neighbor",
     ("In 1934 at Roosevelt’s direction the 1903 treaty with Cuba", "independence was abrogated."), "when"),

    ("Which law wiped out the Burlingame Treaty's free immigration provisions?",
     "the Chinese Exclusion Act of 1882", ["Chinese Exclusion Act of 1882", "the Chinese Exclusion Act"],
     "1866-1898-burlingame-seward-treaty",
     ("A new treaty signed in 1880 revised the Burlingame-Seward agreement", "free immigration clauses altogether."), "which"),
    ("Under the 1868 accord, who decided whether new public works went ahead in China, instead of foriegn countries?",
     "the local government", ["local government"], "1866-1898-burlingame-seward-treaty",
     ("In this article the U.S. recognized that the decision to begin new construction projects",
      "not foreign powers or their representatives."), "who"),

    ("Which former president went to North Korea privately in 1994 and helped head off a war?",
     "Jimmy Carter", ["President Jimmy Carter", "Carter"], "1993-2000-two-koreas",
     ("A last-minute private trip to North Korea by President Jimmy Carter", "for the denuclearization of North Korea."), "who"),
    ("What kind of reactors was Pyongyang promised in return for shutting down Yongbyon?",
     "light water reactors", [], "1993-2000-two-koreas",
     ("In exchange, the United States, Japan, and South Korea would provide light water reactors",
      "in the form of fuel-oil."), "what"),

    ("Which country was the first to abandon the gold standard during the Depression?",
     "Great Britain", [], "1921-1936-great-depression",
     ("Great Britain, which had long underwritten the global financial system", "to drop off the standard in 1931."), "which"),
    ("What event ended the slump of the 1930s for the US?",
     "World War II", [], "1921-1936-great-depression",
     ("Ironically, it was World War II", "out of its decade-long economic crisis."), "what"),

    ("Who did America beat in 1898?",
     "Spain", [], "1899-1913-foreword",
     ("Following the defeat Spain in the Spanish-American War of 1898", "in the Caribbean and the Pacific."), "who"),

    ("Why did the Navy secretary prefer a blockade that was never officially declared?",
     "prevent foreign governments from granting the Confederacy belligerent status",
     ["which would prevent foreign governments from granting the Confederacy belligerent status"], "1861-1865-blockade",
     ("Gideon Welles, the Secretary of the Navy, argued", "granting the Confederacy belligerent status."), "why"),
    ("Which two countries ended up supplying the raw material that European textile mills had been getting from the Confederacy?",
     "Egypt and India", ["in Egypt and India"], "1861-1865-blockade",
     ("Although Confederate leaders were confident that Southern economic power", "new sources of cotton in Egypt and India."),
     "which"),

    ("Why did Hanoi pick the lunar new year holiday to launch its 1968 offensive?",
     "it was traditionally a time of truce",
     ["because it was traditionally a time of truce",
      "Vietnamese traveling to spend the festival with their relatives provided cover for the movement of South Vietnamese National Liberation Forces (NLF)"],
     "1961-1968-tet",
     ("Hanoi selected the Tet holiday to strike", "who supported the communist forces."), "why"),
    ("How did the public at home learn that the fighting in Southeast Asia was far from over?",
     "the vivid reporting on the Tet Offensive by the U.S. media",
     ["vivid reporting on the Tet Offensive by the U.S. media"], "1961-1968-tet",
     ("At the same time, the Tet Offensive weakened domestic support", "was not imminent."), "how"),

    ("What river did Caracas claim as its eastern limit?",
     "the Essequibo River", ["Essequibo River", "as far east as the Essequibo River"], "1866-1898-venezuela",
     ("Venezuela claimed its borders extended", "two-thirds of British Guiana’s territory."), "which"),
    ("What was the British prime minister's answer to Olney's note?",
     "the Monroe Doctrine had no validity as international law",
     ["had no validity as international law", "no validity as international law"], "1866-1898-venezuela",
     ("Salisbury response was that", "no validity as international law."), "what"),

    ("What slogan appeared on Franklin's famous cut-up snake drawing?",
     "Join or Die", [], "1750-1775-albany-plan",
     ("Upon hearing of the Albany Congress, his newspaper", "pieces of a snake’s body."), "what"),
    ("Which two provinces were excluded from the 1754 Albany scheme?",
     "Georgia and Delaware", [], "1750-1775-albany-plan",
     ("Although only seven colonies sent commissioners", "except for Georgia and Delaware."), "which"),

    ("Which American leader helped mediate the end of the Russo-Japanese War?",
     "Theodore Roosevelt", ["U.S. President Theodore Roosevelt"], "1899-1913-portsmouth-treaty",
     ("The negotiations took place in August in Portsmouth", "U.S. President Theodore Roosevelt."), "who"),
    ("Why were people in Japan so unhappy with the peace terms even though they felt they had won?",
     "the lack of an indemnity", ["they considered the lack of an indemnity to be an affront"],
     "1899-1913-portsmouth-treaty",
     ("Still, the Japanese public felt they had won the war", "to be an affront."), "why"),

    ("Where were nuclear tests no longer allowed under the 1963 treaty?",
     "in the atmosphere, in space, or underwater", ["the atmosphere, in space, or underwater"], "1961-1968-limited-ban",
     ("The Limited Test Ban Treaty was signed by the United States", "in space, or underwater."), "where"),
    ("What was JFK's campaign phrase for America falling behind in rockets?",
     "missile gap", [], "1961-1968-limited-ban",
     ("President Kennedy had even campaigned for office", "creating a “missile gap.”"), "what"),

    ("At the busiest point, how often did an aircraft arrive at the main Berlin airfield?",
     "every 45 seconds", ["45 seconds", "one plane landed every 45 seconds"], "1945-1952-berlin-airlift",
     ("At the height of the campaign", "at Tempelhof Airport."), "how many/how much"),
    ("What did Stalin's government demand before it would reopen the land routes to Berlin?",
     "the Western Allies withdrew the Deutschmark from West Berlin",
     ["if the Western Allies withdrew the Deutschmark from West Berlin", "withdrew the Deutschmark from West Berlin"],
     "1945-1952-berlin-airlift",
     ("The Soviets offered to drop the blockade", "withdrew the Deutschmark from West Berlin."), "what"),

    ("Why did Choiseul perfer keeping the Caribbean islands over holding on to Canada?",
     "the islands’ sugar industry was enormously profitable",
     ["the fact that the islands’ sugar industry was enormously profitable"], "1750-1775-treaty-of-paris",
     ("This decision was motivated by the fact", "enormously profitable."), "why"),
    ("What territory did Madrid hand over so it could keep Havana?",
     "Florida", ["handing Florida over to Great Britain"], "1750-1775-treaty-of-paris",
     ("Under Choiseul’s plan, Britain would gain", "handing Florida over to Great Britain."), "what"),

    ("What was the name of the covert U.S. plan to organize a coup that would keep Allende out of office?",
     "Track II", [], "1969-1976-allende",
     ("The report found that the United States had carried out covert actions", "prevent Allende coming to power."), "what"),
    ("How is Salvador Allende's death during the 1973 coup generally understood today?",
     "a suicide", ["widely regarded a suicide", "his death is now widely regarded a suicide"], "1969-1976-allende",
     ("Allende died during the final events of the coup", "widely regarded a suicide."), "how"),

    ("Who is the historian famous for the frontier thesis?",
     "Frederick Jackson Turner", ["Professor Frederick Jackson Turner", "Turner"], "1866-1898-mahan",
     ("Mahan’s books complemented the work of one of his contemporaries", "the Frontier in American History.”"), "who"),
    ("How did McKinley manage to annex Hawaii in 1898?",
     "by means of joint resolution of Congress", ["joint resolution of Congress"], "1866-1898-mahan",
     ("After the outbreak of hostilities with Spain in May 1898", "joint resolution of Congress."), "how"),

    ("What did the Time publisher title his famous call for U.S. world leadership?",
     "The American Century", [], "1937-1945-internationalism",
     ("Luce’s efforts to rally popular and government support", "published in Life in February 1941."), "what"),
    ("Who was Henry Luce's partner in starting his news weekly?",
     "Briton Hadden", ["Hadden"], "1937-1945-internationalism",
     ("Luce and a classmate from Yale, Briton Hadden", "the cornerstone of his publishing empire."), "who"),

    ("Which 1854 document laid out why the US should try to buy Cuba from Spain?",
     "the Ostend Manifesto", ["Ostend Manifesto"], "1830-1860-territorial-expansion",
     ("In 1854, Soulé met with other U.S. Ministers", "to purchase Cuba from Spain."), "which"),
    ("Which American adventurer led an armed expedition into Nicaragua in 1855?",
     "William Walker", ["American William Walker", "Walker"], "1830-1860-territorial-expansion",
     ("American William Walker, who had led a failed filibustering expedition", "launched an expedition to Nicaragua in 1855."),
     "who"),

    ("what was the smoot-hawley tariff's official name",
     "the Tariff Act of 1930", ["Tariff Act of 1930"], "1921-1936-protectionism",
     ("When the dust had settled, Congress had produced a piece of legislation", "protectionism of the Fordney-McCumber tariff."),
     "what"),
    ("By about what percent did commerce between nations fall in the early Depression years?",
     "some 66%", ["66%"], "1921-1936-protectionism",
     ("Overall, world trade declined by some 66%", "between 1929 and 1934."), "how many/how much"),

    ("Which aircraft carrier did Washington move into the region as a warning during the 1971 India–Pakistan fighting?",
     "The U.S.S. Enterprise carrier group", ["U.S.S. Enterprise carrier group", "U.S.S. Enterprise"],
     "1969-1976-south-asia",
     ("The U.S.S. Enterprise carrier group from Vietnam", "eventually reaching Sri Lanka."), "which"),
    ("when did bangladesh join the un",
     "1974", ["in 1974"], "1969-1976-south-asia",
     ("Bangladesh was admitted to the United Nations in 1974.", "Bangladesh was admitted to the United Nations in 1974."), "when"),

    ("Which American diplomat handled the talks with the Chinese that led to recognition in 1978?",
     "Leonard Woodcock", ["the U.S. negotiator Leonard Woodcock", "Woodcock"], "1977-1980-china-policy",
     ("A handful of top U.S. officials agreed upon instructions", "head of the U.S. Liaison Office in Beijing."), "who"),
    ("What was Deng Xiaoping wearing in the well-known photo from his American visit?",
     "a ten-gallon hat", ["ten-gallon hat"], "1977-1980-china-policy",
     ("Journalists depicted the Chinese leader as personable", "wearing a ten-gallon hat."), "what"),

    ("Which two China hands dreamed up the policy Secretary Hay announced in 1899?",
     "Alfred E. Hippisley and William W. Rockhill",
     ["British and American China experts, Alfred E. Hippisley and William W. Rockhill"], "1899-1913-hay-and-china",
     ("The idea behind the Open Door Notes originated", "Alfred E. Hippisley and William W. Rockhill."), "who"),
    ("Why were the rebels called Boxers?",
     "the martial artists that led the movement", ["martial artists", "named for the martial artists that led the movement"],
     "1899-1913-hay-and-china",
     ("An anti-foreign movement known as the Boxer Rebellion", "Chinese converts to Christianity."), "why"),

    ("What name does Argentina use for the Falklands?",
     "Islas Malvinas", ["Malvinas"], "1981-1988-south-atlantic",
     ("Early on the morning of April 2, 1982", "in the southern Atlantic Ocean."), "what"),
    ("Which 1947 mutual-defense agreement did most of the region's governments think Reagan had abandoned?",
     "the 1947 Inter-American Treaty of Reciprocal Assistance",
     ["Inter-American Treaty of Reciprocal Assistance", "the Rio Treaty", "Rio Treaty"], "1981-1988-south-atlantic",
     ("Indeed, most Latin American countries viewed U.S. support for Britain", "(the Rio Treaty)."), "which"),
]

A += [
    ("By what margin did the Senate approve the 1928 treaty outlawing war?",
     "85–1", ["a vote of 85–1"], "1921-1936-kellogg",
     ("The U.S. Senate ratified the agreement by a vote of 85–1", "against signatories breaking the agreement."),
     "how many/how much"),
]

U = [
    "What was the name of the Union warship that sank the Alabama off the coast of France?",
    "Who headed Japan's delegation at the Portsmouth peace conference?",
    "From which city in Pakistan did Francis Gary Powers take off on his last flight?",
    "Who was Venezuela's president during the 1895 boundary crisis with Britain?",
    "Who was the U.S. ambassador to the United Nations during the Cuban Missile Crisis?",
    "What was the name of the East Pakistani party that won the 1970 elections?",
    "In which U.S. state was Deng Xiaoping photographed at the rodeo?",
    "Which Norwegian diplomats hosted the secret Israeli-Palestinian talks in Oslo?",
    "Which aircraft company designed and built the U-2?",
    "What was the name of Henry Luce's wife?",
    "How many delegates would have sat on the Grand Council under the Albany Plan?",
    "How many tons of supplies did the Berlin airlift deliver in total?",
    "How many American soldiers were killed during the Tet Offensive?",
    "How many people died in the Falklands War?",
    "By what percentage was the dollar devalued in the Smithsonian Agreement?",
    "How many tons of fuel oil per year did the U.S. promise North Korea under the Agreed Framework?",
    "What was Salvador Allende's profession before he went into politics?",
    "How many refugees fled from East Pakistan into India in 1971?",
    "Who was the first secretary-general of SEATO?",
    "How many pounds sterling did Britain owe once the Seven Years' War was over?",
]


def sentence(doc, start, end):
    t = TEXTS[doc]
    i = t.find(start)
    assert i >= 0 and t.find(start, i + 1) < 0, (doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, end)
    return t[i:j + len(end)]


def main():
    items = []
    for q, a, alts, doc, (s, e), kind in A:
        items.append({"question": q, "answer": a, "alternatives": alts, "document": doc,
                      "citation": sentence(doc, s, e), "kind": kind})
    for q in U:
        items.append({"question": q, "answer": None, "alternatives": [], "document": None,
                      "citation": None, "kind": "unanswerable"})
    rng = random.Random(4243)
    rng.shuffle(items)
    out = HERE / "ask_v43.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"q{n:03d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(items), "items written to", out)


if __name__ == "__main__":
    main()
