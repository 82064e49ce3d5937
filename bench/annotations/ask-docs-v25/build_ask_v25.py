#!/usr/bin/env python3
"""Build ask_v25.jsonl. Citations are cut out of the source text by (start, end) fragments so
that they are exact copies; answers/alternatives are typed and checked by validate_ask_v25.py."""
import json, random, os

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = json.load(open(os.path.join(HERE, "ask_texts.json"), encoding="utf-8"))

FDR = "000_beabee21081aa6a0"

# (document, question, answer, alternatives, (citation start, citation end), kind)
ANSWERABLE = [
    # ---- museum exhibit: Roosevelt and Stalin (16)
    (FDR, "How large were Russia's military losses in combat during the war?",
     "some 8.7 million soldiers", ["8.7 million", "8.7 million soldiers"],
     ("The Soviets lost some 8.7 million", "brutal Eastern Front."), "how many/how much"),
    (FDR, "What did FDR say about the way the USSR was governed, back in 1940?",
     "a dictatorship as absolute as any other dictatorship in the world", [],
     ("FDR understood that Stalin was an oppressive", "dictatorship in the world.”"), "what"),
    (FDR, "Which countries made up the group FDR hoped would keep order in the world after the war?",
     "the United States, the United Kingdom, China, and the USSR", ["the Four Policemen"],
     ("The president believed the future of the world", "China, and the USSR."), "which"),
    (FDR, "What did Roosevelt write to Churchill in 1942 about dealing with the Soviet dictator himself?",
     "I think I can personally handle Stalin better than your Foreign Office or my State Department", [],
     ("Given his faith in personal diplomacy", "meet directly with Stalin."), "what"),
    (FDR, "At which two gatherings did the American president and the Soviet leader sit down together in person?",
     "at the Tehran Conference in November–December 1943 and again at the Yalta Conference in February 1945",
     ["the Tehran Conference", "the Yalta Conference"],
     ("He would do so twice during the war", "in February 1945."), "which"),
    (FDR, "What is the 1933 pact that reopened diplomatic ties between Washington and Moscow called?",
     "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"],
     ("Indeed, the resulting accord, signed by FDR and Maxim Litvinov", "Roosevelt-Litvinov Agreement."), "what"),
    (FDR, "Why had Woodrow Wilson cut off official relations with the Bolsheviks in the first place?",
     "seized American property, refused to honor debts owed to the United States under the former czarist regime, and concluded a separate peace with Germany",
     ["the revolution that saw the communists rise to power"],
     ("Wilson had severed diplomatic relations with Russia", "final months of World War I."), "why"),
    (FDR, "What did the Nazis call their 1941 attack on Russia?",
     "Operation Barbarossa", ["Barbarossa"],
     ("Code-named Operation Barbarossa", "largest military assault in European history."), "what"),
    (FDR, "what was the dollar value of american aid shipped to russia",
     "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"],
     ("Over the next three and a half years", "in war supplies."), "how many/how much"),
    (FDR, "How near to the Soviet capital did Hitler's army get by the end of 1941?",
     "within fifteen miles", ["fifteen miles", "within fifteen miles of Moscow"],
     ("This was especially true in the first year", "by December 1941."), "how many/how much"),
    (FDR, "What share of the Soviet Union's own wartime output did the American shipments amount to?",
     "about 7 percent", ["7 percent"],
     ("Though Lend-Lease aid to Russia constituted only about 7 percent", "it was vitally important."), "how many/how much"),
    (FDR, "Name the aide Roosevelt dispatched to size up the Russian situation right after the Germans attacked.",
     "Harry Hopkins", ["his trusted confidant Harry Hopkins"],
     ("He then sent his trusted confidant Harry Hopkins", "meet with Joseph Stalin."), "who"),
    (FDR, "Why did American troops land in North Africa in 1942?",
     "keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians",
     ["to relieve the embattled Russians", "open a diverting “second front” against Germany"],
     ("This concern likewise contributed to FDR’s decision to invade North Africa", "relieve the embattled Russians."), "why"),
    (FDR, "Why was the British prime minister uneasy about Roosevelt's one-on-one dealings with the Kremlin?",
     "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",
     ["would diminish Britain’s role in the war and in the peace that followed"],
     ("FDR’s desire to meet Stalin on his own terms unnerved Churchill", "in the peace that followed."), "why"),
    (FDR, "How long after Germany was beaten did Stalin pledge to start fighting the Japanese?",
     "within three months of Germany’s defeat", ["three months", "within three months"],
     ("He also won Stalin’s promise to join the other Allies", "within three months of Germany’s defeat."), "when"),
    (FDR, "How is Roosevelt remembered in Russia today?",
     "one of their nation’s true heroes and greatest friends", ["as one of their nation’s true heroes and greatest friends"],
     ("But his willingness to reach out to Stalin", "true heroes and greatest friends."), "how"),

    # ---- 1993-2000 foreword (caption only)
    ("1993-2000-foreword", "On what date did Clinton deliver his second yearly address to Congress on the state of the nation?",
     "Tuesday, Jan. 24, 1995", ["Jan. 24, 1995"],
     ("President Bill Clinton during his second", "Jan. 24, 1995."), "when"),

    # ---- Treaty of Paris 1783
    ("1776-1783-treaty", "Which two other Americans bargained alongside Franklin to end the Revolutionary War?",
     "John Adams and John Jay", ["peace commissioners John Adams and John Jay"],
     ("Joined by peace commissioners John Adams and John Jay", "September 27, 1782."), "which"),
    ("1776-1783-treaty", "Why was the picture of the peace delegates from Benjamin West's studio never finished?",
     "British negotiators chose not to sit for their half of the portrait", [],
     ("The sketch remains incomplete because", "former American colonies."), "why"),

    # ---- 1866-1898 foreword
    ("1866-1898-foreword", "Which land deal with the czar's government almost doubled American territory?",
     "the purchase of the territory of Alaska", ["Alaska", "the territory of Alaska"],
     ("In 1867, the U.S. nearly doubled its holdings", "from the Russians."), "which"),

    # ---- 1899-1913 foreword
    ("1899-1913-foreword", "What did Teddy Roosevelt's addition to Monroe's policy declare?",
     "the intention to use military force to defend the Western Hemisphere against European incursions",
     ["use military force to defend the Western Hemisphere against European incursions"],
     ("These policies included the promotion of the “Open Door” policy", "against European incursions."), "what"),

    # ---- 1921-1936 foreword
    ("1921-1936-foreword", "Which part of the world were the 1920s immigration restrictions aimed at most?",
     "Asia", ["particularly from Asia"],
     ("By the mid-1920s, however, a general feeling", "particularly from Asia."), "which"),
    ("1921-1936-foreword", "Why did Americans shy away from big commitments overseas after the First World War?",
     "Disillusionment with World War I, international commitments that could lead to another war, and economic uncertainty",
     ["Disillusionment with World War I"],
     ("Disillusionment with World War I, international commitments", "during the interwar period."), "why"),

    # ---- 1953-1960 foreword
    ("1953-1960-foreword", "What was the name of Ike's strategy for outmatching Moscow's atomic arsenal?",
     "massive retaliation", ["a doctrine of massive retaliation"],
     ("In order to counterbalance the Soviet threat", "Soviet nuclear capability."), "what"),
    ("1953-1960-foreword", "Who did Washington believe was really behind the independence movements in the colonies of Africa and Asia?",
     "communists", ["the Soviet Union"],
     ("U.S. officials suspected that communists dominated", "directly from the Soviet Union."), "who"),

    # ---- 1861-1865 foreword
    ("1861-1865-foreword", "What bargaining chip did the South lean on when courting Europe?",
     "foreign reliance on its cotton exports", ["its cotton exports", "cotton"],
     ("During the Civil War the Confederacy repeatedly sought", "to obtain it."), "what"),
    ("1861-1865-foreword", "Why did no European government end up backing the rebel states?",
     "the lack of definitive military victories for the South and the success of Union efforts to link the Confederacy with the institution of slavery",
     ["the lack of definitive military victories for the South"],
     ("Despite the Confederacy’s significant international commercial ties", "supporting the South."), "why"),

    # ---- Philippine-American War
    ("1899-1913-war", "who was the leader of the filipino independence fighters",
     "Emilio Aguinaldo", ["Aguinaldo"],
     ("On February 4, 1899, just two days before", "a change in colonial rulers."), "who"),
    ("1899-1913-war", "when did the philippines become independent",
     "1946", ["in 1946"],
     ("The archipelago became an autonomous commonwealth", "granted independence in 1946."), "when"),

    # ---- 1914-1920 foreword
    ("1914-1920-foreword", "Why did the U.S. stay out of the League of Nations?",
     "Article X of its charter that committed the United States to defend any League member in the event of an attack",
     ["Article X", "Article X of its charter"],
     ("However, the United States ultimately declined membership", "in the event of an attack."), "why"),
    ("1914-1920-foreword", "According to Wilson, what principles should guide how America deals with other nations?",
     "ideals, morality, and the spread of democracy abroad", [],
     ("During his tenure as President, Woodrow Wilson", "spread of democracy abroad."), "what"),

    # ---- 1937-1945 foreword
    ("1937-1945-foreword", "Which three countries made up the Axis?",
     "Germany, Italy and Japan", [],
     ("In 1940, U.S. policy slowly began to shift", "Germany, Italy and Japan."), "which"),
    ("1937-1945-foreword", "What was the purpose of the laws Congress passed in the late 1930s to keep America neutral?",
     "to prevent the United States from being drawn into the widespread international conflict",
     ["prevent the United States from being drawn into the widespread international conflict that the U.S. Government believed to be inevitable"],
     ("As the failure of disarmament", "believed to be inevitable."), "why"),

    # ---- 1945-1952 foreword
    ("1945-1952-foreword", "Which international organization was the U.S. among the earliest to join after WWII, unlike its stance toward Wilson's League?",
     "the United Nations", ["United Nations"],
     ("In contrast to American unwillingness", "the United Nations."), "which"),

    # ---- 1977-1980 foreword
    ("1977-1980-foreword", "How did the Carter White House punish Moscow for sending troops into Afghanistan?",
     "embargoing grain sales, banning technology exports, and prohibiting U.S. participation in the upcoming 1980 Moscow Summer Olympics",
     ["by embargoing grain sales, banning technology exports, and prohibiting U.S. participation in the upcoming 1980 Moscow Summer Olympics"],
     ("Carter responded to the Soviet invasion by embargoing", "Moscow Summer Olympics."), "how"),
    ("1977-1980-foreword", "Who beat Carter in 1980?",
     "Ronald Reagan", ["Republican presidential candidate Ronald Reagan",
                       "Ronald Reagan and his vice presidential running mate George H.W. Bush"],
     ("Republican presidential candidate Ronald Reagan and his", "defeated Carter and Mondale."), "who"),

    # ---- 1981-1988 foreword
    ("1981-1988-foreword", "What phrase did Reagan famously use for the USSR in '83?",
     "evil empire", ["an “evil empire"],
     ("In 1983, he famously characterized", "“evil empire.”"), "what"),
    ("1981-1988-foreword", "Why did Reagan's first secretary of state quit?",
     "an inability to exert as much influence as he desired", [],
     ("Alexander Haig first occupied the chair", "18 months in office."), "why"),

    # ---- 1989-1992 foreword
    ("1989-1992-foreword", "What mocking label had George H.W. Bush once pinned on Reagan's economic plan?",
     "voodoo economics", [],
     ("The massive tax cuts he himself had termed", "triggered automatic spending cuts."), "what"),
    ("1989-1992-foreword", "Who served as James Baker's number two at the State Department?",
     "Lawrence Eagleburger", ["career foreign service officer Lawrence Eagleburger"],
     ("Bush appointed as Secretary of State his best friend", "as his deputy."), "who"),

    # ---- Haiti 1994-1995
    ("1993-2000-haiti", "Which general toppled Haiti's elected government in 1991?",
     "Raoul Cedras", ["Lieutenant General Raoul Cedras", "Cedras"],
     ("On September 30, 1991, a military coup", "in Haitian history."), "who"),
    ("1993-2000-haiti", "How big was the force assembled to invade Haiti in 1994?",
     "nearly 25,000", ["25,000", "nearly 25,000 military personnel"],
     ("The invasion force numbered nearly 25,000", "extensive air support."), "how many/how much"),

    # ---- 1750-1775 foreword
    ("1750-1775-foreword", "What name do Europeans use for the conflict Americans call the French and Indian War?",
     "the Seven Years’ War", ["Seven Years’ War"],
     ("Sometimes, as in the case of the French and Indian War", "conflict in the colonies."), "what"),
    ("1750-1775-foreword", "Why did London start making the colonists pay new levies?",
     "to pay for these resources",
     ["pour additional troops and resources into protecting its possessions in the Americas"],
     ("Ultimately, the British Government found it necessary", "to pay for these resources."), "why"),

    # ---- 1776-1783 foreword
    ("1776-1783-foreword", "What did the agreement Adams proposed to France protect?",
     "neutral trade and shipping rights in the event of a war", ["neutral trade and shipping rights"],
     ("John Adams approached the French with the “Model Treaty,”", "in the event of a war."), "what"),
    ("1776-1783-foreword", "What condition did France attach to its 1778 alliance?",
     "the Americans did not seek a separate peace with Great Britain",
     ["on the condition that the Americans did not seek a separate peace with Great Britain"],
     ("In 1778, France formally established its position", "a separate peace with Great Britain."), "what"),

    # ---- 1784-1800 foreword
    ("1784-1800-foreword", "Which cabinet member headed the Federalist faction?",
     "Alexander Hamilton", ["the Secretary of the Treasury Alexander Hamilton"],
     ("Differences over foreign policy became a basis", "Secretary of State Thomas Jefferson."), "who"),
    ("1784-1800-foreword", "What kind of ties with Europe did the first president tell Americans to avoid when he stepped down?",
     "entangling alliances", ["no “entangling alliances” with European powers"],
     ("In his Farewell Address, Washington promoted", "with European powers."), "what"),

    # ---- 1801-1829 foreword
    ("1801-1829-foreword", "What pushed Paris and Madrid to give up Louisiana and Florida?",
     "the economic pressure of these European conflicts", ["economic pressure"],
     ("Indeed, the economic pressure of these European conflicts", "more than doubling the size of the United States."), "why"),
    ("1801-1829-foreword", "why did the us go to war with britain in 1812",
     "British actions threatened American neutrality and trading rights", [],
     ("The United States even went to war with Britain in 1812", "neutrality and trading rights."), "why"),

    # ---- 1830-1860 foreword
    ("1830-1860-foreword", "What was the belief that Americans were fated to spread from coast to coast called?",
     "manifest destiny", ["“manifest destiny"],
     ("During this crucial period, the United States pursued", "across the continent."), "what"),
    ("1830-1860-foreword", "Which two Asian nations did Americans pry open to Western trade?",
     "Japan and Korea", [],
     ("The United States began to turn to the Pacific", "western commercial interests."), "which"),

    # ---- 1961-1968 foreword
    ("1961-1968-foreword", "Who took over the CIA after JFK's Cuban fiasco?",
     "John A. McCone", ["McCone"],
     ("Though he took full responsibility for the failed operation", "with John A. McCone."), "who"),
    ("1961-1968-foreword", "By 1967, how many U.S. troops were statoined in Vietnam?",
     "nearly 500,000", ["500,000", "nearly 500,000 troops"],
     ("By 1967, nearly 500,000 troops", "were in Vietnam."), "how many/how much"),

    # ---- 1969-1976 foreword
    ("1969-1976-foreword", "What do historians call Nixon's plan of handing the fighting over to Saigon's army while bringing Americans home?",
     "Vietnamization", ["“Vietnamization” of the war"],
     ("He and Kissinger turned to a dual strategy", "“Vietnamization” of the war."), "what"),
    ("1969-1976-foreword", "Who became spy chief when Ford pushed out Colby?",
     "George H.W. Bush", [],
     ("Colby was removed as the Director", "replaced by George H.W. Bush."), "who"),

    # ---- Chinese Revolution 1949
    ("1945-1952-chinese-rev", "Where did the defeated Nationalist leader and his army retreat to in 1949?",
     "Taiwan", ["to Taiwan"],
     ("In October of 1949, after a string of military victories", "retake the mainland."), "where"),
    ("1945-1952-chinese-rev", "What document did Truman's government release in 1949 to defend its record on China?",
     "the “China White Paper", ["China White Paper"],
     ("In August of 1949, the Truman administration published", "outcome of their civil war."), "what"),

    # ---- Immigration and Nationality Act 1952
    ("1945-1952-immigration-act", "What share of the yearly immigrant visas went to people of northern and western European ancestry?",
     "85 percent", [],
     ("As a result, 85 percent of the 154,277 visas", "northern and western European lineage."), "how many/how much"),
    ("1945-1952-immigration-act", "Why did Truman reject the McCarran-Walter bill?",
     "the new law was discriminatory", ["discriminatory", "He thought the new law was discriminatory"],
     ("He thought the new law was discriminatory", "pass over his veto."), "why"),

    # ---- Panama Canal / Torrijos-Carter
    ("1977-1980-panama-canal", "By what margin did senators approve the treaty guaranteeing the canal's neutrality?",
     "68 to 32", ["a vote of 68 to 32"],
     ("The Senate ratified the Neutrality Treaty on March 16, 1978", "68 to 32."), "how many/how much"),
    ("1977-1980-panama-canal", "What did Strom Thurmond warn would happen if the U.S. gave up the canal?",
     "The loss of this canal would contribute to the encirclement of the United States",
     ["would contribute to the encirclement of the United States"],
     ("“The loss of this canal would contribute", "in a 1978 debate."), "what"),

    # ---- Chinese Revolution 1911
    ("1899-1913-chinese-rev", "Where was Sun Yat-sen when the 1911 uprising broke out?",
     "in the United States", ["the United States", "in the United States on a fundraising tour"],
     ("Dr. Sun was in the United States on a fundraising tour", "in its struggle."), "where"),
    ("1899-1913-chinese-rev", "When did China's last imperial dynasty give up the throne?",
     "February of 1912", ["in February of 1912"],
     ("With the military position of the Qing weakening", "in February of 1912."), "when"),

    # ---- Haiti 1915-34
    ("1914-1920-haiti", "How much cash did U.S. Marines carry off from Haiti's national bank in 1914?",
     "$500,000", [],
     ("They removed $500,000 from the Haitian National Bank", "control of the bank."), "how many/how much"),
    ("1914-1920-haiti", "Who did Washington force the Haitian lawmakers to choose as president in 1915?",
     "Philippe Sudré Dartiguenave", ["Dartiguenave"],
     ("The U.S. Government also forced the election of a new pro-American President", "in August 1915."), "who"),

    # ---- Building the Panama Canal
    ("1899-1913-panama-canal", "How many people died during France's failed try at digging across the isthmus?",
     "approximately 20,000", ["20,000", "approximately 20,000 lives"],
     ("Malaria, yellow fever, and other tropical diseases conspired", "went bankrupt."), "how many/how much"),
    ("1899-1913-panama-canal", "When did Panama break away from Colombia?",
     "November 3, 1903", ["on November 3, 1903"],
     ("Colombian troops were unable to negotiate the jungles", "on November 3, 1903."), "when"),

    # ---- Kellogg-Briand Pact
    ("1921-1936-kellogg", "Why were Coolidge and his secretary of state reluctant to sign a two-country deal with France?",
     "the agreement against war could be interpreted as a bilateral alliance and require the United States to intervene if France was ever threatened",
     ["require the United States to intervene if France was ever threatened"],
     ("They worried that the agreement against war could be interpreted", "if France was ever threatened."), "why"),
    ("1921-1936-kellogg", "What's the other name for the 1928 treaty renouncing war?",
     "the Pact of Paris", ["Pact of Paris"],
     ("Sometimes called the Pact of Paris", "preventing World War II."), "what"),

    # ---- Casablanca
    ("1937-1945-casablanca", "Why was the Soviet leader absent from the Morocco meeting?",
     "the Red Army was engaged in a major offensive against the German Army at the time",
     ["the Red Army was engaged in a major offensive against the German Army"],
     ("While Soviet Premier Joseph Stalin received an invitation", "German Army at the time."), "why"),
    ("1937-1945-casablanca", "According to FDR, what exactly did demanding total capitulation from the Axis aim to wipe out?",
     "the destruction of the philosophies in those countries which are based on conquest and the subjugation of other people",
     ["the philosophies in those countries which are based on conquest and the subjugation of other people"],
     ("The President clearly stated, however, that the policy of unconditional surrender", "subjugation of other people.”"), "what"),

    # ---- Lend-Lease
    ("1937-1945-lend-lease", "How many old warships did America hand over to Britain in the 1940 bases swap?",
     "more than 50", ["more than 50 obsolete destroyers", "50"],
     ("Under the terms of the agreement, the United States gave the British", "U.S. air and naval bases."), "how many/how much"),
    ("1937-1945-lend-lease", "How did Churchill later describe the American aid program?",
     "the most unsordid act", ["“the most unsordid act” one nation had ever done for another"],
     ("Although British Prime Minister Winston Churchill later referred", "disinterested generosity."), "how"),

    # ---- Wartime conferences
    ("1937-1945-war-time-conferences", "Who took over from Churchil in the middle of the Potsdam conference?",
     "Clement Atlee", [],
     ("Despite the end of the war in Europe and the revelation", "the most minor issues."), "who"),
    ("1937-1945-war-time-conferences", "Which two 1944 meetings laid the groundwork for cooperation among nations after the war?",
     "Bretton Woods and Dumbarton Oaks", ["conferences at Bretton Woods and Dumbarton Oaks"],
     ("In 1944, conferences at Bretton Woods", "in the postwar world."), "which"),

    # ---- Marshall Plan
    ("1945-1952-marshall-plan", "Where did George Marshall give the speech calling for Europe's reconstuction?",
     "Harvard University", ["at Harvard University", "to the graduating class at Harvard University"],
     ("In a June 5, 1947, speech to the graduating class", "a comprehensive program to rebuild Europe."), "where"),
    ("1945-1952-marshall-plan", "Why didn't Moscow and its satellites take part in the recovery program?",
     "Soviet concern over potential U.S. economic domination of its Eastern European satellites and Stalin’s unwillingness to open up his secret society to westerners",
     ["Stalin’s unwillingness to open up his secret society to westerners"],
     ("Although the participation of the Soviet Union and East European nations", "doomed the idea."), "why"),

    # ---- National Security Act 1947
    ("1945-1952-national-security-act", "What wartime spy agency was the forerunner of the CIA?",
     "World War II era Office of Strategic Services", ["Office of Strategic Services"],
     ("The act also established the Central Intelligence Agency (CIA)", "post-war intelligence organizations."), "which"),
    ("1945-1952-national-security-act", "Which two departments were combined to form the Pentagon's single department?",
     "The War Department and Navy Department", ["War Department and Navy Department"],
     ("The War Department and Navy Department merged", "Department of the Air Force."), "which"),
]

