"""Builder for ask_v51.jsonl: questions written by hand; citation sentences are cut
out of ask_texts.json around a hand-picked anchor so they are exact copies."""
import json, random, re, sys

TEXTS = json.load(open('/work/heldout/r50/ask51/ask_texts.json'))
M = "000_beabee21081aa6a0"
ABBR = {"Dr", "St", "Mr", "Mrs", "No", "Gen", "Lt", "Col", "vs", "Jr", "Sr"}

def sentence_bounds(par):
    """Return list of (start,end) sentence spans inside a paragraph."""
    spans, start = [], 0
    for m in re.finditer(r'[.!?][”"’)]*(?=\s+[“"A-Z0-9(\[])', par):
        tok = re.search(r'(\S+)$', par[:m.start()])
        tok = tok.group(1) if tok else ''
        tok = tok.lstrip('(“"')
        if '.' in tok or (len(tok) == 1 and tok.isupper()) or tok in ABBR:
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(par) and par[start].isspace():
            start += 1
    if start < len(par):
        spans.append((start, len(par)))
    return spans

def cite(doc, anchor):
    t = TEXTS[doc]
    assert t.count(anchor) == 1, (doc, anchor, t.count(anchor))
    pos = t.index(anchor)
    ps = t.rfind('\n', 0, pos) + 1
    pe = t.find('\n', pos)
    pe = len(t) if pe < 0 else pe
    par = t[ps:pe]
    for s, e in sentence_bounds(par):
        if s <= pos - ps < e:
            sent = par[s:e].strip()
            assert anchor in sent or (pos - ps + len(anchor) > e), (doc, anchor)
            return sent
    raise ValueError((doc, anchor))

