"""All texts of set 63 (my own words) and the gold JSON writer.

Every exhibit: title lines, intro, running strings, three labelled sections (two paragraphs each, one of them
with a caption), a sidebar.  Extras (kickers, quotes, tables, notes, keys) are NOT gold and live in EXTRA.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

EX = {}

EX["einthoven_electrocardiograph_1903"] = dict(
    title_lines=["Writing the Heartbeat", "Willem Einthoven’s String Galvanometer, 1903"],
    intro="Every beat of the heart is set off by a tiny electrical wave that spreads through its muscle. In 1903 a physiologist in Leiden built an instrument delicate enough to record that wave faithfully, and the tracings it made, with their peaks named P, Q, R, S and T, are still read in every hospital today.",
    running=["Instruments of the Body", "Ashby Museum of Clinical Instruments – Collection Catalogue", "36", "37"],
    sections=[
        dict(label="4.1", title="A Current Too Faint to See", paras=[
            "That the beating heart produces electricity had been known since the middle of the nineteenth century, when experimenters saw the leg of a frog twitch as its nerve, laid across a heart, picked up each contraction. In 1887 Augustus Waller at St Mary’s Hospital in London recorded the first human heart current from the skin, using a capillary electrometer, a thin glass tube in which a thread of mercury moved up and down as the voltage changed.",
            "The electrometer was a clever device but a sluggish one. The mercury had weight and friction, so it smoothed out the rapid parts of each beat, and the wavy line it left on moving photographic paper had to be corrected by laborious calculation before anyone could say what the heart had really done. Waller himself doubted that the method would ever be of much use to doctors.",
        ]),
        dict(label="4.2", title="A Thread of Silvered Quartz", paras=[
            "Willem Einthoven, born in Semarang on Java in 1860 and professor of physiology at Leiden from 1886, set out to build something better. His answer, described in 1901 and perfected by 1903, was the string galvanometer: an extremely fine filament of silver-coated quartz stretched between the poles of a powerful electromagnet. When the current from the patient passed through the string, it was pushed sideways, and a beam of light threw its magnified shadow onto a moving photographic plate.",
            "The string weighed almost nothing, so it followed even the quickest changes in voltage. The finished machine was anything but light. It filled two rooms, weighed about 270 kilograms, needed water to cool the electromagnet and took five people to run. Patients sat with both hands and one foot in buckets of salt water, which served as electrodes, and the three pairings of limbs gave the standard leads that Einthoven described.",
        ], caption=dict(text="String galvanometer made by the Cambridge Scientific Instrument Company, about 1911.",
                        position="Left", credit="Ashby Museum of Clinical Instruments, AMCI 1974.208")),
        dict(label="4.3", title="From the Laboratory to the Ward", paras=[
            "Einthoven was keen to bring his instrument to patients, but the hospital stood about a mile from his laboratory. In 1905 he joined the two buildings with a telephone cable, and the currents of patients’ hearts travelled along it to be recorded in his laboratory. He called the records telecardiograms, and with them he and his colleagues described irregular rhythms and the signs of several kinds of heart disease.",
            "The Cambridge Scientific Instrument Company made commercial versions from about 1908, and in London the cardiologist Thomas Lewis used one to build up a systematic understanding of disordered heartbeats. Einthoven received the Nobel Prize in Physiology or Medicine in 1924. Over the century that followed, valves, transistors and chips shrank his machine until a version of it fitted into a wristwatch.",
        ]),
    ],
    sidebar=dict(title="Why P, Q, R, S and T?", paras=[
        "Einthoven labelled the waves of the tracing with letters from the middle of the alphabet. Geometers had long used the earlier letters for other points on a curve, and starting at P left room for waves that might be found later. A small U wave, seen after T in some tracings, was indeed named afterwards."]),
)

EX["ross_malaria_1897"] = dict(
    title_lines=["The Mosquito’s Secret", "Ronald Ross and Malaria, 1897"],
    intro="For centuries malaria was blamed on bad air rising from marshes, as its Italian name suggests. On 20 August 1897, in a military hospital in Secunderabad, an army surgeon peering through a microscope found the parasite in the stomach wall of a mosquito, and the route of the disease from person to person began to come clear.",
    running=["Gallery of Fevers – Panel 6", "Holloway Institute of Tropical Medicine"],
    sections=[
        dict(label="A", title="An Army Doctor in India", paras=[
            "Ronald Ross was born in Almora, in the foothills of the Himalayas, in 1857, and trained in medicine in London at his father’s wish rather than his own. He would rather have been a poet or a painter. He joined the Indian Medical Service in 1881, and for years his duties left him more time for writing novels and verse than for research.",
            "On leave in London in 1894 he met Patrick Manson, a physician who had shown that mosquitoes carried the worms that cause elephantiasis. Manson showed him the malaria parasite, discovered in human blood by the French army doctor Alphonse Laveran in 1880, and suggested that mosquitoes might spread it too. Ross went back to India in 1895 determined to prove it, and the two men kept up a long correspondence by letter while he worked.",
        ]),
        dict(label="B", title="Two Years of Dissection", paras=[
            "The work was slow and frustrating. Ross paid volunteers to let mosquitoes feed on them while they had malaria, then dissected the insects one by one under the microscope in heat and humidity, often with sweat running onto his instruments. For a long time he worked with the wrong kinds of mosquito, in which the human parasite does not develop, and each failure cost him weeks.",
            "In August 1897 he tried a brown species with spotted wings that he called dapple-winged, now known to be an Anopheles. In two of them, several days after they had fed on a patient, he found round pigmented cells in the wall of the stomach. They were the parasite growing inside the insect. That evening he wrote a poem celebrating the find, and he later kept the day as Mosquito Day.",
        ], caption=dict(text="Brass compound microscope of the type Ross used in Secunderabad, London-made, about 1890.",
                        position="Above", credit="Lent by the Dunmore Collection of Tropical Medicine, DCTM 88.14")),
        dict(label="C", title="Birds, Prizes and Quarrels", paras=[
            "Moved to Calcutta, where there was little human malaria to study, Ross turned to a related parasite of birds. In 1898 he traced its whole cycle, from the mosquito’s stomach to its salivary glands, and showed that infected insects passed it on when they bit healthy sparrows. At almost the same time Giovanni Battista Grassi and his colleagues in Rome worked out the cycle of human malaria in Anopheles.",
            "Ross received the Nobel Prize in Physiology or Medicine in 1902, and he spent years in a bitter dispute with Grassi over who deserved the credit. He argued for draining breeding grounds and killing larvae, campaigns that he helped to run in West Africa and elsewhere. Malaria is still one of the great killers of children, and the mosquito remains the target of much of the effort against it.",
        ]),
    ],
    sidebar=dict(title="Mosquito Day", paras=[
        "Health workers around the world still mark 20 August as World Mosquito Day. The date is a reminder that the insect, not the swamp air, carries the parasite, and that the animal most dangerous to human beings is also one of the smallest."]),
)

EX["helmholtz_ophthalmoscope_1851"] = dict(
    title_lines=["Light into the Eye", "The Ophthalmoscope, 1851"],
    intro="Before 1851 no one had seen the inside of a living human eye. The pupil looks black because the light that enters it is not sent back towards the observer. A young German physiologist solved the problem with a few pieces of glass glued to a card, and eye medicine changed almost overnight.",
    running=["Kestle Eye Hospital Museum"],
    sections=[
        dict(label="1", title="The Black Pupil", paras=[
            "Doctors had long been puzzled that the pupil stays dark even in bright light. Some had noticed that the eyes of cats and dogs glow at night, and a few suspected that a human eye would glow too if the observer could look along the same path as the light that went in. But the observer’s own head always got in the way, blocking the light just where it was needed.",
            "Hermann von Helmholtz, born in Potsdam in 1821, had trained as an army surgeon before turning to physics and physiology. In 1850, as a young professor at Königsberg, he was preparing a lecture for his students on the glow of animal eyes when he saw how to get round the difficulty. If the light could be sent into the eye from the side, the observer could look straight in along its returning path.",
        ]),
        dict(label="2", title="A Few Plates of Glass", paras=[
            "His instrument used a small stack of thin glass plates set at an angle. Light from a lamp at the patient’s side was partly reflected by the plates into the eye, while the observer looked through the same plates from behind and caught the light coming back. A concave lens brought the retina into focus. With it Helmholtz saw the blood vessels and the optic nerve of a living person.",
            "He published his description in 1851 as a short pamphlet and called the device an Augenspiegel, an eye mirror. He later remarked that building it had needed nothing more than the optics he had learned as a student, and that he was almost embarrassed at how obvious it seemed once it was done. Within a few years instrument makers across Europe were selling versions of it, and young doctors queued to look through them.",
        ]),
        dict(label="3", title="Looking at the Retina", paras=[
            "Improved models soon replaced the glass plates with a silvered mirror pierced by a small hole, and added a rotating disc of lenses to correct for the eyes of doctor and patient. Eye specialists such as Albrecht von Graefe in Berlin used the new instrument to describe glaucoma, detached retinas and diseases of the optic nerve that could now be seen rather than guessed at.",
            "The ophthalmoscope also opened a window on the rest of the body. Swelling of the optic disc can reveal raised pressure inside the skull, and changes in the small vessels of the retina can show the effects of high blood pressure and diabetes. A battery-powered ophthalmoscope is still carried by many doctors, a direct descendant of Helmholtz’s glued plates.",
        ], caption=dict(text="Pocket ophthalmoscope with a rotating lens disc, in its leather case, about 1885.",
                        position="Above", credit="Kestle Eye Hospital Collection, KEH 204")),
    ],
    sidebar=dict(title="Red Eyes in Photographs", paras=[
        "The red eyes that spoil some flash photographs come from the effect Helmholtz used. When the flash sits close to the lens, its light enters the pupil and comes straight back from the blood-rich retina, so the camera, like the ophthalmoscope, looks along the path of the light."]),
)

EX["allbutt_thermometer_1867"] = dict(
    title_lines=["Taking the Temperature", "Clifford Allbutt’s Clinical Thermometer, 1867"],
    intro="Today a thermometer is one of the first things a nurse reaches for. Until the 1860s, measuring a patient’s temperature was a slow and awkward business done with an instrument a foot long. A Yorkshire physician’s pocket thermometer, short enough to carry and quick enough to read in five minutes, helped to turn fever into a number.",
    running=["Fever and the Thermometer", "Fenwick Museum of Medicine", "1", "2"],
    sections=[
        dict(label="Case 1", title="Heat Without a Scale", paras=[
            "Physicians had felt for fever with the hand since ancient times. In the early seventeenth century the Venetian doctor Santorio Santorio adapted an air thermoscope so that a patient could breathe on its bulb or hold it in the mouth, but his instrument had no fixed scale and its readings shifted with the weather. Sealed liquid thermometers and agreed scales, such as those of Fahrenheit and Celsius, came only in the eighteenth century.",
            "Even then few doctors used them at the bedside. The thermometers of the time were long, fragile and slow, and some had to stay in the armpit for twenty minutes or more. A physician would sooner trust his own fingers, the speed of the pulse and the look of the patient’s face. Fever was described in words, as burning, dry or intermittent, rather than measured in degrees.",
        ]),
        dict(label="Case 2", title="Wunderlich’s Curves", paras=[
            "The change began in Leipzig. Carl Reinhold August Wunderlich and his assistants took the armpit temperatures of some twenty-five thousand patients, morning and evening, and in 1868 he published a book arguing that fever was a sign to be measured, not a disease in itself. He put the normal temperature of the body at 37 degrees Celsius and showed that illnesses such as typhoid followed their own typical curves.",
            "The number of separate readings behind the book is often given as several million, which may be an exaggeration, but the lesson was clear. Temperature charts began to hang at the end of hospital beds, and nurses were taught to fill them in. A rising or falling line could warn of a crisis long before the patient looked any different.",
        ]),
        dict(label="Case 3", title="Six Inches Long", paras=[
            "Thomas Clifford Allbutt, a physician at the Leeds General Infirmary, wanted an instrument he could carry on his rounds. In 1867 he designed a thermometer about six inches long, with a narrow bore that made the mercury thread respond quickly. It could be read in about five minutes and slipped into a waistcoat pocket, and it was cheap enough for a general practitioner to buy.",
            "A narrow kink in the tube above the bulb, added by later makers, stopped the mercury from falling back after the thermometer was taken out, so that the reading could be checked at leisure and then shaken down. Mercury thermometers were gradually withdrawn from hospitals around the end of the twentieth century, replaced by electronic and infrared instruments that give a reading in seconds.",
        ], caption=dict(text="Clinical thermometer in a nickel case with a pocket clip, about 1880.",
                        position="Right", credit="Given by Dr Edith Marlowe, FMM 1957.41")),
    ],
    sidebar=dict(title="Why 98.4?", paras=[
        "British thermometers long marked normal at 98.4 degrees Fahrenheit, while American ones chose 98.6, the conversion of Wunderlich’s 37 degrees. Modern studies suggest that the average temperature of healthy adults is slightly lower than either figure, and that it rises and falls through the day."]),
)

EX["typhoid_mary_1907"] = dict(
    title_lines=["The Cook Who Carried Typhoid", "Mary Mallon, 1907"],
    intro="In the spring of 1907 health officers in New York arrested a cook who was not ill. Mary Mallon felt perfectly well, yet wherever she worked people caught typhoid fever. Her story became a lasting lesson about healthy carriers of disease, and about how far public health may go in restraining one person to protect others.",
    running=["Brackwater Museum of Public Health · Kitchens and Contagion"],
    sections=[
        dict(label="Chapter 1", title="A Summer House at Oyster Bay", paras=[
            "In the summer of 1906 a New York banker rented a house at Oyster Bay on Long Island for his family. Between late August and early September six of the eleven people in the house fell ill with typhoid, a disease usually linked with dirty water and poor sanitation, not with wealthy summer homes. The owners, afraid they would never let the house again, hired a sanitary engineer named George Soper to find the cause. Soper had investigated typhoid outbreaks before and was known for his thoroughness.",
            "Soper ruled out the water, the milk and the shellfish. He learned that the family had taken on a new cook a few weeks before the outbreak, and that she had left soon after it. Tracing her earlier employers, he found that typhoid had followed her from household to household for years.",
        ]),
        dict(label="Chapter 2", title="North Brother Island", paras=[
            "When Soper confronted Mallon and asked for samples of her blood, urine and faeces, she drove him off with a carving fork. The Health Department then sent Dr Sara Josephine Baker with police officers, and after a chase Mallon was taken to hospital. Her samples were full of typhoid bacteria. She was sent to an isolation cottage on North Brother Island in the East River.",
            "Mallon never accepted that she could spread a disease she had never felt. She went to court for her freedom, and in 1910 a new health commissioner released her on condition that she stop working as a cook. She found the rules hard to live by, and little other work paid as well. Within a few years she had dropped out of sight of the health officers.",
        ], caption=dict(text="Culture tubes and a platinum wire loop in a wooden rack, as used in a health department laboratory, about 1910.",
                        position="Below", credit="Lent by the Harlan Society of Public Health, HSPH 27.3")),
        dict(label="Chapter 3", title="The Second Confinement", paras=[
            "In 1915 an outbreak at the Sloane Hospital for Women in Manhattan infected about twenty-five people. The new cook in its kitchen, working under the name Mary Brown, was Mallon. This time she was returned to North Brother Island for good, and she spent the remaining twenty-three years of her life there, latterly helping in the hospital laboratory. She died in 1938.",
            "Mallon was not the only healthy carrier in New York; hundreds were identified, and most were never confined. Historians have asked whether her treatment owed something to her being a poor Irish immigrant woman who would not accept the doctors’ verdict. The nickname the newspapers gave her has outlived her, used for anyone who spreads trouble without showing it.",
        ]),
    ],
    sidebar=dict(title="What Is a Carrier?", paras=[
        "A healthy carrier harbours a germ without falling ill. In typhoid the bacteria can live for years in the gall bladder and pass out with the faeces, so a cook who does not wash her hands well can contaminate food that is not cooked afterwards, such as the peaches and ice cream Mallon was said to have served."]),
)

EX["chadwick_sanitary_report_1842"] = dict(
    title_lines=["Fever, Filth and the Poor Law", "Edwin Chadwick’s Sanitary Report, 1842"],
    intro="In July 1842 a lawyer and civil servant published a report on the living conditions of the working people of Great Britain. Edwin Chadwick’s report sold more copies than any government paper before it, and its argument, that disease could be prevented by drains, clean water and the removal of filth, became a starting point of modern public health.",
    running=[],
    sections=[
        dict(label="Section A", title="The Cost of Sickness", paras=[
            "Chadwick was born near Manchester in 1800 and trained as a barrister in London, where he became secretary to the philosopher Jeremy Bentham. He helped to draft the New Poor Law of 1834, which made relief for the poor deliberately harsh, and he became secretary of the commission that ran it. The law and its workhouses made him one of the most disliked men in England, and he never did much to soften the impression.",
            "His reasoning about disease was practical. Fever left widows and orphans who then needed relief paid for by the ratepayers, so preventing fever would save money. In 1838 he asked three doctors, among them Thomas Southwood Smith, to report on the London districts where fever was worst, and their accounts of cesspools and overflowing privies persuaded the government to order an inquiry covering the whole country.",
        ]),
        dict(label="Section B", title="Evidence from Every Town", paras=[
            "Chadwick gathered reports from Poor Law medical officers and local informants all over England and Wales, with separate inquiries for Scotland. He wrote the final report himself, and because the commissioners would not put their names to its sharp criticism of local bodies, it was published in 1842 under his name alone. Thousands of copies were given away or sold, and newspapers quoted its most shocking descriptions at length.",
            "Its tables compared the average age at death of different classes in the same town. In Liverpool, Chadwick reported, gentry and professional people died at an average age of thirty-five, but labourers, mechanics and servants at fifteen, a figure dragged down by the deaths of infants. The message was that dirt, not weakness of character, killed the poor.",
        ]),
        dict(label="Section C", title="Pipes and Sewers", paras=[
            "Chadwick believed, like most people of his day, that disease spread through foul smells, the miasma rising from decaying refuse. The theory was wrong, but the remedy he proposed worked: a constant supply of water under pressure to every house, and narrow glazed earthenware pipes to carry sewage away quickly, instead of large brick sewers where it stood and rotted. The sewage, he thought, could then be sold to farmers as manure.",
            "The Public Health Act of 1848 created a General Board of Health with Chadwick as one of its members, and towns could set up local boards to pave, drain and supply water. His bullying manner made enemies, and he was forced off the board in 1854, the year John Snow traced cholera to a pump in Soho. Chadwick was knighted only in 1889, a year before his death.",
        ], caption=dict(text="Salt-glazed stoneware drainpipe with a socket joint, about 1850.",
                        position="Above", credit="Lent by the Thornbury Water Works Trust, TWT 1850.6")),
    ],
    sidebar=dict(title="The Sanitary Idea", paras=[
        "Chadwick’s admirers called his programme the sanitary idea. It rested on engineering more than on medicine: water in, sewage out, and the streets cleaned by a single public authority with the power to raise the money."]),
)

# ---- extras (not gold) -------------------------------------------------------------------------
EXTRA = {
    "einthoven_electrocardiograph_1903": dict(
        kicker="CHAPTER 4 • MEASURING THE LIVING BODY",
        quote="“The instrument was never meant to be beautiful, only to be honest about the heart.”",
        quote_by="— Maartje de Vlieger, curator, 2021",
        table_title="The Leiden machine",
        table=[("Weight", "about 270 kg"), ("Operators", "five"), ("String", "quartz, silver-coated"),
               ("Electrodes", "three buckets of brine")],
        note="1 Einthoven described the method in “Le télécardiogramme”, Archives internationales de physiologie, 1906.",
        note_after="telecardiograms,",
    ),
    "ross_malaria_1897": dict(
        kicker="FEVERS AND THEIR CARRIERS",
        panel_no="6",
        quote="“He found it with a borrowed patience and a great deal of stubbornness.”",
        quote_by="— Harriet Osei, historian of medicine",
        places=["Almora", "Secunderabad", "Calcutta", "Sigur Ghat, near Ootacamund"],
    ),
    "helmholtz_ophthalmoscope_1851": dict(
        kicker="A GUIDE TO CASE 9",
        visiting=[("Opening", "Tuesday to Sunday, 10–5"), ("Address", "14 Orchard Lane, Kestle"), ("Admission", "Free")],
        quote="“Once you have seen a living retina, you never forget how red it is.”",
        quote_by="— Owen Tremayne, eye surgeon",
    ),
    "allbutt_thermometer_1867": dict(
        kicker="FENWICK GALLERY HANDOUT • SHEET 3",
        sidenotes=["Santorio also weighed himself for years on a chair hung from a steelyard.",
                   "Wunderlich’s book appeared in Leipzig as Das Verhalten der Eigenwärme in Krankheiten.",
                   "Allbutt later became Regius Professor of Physic at Cambridge."],
        box_title="Did you know?",
        quote="“A number on a chart persuaded people where a doctor’s hand never could.”",
        quote_by="— Dr Ruth Hallam, museum adviser",
    ),
    "typhoid_mary_1907": dict(
        kicker="Kitchens and Contagion · Case 4",
        quote="She felt well, and nobody could make her believe she was dangerous.",
        facts=[("Born", "1869, Cookstown, County Tyrone"), ("Outbreaks traced", "at least seven"),
               ("Years confined", "about twenty-six in all")],
        footnote="Soper published his account of the investigation in 1907 in the Journal of the American Medical Association.",
    ),
    "chadwick_sanitary_report_1842": dict(
        kicker="Room 3 · Clean Water, Clean Streets",
        quote="Chadwick made enemies faster than he made sewers.",
        quote_by="— Idris Cole, exhibition adviser",
        timeline=[("1834", "New Poor Law"), ("1838", "Fever reports on London"), ("1842", "Sanitary Report published"),
                  ("1848", "Public Health Act"), ("1854", "Chadwick leaves the Board of Health")],
        note="Chadwick’s figures came from the registers of deaths, sorted by the occupation of the head of household.",
    ),
}


def gold(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=e["intro"])])]
    for s in e["sections"]:
        blocks = [dict(kind="paragraph", text=p) for p in s["paras"]]
        if s.get("caption"):
            c = s["caption"]
            blocks.append(dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"]))
        secs.append(dict(label=s["label"], title=s["title"], blocks=blocks))
    sb = e["sidebar"]
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=p) for p in sb["paras"]]))
    return dict(title=title, running=e["running"], sections=secs)


def para_words(name):
    g = gold(name)
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    for n in EX:
        with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(n), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(n, para_words(n))
