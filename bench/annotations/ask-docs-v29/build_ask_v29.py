# Builds ask_v29.jsonl from the hand-written items below (shuffled with a fixed seed).
import json, random
EX = "000_beabee21081aa6a0"
A = []  # (question, answer, alternatives, document, citation, kind)
def q(question, answer, alts, doc, cit, kind):
    A.append(dict(question=question, answer=answer, alternatives=alts, document=doc, citation=cit, kind=kind))

# ---- exhibit: Roosevelt and Stalin ----
q("How many Red Army troops were killed in combat during the war?", "some 8.7 million", ["8.7 million", "8.7 million soldiers"], EX,
  "The Soviets lost some 8.7 million soldiers on the battlefield; millions of civilians also perished on the brutal Eastern Front.", "how many/how much")
q("What nickname did Roosevelt use for the four big nations he expected to keep the peace after the war?", "the Four Policemen", ["Four Policemen"], EX,
  "The president believed the future of the world depended to a large extent on the cooperation of what he called “the Four Policemen”—the United States, the United Kingdom, China, and the USSR.", "what")
q("What did FDR tell Churchill in 1942 about dealing with the Soviet leader himself?", "I think I can personally handle Stalin better than your Foreign Office or my State Department", [], EX,
  "Given his faith in personal diplomacy—“I think I can personally handle Stalin better than your Foreign Office or my State Department,” he wrote British prime minister Winston Churchill in 1942—FDR was most anxious to meet directly with Stalin.", "what")
q("What name was given to the 1933 deal that restored diplomatic ties between Washington and Moscow?", "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], EX,
  "Indeed, the resulting accord, signed by FDR and Maxim Litvinov, the Soviet foreign minister, at the White House in November 1933, became known as the Roosevelt-Litvinov Agreement.", "what")
q("What did the Germans call their June 1941 invasion of Russia?", "Operation Barbarossa", ["Barbarossa"], EX,
  "Code-named Operation Barbarossa, the surprise attack, which involved more than 3.5 million men, 3,600 tanks, and 2,700 aircraft, was the largest military assault in European history.", "what")
q("How much American military aid did Russia get in total under Lend-Lease?", "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], EX,
  "Over the next three and a half years, the United States would provide the Soviets with more than $11 billion in war supplies.", "how many/how much")
q("Which adviser did Roosevelt dispatch to the Soviet capital right after the invasion to size things up?", "Harry Hopkins", ["his trusted confidant Harry Hopkins", "Hopkins"], EX,
  "He then sent his trusted confidant Harry Hopkins to Moscow to assess the situation and meet with Joseph Stalin.", "who")
q("Why did FDR launch the North Africa landings in 1942?", "keeping his promise to Stalin that he would open a diverting “second front” against Germany", ["to relieve the embattled Russians"], EX,
  "This concern likewise contributed to FDR’s decision to invade North Africa in 1942, keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians.", "why")
q("At the Morocco summit in early 1943, what terms did Roosevelt say the enemy would have to accept?", "unconditional surrender", ["no peace without “unconditional surrender”"], EX,
  "FDR further bound the Soviets to the Allied coalition by announcing in January 1943 at the Casablanca Conference that the Allies would accept no peace without “unconditional surrender” by the Axis; the Soviets would not be left to fight on alone.", "what")
q("Why was the British leader uneasy about Roosevelt's one-on-one approach to the Soviet dictator?", "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", ["would diminish Britain’s role in the war and in the peace that followed"], EX,
  "FDR’s desire to meet Stalin on his own terms unnerved Churchill, who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed.", "why")
q("What was the name of the building where Stalin came to see Roosevelt at the Crimean summit?", "the Livadia Palace", ["Livadia Palace"], EX,
  "Joseph Stalin calls on Franklin D. Roosevelt upon arriving at the Livadia Palace in Yalta, site of the wartime conference of Allied leaders, February 2, 1945.", "where")
q("Which achievement did Roosevelt regard as his biggest win at the Crimea meeting?", "bringing the Soviet Union into the United Nations largely on his own terms", ["bringing the Soviet Union into the United Nations"], EX,
  "He succeeded in bringing the Soviet Union into the United Nations largely on his own terms, a feat he considered the crowning accomplishment of the conference.", "which")
q("How long after V-E Day did Moscow pledge to enter the Pacific war?", "within three months of Germany’s defeat", ["within three months", "three months"], EX,
  "He also won Stalin’s promise to join the other Allies in the war against Japan within three months of Germany’s defeat.", "how many/how much")
q("Which two declarations did the Big Three sign at Yalta?", "the Declaration of Liberated Europe and the Declaration on Poland", ["Declaration of Liberated Europe and the Declaration on Poland"], EX,
  "In fact, at Yalta all three leaders signed the Declaration of Liberated Europe and the Declaration on Poland, both of which proclaimed the right of all people in lands formerly taken by the Nazis to choose their own form of government and, in the case of the Poles, called for “the holding of free and unfettered elections as soon as possible on the basis of universal suffrage and secret ballot.”", "which")
