# All texts of hand-laid set 23. Marks inside paragraph strings:
#   "|"      the place where the layout interrupts the paragraph (caption / column break); removed in gold
#   "^x^"    a note mark x glued to the previous word (printed, removed in gold)
import json, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def clean(s):
    s = s.replace("|", "")
    s = re.sub(r"\^[^^]+\^", "", s)
    return re.sub(r"\s+", " ", s).strip()


def printed(s):
    """text as printed (marks glued, break marks removed)"""
    s = s.replace("|", "")
    s = re.sub(r"\^([^^]+)\^", r"\1", s)
    return re.sub(r"\s+", " ", s).strip()


EX = {}

EX["medusa_raft_1816"] = dict(
    title_lines=["The Raft of the Medusa:", "Thirteen Days Adrift"],
    kicker="GALLERY 9 · CASTAWAYS AND SURVIVORS",
    running=["Rochefort Hall of the Sea", "Castaways and Survivors"],
    folios=["38", "39"],
    intro="In July 1816 a French naval frigate ran aground off the coast of West Africa. Too few boats could be "
          "launched, and nearly 150 people were put on a raft towed behind them. When the tow lines were let go, the "
          "raft drifted for thirteen days. Fifteen men were alive when it was found.",
    sections=[
        dict(label="I", title="A Frigate Sails for Senegal", paras=[
            "After the fall of Napoleon, Britain agreed to return the colony of Senegal to France. In June 1816 a small "
            "squadron left Rochefort to take it back, led by the frigate Medusa. On board were soldiers, officials, "
            "settlers and the new governor, Julien Schmaltz, with his wife and daughter.",
            "The captain, Hugues Duroy de Chaumareys, had hardly been to sea in twenty-five years. He owed his "
            "command to his loyalty to the restored king rather than to his seamanship. He trusted a passenger who "
            "claimed to know the coast, and he let the faster Medusa run far ahead of the other ships."]),
        dict(label="II", title="Aground on the Arguin Bank", paras=[
            "On 2 July the frigate struck the Arguin Bank, a broad shoal that stretches far out from the shore of "
            "what is now Mauritania. Every attempt to float her off failed. There were six boats, and they could "
            "hold about 250 of the roughly 400 people aboard.",
            "The carpenters built a raft from masts and planks, about twenty metres long. Some 146 men and one woman "
            "were crowded onto it, standing waist-deep in water because | it sank under their weight. The boats "
            "took the raft in tow, but within hours the lines were cast off, and the boats made for the shore."],
            caption=dict(pos="Left", text="A cross-section of the raft, rebuilt from a sketch made by two of the "
                         "survivors.", credit="Lent by the Île d’Aix Naval Society")),
        dict(label="III", title="Thirteen Days", paras=[
            "The raft had no proper sail, a few casks of wine and water, and one sack of biscuit, which was eaten on "
            "the first day. On the first night men were swept away or crushed between the timbers. On the second, "
            "soldiers who had broken into the wine rose against the officers, and dozens were killed in the fighting.",
            "By the fourth day the survivors had begun to eat the dead. A few days later, the strongest among them "
            "decided that the wounded could not live, and threw them into the sea. The surgeon Henri Savigny^†^ later "
            "wrote that hunger and thirst had driven them beyond anything they had imagined."]),
        dict(label="IV", title="Rescue and Scandal", paras=[
            "On 17 July the brig Argus, one of the ships of the squadron, sighted the raft by chance. Fifteen men "
            "were taken off, and five of them died within days. Of the people left on the wreck of the Medusa itself, "
            "only three were alive when a ship reached it fifty-two days after the grounding.",
            "Savigny’s report reached a Paris newspaper opposed to the government, and the disaster became a national "
            "scandal. De Chaumareys was court-martialled and sentenced to three years in prison. For many, the affair "
            "showed what happened when officers were chosen for their politics rather than their skill."],
            caption=dict(pos="Above", text="The Argus sights the raft on the morning of 17 July, in a print of "
                         "1818.", credit="Photograph: Odile Ferrand")),
    ],
    notes=["† Savigny and the engineer Alexandre Corréard published their account of the wreck in 1817."],
    pullquote="Fifteen of a hundred and forty-seven lived to be rescued.",
    sidebar=dict(title="Géricault’s Canvas", paras=[
        "The young painter Théodore Géricault read the survivors’ account and spent more than a year on a huge "
        "canvas. He talked to survivors, had a model of the raft built, and studied the sick and dying in Paris "
        "hospitals. Shown at the Salon of 1819, The Raft of the Medusa shocked its visitors. It now hangs in the "
        "Louvre."]),
    table=dict(title="The raft in numbers", rows=[["Length", "about 20 m"], ["On board at the start", "147"],
                                                  ["Days adrift", "13"], ["Rescued alive", "15"]]),
)

