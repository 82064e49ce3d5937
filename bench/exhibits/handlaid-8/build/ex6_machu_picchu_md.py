"""Exhibit 6: Machu Picchu, as a Markdown page of a static museum website
(Hugo style). The title is ONLY in the YAML front matter (no H1 in the
body); the front matter also holds layout/date/tags/summary fields that are
not content. A "Contents" line of in-page links and an HTML comment come
before the first section. Section headings are setext (underlined with
---) and read "Room A · Title". Paragraphs are hard-wrapped at ~72
columns (a link's text is wrapped across two lines), with inline emphasis,
and footnote references [^1] whose definitions sit at the end
(apparatus, not in the gold). Figure 1 is a Hugo shortcode
{{< figure src= caption= attr= >}}; figure 2 is a Markdown image followed by
a paragraph "*Above:* caption <small>credit</small>"; its alt text is not a
caption. A "Back to the exhibition list" link ends the page."""
import os, sys, textwrap, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE, strip_md

NAME = "machu_picchu"
TITLE = "Machu Picchu: The City Above the Clouds"

# paragraph strings may contain markdown emphasis (*x*), [^n] refs and [text](url) links;
# the gold strips them
SECTIONS_MD = [
    (None, TITLE, [
        P("High on a ridge between two mountains in the Peruvian Andes stand the stone buildings of Machu Picchu. Built "
          "by the Inca in the fifteenth century and abandoned within a hundred years, it is today the best known "
          "archaeological site in South America."),
    ]),
    ("Room A", "A Royal Estate", [
        P("Machu Picchu was built around 1450, probably as a country estate for the Inca ruler *Pachacuti*, whose armies "
          "had turned a small kingdom around Cusco into an empire stretching along the Andes.[^1] Its temples, palaces, "
          "houses and storerooms were laid out on the ridge with remarkable skill, and the finest walls were made of "
          "granite blocks cut to fit together without mortar."),
        P("Hundreds of farming terraces were built on the steep slopes. Beneath them, layers of stones, gravel and soil "
          "drained away the heavy rain, which helped to stop the whole site from sliding down the mountain."),
        C("Terraces on the eastern slope, with the peak of Huayna Picchu behind.", None,
          "Photo: Ines Quispe Huamán / Archivo Fotográfico Urubamba"),
    ]),
    ("Room B", "Abandoned and Remembered", [
        P("The estate was probably home to no more than about seven hundred and fifty people, most of them servants. It was "
          "abandoned around the time of the Spanish conquest in the 1530s, perhaps because its supply of workers and goods "
          "from Cusco was cut off. The Spanish never seem to have found it, so it escaped the destruction suffered by many "
          "Inca temples."),
        P("Local farmers, however, always knew the ruins. Some of them were living and growing crops on the old terraces "
          "when the first foreign explorers arrived."),
    ]),
    ("Room C", "The Yale Expedition", [
        P("In July 1911 the American lecturer Hiram Bingham, who was searching for the last stronghold of the Inca, was "
          "led up the mountain by a farmer named Melchor Arteaga. Bingham returned in 1912 with a team sponsored by Yale "
          "University and the [National Geographic Society](https://example.org/ngs), which cleared the vegetation and "
          "took thousands of photographs."),
        P("An article about the site in 1913 made Machu Picchu famous around the world. The expedition also shipped "
          "thousands of objects to Yale; after a long dispute most of them were returned to Peru between 2011 and 2012.[^2]"),
        C("The expedition’s camp below the ridge in 1912, with tents pitched on an old terrace.", "Above",
          "Courtesy of the Whitcombe Andean Survey Papers"),
    ]),
    ("Room D", "Protecting the Site", [
        P("In 1983 Machu Picchu was declared a World Heritage Site. Today more than a million visitors come each year, most "
          "of them by train and bus from Cusco, and the number allowed into the ruins each day is limited to protect the "
          "stonework and the paths."),
    ]),
]

NOTES = {
    "1": "The attribution to Pachacuti rests on sixteenth-century legal documents about the estates of his family.",
    "2": "The return followed an agreement between Yale University and the government of Peru signed in 2010.",
}

import re


def clean(s):
    s = re.sub(r"\[\^\d+\]", "", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)
    return strip_md(s)


SECTIONS = [(l, t, [P(clean(b[1])) if b[0] == "p" else b for b in bl]) for l, t, bl in SECTIONS_MD]


def wrap(s):
    return "\n".join(textwrap.wrap(s, 72, break_on_hyphens=False, break_long_words=False))


def slug(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


def main():
    o = ["---",
         'title: "%s"' % TITLE,
         "layout: exhibition",
         "date: 2026-04-02",
         "gallery: Andes Hall",
         "tags: [Inca, Peru, archaeology]",
         'summary: "The Inca estate on the ridge above the Urubamba valley, and how it became famous."',
         "draft: false",
         "---", ""]
    o.append(wrap(SECTIONS_MD[0][2][0][1]))
    o.append("")
    o.append("**Contents:** " + " · ".join("[%s](#%s)" % (t, slug(l + " " + t)) for l, t, _ in SECTIONS_MD[1:]))
    o.append("")
    o.append("<!-- curator: check visitor numbers against the 2025 ministry report before publishing -->")
    o.append("")
    img1 = "/images/exhibitions/machu-picchu/terraces.png"
    for label, title, blocks in SECTIONS_MD[1:]:
        h = "%s · %s" % (label, title)
        o.append(h); o.append("-" * len(h)); o.append("")
        for b in blocks:
            if b[0] == "p":
                o.append(wrap(b[1])); o.append("")
            elif label == "Room A":
                o.append('{{< figure src="%s" alt="Green terraces on a steep slope" caption="%s" attr="%s" >}}'
                         % (img1, b[1], b[3]))
                o.append("")
            else:
                o.append("![Tents on a grassy terrace below stone walls](img/camp.png)")
                o.append("")
                o.append("*%s:* %s <small>%s</small>" % (b[2], b[1], b[3]))
                o.append("")
    o.append("[^1]: " + NOTES["1"])
    o.append("[^2]: " + NOTES["2"])
    o.append("")
    o.append("[← Back to the exhibition list](/exhibitions/)")
    o.append("")
    open(os.path.join(OUT, NAME + ".md"), "w", encoding="utf-8").write("\n".join(o))
    shutil.copy(os.path.join(HERE, "grey.png"), os.path.join(OUT, "img", "camp.png"))
    write_gold(NAME, gold(TITLE, [], SECTIONS))
    print(NAME, "body words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