q("How is Roosevelt remembered by ordinary people in Russia today?", "as one of their nation’s true heroes and greatest friends", ["one of their nation’s true heroes and greatest friends"], EX,
  "But his willingness to reach out to Stalin and the Soviet regime undoubtedly helped keep this powerful ally at America’s side during the bloodiest war in human history—and made a deep impression on the Russian people, who still regard FDR as one of their nation’s true heroes and greatest friends.", "how")
q("Which president started the policy of refusing to recognize the communist government in Moscow?", "President Woodrow Wilson", ["Woodrow Wilson", "Wilson"], EX,
  "Franklin D. Roosevelt entered the presidency determined to reverse America’s policy of refusing to officially recognize the Soviet Union, established by President Woodrow Wilson in 1917.", "which")
q("What did FDR say in 1940 about the way the USSR was governed?", "a dictatorship as absolute as any other dictatorship in the world.", ["a dictatorship as absolute as any other dictatorship in the world"], EX,
  "FDR understood that Stalin was an oppressive and even violent ruler, asserting in 1940 that the USSR was run by “a dictatorship as absolute as any other dictatorship in the world.”", "what")

# ---- essays ----
D = "1830-1860-territorial-expansion"
q("In which city was the filibuster leader Narciso Lopez put to death?", "Havana", ["in Havana"], D,
  "López organized several failed expeditions to liberate Cuba from Spanish rule, the last resulting in his capture and execution in Havana in 1851.", "where")
q("What do historians call the 1854 paper explaining why America wanted to buy Cuba?", "the Ostend Manifesto", ["Ostend Manifesto"], D,
  "In 1854, Soulé met with other U.S. Ministers to draft a document known as the Ostend Manifesto, which outlined U.S. reasons for attempting to purchase Cuba from Spain.", "what")
q("Which American adventurer led an armed invasion of Nicaragua in the mid-1850s?", "William Walker", ["Walker"], D,
  "American William Walker, who had led a failed filibustering expedition to Baja California in 1853, launched an expedition to Nicaragua in 1855.", "who")
D = "1866-1898-alaska-purchase"
q("how much did the us pay for alaska", "$7.2 million", [], D,
  "The looming U.S. Civil War delayed the sale, but after the war, Secretary of State William Seward quickly took up a renewed Russian offer and on March 30, 1867, agreed to a proposal from Russian Minister in Washington, Edouard de Stoeckl, to purchase Alaska for $7.2 million.", "how many/how much")
q("What mocking name did critics give the 1867 deal with Russia?", "Seward’s Folly", [], D,
  "Skeptics had dubbed the purchase of Alaska “Seward’s Folly,” but the former Secretary of State was vindicated when a major gold deposit was discovered in the Yukon in 1896, and Alaska became the gateway to the Klondike gold fields.", "what")
q("When did Alaska achieve statehod?", "January 3, 1959", ["1959", "on January 3, 1959"], D,
  "Alaska became a state on January 3, 1959.", "when")
D = "1866-1898-telegraph"
q("In what year did America's foreign ministry open a bureau for handling wires?", "1866", ["in 1866"], D,
  "The U.S. Department of State established a telegraph office in 1866, a few months after the permanent establishment of transatlantic telegraphy.", "when")
q("Why did envoys begin keeping their cables brief?", "to reduce telegraph expenses", ["in order to reduce telegraph expenses"], D,
  "Diplomats learned to write more concisely in order to reduce telegraph expenses, which typically increased with the length of messages.", "why")
D = "1866-1898-venezuela"
q("Which naturalist did London hire to map the western edge of its South American colony?", "Robert Schomburgk", ["Schomburgk"], D,
  "Because the treaty did not define a western boundary, the British commissioned Robert Schomburgk, a surveyor and naturalist, to delineate that boundary.", "who")
q("What did Lord Salisbury say about the Monroe Doctrine?", "the Monroe Doctrine had no validity as international law", ["no validity as international law", "that the Monroe Doctrine had no validity as international law"], D,
  "Salisbury response was that the Monroe Doctrine had no validity as international law.", "what")
q("Where did the arbitrators finally decide the Venezuela–Guiana frontier should run?", "the Schomburgk Line", ["follow the Schomburgk Line"], D,
  "However, when the commission finally rendered a decision on October 3, 1899, it directed that the border follow the Schomburgk Line.", "where")
D = "1866-1898-yellow-journalism"
q("What comic gave sensational newspaper reporting its colorful name?", "Hogan’s Alley", ["a popular cartoon strip about life in New York’s slums called Hogan’s Alley"], D,
  "At first, yellow journalism had nothing to do with reporting, but instead derived from a popular cartoon strip about life in New York’s slums called Hogan’s Alley, drawn by Richard F. Outcault.", "what")