EX["operation_mincemeat_1943"] = dict(
    title_lines=["The Man Who Never Was:", "Operation Mincemeat"],
    kicker="LEAFLET 2 · SECRETS OF THE WAR",
    running=["Bawdsey Signals Museum · Leaflet 2 · Secrets of the War"],
    folios=[],
    intro="In the spring of 1943 British intelligence dropped a dead man into the sea off Spain, carrying letters "
          "that told a lie. The letters said that the Allies would land in Greece and Sardinia. The real target was "
          "Sicily, and the deception worked better than its authors had dared to hope.",
    sections=[
        dict(label="File 1", title="A Corpse with a Purpose", paras=[
            "After the Allied victory in North Africa, everyone on both sides could see that Sicily was the obvious "
            "next step. The problem for the planners in London was to persuade the Germans to look elsewhere. A 1939 "
            "memorandum, often credited to Ian Fleming, had suggested planting false papers on a body washed ashore.",
            "Two officers, Ewen Montagu of naval intelligence and Charles Cholmondeley of MI5, took up the scheme. "
            "They needed a body that would look as if the man had drowned after an air crash at sea. The London "
            "coroner Bentley Purchase^*^ helped them to find one: a homeless Welshman, Glyndwr Michael, who had died "
            "after eating rat poison."]),
        dict(label="File 2", title="Inventing Major Martin", paras=[
            "The dead man became Captain, acting Major, William Martin of the Royal Marines. His pockets were filled "
            "with the litter of a real life: theatre ticket stubs, a bill from his tailor, a stern letter from his "
            "bank manager and two love letters from a fiancée called Pam, with her photograph.",
            "A briefcase chained to his coat held the important papers. The most important was a personal letter "
            "from a senior general, Sir Archibald Nye, to General Harold Alexander in Tunisia. In a chatty tone, it "
            "hinted | that the landings would come in Greece, and that Sicily was only a cover target."],
            caption=dict(pos="Right", text="A replica of the briefcase and its chain, made for the museum from "
                         "wartime photographs.", credit="Photograph: Wren Adeyemi")),
        dict(label="File 3", title="Delivered by Submarine", paras=[
            "The body was packed in dry ice inside a steel canister and taken north to the Clyde. There it was "
            "loaded onto the submarine HMS Seraph, which sailed for the coast of Spain. Spain was neutral, but many "
            "of its officials were friendly to Germany, and a German agent was known to work in the port of Huelva.",
            "Before dawn on 30 April 1943 the crew slid the body into the water off Huelva, and a local fisherman "
            "found it a few hours later. The Spanish authorities buried Major Martin with military honours. Copies "
            "of the letters reached German intelligence before the briefcase was returned to the British."]),
        dict(label="File 4", title="Did It Work?", paras=[
            "Decoded German signals soon showed that the documents had been read at the highest level and believed. "
            "Hitler ordered more troops to Greece and Sardinia, and a division of tanks was sent to the Balkans. When "
            "the Allies landed in Sicily on 10 July, the island’s defences were weaker than they could have been.",
            "Montagu told the story in a book in 1953, but the name of the dead man stayed secret for decades. The "
            "grave in Huelva still bears the name of William Martin. Since 1998 an added line has recorded that the "
            "man buried there was Glyndwr Michael, who served as Major Martin."],
            caption=dict(pos="Above", text="The headstone in Huelva, with the line that was added in 1998.",
                         credit="Courtesy of the Huelva English Cemetery Trust")),
    ],
    notes=["* Sir Bentley Purchase was coroner for St Pancras."],
    pullquote="A dead man carried the most useful lie of the war.",
    sidebar=dict(title="Who Was Glyndwr Michael?", paras=[
        "Glyndwr Michael was born in Aberbargoed in South Wales in 1909. His father, a coal miner, died when he was "
        "a teenager, and after his mother’s death he drifted to London. He was thirty-four when he died in a "
        "disused warehouse near King’s Cross. No relative claimed his body, and that is why it could be used."]),
    table=dict(title="The operation in figures", rows=[["Body put ashore", "30 April 1943"],
                                                       ["Submarine", "HMS Seraph"],
                                                       ["Sicily landings", "10 July 1943"]]),
    address=["Bawdsey Signals Museum", "Quay Lane, Bawdsey, Suffolk", "Open daily 10.00–17.00",
             "Admission free"],
)

