"""All exhibit texts (hand-written). Each generator lays out these strings and writes the gold with gold().
U+00AD (soft hyphen) marks allowed break points for producers that honour them; the gold drops it."""
import json

SHY = "\u00ad"


def clean(s):
    return s.replace(SHY, "")


def gold(ex, running, title=None, label_fmt=None, title_case=None):
    """ex: exhibit dict; running: list of running strings as printed; label_fmt(i, sec) -> printed label."""
    t = clean(title or ex["title"])
    secs = [{"label": None, "title": t, "blocks": [{"kind": "paragraph", "text": clean(p)} for p in ex["intro"]]}]
    for i, s in enumerate(ex["sections"], 1):
        blocks = [{"kind": "paragraph", "text": clean(p)} for p in s["paras"]]
        for c in s.get("captions", []):
            blocks.append({"kind": "caption", "text": clean(c["text"]), "position": c["position"], "credit": c["credit"]})
        secs.append({"label": label_fmt(i, s) if label_fmt else s.get("label"),
                     "title": clean(title_case(s["title"]) if title_case else s["title"]), "blocks": blocks})
    if ex.get("sidebar"):
        sb = ex["sidebar"]
        secs.append({"label": None, "title": clean(title_case(sb["title"]) if title_case else sb["title"]),
                     "blocks": [{"kind": "paragraph", "text": clean(p)} for p in sb["paras"]]})
    return {"title": t, "running": list(running), "sections": secs}


def write_gold(path, g):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- 1. Great Smog (mutool create; ASCII only)
SMOG = {
    "museum": "Thameside Museum of the City",
    "kicker": "GALLERY 7 - LONDON BREATHES",
    "title": "Five Days in the Dark: The Great Smog of 1952",
    "intro": [
        "On Friday 5 December 1952 a cold, still fog settled over London and did not lift for five days. Mixed with "
        "the smoke of a million chimneys, it became the deadliest air pollution event in British history, and it "
        "changed the way the country thought about the air it breathed."],
    "sections": [
        {"title": "A Lid over the City",
         "paras": [
             "An anticyclone had parked itself over the south of England. With no wind to move it, a layer of cold "
             "air was trapped near the ground beneath warmer air above. Londoners, shivering through a bitter week, "
             "banked up their coal fires, and the power stations along the river burned coal day and night.",
             "The smoke had nowhere to go. Soot and sulphur dioxide collected in the fog droplets, turning them "
             "yellow-black and acid. People called it a pea-souper, but this one was thicker and dirtier than "
             "any that anyone could remember."],
         "captions": [{"position": "Left", "text": "A coal merchant's delivery cart of the kind that still served "
                       "most London streets in 1952.", "credit": "Photo: Thameside Museum of the City, Street Life Collection"}]},
        {"title": "Lost in the Streets",
         "paras": [
             "In places a pedestrian could not see his own feet. Buses crawled behind conductors who walked ahead "
             "with flaming torches, and in the end the buses and the ambulances stopped altogether. A performance "
             "of La Traviata at Sadler's Wells was abandoned because the audience in the gallery could no longer "
             "see the stage.",
             "The fog crept indoors through doors and window frames. Prize cattle at the Smithfield Show at "
             "Earls Court had to be fitted with makeshift masks, and several animals died before the show closed.",
             "Crime rose in the darkness. Thieves and bag snatchers worked the blind streets, and the police "
             "could do little to catch them. Hospitals filled with patients who could hardly breathe, while "
             "doctors, unable to drive, walked to their calls through the murk."],
         "captions": []},
        {"title": "Counting the Dead",
         "paras": [
             "Undertakers ran out of coffins and florists ran out of flowers. Most of the victims were old or very "
             "young, or already suffered from bronchitis and heart disease, so at first their deaths looked "
             "ordinary. Only when the weekly figures were added up did the scale become clear.",
             "Officials at the time gave a figure of about 4,000 extra deaths in the weeks of the smog. Later "
             "studies that followed the death rate into the new year put the toll at around 12,000."],
         "captions": [{"position": "Above", "text": "Gauze smog mask sold by chemists in the winter of 1953, after "
                       "the Ministry of Health approved their use.", "credit": "Lent by the Harcourt Family"}]},
        {"title": "Clearing the Air",
         "paras": [
             "The government was slow to act, but the pressure did not go away. A committee under Sir Hugh Beaver "
             "reported in 1954, and Parliament passed the Clean Air Act in 1956. Towns could now create smoke "
             "control areas in which only smokeless fuel might be burned.",
             "Change came gradually, and London suffered another deadly fog in 1962. Yet the black winters slowly "
             "ended, and the smog of 1952 is remembered today as the moment when clean air became a matter for the law."],
         "captions": []},
    ],
    "sidebar": {"title": "What Was in the Fog?",
                 "paras": ["Each day of the smog, London's chimneys poured out about 1,000 tonnes of smoke "
                           "particles, 2,000 tonnes of carbon dioxide and 370 tonnes of sulphur dioxide. In the "
                           "damp air the sulphur formed droplets of dilute acid that stung the eyes and lungs.",
                           "Most of the smoke came from open coal fires in private homes. The best coal was "
                           "sold abroad to pay the nation's debts, and the cheap, sulphurous coal that stayed at "
                           "home burned with a particularly dirty smoke."]},
}