q("What is Hearst famously supposed to have said about starting the war with Spain?", "You furnish the pictures, I’ll provide the war!", ["You furnish the pictures, I’ll provide the war"], D,
  "In spite of Hearst’s often quoted statement—“You furnish the pictures, I’ll provide the war!”—other factors played a greater role in leading to the outbreak of war.", "what")
q("On what date did the battleship blow up in Havana harbor?", "February 15", ["On the night of February 15", "the night of February 15"], D,
  "On the night of February 15, an explosion tore through the ship’s hull, and the Maine went down.", "when")
D = "1899-1913-dollar-diplo"
q("Who served as Taft's secretary of state?", "Philander C. Knox", ["Knox", "Secretary of State Philander C. Knox"], D,
  "From 1909 to 1913, President William Howard Taft and Secretary of State Philander C. Knox followed a foreign policy characterized as “dollar diplomacy.”", "who")
q("Which big company had Taft's chief diplomat helped start before government?", "U.S. Steel", ["the giant conglomerate U.S. Steel"], D,
  "Taft shared the view held by Knox, a corporate lawyer who had founded the giant conglomerate U.S. Steel, that the goal of diplomacy was to create stability and order abroad that would best promote American commercial interests.", "which")
D = "1914-1920-league"
q("Where was the League of Nations based?", "Geneva, Switzerland", ["Geneva", "in Geneva, Switzerland"], D,
  "The League of Nations was an international organization, headquartered in Geneva, Switzerland, created after the First World War to provide a forum for resolving international disputes.", "where")
q("Who headed the fight in Congress against Wilson's peace treaty?", "Henry Cabot Lodge", ["Lodge"], D,
  "Spearheading the challenge was the Senate majority leader and chairman of the Foreign Relations Committee, Henry Cabot Lodge.", "who")
q("By what margin did senators reject Versailles in 1920?", "49-35", ["a 49-35 Senate vote"], D,
  "Wilson and Lodge’s personal dislike of each other poisoned any hopes for a compromise, and in March 1920, the Treaty and Covenant were defeated by a 49-35 Senate vote.", "how many/how much")
D = "1914-1920-wwi"
q("What was Berlin's 1916 promise to stop sinking passenger ships without warning called?", "Sussex pledge", ["the “Sussex pledge.”"], D,
  "On May 4, 1916, the German Government accepted these terms and conditions in what came to be known as the “Sussex pledge.”", "what")
q("Who wrote the secret message to Mexico that the British decoded in January 1917?", "Arthur Zimmermann", ["German Foreign Minister Arthur Zimmermann", "Zimmermann"], D,
  "On January 19, 1917, British naval intelligence intercepted and decrypted a telegram sent by German Foreign Minister Arthur Zimmermann to the German Ambassador in Mexico City.", "who")
q("Which German leader objected to restarting the U-boat campaign?", "Theobald von Bethmann-Hollweg", ["German Chancellor Theobald von Bethmann-Hollweg", "Bethmann-Hollweg"], D,
  "German Chancellor Theobald von Bethmann-Hollweg protested this decision, believing that resuming submarine warfare would draw the United States into the war on behalf of the Allies.", "which")
D = "1921-1936-dawes"
q("How much did the Allies' commission say Germany owed in 1921?", "132 billion gold marks", ["approximately $31.5 billion", "$31.5 billion"], D,
  "In the spring of 1921, the Commission set the final bill at 132 billion gold marks, approximately $31.5 billion.", "how many/how much")
q("Which two nations sent troops into Germany's industrial heartland after it missed a payment in 1923?", "France and Belgium", [], D,
  "When Germany defaulted on a payment in January 1923, France and Belgium occupied the Ruhr in an effort to force payment.", "which")
q("What award did the Chicago banker share in 1925?", "the Nobel Peace Prize", ["Nobel Peace Prize"], D,
  "In 1925, Dawes was a co-recipient of the Nobel Peace Prize in recognition of his plan’s contribution to the resolution of the crisis over reparations.", "what")
q("Which country in Europe was still paying Washington back by mid-1933?", "Finland", [], D,
  "By mid-1933, all European debtor nations except Finland had defaulted on their loans from the United States.", "which")
D = "1921-1936-mukden-incident"
q("What was the puppet state Tokyo set up in northeast China called?", "Manchukuo", ["the new autonomous state of Manchukuo"], D,
  "The Japanese declared the area to be the new autonomous state of Manchukuo, though the new nation was in fact under the control of the local Japanese Army.", "what")
q("Whom did the League's investigators blame for the fighting in Manchuria?", "equally between Chinese nationalism and Japanese militarism", ["Chinese nationalism and Japanese militarism"], D,
  "The resulting report, written by the Lytton Commission, divided blame for the conflict in Manchuria equally between Chinese nationalism and Japanese militarism.", "who")
q("How did Tokyo react once Geneva endorsed the findings on Manchuria in 1933?", "the Japanese delegation walked out and never returned to the League Council", ["the Japanese delegation walked out"], D,
  "When the Lytton Report was ratified by the League in 1933, the Japanese delegation walked out and never returned to the League Council.", "how")