EX["hunley_submarine_1864"] = dict(
    title_lines=["The Hunley:", "First Submarine", "to Sink a Warship"],
    kicker="HALL 3 · UNDER THE SURFACE",
    running=["Sullivan’s Landing Maritime Hall", "Under the Surface"],
    folios=["– 5 –", "– 6 –"],
    intro="On a February night in 1864 a small hand-cranked submarine crept out of Charleston Harbor and sank a "
          "Union warship. No submarine had ever destroyed an enemy vessel before. Then the Hunley itself vanished, "
          "and it was not seen again for more than a hundred and thirty years.",
    sections=[
        dict(label="Station 1", title="A Boat Built from a Boiler", paras=[
            "In 1863 the Confederate port of Charleston, South Carolina, was closed off by a blockade of Union ships. "
            "A group of engineers and investors in Mobile, Alabama, led by Horace Hunley, built a submarine to break "
            "it. Its iron hull was made in part from a lengthened railway boiler, and it was about twelve metres long.",
            "Seven men sat along one side of the cramped hull and turned a crankshaft by hand to drive the "
            "propeller. The commander steered and worked the diving planes from the front, by the light of a single "
            "candle. When the candle began to flicker, the air was almost gone and the boat had to surface."]),
        dict(label="Station 2", title="Two Crews Lost", paras=[
            "The Hunley was sent to Charleston by rail in the summer of 1863. In August it sank at its mooring when "
            "a wave swamped the open hatches, and five men drowned. In October Horace Hunley himself took it out "
            "for a practice dive and never came up. He and all seven of his crew died.",
            "Each time the boat was raised, cleaned and given a new crew of volunteers. Lieutenant George Dixon, an "
            "army engineer who had served in Mobile, took command. He carried a gold coin that had stopped a bullet "
            "at the Battle of Shiloh^1^ and saved his leg, and he kept it as a charm."]),
        dict(label="Station 3", title="The Attack", paras=[
            "On the night of 17 February 1864 the Hunley moved out past the harbour forts towards the USS Housatonic, "
            "a steam sloop anchored off the coast. A lookout on the Union ship saw something in the water, like a "
            "log, but it was too close for the big guns to bear.",
            "The submarine rammed a charge of black powder, mounted on a long spar at its bow, into the Housatonic’s "
            "hull below the waterline. The explosion tore open the stern, and the ship sank | in a few minutes. Five "
            "of her crew died; the rest climbed into the rigging, which stayed above water in the shallow sea."],
            caption=dict(pos="Left", text="A model of the Hunley with its spar, at one tenth of full size.",
                         credit="Model by Tobiah Greer, 1998")),
        dict(label="Station 4", title="Lost and Found", paras=[
            "The Hunley never returned to shore. Its fate was a mystery for more than a century, and many searchers "
            "tried to find it. In 1995 a team funded by the novelist Clive Cussler located the wreck under the sand, "
            "a few hundred metres from the Housatonic.",
            "It was raised in August 2000 and taken to a conservation laboratory in North Charleston. The remains of "
            "all eight crew were found at their stations, which suggests that they died without trying to escape. "
            "Why the submarine sank is still debated, and the blast of its own charge may have been to blame."],
            caption=dict(pos="Above", text="The hull in its conservation tank, soon after it was raised.",
                         credit="Photograph: Marisol Beaton, 2001")),
    ],
    notes=["1 The coin, bent by the bullet and engraved by Dixon, was found with his remains in 2001."],
    pullquote="Eight men, one candle and a crankshaft against a blockade.",
    sidebar=dict(title="How Do You Clean a Submarine?", paras=[
        "For years the hull was kept in a tank of cold fresh water, and later in a chemical bath, to draw out the "
        "salt that would otherwise make the iron crumble. Conservators have chipped away the hard crust of sand "
        "and shell by hand, a few millimetres at a time."]),
    table=dict(title="Crew of the last dive", rows=[["Commander", "Lt George E. Dixon"],
                                                    ["Crank", "seven men"], ["Found", "2000"]]),
)