# ---------------------------------------------------------------- 2. Mary Celeste (PDFKit broadsheet)
CELESTE = {
    "museum": "Spencer's Island Maritime Museum",
    "title": "Found Adrift: The Mystery of the Mary Celeste",
    "intro": [
        "On 4 December 1872 the crew of a British brigantine sighted a ship sailing erratically between the Azores "
        "and the coast of Portugal. Her name was Mary Celeste, and there was no one on board."],
    "sections": [
        {"label": "I", "title": "A Ship from Nova Scotia",
         "paras": [
             "She was built in 1861 at Spencer’s Island, Nova Scotia, and launched as the Amazon. After she ran "
             "aground in a storm in 1867 she was sold, repaired and registered in New York under a new name.",
             "In November 1872 Captain Benjamin Briggs took her out of New York bound for Genoa with 1,701 "
             "barrels of alcohol. With him sailed his wife Sarah, their two-year-old daughter Sophia and a "
             "crew of seven."],
         "captions": [{"position": "Right", "text": "Half model of a Nova Scotia brigantine, carved by a "
                       "shipwright at Parrsboro about 1860.", "credit": "Spencer’s Island Maritime Museum"}]},
        {"label": "II", "title": "The Empty Deck",
         "paras": [
             "The boarding party from the Dei Gratia, led by first mate Oliver Deveau, found the ship sound. "
             "There were six months of food and water on board, the crew’s belongings were in place, and the "
             "cargo was almost untouched. But the only lifeboat was gone, and a sounding rod lay on the deck "
             "beside the pump.",
             "The last entry on the log slate was dated 25 November, when the ship had passed the island of "
             "Santa Maria. For nine days she had sailed on alone.",
             "Below deck the boarders found the cabins damp, with water sloshing between the decks, and two "
             "hatches had been opened. The ship’s papers were gone, apart from the logbook. Nothing suggested "
             "a struggle: the captain’s sword lay in its scabbard under his bunk."],
         "captions": []},
        {"label": "III", "title": "Suspicion in Gibraltar",
         "paras": [
             "Deveau and two men sailed her to Gibraltar to claim salvage. There the attorney general, "
             "Frederick Solly-Flood, suspected murder or a plot between the two captains, and the hearing "
             "dragged on for months. No evidence of violence was found, and the salvors finally received "
             "about one sixth of the value of ship and cargo.",
             "In 1884 a young doctor named Arthur Conan Doyle published a story about the ship, which he "
             "called the Marie Celeste. Many readers took his fiction for fact, and the legend grew."],
         "captions": [{"position": "Below", "text": "Brass sextant of the type carried by Captain Briggs. His "
                       "own sextant and chronometer were missing.", "credit": "Photo: R. Whitcombe / Fundy Shore Collection"}]},
        {"label": "IV", "title": "What Happened?",
         "paras": [
             "Historians still argue. When the cargo was unloaded in Genoa, nine barrels were found empty. "
             "One theory holds that fumes from leaking alcohol, or a failing pump, frightened Briggs into "
             "ordering everyone into the boat, meaning to stay close on a line. If the line parted, the "
             "little boat could never have caught the ship again.",
             "The Mary Celeste herself sailed on for twelve more years. In 1885 her last captain ran her "
             "onto a reef off Haiti in an attempt at insurance fraud."],
         "captions": []},
    ],
    "sidebar": {"title": "Ten People on Board",
                "paras": ["Besides the Briggs family, the ship carried a first and second mate, a cook and "
                          "four seamen, all four of them from Germany. None of the ten was ever seen again."]},
}