D = "1921-1936-naval-conference"
q("Which American official sent out the invitations to the 1921 arms talks?", "Charles Evans Hughes", ["U.S. Secretary of State Charles Evans Hughes", "Hughes"], D,
  "In 1921, U.S. Secretary of State Charles Evans Hughes invited nine nations to Washington, D.C. to discuss naval reductions and the situation in the Far East.", "which")
q("What battleship quota ratio between America, Britain and Japan was finally agreed?", "5:5:3", ["the 5:5:3 ratio limits", "the 5:5:3 ratio"], D,
  "The conference ultimately adopted the 5:5:3 ratio limits.", "what")
q("Which agreement handed the former German-held province back to Beijing?", "the Shangtung (Shandong) Treaty", ["Shangtung (Shandong) Treaty", "Shangtung"], D,
  "Japan and China signed a bilateral agreement, the Shangtung (Shandong) Treaty, which returned control of that province and its railroad to China.", "which")
D = "1921-1936-neutrality-acts"
q("When did lawmakers pass the first of the neutrality laws?", "August 31, 1935", ["On August 31, 1935"], D,
  "On August 31, 1935, Congress passed the first Neutrality Act prohibiting the export of “arms, ammunition, and implements of war” from the United States to foreign nations at war and requiring arms manufacturers in the United States to apply for an export license.", "when")
q("What was the rule called that let warring countries buy non-weapon goods if they paid up front and shipped them themselves?", "cash-and-carry", ["the so-called “cash-and-carry” provision"], D,
  "The Neutrality Act of 1937 did contain one important concession to Roosevelt: belligerent nations were allowed, at the discretion of the President, to acquire any items except arms from the United States, so long as they immediately paid for such items and carried them on non-American ships—the so-called “cash-and-carry” provision.", "what")
q("Why did Roosevelt make sure the 1937 neutrality law let warring nations buy goods for cash?", "as a deliberate way to assist Great Britain and France in any war against the Axis Powers", ["to assist Great Britain and France"], D,
  "Roosevelt had engineered its inclusion as a deliberate way to assist Great Britain and France in any war against the Axis Powers, since he realized that they were the only countries that had both the hard currency and ships to make use of “cash-and-carry.”", "why")
D = "1921-1936-red-line"
q("Which businessman supposedly traced the old Ottoman frontier in crimson during the talks?", "Gulbenkian", [], D,
  "Consequently, during one of the final meetings, Gulbenkian drew the boundaries from memory on a map of the Middle East with a red pencil.", "which")
q("What percentage of the output did each major partner get under the 1928 oil deal?", "23.75%", ["a 23.75% share"], D,
  "Under the terms of the agreement, each of the four parties received a 23.75% share of all the crude oil produced by TPC, which was allowed to operate anywhere in the Middle East between the Suez Canal and Iran, with the exception of Kuwait.", "how many/how much")
D = "1921-1936-ussr"
q("Who became Washington's first envoy in Moscow?", "William C. Bullitt", ["Bullitt"], D,
  "Following the conclusion of these agreements, President Roosevelt appointed William C. Bullitt as the first U.S. Ambassador to the Soviet Union.", "who")
q("Whose assassination triggered Stalin's wave of terror?", "Sergey Kirov", ["the Leningrad Communist Party boss, Sergey Kirov", "Kirov"], D,
  "Finally, the killing of the Leningrad Communist Party boss, Sergey Kirov, launched the first of the “Great Purges” that led to the death or imprisonment of millions of Soviet citizens as the Stalinist regime liquidated any potential critics of the government.", "who")
q("Who succeeded Bullitt as ambassador in 1936?", "Joseph E. Davies", ["businessman Joseph E. Davies", "Davies"], D,
  "In the hope of improving relations, President Roosevelt dispatched businessman Joseph E. Davies to Moscow as Bullitt’s replacement in 1936.", "who")
D = "1937-1945-american-isolationism"
q("Which North Dakota lawmaker accused financiers and weapons makers of dragging America into the Great War?", "Gerald P. Nye", ["Senator Gerald P. Nye", "Nye"], D,
  "In the wake of the World War I, a report by Senator Gerald P. Nye, a Republican from North Dakota, fed this belief by claiming that American bankers and arms manufacturers had pushed for U.S. involvement for their own profit.", "which")
q("Who wrote War Is a Racket?", "Smedley D. Butler", ["General Smedley D. Butler", "decorated Marine Corps General Smedley D. Butler"], D,
  "The 1934 publication of the book Merchants of Death by H.C. Engelbrecht and F. C. Hanighen, followed by the 1935 tract “War Is a Racket” by decorated Marine Corps General Smedley D. Butler both served to increase popular suspicions of wartime profiteering and influence public opinion in the direction of neutrality.", "who")