EX["pig_war_1859"] = dict(
    title_lines=["A War over a Pig:", "San Juan Island, 1859"],
    kicker="STORY WALL 6 · DRAWING THE BORDER",
    running=["Haro Strait Museum of the Border", "Story Wall 6"],
    folios=["page 12", "page 13"],
    intro="In June 1859 an American farmer shot a pig that belonged to a British company, on an island between "
          "Vancouver Island and the mainland. Within weeks hundreds of soldiers and five warships faced each other "
          "across the island. The only casualty of the war was the pig.",
    sections=[
        dict(label="Act 1", title="An Island Claimed Twice", paras=[
            "The Oregon Treaty of 1846 set the border between the United States and British North America along "
            "the 49th parallel, and then through the middle of the channel that separates the continent from "
            "Vancouver Island. The treaty did not say which channel. There were two, and the San Juan Islands lay "
            "between them.",
            "Both countries claimed the islands. The Hudson’s Bay Company ran a sheep farm on San Juan Island, while "
            "some twenty-five American settlers had staked claims there, hoping that the land would be theirs. "
            "Officials on both sides tried to tax them, and tempers were short. Neither government wanted to give way."]),
        dict(label="Act 2", title="One Dead Pig", paras=[
            "On 15 June 1859 the American settler Lyman Cutlar found a large black pig rooting in his potato patch "
            "and shot it. The pig belonged to the company’s farm, run by Charles Griffin. Cutlar offered ten dollars "
            "for it; Griffin asked for a hundred, and British officials threatened to arrest the farmer. Word of the quarrel spread quickly among the settlers.",
            "The Americans asked for military protection. In July Captain George Pickett arrived with sixty-four "
            "soldiers of the 9th Infantry and announced that the island was American territory. The governor of "
            "British Columbia, James Douglas, answered by sending | warships with marines aboard."],
            caption=dict(pos="Right", text="A pig-shaped weather vane from a farm on the island, about 1870.",
                         credit="Lent by the Cattle Point Farmers’ Club")),
        dict(label="Act 3", title="Standoff", paras=[
            "By the end of August some 460 American soldiers with fourteen cannon were dug in on the island, facing "
            "five British warships that carried more than two thousand men. The British commanders had orders to "
            "avoid a fight, and Rear Admiral Robert Baynes^*^ refused to land troops over what he called a squabble "
            "about a pig.",
            "News of the crisis took weeks to reach Washington. President James Buchanan sent General Winfield "
            "Scott, the head of the army, to calm things down. Scott agreed with Douglas that each side would keep "
            "only a small force on the island until the border question was settled."]),
        dict(label="Act 4", title="Twelve Years of Peace", paras=[
            "From 1860 a company of Royal Marines held a camp at the north end of the island, and American soldiers "
            "camped at the south end. The two garrisons visited each other for holidays and horse races. The joint "
            "occupation lasted twelve years, right through the American Civil War.",
            "In 1871 the two countries agreed to let a neutral judge decide. Kaiser Wilhelm I of Germany appointed "
            "a commission, and in October 1872 he awarded the islands to the United States. The Royal Marines left "
            "in November. Both camps are now part of a national historical park."],
            caption=dict(pos="Above", text="The blockhouse of the Royal Marines’ camp, restored in the 1960s.",
                         credit="Photograph: Ines Kallgren")),
    ],
    notes=["* Commander of the Royal Navy’s Pacific Station at Esquimalt."],
    pullquote="Two empires, five warships and one potato patch.",
    sidebar=dict(title="What Became of the Pig?", paras=[
        "Nobody knows whether Griffin was ever paid for his pig, and Cutlar left the island a few years later. "
        "The pig has become the hero of the story: it appears on signs, souvenirs and children’s books about the "
        "island, while the names of most of the soldiers have been forgotten."]),
    table=None,
)

