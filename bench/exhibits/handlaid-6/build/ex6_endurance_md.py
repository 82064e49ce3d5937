"""Exhibit 6: Shackleton's Endurance expedition, as a Markdown file.
Setext title (=== underline); each section is an H6 kicker line ("Leg 1")
directly followed by an H2 heading; paragraphs are single long lines with
inline emphasis and one link; pictures are image lines, captions are
separate italic paragraphs (underscores), credits are blockquotes."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT
from PIL import Image

NAME = "endurance_expedition"
TITLE = "Endurance: Shackleton’s Voyage Through the Ice"

# paragraph strings carry Markdown markup; the gold gets the plain text
SECTIONS = [
    (None, TITLE, [
        P("In 1914 Ernest Shackleton set out to make the first crossing of Antarctica on foot. His expedition never reached the continent, but the story of how all twenty-eight men of his ship survived became one of the great tales of exploration."),
    ]),
    ("Leg 1", "Beset in the Weddell Sea", [
        P("The Imperial Trans-Antarctic Expedition planned to land a party on the coast of the Weddell Sea and cross the continent by way of the South Pole, while a second party laid supply depots from the Ross Sea on the other side. *Endurance*, a wooden ship built in Norway for tourist cruises in the Arctic, left the whaling station of Grytviken on [South Georgia](https://en.wikipedia.org/wiki/South_Georgia_Island) on 5 December 1914."),
        P("Heavy pack ice slowed her progress, and in January 1915 she was frozen in, only a day’s sail from the coast where the shore party was to land. For ten months the ship drifted with the ice. The men played football on the floes, exercised the dogs and waited. In October the pressure of the ice began to crush the hull, and on 27 October Shackleton ordered everyone onto the ice. The ship sank on 21 November."),
        C("The ship held fast in the pack ice during the long winter of 1915, her rigging coated with frost.",
          None, "Photo: Halvard Brekke / Sandefjord Polar Collection"),
    ]),
    ("Leg 2", "Camps on the Ice", [
        P("For five months the men lived in tents on the drifting floes, hoping the current would carry them toward land. They hunted seals and penguins for food and dragged the three lifeboats with them. When the ice finally broke up in April 1916, they took to the boats and after a week of cold, wet and exhausting sailing reached Elephant Island. It was the first time they had stood on solid ground for 497 days."),
        C("Hauling one of the lifeboats across the broken ice toward open water.",
          "Below", "Courtesy of the Harrowgate Museum of Exploration"),
        P("On the narrow beach of Elephant Island they turned two of the boats upside down on low walls of stones to make a hut, and they lived on seal and penguin meat. Most of them would spend more than four months there, keeping warm around a stove that burned blubber."),
    ]),
    ("Leg 3", "The Voyage of the James Caird", [
        P("Elephant Island lay far from any shipping route, and no one would come looking for them there. On 24 April Shackleton and five companions set out in the *James Caird*, a lifeboat less than seven metres long, to fetch help from South Georgia, some 1,300 kilometres away across the stormiest ocean on Earth. The captain of *Endurance*, Frank Worsley, navigated with a sextant during the rare moments when the sun appeared."),
        P("After sixteen days they landed on the uninhabited south coast of the island. Shackleton, Worsley and Tom Crean then crossed its unmapped mountains and glaciers in thirty-six hours, reaching the whaling station at Stromness on 20 May. The twenty-two men left on Elephant Island under Frank Wild were rescued on 30 August by the Chilean tug *Yelcho*, at the fourth attempt. Not one of them had died."),
        C("The James Caird being launched from the beach at Elephant Island, watched by the men who stayed behind.",
          None, "© Edda Lindqvist / Weddell Sea Survey"),
    ]),
    ("Leg 4", "Found at Last", [
        P("The wreck of *Endurance* was found in March 2022 by an expedition using underwater drones, about three thousand metres down in the Weddell Sea. The cold water and the absence of wood-eating worms had preserved her remarkably well, with her name still clearly visible on the stern."),
        C("The stern of the wreck, photographed by an underwater drone in 2022.", None, None),
    ]),
]

IMAGES = ["endurance-beset.png", "lifeboat-haul.png", "caird-launch.png", "wreck-stern.png"]
ALTS = ["Ship surrounded by pack ice", "Men pulling a boat on a sledge", "Small boat at the edge of a beach",
        "Ship's stern on the sea floor"]


def plain(s):
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    return re.sub(r"\*([^*]+)\*", r"\1", s)


def main():
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    lines = [TITLE, "=" * len(TITLE), ""]
    fig = 0
    for label, title, blocks in SECTIONS:
        if label:
            lines += ["###### " + label, "## " + title, ""]
        for b in blocks:
            if b[0] == "p":
                lines += [b[1], ""]
                continue
            _, text, pos, credit = b
            img = IMAGES[fig]
            Image.new("RGB", (800, 500), (172, 172, 172)).save(os.path.join(OUT, "img", img))
            img_line = "![%s](img/%s)" % (ALTS[fig], img)
            cap = "_%s%s_" % (pos + ": " if pos else "", text)
            if pos == "Below":
                # caption and credit come before the picture they describe
                lines += [cap, "", "> " + credit, "", img_line, ""]
            else:
                lines += [img_line, "", cap, ""]
                if credit:
                    lines += ["> " + credit, ""]
            fig += 1
    with open(os.path.join(OUT, NAME + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip() + "\n")
    gsecs = [(l, t, [("p", plain(b[1])) if b[0] == "p" else b for b in bl]) for l, t, bl in SECTIONS]
    write_gold(NAME, gold(TITLE, [], gsecs))
    print(NAME, "words", body_words(gsecs), "captions", n_captions(gsecs))


if __name__ == "__main__":
    main()