q("In his 1937 speech, what did Roosevelt compare international aggression to?", "a disease", ["a disease that other nations must work to “quarantine.”"], D,
  "In that year, as the situation in Europe continued to grow worse and the Second Sino-Japanese War began in Asia, the President gave a speech in which he likened international aggression to a disease that other nations must work to “quarantine.”", "what")
D = "1937-1945-atlantic-conf"
q("Which warship hosted the August 1941 Churchill–Roosevelt meeting?", "the U.S.S. Augusta", ["U.S.S. Augusta", "Augusta"], D,
  "Churchill and Roosevelt met on August 9 and 10, 1941 aboard the U.S.S. Augusta in Placentia Bay, Newfoundland, to discuss their respective war aims for the Second World War and to outline a postwar international system.", "which")
q("What was the British prime minister chiefly hoping to get out of the Newfoundland meeting?", "to get the Americans into the war", [], D,
  "Churchill’s primary goal in attending the Atlantic Conference was “to get the Americans into the war.”", "what")
q("Why did the Atlantic Charter's self-government clause alarm London?", "this clause acknowledged the right of colonial subjects to agitate for decolonization", ["the right of colonial subjects to agitate for decolonization"], D,
  "Churchill was concerned that this clause acknowledged the right of colonial subjects to agitate for decolonization, including those in Great Britain’s empire.", "why")
D = "1937-1945-bretton-woods"
q("How many countries sent delegates to the 1944 New Hampshire monetary conference?", "44", ["44 nations"], D,
  "Agreement was finally reached at the July 1944 United Nations Monetary and Financial Conference, a gathering of delegates from 44 nations that met in Bretton Woods, New Hampshire.", "how many/how much")
q("What is the World Bank's official name?", "the International Bank for Reconstruction and Development", ["International Bank for Reconstruction and Development", "IBRD"], D,
  "The two major accomplishments of the Bretton Woods conference were the creation of the International Monetary Fund (IMF) and the International Bank for Reconstruction and Development (IBRD), commonly known as the World Bank.", "what")
q("Why was the planned global trade body never set up?", "strong opposition in the U.S. Congress", [], D,
  "However, strong opposition in the U.S. Congress meant that the ITO never came into existence.", "why")
D = "1937-1945-chinese-exclusion-act-repeal"
q("How many Chinese immigrants a year did the 1943 law let in?", "around 105 visas per year", ["around 105", "105"], D,
  "In 1943, Congress passed a measure to repeal the discriminatory exclusion laws against Chinese immigrants and to establish an immigration quota for China of around 105 visas per year.", "how many/how much")
q("What did FDR call the exclusion of the Chinese in his letter to lawmakers?", "historic mistake", ["the “historic mistake”"], D,
  "In a letter to Congress, Roosevelt wrote that passing the bill was vital to correcting the “historic mistake” of Chinese exclusion, and he emphasized that the legislation was “important in the cause of winning the war and of establishing a secure peace.”", "what")
D = "1937-1945-tehran-conf"
q("What was the name of the cross-Channel landing the Allies committed to in Iran?", "Operation Overlord", ["Overlord"], D,
  "Roosevelt, Churchill, and Stalin engaged in discussions concerning the terms under which the British and Americans finally committed to launching Operation Overlord, an invasion of northern France, to be executed by May of 1944.", "what")
q("Which two rivers were to mark Poland's new western frontier?", "the Oder and Neisse rivers", ["Oder and Neisse"], D,
  "In order to compensate Poland for the resulting loss of territory, the three leaders agreed to move the German-Polish border to the Oder and Neisse rivers.", "which")
D = "1937-1945-un"
q("How many countries signed the Declaration of the United Nations in January 1942?", "26", ["26 nations"], D,
  "On January 1, 1942, representatives of 26 nations at war with the Axis powers met in Washington to sign the Declaration of the United Nations endorsing the Atlantic Charter, pledging to use their full resources against the Axis and agreeing not to make a separate peace.", "how many/how much")
q("At which Washington estate did the big four powers sketch out the UN in 1944?", "Dumbarton Oaks", ["at Dumbarton Oaks in Washington"], D,
  "U.S., British, Soviet, and Chinese representatives met at Dumbarton Oaks in Washington in August and September 1944 to draft the charter of a postwar international organization based on the principle of collective security.", "where")
q("when was the un officially founded", "October 24, 1945", ["on October 24, 1945"], D,
  "The United Nations came into existence on October 24, 1945, after 29 nations had ratified the Charter.", "when")
D = "1937-1945-yalta-conf"
q("Where did the February 1945 summit take place?", "in a Russian resort town in the Crimea", ["a Russian resort town in the Crimea", "the Crimea"], D,
  "The Yalta Conference took place in a Russian resort town in the Crimea from February 4–11, 1945, during World War Two.", "where")