UNANSWERABLE = [
    "Where was Franklin Roosevelt when he died in April 1945?",
    "What was Joseph Stalin's real surname before he took the name Stalin?",
    "Who acted as Roosevelt's interpreter at the Tehran Conference?",
    "Who was the chief engineer that finished the Panama Canal?",
    "How much did the United States spend in total to build the Panama Canal?",
    "How many Cuban exiles landed at the Bay of Pigs?",
    "Which senator cast the only vote against the Kellogg-Briand Pact?",
    "Which American officer captured Emilio Aguinaldo?",
    "Who was Japan's ambassador in Washington when Pearl Harbor was attacked?",
    "How many Americans were killed in the attack on Pearl Harbor?",
    "How many Marines did Wilson land in Haiti in July 1915?",
    "How many people died in the 1964 flag riots in the Panama Canal Zone?",
    "Where did Aristide live in exile after the 1991 coup?",
    "How old was John F. Kennedy when he was sworn in as president?",
    "How many airplanes did the U.S. send to the Soviet Union through Lend-Lease?",
    "In which hotel did Roosevelt and Churchill stay during the Casablanca Conference?",
    "How did Stalin react when he heard that Roosevelt had died?",
    "What was the name of Sun Yat-sen's wife?",
    "How many Haitian refugees did the U.S. Coast Guard pick up at sea in 1994?",
    "What was the vote in Congress to override Truman's veto of the McCarran-Walter Act?",
]


def cut(doc, start, end):
    text = TEXTS[doc]
    i = text.find(start)
    assert i >= 0, (doc, start)
    assert text.find(start, i + 1) < 0, ("start not unique", doc, start)
    j = text.find(end, i)
    assert j >= 0, (doc, end)
    return text[i:j + len(end)]


def main():
    rows = []
    for doc, q, ans, alts, (s, e), kind in ANSWERABLE:
        rows.append({"question": q, "answer": ans, "alternatives": alts, "document": doc,
                     "citation": cut(doc, s, e), "kind": kind})
    for q in UNANSWERABLE:
        rows.append({"question": q, "answer": None, "alternatives": [], "document": None,
                     "citation": None, "kind": "unanswerable"})
    rng = random.Random(2524)
    rng.shuffle(rows)
    with open(os.path.join(HERE, "ask_v25.jsonl"), "w", encoding="utf-8") as f:
        for n, r in enumerate(rows, 1):
            out = {"id": f"q{n:03d}", **r}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(len(rows), "rows written")


if __name__ == "__main__":
    main()
