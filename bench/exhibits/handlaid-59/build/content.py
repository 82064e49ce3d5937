# -*- coding: utf-8 -*-
"""All texts of set 59 and the gold JSON writer.  Prose is my own; museums, lenders,
credits and numbers are invented."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def sec(label, title, paras, caption=None):
    return {"label": label, "title": title, "paras": paras, "caption": caption}


def cap(text, credit, position=None):
    return {"text": text, "credit": credit, "position": position}


EX = {}

# ---------------------------------------------------------------- 1 Lind (PDF)
EX["lind_scurvy_1747"] = dict(
    title_lines=["Six Pairs of Sailors", "James Lind and the Scurvy Trial, 1747"],
    running=["The Salisbury Trial", "Harbour Row Museum of Naval Medicine", "18", "19"],
    intro="On 20 May 1747, in the sick berth of HMS Salisbury, a young naval surgeon divided twelve men with scurvy into six pairs and gave each pair a different remedy. Within a week the two men given oranges and lemons were nearly well. The experiment is often called the first controlled clinical trial.",
    sections=[
        sec("1", "A Disease of Long Voyages", [
            "Scurvy was the great killer of the age of sail. On a long passage, weeks after the last fresh food had been eaten, sailors grew tired and short of breath, their gums swelled and bled, old wounds reopened and bruises spread under the skin. Left untreated, the disease ended in heart failure. During Anson's voyage round the world in the early 1740s, far more of his men died of scurvy than of any enemy action.",
            "Nobody knew its cause. Physicians blamed damp air, salt meat, idleness or a thickening of the blood, and ships carried a long list of supposed cures, from vinegar and seawater to purges and elixirs of vitriol. Some captains had long trusted citrus fruit, but the advice was mixed in with so many other remedies that it carried little weight.",
        ]),
        sec("2", "The Trial on the Salisbury", [
            "James Lind, born in Edinburgh in 1716, had joined the navy as a surgeon's mate. In the spring of 1747 the Salisbury was cruising in the Channel when scurvy broke out among the crew. Lind chose twelve patients whose cases were as similar as he could find, put them in one part of the ship and fed them all the same plain diet of gruel, mutton broth, biscuit and pudding.",
            "Each pair then received one extra treatment: a quart of cider a day, twenty-five drops of elixir of vitriol three times a day, two spoonfuls of vinegar, half a pint of seawater, a paste of garlic, mustard seed and horseradish, or two oranges and a lemon every day. The fruit ran out after six days, but by then one of the two sailors who had eaten it was fit for duty and the other was well enough to nurse the rest.",
        ], cap("Surgeon's sea chest with bottles, scales and a brass syringe, English, about 1750.",
               "Lent by the Portsea Dockyard Trust, PDT 0412", "Above")),
        sec("3", "A Slow Acceptance", [
            "Lind left the navy, took his medical degree and in 1753 published A Treatise of the Scurvy, a long book in which the trial takes up only a few pages. He went on to recommend a concentrated juice called a rob, made by boiling the fruit, which we now know destroyed much of the vitamin it was meant to preserve. His own conclusions wavered, and he never claimed that citrus alone was the answer.",
            "The Admiralty moved slowly. Only in 1795, after pressure from the physician Gilbert Blane, did lemon juice become a regular issue in the fleet, and scurvy largely vanished from British warships within a few years. The cheaper West Indian limes adopted later in the nineteenth century proved much weaker, and the disease returned on polar expeditions. Its true cause, a lack of vitamin C, was identified only in the 1930s.",
        ], cap("Title page of A Treatise of the Scurvy, printed in Edinburgh in 1753.",
               "Harbour Row Library, RB 1753/3")),
    ],
    sidebar=("Why Lemons Work", [
        "Humans, unlike most animals, cannot make vitamin C for themselves. The body needs it to build collagen, the protein that holds skin, gums and blood vessels together, and a healthy person runs through the reserves after one to three months without it. Fresh lemons and oranges are rich in the vitamin, but heat, light and long storage destroy it.",
    ]),
)

# ---------------------------------------------------------------- 2 Vesalius (PDF)
EX["vesalius_fabrica_1543"] = dict(
    title_lines=["The Fabric of the Human Body", "Andreas Vesalius, Basel 1543"],
    running=["Anatomy Hall · Panel 4 of 9", "Museum of the Learned Body, Ravensholt"],
    intro="In the summer of 1543 a Basel printer issued a folio of more than six hundred pages that changed how anatomy was taught. Its author, a twenty-eight-year-old professor at Padua, insisted that knowledge of the body had to come from the body itself, opened and examined by the physician's own hands.",
    sections=[
        sec("A", "A Student of Galen", [
            "Andreas Vesalius was born in Brussels in 1514 into a family of court apothecaries and physicians. He studied at Louvain and then at Paris, where anatomy was still taught from the writings of Galen, the Greek physician of the second century. A professor read aloud from the text while a barber-surgeon did the cutting, and the demonstration was meant to confirm the book rather than to question it.",
            "Vesalius was impatient with this. He collected bones from cemeteries and from the gallows outside Paris, and when he moved to Padua, where he took his degree in 1537 and was at once made lecturer in surgery, he performed the dissections himself, standing at the table among his students. His lectures drew large crowds of students and visiting physicians.",
        ]),
        sec("B", "Errors in the Ancient Text", [
            "The more he dissected, the more he found that Galen had been wrong about human structure. Galen had worked largely on apes, pigs and other animals, since Roman custom forbade opening human corpses. Vesalius showed, for example, that the human lower jaw is a single bone, that the breastbone has three parts rather than seven, and that the network of vessels Galen described at the base of the brain is not found in people at all.",
            "He did not overturn everything. He still accepted that blood passed through invisible pores in the wall between the chambers of the heart, although in the second edition of 1555 he admitted that he could not find them. Yet his method, checking every claim against the body, became the rule for those who came after him.",
        ], cap("Seventh plate of the muscles, from a later impression of the woodcuts, Basel, 1555.",
               "Lent by the Collegium Medicum of Lindau, CML 55.7", "Right")),
        sec("C", "Pictures and Print", [
            "The Fabrica owed much of its force to its illustrations. More than two hundred woodcuts, probably drawn in Titian's workshop in Venice, perhaps by the Flemish artist Jan van Calcar, showed muscle men and skeletons standing in a hilly landscape, peeling away layer after layer as if taking part in a slow procession. The blocks were carried over the Alps by mule to the printer Johannes Oporinus in Basel.",
            "Vesalius supervised the printing closely and issued a shorter version, the Epitome, for students, with sheets meant to be cut out and pasted together into figures. He dedicated the Fabrica to the Emperor Charles V and soon left teaching to become a court physician. He died in 1564 on the Greek island of Zakynthos, on the way home from a pilgrimage to Jerusalem.",
        ], cap("Skeleton leaning on a spade, from the first book of the Fabrica.",
               "Wellham Anatomical Collection, WAC 1543.2", "Above")),
    ],
    sidebar=("How the Woodblocks Survived", [
        "The original blocks were reused for later editions and passed from printer to printer for almost four centuries. They ended up in the university library in Munich, where a final printing was made in 1934 for a joint American and German edition. Ten years later the blocks were destroyed when the city was bombed during the Second World War. A few prints pulled from them before the war survive in museum collections.",
    ]),
)

# ---------------------------------------------------------------- 3 Eddington (PDF)
EX["eddington_eclipse_1919"] = dict(
    title_lines=["Light Bent by the Sun", "The Eclipse Expeditions of 1919"],
    running=["Observatory House · Eclipse Room", "2", "3", "4"],
    intro="On 29 May 1919 the Moon covered the Sun for almost seven minutes along a band of the tropics. Two small British teams photographed the stars around the darkened disc to test a bold prediction: that gravity bends light, and by exactly the amount that Albert Einstein's new theory required.",
    sections=[
        sec("1", "A Theory Put to the Test", [
            "Einstein completed his general theory of relativity in Berlin in November 1915. It described gravity not as a force pulling across space but as a curving of space and time by matter. One consequence was that a ray of starlight passing close to the Sun should be deflected by about 1.75 seconds of arc, twice the figure that Newton's physics could be made to give. An earlier attempt to test the idea, during the eclipse of 1914 in the Crimea, had been stopped by the outbreak of war.",
            "Such a tiny shift could only be measured during a total eclipse, when stars near the Sun become visible. News of the theory reached Britain through the Dutch astronomer Willem de Sitter, and Arthur Eddington, the Plumian Professor at Cambridge and a Quaker, became its champion at a time when German science was shunned after the war.",
        ]),
        sec("2", "Príncipe and Sobral", [
            "The Astronomer Royal, Frank Dyson, saw that the eclipse of 1919 would be ideal, because the Sun would then lie in front of the bright Hyades cluster. He organised two expeditions. Eddington and the clockmaker Edwin Cottingham sailed to the island of Príncipe, off the west coast of Africa, while Andrew Crommelin and Charles Davidson went to Sobral in northern Brazil.",
            "On Príncipe the morning of the eclipse brought heavy rain, and the clouds thinned only in the last minutes of totality. Of sixteen plates exposed there, only a few showed stars clearly enough to be measured. At Sobral the sky was clear, but the Sun's heat seems to have distorted the main instrument, and the best results came from a smaller four-inch telescope brought along as a reserve.",
        ]),
        sec("3", "A New Universe", [
            "The results were announced at a joint meeting of the Royal Society and the Royal Astronomical Society in London on 6 November 1919. The measured deflections lay closer to Einstein's value than to Newton's, and the next day The Times told its readers of a revolution in science. Einstein, until then known mainly to physicists, became a world celebrity almost overnight.",
            "Critics later argued that Eddington had been too ready to set aside plates that disagreed with the theory. A modern remeasurement of the Sobral plates, made in 1979, supported the original conclusion, and later eclipses and radio observations of distant quasars have confirmed the bending of light far more precisely.",
        ], cap("Four-inch lens of the reserve telescope used at Sobral, in its brass cell.",
               "Lent by the Crommelin Society, CS 1919.4", "Left")),
    ],
    sidebar=("Seeing an Eclipse Safely", [
        "Never look at the Sun directly, even when most of it is covered. Only during the brief minutes of totality, when the Moon hides the whole bright disc, is it safe to look with the naked eye. At all other times use proper eclipse glasses, or make a pinhole in a sheet of card and project the image onto another sheet held below it. The next total eclipse visible from Britain will be in September 2090.",
    ]),
)

# ---------------------------------------------------------------- 4 Leavitt (PDF)
EX["leavitt_cepheids_1912"] = dict(
    title_lines=["A Yardstick for the Stars", "Henrietta Swan Leavitt and the Cepheids, 1912"],
    running=["Harvard's Computers", "Hallam Observatory Museum · Gallery Notes", "7", "8"],
    intro="In 1912 a three-page circular from Harvard College Observatory reported a simple pattern among variable stars in the Small Magellanic Cloud: the brighter the star, the longer it took to rise and fall in light. That pattern, found by Henrietta Swan Leavitt, gave astronomers their first way of measuring distances far beyond the nearest stars.",
    sections=[
        sec("I", "The Computers of Harvard", [
            "At the end of the nineteenth century the observatory's director, Edward Pickering, hired women to examine and measure its growing collection of photographic glass plates. They were paid about twenty-five cents an hour, less than many factory workers, and were known simply as computers. Among them were Williamina Fleming, Annie Jump Cannon and Antonia Maury, whose work on the classification of stellar spectra is still in use.",
            "Leavitt, born in Massachusetts in 1868, had studied at what became Radcliffe College and first came to the observatory as an unpaid volunteer in 1895. Illness and family duties kept her away for long periods, and she grew increasingly deaf, but from 1903 she worked there steadily, and Pickering put her in charge of the study of variable stars.",
        ]),
        sec("II", "Twenty-Five Stars", [
            "Leavitt compared plates of the Magellanic Clouds taken at the observatory's southern station in Arequipa, Peru, laying a negative over a positive of another date so that any star that had changed in brightness stood out. She found variable stars by the hundred, publishing a list of 1,777 in 1908, and she noticed that among a handful of them the brighter ones had the longer periods.",
            "By 1912 she had periods for twenty-five such stars in the Small Cloud. Because all of them lay at roughly the same distance from the Earth, a difference in apparent brightness had to be a real difference in their light. When she plotted brightness against the logarithm of the period, the points fell close to a straight line.",
        ], cap("Glass plate of the Small Magellanic Cloud exposed at Arequipa, with ink marks beside the variable stars.",
               "Lent by the Arequipa Plate Archive, APA b-2241")),
        sec("III", "Measuring the Universe", [
            "If the distance to just one of these stars, now called Cepheids, could be found another way, the line would turn a period into a distance anywhere a Cepheid could be seen. Ejnar Hertzsprung made a first calibration in 1913, and Harlow Shapley used the method to map the globular clusters and to place the Sun far from the centre of the Milky Way. Because even the nearest Cepheids were too far away for direct measurement, the first calibrations were rough and later had to be corrected.",
            "In 1924 Edwin Hubble found Cepheids in the Andromeda nebula and showed that it lay far outside our own galaxy. Leavitt did not live to see it: she died of cancer in 1921, aged fifty-three. A Swedish mathematician who wrote a few years later to propose her for the Nobel Prize learned only then that she was dead.",
        ]),
    ],
    sidebar=("How a Cepheid Pulses", [
        "A Cepheid is a giant star whose outer layers swell and shrink in a steady rhythm, over days or weeks. As it expands it cools and dims; as it contracts it heats up and brightens again. The brightest Cepheids are tens of thousands of times as luminous as the Sun, which is why they can be picked out in other galaxies.",
    ]),
)

# ---------------------------------------------------------------- 5 Landsteiner (DOCX)
EX["landsteiner_blood_groups_1901"] = dict(
    title_lines=["Three Groups, Then Four", "Karl Landsteiner and the Blood Groups, 1901"],
    running=["Pellworth Museum of Medicine · Blood and Transfusion"],
    intro="In 1901 a Viennese pathologist mixed the blood of his colleagues in small glass dishes and watched some of the samples clump together. From those simple tests came the ABO blood groups, and with them the chance of giving blood from one person to another without killing the patient.",
    sections=[
        sec("1", "Dangerous Transfusions", [
            "Doctors had tried transfusion long before anyone understood it. In 1667 Jean-Baptiste Denis in Paris gave lamb's blood to a young man, and in London Richard Lower transfused blood from a sheep into a paid volunteer. Some of these early patients survived, others died, and within a few years the practice was banned in France and fell out of use.",
            "In the nineteenth century the obstetrician James Blundell revived the idea, using human donors to treat women bleeding after childbirth. About half of his recorded patients lived. No one could say why one transfusion saved a life while another brought on fever, dark urine, shock and death. Blundell designed his own apparatus, a funnel and syringe that let the blood run straight from the donor's arm into the patient.",
        ]),
        sec("2", "Clumping in a Dish", [
            "Karl Landsteiner, born near Vienna in 1868, was working at the university's Pathological-Anatomical Institute when he took samples from himself and five co-workers. He separated each into red cells and serum and mixed the cells of each person with the serum of every other. Some mixtures stayed smooth; in others the red cells stuck together in visible clumps. He described the results in a short paper in November 1901 and barely mentioned transfusion at all.",
            "The pattern was not random. Landsteiner sorted his samples into three groups, which he called A, B and C, the last now known as O. A year later two of his students, Alfred von Decastello and Adriano Sturli, found a fourth and rarer type, later named AB, whose cells clumped with the serum of all the others. The difference lay in substances on the surface of the red cells and in antibodies carried in the serum.",
        ], cap("Glass slide with dried samples of serum, labelled in ink, from a Vienna teaching laboratory, about 1905.",
               "Lent by the Institute for Serology, Graz, IS 1905/11", "Above")),
        sec("3", "From the Laboratory to the Ward", [
            "The discovery was slow to change practice. In 1907 Reuben Ottenberg in New York began to test donors and patients before transfusion, and his results showed that matching prevented the violent reactions. During the First World War army doctors learned to store blood with sodium citrate, which stopped it clotting, and the first blood banks followed in the 1930s. Hospitals could at last collect blood in advance instead of bringing donors to the bedside.",
            "Landsteiner moved to the Rockefeller Institute in New York in 1923 and received the Nobel Prize in Physiology or Medicine in 1930. With Alexander Wiener he went on to describe the rhesus factor in 1940, which explained a dangerous disease of newborn babies. He died in 1943, still at work in his laboratory.",
        ]),
    ],
    sidebar=("Your Blood Group Today", [
        "The four ABO groups are inherited from both parents. Group O is the most common in much of the world, and people with O negative blood can give red cells to patients of any group in an emergency. Every donation is still tested for its group and rhesus type before it reaches a patient. About one person in seven in Europe is rhesus negative.",
    ]),
)

# ---------------------------------------------------------------- 6 Bell (HTML)
EX["bell_pulsar_1967"] = dict(
    title_lines=["A Signal Every 1.33 Seconds", "Jocelyn Bell and the First Pulsar, 1967"],
    running=[],
    intro="In the summer of 1967 a research student at Cambridge noticed a small smudge on a roll of chart paper. It turned out to be a series of radio pulses so regular that, for a few weeks, the astronomers who studied it half wondered whether they were listening to another civilisation.",
    sections=[
        sec("1", "Building the Array", [
            "Jocelyn Bell, born in Northern Ireland in 1943, arrived at Cambridge in 1965 to work for a doctorate under Antony Hewish. His aim was to study quasars, distant and powerful radio sources, by measuring how their signals twinkle as they pass through the wind of charged particles streaming from the Sun.",
            "For this he needed a new kind of telescope. Bell and a handful of students spent two years building it on a field outside the city: more than a thousand wooden posts strung with some two thousand dipole aerials and about 190 kilometres of wire and cable, covering an area of nearly two hectares. It began working in July 1967. The students hammered in the posts and strung the wires themselves, working through a wet Cambridgeshire winter.",
        ]),
        sec("2", "A Bit of Scruff", [
            "The telescope wrote its output with pens on paper charts, about thirty metres of them every day, and Bell analysed them by eye. Within weeks she noticed a marking that did not look like twinkling or like interference from cars and radios, a patch she later called a bit of scruff, which came back at the same position among the stars each night.",
            "In late November a faster recorder showed that the scruff was a string of sharp pulses spaced 1.33 seconds apart, keeping time with astonishing precision. The team jokingly labelled it LGM-1, for little green men. Only when Bell found a second source in another part of the sky, pulsing at a different rate, did it become clear that this was a new natural phenomenon.",
        ], cap("Section of chart-recorder paper with the pulses of the first pulsar, November 1967.",
               "Lent by the Mullard Trust Archive, MTA 67/11", "Above")),
        sec("3", "Neutron Stars", [
            "The discovery was published in Nature in February 1968. Within months Thomas Gold and others argued that pulsars were rapidly spinning neutron stars, the collapsed cores of massive stars, only some twenty kilometres across and sending out beams of radio waves like a lighthouse. Neutron stars had been predicted in the 1930s but never seen. A pulsar found in the Crab Nebula, the remains of a supernova seen in 1054, confirmed the idea.",
            "In 1974 Hewish shared the Nobel Prize in Physics with Martin Ryle, and the omission of Bell caused lasting debate, although she herself said that she did not feel wronged. In 2018 she gave the whole of a large science prize she had been awarded to a fund for research students from groups under-represented in physics. She went on to a long career in astronomy and became president of the Royal Astronomical Society.",
        ]),
    ],
    sidebar=("Hear a Pulsar", [
        "Turned into sound, the signal from a pulsar is a steady ticking or, for the fastest ones, a musical hum. The quickest known pulsars spin more than seven hundred times a second. Press the buttons at the listening post to compare the first pulsar with the one in the Crab Nebula. Each tick marks one turn of a star no larger than a city.",
    ]),
)


def gold(name):
    e = EX[name]
    title = " ".join(e["title_lines"])
    secs = [{"label": None, "title": title,
             "blocks": [{"kind": "paragraph", "text": e["intro"]}]}]
    for s in e["sections"]:
        blocks = [{"kind": "paragraph", "text": p} for p in s["paras"]]
        if s["caption"]:
            c = s["caption"]
            blocks.append({"kind": "caption", "text": c["text"], "position": c["position"],
                           "credit": c["credit"]})
        secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
    st, sp = e["sidebar"]
    secs.append({"label": None, "title": st,
                 "blocks": [{"kind": "paragraph", "text": p} for p in sp]})
    return {"title": title, "running": e["running"], "sections": secs}


def para_words(g):
    return sum(len(b["text"].split()) for s in g["sections"] for b in s["blocks"]
               if b["kind"] == "paragraph")


if __name__ == "__main__":
    for n in EX:
        g = gold(n)
        with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(n, para_words(g), "paragraph words")