q("What was Moscow promised in return for fighting Japan?", "a sphere of influence in Manchuria", [], D,
  "At Yalta, Roosevelt and Churchill discussed with Stalin the conditions under which the Soviet Union would enter the war against Japan and all three agreed that, in exchange for potentially crucial Soviet participation in the Pacific theater, the Soviets would be granted a sphere of influence in Manchuria following Japan’s surrender.", "what")
q("Who took over the White House after FDR passed away?", "Harry S. Truman", ["Truman"], D,
  "With the death of Franklin D. Roosevelt on April 12, 1945, Harry S. Truman became the thirty-third president of the United States.", "who")
D = "1945-1952-anzus"
q("What caused the Pacific security pact to start falling apart in the mid-1980s?", "New Zealand declared its country a nuclear-free zone and refused to allow U.S. nuclear-powered submarines to visit its ports", ["New Zealand declared its country a nuclear-free zone"], D,
  "In 1984, the ANZUS Treaty began to unravel when New Zealand declared its country a nuclear-free zone and refused to allow U.S. nuclear-powered submarines to visit its ports.", "what")
q("Which Australian city was repeatedly hit from the air by Japan in 1942 and 1943?", "Darwin", ["the city of Darwin"], D,
  "As the Japanese expanded south into the Pacific Ocean, mainland Australia and especially the city of Darwin suffered frequent Japanese air raids in 1942 and 1943.", "which")
q("Which country was left out of the ANZUS alliance even though it led the Comonwealth?", "Britain", [], D,
  "Although Britain also maintained an obligation to help defend Australian and New Zealander security as the leader of the Commonwealth, it was not invited to join the agreement.", "which")
D = "1945-1952-asia-and-africa"
q("Roughly how many new nations in the Afro-Asian world won freedom from European empires between 1945 and 1960?", "three dozen", ["three dozen new states"], D,
  "Between 1945 and 1960, three dozen new states in Asia and Africa achieved autonomy or outright independence from their European colonial rulers.", "how many/how much")
q("when did the philippines become independent", "1946", ["in 1946"], D,
  "The United States granted independence to the Philippines in 1946.", "when")
q("Which meeting gave rise to the nonaligned movement?", "the Bandung conference of 1955", ["Bandung conference", "Bandung"], D,
  "Many of the new nations resisted the pressure to be drawn into the Cold War, joined in the “nonaligned movement,” which formed after the Bandung conference of 1955, and focused on internal development.", "which")
D = "1945-1952-atomic"
q("Which scholar claimed the bombing of Hiroshima was really aimed at Moscow?", "Gar Alperovitz", ["historian Gar Alperovitz", "Alperovitz"], D,
  "In 1965, historian Gar Alperovitz published a book which argued that the use of nuclear weapons on the Japanese cities of Hiroshima and Nagasaki was intended to gain a stronger position for postwar diplomatic bargaining with the Soviet Union, as the weapons themselves were not needed to force the Japanese surrender.", "which")
q("When did the UK join the nuclear club?", "1952", ["in 1952"], D,
  "Though it inspired greater confidence in the immediate postwar years, the U.S. nuclear monopoly was not of long duration; the Soviet Union successfully exploded its first atomic bomb in 1949, the United Kingdom in 1952, France in 1960 and the People’s Republic of China in 1964.", "when")
q("Where did the US first set off an atomic device?", "Alamogordo, New Mexico", ["Alamogordo", "at Alamogordo, New Mexico"], D,
  "Even if Truman did not intend to use the implied threat of the weapon to gain the upper hand over Stalin, the fact of the U.S. atomic monopoly following the successful atomic test at Alamogordo, New Mexico in July of 1945 seemed to have bolstered his confidence at subsequent meetings, making him more determined to obtain compromises from the Soviet government.", "where")
D = "1945-1952-baruch-plans"
q("Which physicist did most of the writing of the 1946 Acheson-Lilienthal proposal?", "Robert Oppenheimer", ["Oppenheimer"], D,
  "The so-called Acheson-Lilienthal report, written in large part by the committee’s chief scientific consult, Robert Oppenheimer, called for the creation of the Atomic Development Authority to oversee the mining and use of fissile materials, the operation of all nuclear facilities that could produce weaponry, and the right to dispense licenses to those countries wishing to pursue peaceful nuclear research.", "which")
q("Which two countries sank Baruch's scheme by refusing to vote for it?", "the Soviet Union and Poland", ["Soviet Union and Poland"], D,
  "The vote was held on December 30, with 10 of the UNAEC’s 12 members in favor, while the other two members (the Soviet Union and Poland) abstained.", "which")
D = "1945-1952-berlin-airlift"
q("What was the US code name for flying supplies into the blockaded city?", "Operation Vittles", ["“Operation Vittles”"], D,
  "The United States launched “Operation Vittles” on June 26, with the United Kingdom following suit two days later with “Operation Plainfare.”", "what")
q("At its peak, how frequently were aircraft touching down in West Berlin?", "every 45 seconds", ["one plane landed every 45 seconds"], D,
  "At the height of the campaign, one plane landed every 45 seconds at Tempelhof Airport.", "how many/how much")