# (question, answer, alternatives, document, anchor, kind, tags)
Q = [
# ---- museum exhibit: Roosevelt and Stalin ----
("Roughly how many Red Army soldiers were killed in the war against Germany?", "8.7 million", ["some 8.7 million", "some 8.7 million soldiers"], M, "The Soviets lost some 8.7 million soldiers", "how many/how much", []),
("Which Soviet diplomat was Roosevelt's counterpart in restoring relations between the two countries?", "Maxim Litvinov", ["Litvinov"], M, "Indeed, the resulting accord, signed by FDR and Maxim Litvinov", "who", ["post"]),
("Apart from trade, what was the president hoping to gain strategically by recognizing Moscow?", "help deter further Japanese aggression in Asia", ["closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia", "deter further Japanese aggression in Asia and might even give pause to Adolf Hitler in Europe"], M, "For the pragmatic FDR, the normalization", "why", ["goal"]),
("What was Hitler's 1941 invasion of the USSR called?", "Operation Barbarossa", ["Barbarossa"], M, "Code-named Operation Barbarossa", "what", []),
("Who did Roosevelt send to Moscow to size up the situaton after the Germans invaded?", "Harry Hopkins", ["his trusted confidant Harry Hopkins"], M, "He then sent his trusted confidant Harry Hopkins", "who", ["misspelt"]),
("How much military aid in dollars did the USSR get from Washington?", "$11 billion", ["more than $11 billion"], M, "Over the next three and a half years, the United States would provide", "how many/how much", []),
("How large was American aid relative to the USSR's own wartime output?", "about 7 percent", ["only about 7 percent", "7 percent"], M, "Though Lend-Lease aid to Russia constituted only about 7 percent", "how many/how much", ["compare"]),
("What did FDR tell Churchill about handling Stalin personally?", "I think I can personally handle Stalin better than your Foreign Office or my State Department", ["I can personally handle Stalin better than your Foreign Office or my State Department"], M, "I think I can personally handle Stalin", "what", []),
("Which four nations did Roosevelt count among his 'Four Policemen'?", "the United States, the United Kingdom, China, and the USSR", ["United States, the United Kingdom, China, and the USSR"], M, "the Four Policemen”—the United States", "which", []),
("Why was the British leader uneasy about Roosevelt dealing with the Soviet dictator on his own?", "the rise of Soviet and American power would diminish Britain’s role", ["feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"], M, "FDR’s desire to meet Stalin on his own terms unnerved Churchill", "why", []),
("In the first two years of the Anglo-American alliance, which of the two partners had more soldiers in the field against Germany?", "the British", ["British"], M, "To a certain extent these fears were justified", "which", ["compare"]),
("In which area did the British prime minister want a bigger Allied push, only to be overruled by Roosevelt at Tehran?", "Italy and the eastern Mediterranean", ["in Italy and the eastern Mediterranean"], M, "For example, FDR refused to back Churchill’s desire", "where", []),
("where did roosevelt announce that the allies would accept nothing short of unconditional surrender", "Casablanca", ["the Casablanca Conference", "Casablanca Conference", "at the Casablanca Conference"], M, "FDR further bound the Soviets to the Allied coalition", "where", ["lower"]),
("What did Roosevelt regard as his greatest success at Yalta?", "bringing the Soviet Union into the United Nations", ["bringing the Soviet Union into the United Nations largely on his own terms"], M, "He succeeded in bringing the Soviet Union into the United Nations", "what", []),
("Who represented Britain as envoy in Moscow when the Big Three gathered in Iran?", "Archibald Clark Kerr", ["Clark Kerr"], M, "U.S. Army Chief of Staff General George Marshall shakes hands", "who", ["post"]),
("Which president first refused to recognize the Bolshevik government, back in 1917?", "Woodrow Wilson", ["President Woodrow Wilson"], M, "Franklin D. Roosevelt entered the presidency determined to reverse", "who", ["post"]),
# ---- essays ----
("What victory over the British finally convinced France's foreign minister to commit to an alliance?", "Saratoga", ["the Battle of Saratoga", "Battle of Saratoga", "the British surrender at the Battle of Saratoga"], "1776-1783-french-alliance", "Vergennes finally decided in favor of an alliance when news", "which", []),
("Name the two commissioners who signed the 1778 treaties with France alongside Benjamin Franklin.", "Arthur Lee and Silas Deane", [], "1776-1783-french-alliance", "On February 6, 1778, Benjamin Franklin and the other two commissioners", "who", ["prompt"]),
("What did James Blaine do after President Arthur scrapped the planned hemispheric conference?", "resigned as Secretary of State", ["resigned", "Blaine resigned as Secretary of State in December 1881"], "1866-1898-blaine", "After Arthur canceled a planned Pan American Congress", "what", ["next"]),
("At the Mukden fight, which side took more casualties?", "the Russians", ["Russians"], "1899-1913-portsmouth-treaty", "At the battle over Mukden", "which", ["compare"]),
("What was Theodore Roosevelt trying to protect by wanting both Russia and Japan to keep a foothold in Northeast China?", "the balance of power and equal economic opportunity in the region", ["maintaining the balance of power and equal economic opportunity in the region", "the balance of power"], "1899-1913-portsmouth-treaty", "For the sake of maintaining the balance of power", "why", ["goal"]),
("What did Jefferson say about whoever held New Orleans?", "our natural and habitual enemy", ["the possessor of which is our natural and habitual enemy"], "1801-1829-louisiana-purchase", "Westerners became very apprehensive", "what", []),
("What lasting constitutional idea did Jefferson's decision on Louisiana help establish?", "the principle of implied powers", ["implied powers", "the principle of implied powers of the federal government", "implied powers of the federal government"], "1801-1829-louisiana-purchase", "This decision contributed to the principle of implied powers", "what", ["next"]),
("Where did mills in Europe eventually turn for the raw fiber the South could no longer ship?", "Egypt and India", ["in Egypt and India"], "1861-1865-blockade", "Although Confederate leaders were confident that Southern economic power", "where", []),
("On what grounds did Harry Truman reject the 1952 immigration bill?", "discriminatory", ["the new law was discriminatory", "He thought the new law was discriminatory"], "1945-1952-immigration-act", "He thought the new law was discriminatory", "why", []),
("Under the McCarran-Walter Act, what share of the yearly visas went to people of northern and western European ancestry?", "85 percent", [], "1945-1952-immigration-act", "As a result, 85 percent of the 154,277 visas", "how many/how much", []),
("Why was Pakistan's leader chosen as the secret channel to China's leadership?", "he had good relations with the leaders of both the United States and the PRC", ["he also provided a means to circumvent the U.S. Department of State", "a means to circumvent the U.S. Department of State"], "1969-1976-rapprochement-china", "In Nixon’s view, Khan was an attractive intermediary", "why", ["goal"]),
("What do historians call the table-tennis exchanges that paved the way for Nixon's trip?", "Ping Pong Diplomacy", [], "1969-1976-rapprochement-china", "This informal “Ping Pong Diplomacy”", "what", []),
("Who became Moscow's puppet ruler in Kabul after the December 1979 invasion?", "Babrak Karmal", [], "1977-1980-soviet-invasion-afghanistan", "Soviet troops killed Amin and installed Babrak Karmal", "who", []),
("Which Olympic Games did Carter call for a boycot of after the invasion of Afghanistan?", "the 1980 Moscow Olympics", ["1980 Moscow Olympics", "Moscow Olympics"], "1977-1980-soviet-invasion-afghanistan", "The administration also enacted economic sanctions and trade embargoes", "which", ["misspelt"]),
("Which Royal Navy warship fired on and boarded an American frigate near Norfolk in 1807?", "Leopard", ["H.M.S. Leopard", "the H.M.S. Leopard"], "1801-1829-napoleonic-wars", "On June 22, 1807, the H.M.S. Leopard", "which", []),
("Who was Madison's secretary of state until his resignation in 1811?", "Robert Smith", [], "1801-1829-napoleonic-wars", "Madison also had to address a problem created by Secretary of State, Robert Smith", "who", ["post"]),
("What did Washington get in exchange for the aging warships it handed London in 1940?", "99-year leases to territory in Newfoundland and the Caribbean", ["99-year leases"], "1937-1945-lend-lease", "Under the terms of the agreement, the United States gave the British more than 50 obsolete destroyers", "what", []),
("How did Britain's wartime leader praise the American aid scheme afterwards?", "the most unsordid act", ["most unsordid act"], "1937-1945-lend-lease", "Although British Prime Minister Winston Churchill later referred", "what", []),
("Which U.S. vessel did Japan attack while it was evacuating Americans from China's capital?", "Panay", ["U.S.S. Panay", "the U.S.S. Panay"], "1937-1945-pearl-harbor", "Tensions with Japan rose when the Japanese Army bombed", "which", []),
("What was Tokyo actually aiming for with its co-prosperity scheme in the region?", "enhance Japan’s economic and material wealth so that it would not be dependent upon supplies from the West", ["to enhance Japan’s economic and material wealth", "so that it would not be dependent upon supplies from the West"], "1937-1945-pearl-harbor", "However, this Japanese-led project aimed to enhance", "why", ["goal"]),
("Why did Kennedy call his naval action a 'quarantine' instead of a blockade?", "legally distinguished this action from a blockade, which assumed a state of war existed", ["enabled the United States to receive the support of the Organization of American States"], "1961-1968-cuban-missile-crisis", "The use of “quarantine” legally distinguished", "why", ["goal"]),
("What came out of the missile crisis to help the two leaders talk directly in future emergencies?", "Hotline", ["a direct telephone link between the White House and the Kremlin", "a direct telephone link"], "1961-1968-cuban-missile-crisis", "In an effort to prevent this from happening again", "what", ["next"]),
("What excuse did Washington initially give for the U-2 being over Russia?", "a routine weather flight", ["routine weather flight", "the U-2 had been conducting a routine weather flight"], "1953-1960-u2-incident", "At first, and before they had confirmation that Powers had survived", "what", []),
("Give the maximum altitude the U-2 could fly at.", "70,000 feet", [], "1953-1960-u2-incident", "The U-2 was a special high-altitude plane", "how many/how much", ["prompt"]),
("how long was mandela locked up", "27 years", ["after 27 years"], "1989-1992-apartheid", "The country waited in anticipation for the release of Nelson Mandela", "how many/how much", ["lower", "short"]),
("What did Washington hope to preserve by not objecting to South Africa's racial policies in the late 1940s?", "an ally against the Soviet Union in southern Africa", ["to maintain an ally against the Soviet Union in southern Africa", "an ally against the Soviet Union"], "1989-1992-apartheid", "Despite supporting a domestic civil rights agenda", "why", ["goal"]),
("How many Nazi leaders were acquitted at Nuremberg?", "Three", ["Three defendants"], "1945-1952-nuremberg", "Three defendants were found not guilty", "how many/how much", []),
("Which of the two big postwar war-crimes courts covered a longer stretch of history, Nuremberg's or Tokyo's?", "IMTFE", ["The IMTFE"], "1945-1952-nuremberg", "The IMTFE nonetheless had jurisdiction over crimes", "which", ["compare"]),
("What did America buy from Russia in 1867?", "Alaska", ["the territory of Alaska"], "1866-1898-foreword", "In 1867, the U.S. nearly doubled its holdings", "what", ["short"]),
("How many American troops were killed when Aideed's fighters downed the Black Hawks?", "18", ["18 U.S. soldiers"], "1993-2000-somalia", "Aideed’s forces shot down two Black Hawk helicopters", "how many/how much", []),
("What policy document came out of Clinton's review of when the U.S. should join peacekeeping missions?", "Presidential Decision Directive 25", [], "1993-2000-somalia", "The resulting document was Presidential Decision Directive 25", "what", ["next"]),
("Who was secretary of state when Nixon first tried to work out a Middle East settlement with the Soviets?", "William Rogers", [], "1969-1976-arab-israeli-war-1973", "he ordered Secretary of State William Rogers", "who", ["post"]),
("What did the Soviet leader threaten in his hotline note of October 24, 1973?", "We should be faced with the necessity urgently to consider the question of taking appropriate steps unilaterally", ["taking appropriate steps unilaterally"], "1969-1976-arab-israeli-war-1973", "If Nixon chose not to do so, Brezhnev threatened", "what", []),
("What was the name of the 1949 document in which Truman's government defended its past China policy?", "China White Paper", [], "1945-1952-chinese-rev", "In August of 1949, the Truman administration published", "what", []),
("Name the American general who tried to broker a deal between the Nationalists and the Communists after World War II.", "George Marshall", ["U.S. General George Marshall", "General George Marshall"], "1945-1952-chinese-rev", "in spite of repeated efforts by U.S. General George Marshall", "who", ["prompt"]),
("What were the US, Japan and South Korea supposed to supply to North Korea under the 1994 deal?", "light water reactors", [], "1993-2000-two-koreas", "In exchange, the United States, Japan, and South Korea would provide", "what", []),
("Who was the American secretary of state that went to Pyongyang in October 2000?", "Madeleine Albright", ["Secretary of State Madeleine Albright"], "1993-2000-two-koreas", "The Clinton administration worked to get the Agreed Framework back on track", "who", ["post"]),
("Which two nations refused to back Baruch's proposal at the UN atomic commission?", "the Soviet Union and Poland", ["Soviet Union and Poland"], "1945-1952-baruch-plans", "The vote was held on December 30", "which", []),
("How did Baruch's version differ from the earlier Acheson-Lilienthal report on the great powers' veto?", "stripped all members of the United Nations Security Council of their veto power", ["would have stripped all members of the United Nations Security Council of their veto power concerning the issue of United Nations sanctions"], "1945-1952-baruch-plans", "Most importantly, the Baruch Plan would have stripped", "how", ["compare"]),
("What killed the proposed world trade body whose charter was drafted in Havana?", "strong opposition in the U.S. Congress", ["opposition in the U.S. Congress"], "1937-1945-bretton-woods", "However, strong opposition in the U.S. Congress meant", "why", []),
("What phrase did Eisenhower use for Laos when briefing his successor?", "cork in the bottle", [], "1961-1968-laos-crisis", "But this surpassingly weak state was the “cork in the bottle", "what", []),
("Who ran American policy on Laos as Kennedy's ambassador at large?", "W. Averell Harriman", ["Averell Harriman", "Harriman"], "1961-1968-laos-crisis", "Kennedy appointed W. Averell Harriman as Ambassador at Large", "who", ["post"]),
("Which two colonies were left out of the union the Albany Plan proposed?", "Georgia and Delaware", [], "1750-1775-albany-plan", "Although only seven colonies sent commissioners", "which", []),
("What was the name of the snake cartoon Franklin's newspaper ran before the Albany Congres?", "Join or Die", [], "1750-1775-albany-plan", "Upon hearing of the Albany Congress, his newspaper", "what", ["misspelt"]),
("Which newspaper publisher's killing in early 1978 set off Nicaragua's civil war?", "Pedro Joaquín Chamorro", ["Chamorro"], "1977-1980-central-america-carter", "The assassination of Pedro Joaquín Chamorro", "who", []),
("Who were the Sandinistas named after?", "Augusto Sandino", [], "1977-1980-central-america-carter", "The name honored Augusto Sandino", "who", []),
("What came out of the Camp David summit, given that it didn't yield a formal peace treaty?", "two “Framework” documents", ["the basis for an Egyptian-Israeli peace"], "1977-1980-camp-david", "In the end, while the Summit did not produce a formal peace agreement", "what", ["next"]),
("Who replaced Robert Strauss as Carter's special negotiator for the Palestinian autonomy talks?", "Sol Linowitz", [], "1977-1980-camp-david", "For those talks, Carter appointed a “special negotiator”", "who", ["post"]),
("Unlike the Americans, what did Chinese officials stress when describing the August 1982 communiqué?", "the U.S. pledges to respect PRC sovereignty and gradually reduce arms sales to Taiwan", ["U.S. pledges to respect PRC sovereignty"], "1981-1988-china-communique", "PRC officials chose instead to focus on", "what", ["compare"]),
("Which 1979 law obliged Washington to keep selling defensive weapons to Taiwan?", "Taiwan Relations Act", ["the Taiwan Relations Act", "the Taiwan Relations Act of April 1979"], "1981-1988-china-communique", "Making matters more contentious, the Taiwan Relations Act", "which", []),
("What did the 1990 U.S. intelligence estimate predict would happen to Yugoslavia within a year?", "cease to function as a federal state", ["will cease to function as a federal state within a year"], "1989-1992-breakup-yugoslavia", "Yugoslavia will cease to function as a federal state", "what", []),
("Identify the Yugoslav republic that was first to declare its sovereignty.", "Slovenia", [], "1989-1992-breakup-yugoslavia", "Slovenia was the first to declare", "which", ["prompt"]),
("Why did Sun Yat-sen hurry to London and Paris when the 1911 revolt began?", "to ensure that neither country would give financial or military support to the Qing government", ["ensure that neither country would give financial or military support to the Qing government in its struggle"], "1899-1913-chinese-rev", "Dr. Sun was in the United States on a fundraising tour", "why", ["goal"]),
("when did the last qing emperor give up the throne", "February of 1912", ["1912", "in February of 1912"], "1899-1913-chinese-rev", "the emperor and the royal family abdicated the throne", "when", ["lower", "short"]),
("What did Gorbachev's spokesman say after the Malta meeting with Bush?", "We buried the Cold War at the bottom of the Mediterranean Sea", [], "1981-1988-u-s-soviet-relations", "After Bush met with his Soviet counterpart off the coast of Malta", "what", []),
("Between Weinberger and Shultz, which of Reagan's advisers doubted arms control?", "Caspar Weinberger", ["Secretary of Defense Caspar Weinberger", "Weinberger"], "1981-1988-u-s-soviet-relations", "Secretary of Defense Caspar Weinberger was deeply skeptical", "who", ["compare"]),
("How did the fighting over the offshore islands eventually settle down after 1958?", "they shelled each other’s garrisons on alternate days", ["shelled each other’s garrisons on alternate days", "on alternate days"], "1953-1960-taiwan-strait-crises", "Eventually, the PRC and ROC came to an arrangement", "how", ["next"]),
("Which island sits closer to the Chinese mainland, Jinmen or Mazu?", "Jinmen", ["Jinmen (Quemoy)"], "1953-1960-taiwan-strait-crises", "Jinmen (Quemoy), two miles from the mainland", "which", ["compare"]),
("In a 1937 address, what illness did FDR liken aggressor nations to?", "a disease", ["disease"], "1937-1945-american-isolationism", "likened international aggression to a disease", "what", []),
("Why did the president reluctantly sign off on the neutrality laws he disliked?", "he still required Congressional support for his domestic New Deal policies", ["Congressional support for his domestic New Deal policies"], "1937-1945-american-isolationism", "Roosevelt lamented the restrictive nature of the acts", "why", ["goal"]),
("What kept Moscow and its satellites out of the Marshall Plan?", "Soviet concern over potential U.S. economic domination of its Eastern European satellites", ["Stalin’s unwillingness to open up his secret society to westerners"], "1945-1952-marshall-plan", "Although the participation of the Soviet Union and East European nations", "why", []),
("At which school's commencement did George Marshall first float his idea for rebuilding Europe?", "Harvard University", ["Harvard"], "1945-1952-marshall-plan", "speech to the graduating class at Harvard University", "where", []),
("where was seato headquartered", "Bangkok", ["Bangkok, Thailand"], "1953-1960-seato", "Headquartered in Bangkok, Thailand", "where", ["lower", "short"]),
("What did Pakistan hope to get out of joining SEATO?", "support in its struggles against India", ["the potential for receiving support in its struggles against India"], "1953-1960-seato", "For Pakistan, the appeal of the pact", "why", ["goal"]),
]