# ---------------------------------------------------------------- 3. Piltdown Man (XeLaTeX memoir)
PILTDOWN = {
    "museum": "Weald Museum of Natural History",
    "title": "The Missing Link That Wasn’t: The Piltdown Forgery",
    "intro": [
        "For forty years a handful of brown bone fragments from a Sussex gravel pit were held up as the "
        "earliest Englishman. Then, in 1953, three scientists showed that Piltdown Man had never existed."],
    "sections": [
        {"title": "A Find in the Gravel",
         "paras": [
             "Charles Dawson was a solicitor in Uckfield and a keen amateur collector of fossils and antiquities. "
             "He said that workmen digging gravel near Piltdown had given him a piece of a thick human skull, "
             "and that he had found further fragments in the spoil heaps over the following years.",
             "In 1912 he took his finds to Arthur Smith Woodward, Keeper of Geology at the British Museum "
             "(Natural History). Together they dug at the pit through the summer and recovered more pieces "
             "of the skull, part of an ape-like lower jaw, flint tools and the teeth of extinct animals."],
         "captions": [{"position": "Above", "text": "Cast of the reconstructed Piltdown skull made for "
                       "teaching collections in the 1920s.", "credit": "Weald Museum of Natural History, Cast Collection"}]},
        {"title": "Eoanthropus dawsoni",
         "paras": [
             "On 18 December 1912 the two men presented the discovery to a packed meeting of the Geological "
             "Society in London. They named it Eoanthropus dawsoni, Dawson’s dawn man. It had a large, modern "
             "brain case and a primitive jaw, just what many scientists expected an early human ancestor to "
             "look like.",
             "More finds followed. In 1913 the young priest Pierre Teilhard de Chardin picked up a canine "
             "tooth at the site, and in 1914 the diggers found a carved slab of elephant bone that the press "
             "nicknamed the cricket bat."],
         "captions": []},
        {"title": "Doubts Grow",
         "paras": [
             "Some anatomists had always found the mixture of skull and jaw hard to believe. As genuine early "
             "human fossils were found in China, Java and South Africa, Piltdown fitted the story of human "
             "evolution less and less. It became an awkward exception that most textbooks passed over quickly.",
             "The specimens themselves were kept locked away in London. Visiting scientists were usually shown "
             "plaster casts rather than the bones, and few had the chance to look closely at the worn teeth "
             "or at the way the jaw met the skull, which was conveniently missing.",
             "Dawson died in 1916, and no further finds were ever made at Piltdown."],
         "captions": [{"position": "Right", "text": "Gravel pit at Barkham Manor, Piltdown, where Dawson and "
                       "Woodward dug between 1912 and 1914.", "credit": "Photo: E. Marchbank, 1913 / Weald Museum Archive"}]},
        {"title": "Unmasking the Fraud",
         "paras": [
             "In 1953 Kenneth Oakley, Joseph Weiner and Wilfrid Le Gros Clark tested the bones with new methods. "
             "A fluorine test showed that none of them was ancient. The jaw came from an orangutan, its teeth "
             "had been filed down to look human, and the bones had been stained brown to match the gravel.",
             "Many people have been accused since then, from Teilhard to Arthur Conan Doyle. A study published "
             "in 2016 found the same methods at work on all the specimens and concluded that Dawson alone was "
             "very probably the forger."],
         "captions": []},
    ],
}