EX["scopes_trial_1925"] = dict(
    title_lines=["Monkey Trial:", "Tennessee v. John Scopes, 1925"],
    kicker="Courtroom Stories · Case 5",
    running=["Cumberland Plateau Museum of Law · Courtroom Stories", "Panel copy, second proof · page"],
    intro="In July 1925 a young science teacher stood trial in a small town in Tennessee for teaching that human "
          "beings had evolved from earlier forms of life. The case was staged partly as a publicity stunt, but it "
          "became one of the most famous trials in American history.",
    sections=[
        dict(label="Panel 1", title="The Butler Act", paras=[
            "In March 1925 Tennessee passed the Butler Act, which made it a crime for teachers in public schools to "
            "teach any theory that denied the Bible’s story of the creation of man. The American Civil Liberties "
            "Union offered to defend any teacher who would agree to test the law in court.",
            "Business leaders in Dayton, a small town in need of visitors, saw their chance. At a table in Robinson’s "
            "drugstore^1^ they persuaded John Scopes, a twenty-four-year-old who coached football and had stood in "
            "for the biology teacher, to be charged. He was not sure he had ever taught evolution, but the state’s "
            "own textbook described it."]),
        dict(label="Panel 2", title="Two Famous Lawyers", paras=[
            "The prosecution was joined by William Jennings Bryan, three times a candidate for president and a "
            "leading campaigner against the teaching of evolution. The defense brought in Clarence Darrow, the "
            "best-known trial lawyer in the country and an outspoken agnostic. The two men had once been political allies.",
            "Reporters, preachers, street vendors and a performing chimpanzee arrived in Dayton. The trial was "
            "broadcast on the radio from Chicago, a first for an American trial. In the summer heat the judge, John "
            "Raulston, opened each day with a prayer. Loudspeakers carried the arguments to the crowds outside the courthouse."],
            caption=dict(pos="Left", text="A paper fan handed out to spectators in the sweltering courtroom.",
                         credit="Lent by the Rhea County Quilters’ Circle")),
        dict(label="Panel 3", title="Darrow Questions Bryan", paras=[
            "The judge refused to let the defense call scientists as expert witnesses, so Darrow made an unusual "
            "request. On 20 July, with the trial moved outdoors because the courtroom floor was thought to be in "
            "danger, he called Bryan himself to the stand as an expert on the Bible.",
            "For nearly two hours Darrow asked Bryan whether Jonah had really been swallowed by a whale, where Cain "
            "had found his wife, and how old the earth was. Bryan admitted that the days of creation might have been "
            "long periods | of time. The next morning the judge struck the exchange from the record."]),
        dict(label="Panel 4", title="Verdict and After", paras=[
            "The jury took nine minutes to find Scopes guilty, and the judge fined him 100 dollars. Five days after "
            "the trial Bryan died in his sleep in Dayton. In 1927 the state supreme court set the verdict aside on a "
            "technicality, because the fine should have been set by the jury, so the case never reached a higher "
            "court.",
            "The Butler Act stayed in force until 1967. The play Inherit the Wind, first staged in 1955, turned the "
            "trial into a drama about freedom of thought, and changed many of its details along the way. In Dayton a festival still marks the trial each summer."]),
    ],
    notes=["1 F. E. Robinson, who owned the drugstore, was chairman of the county school board."],
    pullquote="A town that wanted visitors got the whole world.",
    sidebar=dict(title="What Happened to Scopes?", paras=[
        "John Scopes left teaching after the trial and studied geology at the University of Chicago. He spent most "
        "of his working life as a geologist in the oil industry, first in Venezuela and then in Louisiana. He "
        "rarely spoke about the trial until he published his memoirs in 1967. He died in 1970."]),
    table=dict(title="The trial in dates", rows=[["Trial opens", "10 July 1925"], ["Bryan on the stand", "20 July"],
                                                 ["Verdict", "21 July"]]),
)