U = [  # (question, tags)
("How many tanks did the United States send to the Soviet Union under Lend-Lease?", []),
("What was the name of the warship that carried Roosevelt to the Yalta Conference?", []),
("Who was the captain of the U.S.S. Chesapeake when the Leopard attacked it?", []),
("Which hotel hosted the Bretton Woods conference in 1944?", []),
("How many people died in the 1972 earthquake in Managua?", []),
("How many Soviet soldiers died during the decade-long war in Afghanistan?", []),
("From which airbase in Pakistan did Francis Gary Powers take off?", []),
("By what vote did Congress override Truman's veto of the McCarran-Walter Act?", []),
("Which Nuremberg defendant committed suicide before the trial began?", []),
("What was the name of the Japanese scholar whose charges were dropped at the Tokyo trial?", []),
("How many U.S. troops took part in Operation Restore Hope?", []),
("Who presided over the Albany Congress?", []),
("How many ships did the Union Navy use to blockade Southern ports?", []),
("What illness did James G. Blaine die of?", []),
("Why did Stalin refuse to attend the Tehran Conference?", ["false_premise"]),
("What did President Truman promise Stalin at the Yalta Conference?", ["false_premise"]),
("Why were the Russo-Japanese peace talks held in Portsmouth, England?", ["false_premise"]),
("How large a war indemnity did Russia pay Japan under the Treaty of Portsmouth?", ["false_premise"]),
("In what year did the British Parliament approve the Albany Plan of Union?", ["false_premise"]),
("Which Soviet leader signed the Camp David Accords alongside Carter?", ["false_premise"]),
]

def build():
    rows, tags = [], []
    for q, a, alts, doc, anchor, kind, tg in Q:
        rows.append({"question": q, "answer": a, "alternatives": alts, "document": doc,
                     "citation": cite(doc, anchor), "kind": kind})
        tags.append(tg)
    for q, tg in U:
        rows.append({"question": q, "answer": None, "alternatives": [], "document": None,
                     "citation": None, "kind": "unanswerable"})
        tags.append(tg)
    order = list(range(len(rows)))
    random.Random(5151).shuffle(order)
    out, outtags = [], []
    for i, j in enumerate(order, 1):
        r = {"id": f"q{i:03d}"}
        r.update(rows[j])
        out.append(r)
        outtags.append((r["id"], tags[j]))
    return out, outtags

if __name__ == "__main__":
    out, outtags = build()
    if "--show" in sys.argv:
        for r in out:
            if r["citation"]:
                print(r["id"], "|", r["answer"], "\n   ", r["citation"])
        sys.exit()
    with open('/work/heldout/r50/ask51/ask_v51.jsonl', 'w') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    json.dump(dict(outtags), open('/work/heldout/r50/ask51/tags_v51.json', 'w'), indent=0)
    print("wrote", len(out))