# ---------------------------------------------------------------- 4. Pony Express (asciidoctor-pdf)
PONY = {
    "museum": "High Plains Museum of the Mails",
    "title": "Ten Days to California: The Pony Express",
    "intro": [
        "For eighteen months in 1860 and 1861, young riders on fast horses carried the mail across half a "
        "continent. The Pony Express lost money from its first day to its last, but it became one of the "
        "best-known stories of the American West."],
    "sections": [
        {"label": "Part One", "title": "A Race against Distance",
         "paras": [
             "In 1860 a letter from the eastern states took weeks to reach California by stagecoach or by "
             "steamer. The freight firm of Russell, Majors and Waddell believed that a relay of riders could do "
             "it in ten days, and hoped that success would win them a government mail contract.",
             "Within about two months they bought some four hundred horses, hired riders and station keepers, "
             "and set up a chain of stations between St. Joseph, Missouri, and Sacramento, California, nearly "
             "2,000 miles apart."],
         "captions": [{"position": "Above", "text": "Leather mochila with four locked pouches, which was thrown "
                       "over the saddle and passed from horse to horse.", "credit": "Courtesy of the Russell Family Trust"}]},
        {"label": "Part Two", "title": "The Ride",
         "paras": [
             "The first riders set out from both ends on 3 April 1860. A rider changed to a fresh horse every "
             "ten to fifteen miles and handed the mail on to the next man after a stage of about seventy-five "
             "miles. Riders were chosen for their light weight, and many were still in their teens.",
             "News of Abraham Lincoln’s election reached California by pony in November 1860, and his "
             "inaugural address in March 1861 made the journey in a record time of seven days and seventeen hours."],
         "captions": []},
        {"label": "Part Three", "title": "Danger on the Trail",
         "paras": [
             "Blizzards in the mountains, floods and the heat of the Great Basin all slowed the mail. In the "
             "spring of 1860 war broke out between settlers and the Paiute people in what is now Nevada, and "
             "several stations were burned and their keepers killed. The service stopped for weeks.",
             "Remarkably, only one mail pouch is known to have been lost in the whole life of the service.",
             "Station keepers lived alone or in pairs in tiny cabins of stone, sod or logs, far from any town. "
             "Their task was to keep a fresh horse saddled and ready, so that a rider could change mounts and "
             "be on his way again in two minutes."],
         "captions": [{"position": "Right", "text": "Stone foundations of a relay station in western Utah, "
                       "surveyed by the museum in 2019.", "credit": "Photo: D. Okafor / High Plains Museum of the Mails"}]},
        {"label": "Part Four", "title": "Overtaken by the Wire",
         "paras": [
             "On 24 October 1861 the first transcontinental telegraph line was completed, and a message could "
             "cross the country in minutes. Two days later the Pony Express announced its end. The last "
             "letters were delivered in November.",
             "Postage had started at five dollars for half an ounce, and even at one dollar the service never "
             "paid. Its owners were ruined, but the legend of the lone rider has never faded."],
         "captions": []},
    ],
    "sidebar": {"title": "The Oath",
                "paras": ["Each rider was given a small Bible and swore not to use profane language, not to drink "
                          "and not to quarrel or fight with other employees of the firm."]},
}

# ---------------------------------------------------------------- 5. Tacoma Narrows (DOCX, npm docx)
TACOMA = {
    "museum": "Puget Sound Engineering Museum",
    "title": "Galloping Gertie: The Fall of the Tacoma Narrows Bridge",
    "intro": [
        "On the morning of 7 November 1940 a new suspension bridge in Washington State twisted itself apart in "
        "a moderate wind. The film of its collapse is still shown to engineering students all over the world."],
    "sections": [
        {"label": "Room 1", "title": "A Slender Bridge",
         "paras": [
             "The bridge crossed the Tacoma Narrows of Puget Sound, linking the city of Tacoma with the Kitsap "
             "Peninsula. Its main span of 2,800 feet made it the third-longest suspension bridge in the world "
             "when it opened on 1 July 1940.",
             "To save money, the design by Leon Moisseiff stiffened the deck with solid plate girders only "
             "eight feet deep. The bridge was elegant, light and very narrow, with just two traffic lanes."],
         "captions": [{"position": "Right", "text": "Builder’s photograph of the east tower under construction "
                       "in 1939.", "credit": "Puget Sound Engineering Museum, Contractors’ Albums"}]},
        {"label": "Room 2", "title": "Riding the Waves",
         "paras": [
             "Even during construction the deck rose and fell in long waves in light winds. Local people soon "
             "called the bridge Galloping Gertie, and some drove across just for the ride.",
             "Engineers at the University of Washington, led by Professor Frederick Burt Farquharson, built a "
             "scale model to study the motion and looked for ways to damp it."],
         "captions": []},
        {"label": "Room 3", "title": "The Last Morning",
         "paras": [
             "On 7 November the wind blew at about forty miles an hour. Shortly after ten o’clock the motion "
             "changed: the deck began to twist, one side rising as the other fell. The bridge was closed to traffic.",
             "A newspaper editor, Leonard Coatsworth, had to abandon his car on the span and crawl to safety. "
             "His daughter’s cocker spaniel, Tubby, was left inside and became the only life lost. Just after "
             "eleven o’clock a long section of the deck broke away and fell into the water below.",
             "The collapse was filmed by Barney Elliott, who ran a camera shop in Tacoma, and his footage "
             "made the disaster famous."],
         "captions": [{"position": "Above", "text": "Still from the film of the collapse, showing the twisting "
                       "deck shortly before it fell.", "credit": "Courtesy of the Elliott Camera Collection"}]},
        {"label": "Room 4", "title": "Lessons in the Wind",
         "paras": [
             "A board of engineers that included Othmar Ammann and Theodore von Kármán concluded that the "
             "wind itself had driven the twisting motion. After 1940, models of long bridges were tested in "
             "wind tunnels before they were built.",
             "A new, heavier bridge with deep open trusses opened on the same piers in 1950. The wreck of the "
             "first lies on the floor of the Narrows, where it has become an artificial reef.",
             "In 1992 the sunken remains were listed on the National Register of Historic Places, which protects "
             "them from salvage. A second parallel bridge, opened in 2007, now carries traffic in the other "
             "direction across the Narrows."],
         "captions": []},
    ],
    "sidebar": None,
}