EX["great_blizzard_1888"] = dict(
    title_lines=["Chronicling the Storm: The Great Blizzard of 1888"],
    intro="On 12 March 1888 a blizzard buried the east coast of the United States from Chesapeake Bay to Maine, and "
          "New York was cut off for days. This issue of a small New York evening paper, printed as the storm ended, "
          "is one of thousands of pages that record what the city went through.",
    sections=[
        dict(label="11 March", title="Rain Turns to Snow", paras=[
            "Sunday 11 March was mild, and the forecast for New York promised rain followed by colder weather. "
            "Nobody expected what came. During the night two weather systems met off the coast, the rain turned to "
            "snow, and winds of more than eighty kilometres an hour began to blow.",
            "By Monday morning drifts were piling up against doors and windows across the city. Thousands of people "
            "set out for work as usual and found the streets impassable. Trains on the elevated railways stopped "
            "between stations, and passengers had to climb down ladders to the snow below. The horse-drawn streetcars could not move at all."]),
        dict(label="12 March", title="A City Stopped", paras=[
            "Snow fell all day and into the night, and the wind drove it into drifts that reached the second storeys "
            "of houses. The telegraph and telephone wires, strung on poles above the streets, came down under the "
            "weight of ice. Messages from New York to Boston were sent by cable through London.",
            "Food and coal ran short as deliveries stopped. Milk could not come in from the farms, and the price of "
            "everything rose. Some people walked across the frozen East River to Brooklyn, a route that was open "
            "only for a few hours. Hotels filled with people who could not get home, and some slept in chairs in "
            "the lobbies."],
            caption=dict(pos="Above", text="Drifts on a Manhattan street, photographed on 13 March 1888.",
                         credit="Harrowgate Library Picture Collection")),
        dict(label="13 March", title="Digging Out", paras=[
            "The snow stopped on Tuesday, and an army of men with shovels began to clear the streets. The snow was "
            "carted away and dumped in the rivers. In some places the drifts were more than ten metres deep. Across "
            "the region the storm left about four hundred people dead, some two hundred of them in New York.",
            "Among the dead was Roscoe Conkling^1^, a former senator, who collapsed after walking home through the "
            "drifts from his office on Wall Street, and died a few weeks later. At sea, about two hundred ships were "
            "sunk or driven ashore. Many of the bodies on land were found only when the snow melted."]),
        dict(label="After", title="Wires Under the Streets", paras=[
            "The storm showed how fragile the city’s services were. Within a few years the overhead telegraph and "
            "telephone wires were moved into conduits under the streets. Plans for an underground railway, which "
            "would not stop for snow, also gained support, and New York’s first subway opened in 1904. The city also began to plan for clearing snow before it could bring traffic "
            "to a halt.",
            "Survivors talked about the storm for the rest of their lives. From 1929 a group called the Society of "
            "Blizzard Men and Ladies met each March to share their memories."],
            caption=dict(pos=None, text="Members of the Society of Blizzard Men and Ladies at a reunion dinner.",
                         credit="Courtesy of the Ellery Street Historical Society")),
    ],
    notes=["Conkling died on 18 April 1888 of an infection he caught during the walk."],
    pullquote="The city that never slept was put to bed by the snow.",
    sidebar=dict(title="How Deep Was It?", paras=[
        "Central Park recorded about 53 centimetres of snow, but the wind made the depth hard to measure. Further "
        "north the falls were far heavier: Saratoga Springs had nearly 150 centimetres, and parts of Connecticut "
        "had well over a metre."]),
)


def title(ex):
    return " ".join(ex["title_lines"])


def gold(name):
    ex = EX[name]
    t = title(ex)
    secs = [dict(label=None, title=t, blocks=[dict(kind="paragraph", text=clean(ex["intro"]))])]
    for s in ex["sections"]:
        blocks = [dict(kind="paragraph", text=clean(p)) for p in s["paras"]]
        c = s.get("caption")
        if c:
            blocks.append(dict(kind="caption", text=c["text"], position=c["pos"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = ex["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=clean(p)) for p in sb["paras"]]))
    running = list(ex.get("running", [])) + list(ex.get("folios", []))
    return dict(title=t, running=running, sections=secs)


def write_gold(name, running=None):
    g = gold(name)
    if running is not None:
        g["running"] = running
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return g


def body_words(name):
    g = gold(name)
    n = 0
    for s in g["sections"]:
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                n += len(b["text"].split())
    return n


if __name__ == "__main__":
    for k in EX:
        print(k, body_words(k))