q("How many West Berliners rallied at the Reichstag in 1948?", "300,000", ["300,000 West Berliners"], D,
  "Fearing that the Western Allies might halt the airlift and cede West Berlin to the Soviets, 300,000 West Berliners gathered at the Reichstag to show their opposition to Soviet domination.", "how many/how much")
D = "1945-1952-japan-reconstruction"
q("What's the Japanese term for the giant family business groups MacArthur tried to dismantle?", "zaibatsu", [], D,
  "MacArthur also tried to break up the large Japanese business conglomerates, or zaibatsu, as part of the effort to transform the economy into a free market capitalist system.", "what")
q("What do historians call the occupation's late-1940s shift toward economic recovery?", "reverse course", ["the “reverse course.”"], D,
  "This period is sometimes called the “reverse course.”", "what")
q("What did some occupation officials say about the Korean War's effect on Japan?", "Korea came along and saved us.", ["Korea came along and saved us"], D,
  "The outbreak of the Korean War in 1950 provided SCAP with just the opportunity it needed to address this problem, prompting some occupation officials to suggest that, “Korea came along and saved us.”", "what")
D = "1945-1952-kennan"
q("What nickname was given to the unsigned magazine piece that introduced containment to the public?", "X-Article", ["the so-called “X-Article.”"], D,
  "Kennan’s ideas, which became the basis of the Truman administration’s foreign policy, first came to public attention in 1947 in the form of an anonymous contribution to the journal Foreign Affairs, the so-called “X-Article.”", "what")
q("Which newspaper pundit slammed Kennan's essay?", "Walter Lippmann", ["Columnist Walter Lippmann", "Lippmann"], D,
  "Columnist Walter Lippmann attacked the X-Article for failing to differentiate between vital and peripheral interests.", "which")
q("What did the 1950 blueprint that Nitze championed demand for defense spending?", "a drastic expansion of the U.S. military budget", ["a drastic expansion"], D,
  "NSC 68, a policy document prepared by the National Security Council and signed by Truman, called for a drastic expansion of the U.S. military budget.", "what")
D = "1945-1952-korean-war"
q("Along what line was the peninsula split after World War II?", "the 38th parallel", ["38th parallel"], D,
  "During World War II the United States and the Soviet Union agreed to temporarily divide Korea at the 38th parallel in order to oversee the removal of Japanese forces.", "where")
q("Who was Washington's man in the southern half of Korea?", "Syngman Rhee", ["Rhee"], D,
  "The Soviets supported Kim Il Song in the Democratic People’s Republic of Korea in the north; the United States backed Syngman Rhee in the Republic of Korea in the south.", "who")
D = "1945-1952-nato"
q("Which countries signed the Brussels Treaty?", "Great Britain, France, Belgium, the Netherlands and Luxembourg", [], D,
  "Great Britain, France, Belgium, the Netherlands and Luxembourg signed the Brussels Treaty in March, 1948.", "which")
q("Which Republican senater paved the way for the North Atlantic alliance negotiations in 1948?", "Arthur H. Vandenburg", ["Republican Senator Arthur H. Vandenburg", "Vandenburg"], D,
  "In May of 1948, Republican Senator Arthur H. Vandenburg proposed a resolution suggesting that the President seek a security treaty with Western Europe that would adhere to the United Nations charter but exist outside of the Security Council where the Soviet Union held veto power.", "which")
q("When did West Germany become a member of the Atlantic alliance?", "1955", ["in 1955"], D,
  "In 1952, the members agreed to admit Greece and Turkey to NATO and added the Federal Republic of Germany in 1955.", "when")
D = "1945-1952-nuremberg"
q("How many top Nazis were put in the dock by the international tribunal?", "twenty-two", ["twenty-two senior German political and military leaders"], D,
  "The IMT prosecutors indicted twenty-two senior German political and military leaders, including Hermann Goering, Rudolph Hess, Joachim von Ribbentrop, Alfred Rosenberg, and Albert Speer.", "how many/how much")
q("Why was the Führer never tried at Nuremberg?", "he had committed suicide in April 1945", ["because he had committed suicide in April 1945", "he had committed suicide"], D,
  "Nazi leader Adolf Hitler was not indicted because he had committed suicide in April 1945, in the final days before Germany’s surrender.", "why")
q("Who created the Tokyo tribunal?", "General MacArthur", ["MacArthur"], D,
  "In January 1946, acting pursuant to this authority, General MacArthur issued a special proclamation that established the IMTFE.", "who")
D = "1945-1952-truman-doctrine"
q("How much money did Truman ask Congress to give Athens and Ankara?", "$400,000,000", ["$400,000,000 worth of aid"], D,
  "Accordingly, in his speech, President Truman requested that Congress provide $400,000,000 worth of aid to both the Greek and Turkish Governments and support the dispatch of American civilian and military personnel and equipment to the region.", "how many/how much")