# ---------------------------------------------------------------- 6. Peterloo (HTML)
PETERLOO = {
    "museum": "Irwell Museum of People and Protest",
    "title": "Sabres in St Peter’s Field: The Peterloo Massacre",
    "intro": [
        "On 16 August 1819 a huge, peaceful crowd gathered in Manchester to demand the vote. Within minutes of the "
        "meeting opening, cavalry had charged into it. This online exhibition tells the story of that day and what "
        "followed."],
    "sections": [
        {"label": "Chapter 1", "title": "Hard Times and No Vote",
         "paras": [
             "After the wars with France ended in 1815, trade slumped and the price of bread was kept high by the "
             "Corn Laws. Weavers in the cotton towns of Lancashire saw their wages fall to a fraction of what "
             "they had been.",
             "Manchester, a city of many thousands, had no member of Parliament of its own, and very few "
             "working men anywhere could vote. Reformers began to hold mass meetings to call for change."],
         "captions": [{"position": None, "text": "Hand-loom weaver’s shuttle from a cottage in Middleton.",
                       "credit": "Irwell Museum of People and Protest"}]},
        {"label": "Chapter 2", "title": "The Meeting",
         "paras": [
             "The crowd that came to St Peter’s Field to hear the radical speaker Henry Hunt numbered about "
             "60,000. Many had marched in from the surrounding towns in orderly columns behind bands and "
             "banners, dressed in their Sunday best. Groups of women reformers walked in white.",
             "Watching from a house on the edge of the field, the magistrates grew alarmed. Soon after Hunt "
             "began to speak they ordered his arrest.",
             "The organisers had asked the marchers to come clean, sober and unarmed, and many had drilled on "
             "the moors for weeks beforehand to learn to move in good order. To the magistrates, those drills "
             "looked like the training of an army."],
         "captions": []},
        {"label": "Chapter 3", "title": "The Charge",
         "paras": [
             "The Manchester and Salford Yeomanry, local volunteers on horseback, rode into the packed crowd to "
             "reach the platform and began to strike out with their sabres. The magistrates then sent in the "
             "15th Hussars to clear the field.",
             "In about ten minutes the field was empty but for the wounded and dead, torn banners and lost "
             "shoes. Around eighteen people were killed and several hundred injured."],
         "captions": [{"position": None, "text": "Banner pole found in a cellar on Windmill Street in 1962.",
                       "credit": "Photo: J. Pilkington / Irwell Museum"}]},
        {"label": "Chapter 4", "title": "Remembering Peterloo",
         "paras": [
             "The Manchester Observer called the attack the Peterloo Massacre, a bitter echo of the victory at "
             "Waterloo four years before. Hunt was jailed, and the government passed the Six Acts to curb "
             "public meetings and radical newspapers.",
             "The poet Percy Bysshe Shelley answered with The Masque of Anarchy, and John Edward Taylor, a "
             "cotton merchant who had witnessed the day, founded the Manchester Guardian in 1821. A memorial naming the dead "
             "was unveiled in the city in 2019.",
             "For many years the event was remembered mostly in the radical towns of the north. Today historians "
             "see it as a turning point on the long road to the Reform Act of 1832 and, in the end, to the vote "
             "for every adult."],
         "captions": []},
    ],
    "sidebar": None,
}