q("What prompted Truman to go before Congress in March 1947?", "a recent announcement by the British Government that, as of March 31, it would no longer provide military and economic assistance to the Greek Government in its civil war against the Greek Communist Party", ["a recent announcement by the British Government"], D,
  "The immediate cause for the speech was a recent announcement by the British Government that, as of March 31, it would no longer provide military and economic assistance to the Greek Government in its civil war against the Greek Communist Party.", "why")
D = "1953-1960-berlin-crises"
q("Who gave the command to seal off the western sectors overnight in August 1961?", "Walter Ulbricht", ["East German leader Walter Ulbricht", "Ulbricht"], D,
  "On the morning of August 13, 1961, Berliners awoke to discover that on the orders of East German leader Walter Ulbricht , a barbed wire fence had gone up overnight separating West and East Berlin and preventing movement between the two sides.", "who")
q("How many reservists did Kennedy call up over Berlin in 1961?", "150,000", ["150,000 reservists"], D,
  "Kennedy responded by activating 150,000 reservists and increasing defense expenditures, in preparation for a potential conflict over the future of the city.", "how many/how much")
q("when did the berlin wall come down", "November 9, 1989", [], D,
  "The Berlin Wall remained in place until November 9, 1989, when the border between East and West Berlin was reopened and the wall itself was finally dismantled.", "when")
D = "1953-1960-dien-bien-phu"
q("What comparison did Ike use to warn about Communism spreading across Indochina?", "falling dominoes", ["the metaphor of falling dominoes"], D,
  "President Eisenhower explained the link between Vietnam’s status and that of the rest of Southeast Asia through the metaphor of falling dominoes: if one country fell to communism, the rest of them would follow.", "what")
q("Where was the line splitting Vietnam drawn at Geneva?", "the 17th parallel", ["17th parallel", "along the 17th parallel"], D,
  "First, the French and the Viet Minh agreed to a cease-fire and a temporary division of the country along the 17th parallel.", "where")
q("Who did the Americans install as leader in Saigon when France withdrew?", "Ngo Dinh Diem", ["Diem"], D,
  "As the French pulled out, the United States appointed Ngo Dinh Diem to lead South Vietnam.", "who")

U = [
 "What was the code name of the first atomic bomb test in the New Mexico desert?",
 "Who did Moscow send as its first ambassador to Washington after Roosevelt recognized the USSR?",
 "Who was the captain of the battleship Maine when it blew up?",
 "How many American sailors died when the Maine exploded in Havana?",
 "Who was the first Secretary-General of the United Nations?",
 "Who was New Zealand's prime minister when the country declared itself nuclear-free?",
 "Which judge presided over the Tokyo war crimes tribunal?",
 "Which wartime Japanese prime minister was hanged after the Tokyo trials?",
 "In which town did Churchill give his Iron Curtain speech?",
 "How many tons of food and coal were flown in during the Berlin Airlift?",
 "Who assassinated Sergey Kirov?",
 "What nickname did Americans give the first Soviet atomic bomb?",
 "How long was the Berlin Wall?",
 "How many American soldiers died in the Korean War?",
 "Who found the gold that set off the Klondike rush?",
 "How many trucks did the US ship to the Soviet Union under Lend-Lease?",
 "Where was William Walker executed in 1860?",
 "What nickname did Calouste Gulbenkian earn from his oil stake?",
 "How much did Hearst pay to lure the Yellow Kid's cartoonist away from Pulitzer?",
 "What was the name of the merchant ship whose seizure led Soulé to issue his ultimatum to Spain?",
]
DROP = ['Which president started the policy', 'Which American adventurer led', 'What mocking name did critics', 'What did Lord Salisbury say', 'On what date did the battleship', 'Where was the League of Nations based', 'Who wrote the secret message to Mexico', 'Which two nations sent troops into Germany', "How much did the Allies' commission", "Whom did the League's investigators", 'What battleship quota ratio', 'What was the rule called that let warring', 'Who succeeded Bullitt', 'Which North Dakota lawmaker', 'Which warship hosted', 'How many countries sent delegates', 'How many countries signed the Declaration', 'Where did the February 1945 summit', 'Which Australian city was repeatedly', 'Which meeting gave rise to the nonaligned', 'When did the UK join the nuclear club', 'How many West Berliners rallied', "What's the Japanese term for the giant", 'Which newspaper pundit', 'Which countries signed the Brussels Treaty', 'Who created the Tokyo tribunal', 'How many reservists did Kennedy', 'Who did the Americans install', 'How much money did Truman ask', 'What did FDR call the exclusion', 'Which two rivers were to mark', 'Along what line was the peninsula']
A = [a for a in A if not any(a['question'].startswith(d) for d in DROP)]
assert len(A) == 80, len(A)
items = A + [dict(question=u, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable") for u in U]
random.Random(29).shuffle(items)
with open("/work/heldout/r28/ask29/ask_v29.jsonl", "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": f"q{i:03d}", **it}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(A), len(U), len(items))
