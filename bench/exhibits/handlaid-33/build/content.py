# -*- coding: utf-8 -*-
"""All texts of the r30 exhibit set. Prose written for this set; museums, lenders, credits and numbers are made up.
`^n^` marks a glued note mark (printed, not gold)."""
import re

def gold_text(s):
    return re.sub(r"\^\d+\^", "", s).replace("|PB|", " ")

# ---------------------------------------------------------------- 1. Ötzi (folio layout engine, tagged)
OTZI = {
    "name": "otzi_iceman_1991",
    "kicker": "ROOM 4 · THE SIMILAUN FINDS",
    "title_lines": ["The Man from the Ice", "Ötzi and the Similaun Pass, 1991"],
    "header": "Museum of the High Valleys · Catalogue of the Ice Rooms",
    "footer": "Page {page} of {pages}",
    "intro": "On a warm September afternoon in 1991 two walkers crossing a pass on the border between Austria and Italy "
             "saw a brown shape in the melting ice. They thought it was a climber who had died a few years before. "
             "He had in fact lain there for more than five thousand years.",
    "sections": [
        {"label": "4.1", "title": "A Body in the Gully",
         "paras": [
             "Erika and Helmut Simon, on holiday from Nuremberg, had taken a short cut off the marked path near the "
             "Tisenjoch when they saw a head and shoulders sticking out of the water at the bottom of a rocky hollow. "
             "They took a photograph and reported the find at a mountain hut. Bodies of lost climbers turn up in the "
             "Alps every summer, and nobody at first thought this one was unusual.",
             "The recovery was rough. A police officer tried to free the body with a pneumatic drill and tore a hole "
             "in the hip, and visitors poked at it with ski sticks and ice axes. Only when an archaeologist from "
             "Innsbruck saw the axe lying beside the body, with a blade of copper rather than steel, did it become "
             "clear that the dead man belonged to the Copper Age.",
         ],
         "caption": {"pos": "Below", "text": "The hollow below the Tisenjoch where the body lay, photographed in the summer after the find.",
                     "credit": "Photo: Alpine Survey Archive, ASA 1992/41"}},
        {"label": "4.2", "title": "Whose Mountain?",
         "paras": [
             "The pass lies on the watershed between two valleys, and the border drawn there after the First World "
             "War was not marked on the ground. The body had been taken to Innsbruck, in Austria, but a new survey in "
             "the autumn of 1991 showed that the spot where it lay was about ninety metres inside Italy.",
             "After long talks the two countries agreed that Austrian scientists could finish their first studies and "
             "that the body would then go to Bolzano, in the Italian province of South Tyrol. In 1998 it was moved "
             "there and placed in a cold cell that keeps the temperature and moisture of a glacier.",
         ]},
        {"label": "4.3", "title": "What He Carried",
         "paras": [
             "No other prehistoric European has been found with so much of his everyday kit. He wore a coat and "
             "leggings of goat and sheep hide, a bearskin cap and shoes stuffed with grass for warmth. He carried a "
             "copper axe with a yew handle, a flint dagger in a woven sheath, an unfinished longbow taller than "
             "himself and a quiver holding fourteen arrows, only two of them ready to shoot.",
             "Two birch-bark containers, one of which had held embers wrapped in maple leaves, let him carry fire "
             "from one camp to the next. Pieces of a fungus threaded on a leather strip may have been a remedy for "
             "the worms found in his gut.",
         ],
         "caption": {"pos": "Below", "text": "A modern copy of the copper axe, made with tools of the period.",
                     "credit": "Lent by the Ötztal Experimental Workshop, OEW 2004.3"}},
        {"label": "4.4", "title": "An Arrow in the Back",
         "paras": [
             "For ten years he was thought to have died of cold and exhaustion. Then in 2001 an X-ray showed a flint "
             "arrowhead lodged under his left shoulder blade. The arrow had torn an artery, and he would have bled to "
             "death within minutes. A wound on his hand suggests that he had also fought someone at close quarters a "
             "day or two earlier.",
             "His stomach held the remains of a meal of ibex meat and wheat eaten shortly before he died, so he was "
             "not running for his life in the hours before the attack. Who shot him, and why the killer left the "
             "valuable copper axe behind, is a question no test can answer.",
         ]},
    ],
    "sidebar": {"title": "How the Ice Kept Him",
                "paras": [
                    "Most bodies left on a glacier are crushed and carried away as the ice moves downhill. This one lay "
                    "in a hollow in the rock, so the glacier flowed over the top of it without dragging it along.",
                    "Dry winds soon after death seem to have freeze-dried the body before snow covered it, which is why "
                    "his skin, organs and even the tattoos on his legs and back survived."]},
}

# ---------------------------------------------------------------- 2. Nebra (folio, glyph by glyph)
NEBRA = {
    "name": "nebra_sky_disc_1999",
    "kicker": "OBJECT OF THE MONTH",
    "number": "7",
    "title_lines": ["The Sky Disc", "of Nebra"],
    "footer_left": "Unstrut Valley Museum of Prehistory",
    "footer_right": "Object of the Month · sheet 7",
    "intro": "A bronze plate the size of a dinner plate, inlaid with gold, may be the oldest known picture of the "
             "night sky. It came to light in 1999 through an illegal dig and was recovered three years later in a "
             "police trap in a Swiss hotel.",
    "sections": [
        {"label": "A", "title": "Dug Up by Night",
         "paras": [
             "In July 1999 two men with a metal detector were searching a wooded hilltop called the Mittelberg, near "
             "the small town of Nebra in eastern Germany. Such searches on a protected site were against the law. "
             "They dug out a bronze disc, two swords, two axes, a chisel and pieces of arm rings, damaging the disc "
             "with a spade as they did so, and sold the whole hoard to a dealer the next day.",
             "Over the following years the hoard passed from hand to hand on the black market, rising in price each "
             "time. In February 2002 a buyer offered it to the state archaeologist of Saxony-Anhalt, Harald Meller, "
             "who arranged to meet the sellers in a hotel in Basel. Swiss police were waiting, and the disc was seized "
             "on the spot.",
             "The finders and the dealers were later brought to court and convicted, and the case made archaeologists "
             "across Europe more aware of the harm done by illegal detecting.",
         ]},
        {"label": "B", "title": "Sun, Moon and Stars",
         "paras": [
             "The disc is about thirty-two centimetres across and weighs around two kilograms. Its surface, now "
             "green, was once a dark brown. Hammered into it are sheets of gold showing a full circle, a crescent and "
             "thirty-two small stars, each piece of gold set into a shallow groove cut in the bronze. A cluster of seven stars is usually taken to be the Pleiades, a group that "
             "farmers in many cultures watched to know when to sow and when to harvest.",
             "Two golden arcs were added later along the edges. Each covers about eighty-two degrees, the same angle "
             "that separates the points on the horizon where the sun sets at midsummer and at midwinter, seen from "
             "the Mittelberg. A third arc, a curved band with fine lines, is often read as a boat carrying the sun "
             "across the night sky.",
             "If that reading is right, the people who added the arcs used the disc to mark the turning points of the "
             "year, though nobody knows whether it was handled as a tool or kept as a sacred object to be shown on "
             "special days.",
         ],
         "caption": {"pos": "Above", "text": "The disc as it looks today; one horizon arc is missing and the rim is damaged by the spade.",
                     "credit": "Photo: Unstrut Valley Museum, UVM 2002.1"}},
        {"label": "C", "title": "Proving Its Age",
         "paras": [
             "Because the disc had no recorded find spot, some scholars doubted it was genuine. The looters were "
             "taken back to the hill and showed the police where they had dug. Soil stuck to the objects matched the "
             "soil there, and the swords, which can be dated by their style, belong to about 1600 BC. Tests on the "
             "metal showed copper from the Alps and gold and tin from Cornwall, in the far south-west of Britain.",
             "A few researchers still argue that the disc is younger than the swords, from the Iron Age, but most "
             "accept that it was buried with them. Since 2008 it has been on show in Halle, and a tall viewing tower "
             "now marks the find spot on the Mittelberg.",
         ]},
    ],
    "pullquote": "A map of the sky, or a calendar in metal?",
    "sidebar": None,
}

# ---------------------------------------------------------------- 3. Gokstad (folio absolute, spread)
GOKSTAD = {
    "name": "gokstad_ship_1880",
    "kicker": "GALLERY GUIDE · HALL OF SHIPS",
    "title_lines": ["A Ship for the Dead:", "The Gokstad Burial, 1880"],
    "header_left": "Vestfold Boat Hall",
    "header_right": "Gallery Guide",
    "folios": ["22", "23"],
    "intro": "In the winter of 1880 two teenage brothers began digging into a large mound on a farm near Sandefjord "
             "in southern Norway. Under the turf lay a Viking warship, built around the year 890 and buried with a "
             "man of high rank.",
    "sections": [
        {"label": "I", "title": "The King’s Mound",
         "paras": [
             "The mound at Gokstad had long been known as the King’s Mound, and local people told stories of a ruler "
             "buried inside it. When the farmer’s sons started digging, news of the find reached the antiquarian "
             "Nicolay Nicolaysen in Kristiania, now Oslo. He took charge of the work in the spring of 1880 and cut a "
             "trench straight through the middle of the mound.",
             "The ship lay in a bed of blue clay, which had kept out air and preserved the oak of the hull. The upper "
             "part of the stern and the prow, which stuck out above the clay, had rotted away. In the middle of the "
             "ship stood a wooden chamber built like a tent, where the dead man had been laid on a bed.",
             "Within the year the ship had been taken to Kristiania, where it stood in a shed in the university "
             "garden for half a century.",
         ],
         "caption": {"pos": "Above", "text": "The King’s Mound after the dig, seen from the farm track, with the spoil heaped on either side.",
                     "credit": "Photo: Sandefjord Town Archive, STA 1880/4"}},
        {"label": "II", "title": "Built for the Open Sea",
         "paras": [
             "The ship is almost twenty-four metres long and five metres wide. Its hull is made of sixteen strakes of "
             "oak on each side, overlapping and fastened with iron rivets, and it is flexible enough to bend with the "
             "waves instead of fighting them. Thirty-two men could row it, and a single square sail drove it when the "
             "wind was fair.",
             "Sixty-four round shields, painted black and yellow, hung along the sides. Whether the ship was a war "
             "vessel or a chieftain’s yacht is still argued over, but a copy sailed across the Atlantic to Chicago in "
             "1893 and showed that it could handle ocean weather with ease.",
             "The oar holes along the sides were fitted with small wooden shutters, which could be closed when the "
             "ship was under sail so that the sea did not pour in as she heeled over.",
         ]},
        {"label": "III", "title": "Grave Goods and Robbers",
         "paras": [
             "The burial had been broken into long before 1880. Robbers had dug into the mound, perhaps only a few "
             "generations after the funeral, and taken any weapons and precious metal. What they left still tells a "
             "story: three small boats, a sledge, a tent frame, beds, a gaming board and kitchen tools, together with "
             "the bones of twelve horses, six dogs and two peacocks, birds that must have come from far to the south.^1^",
             "The skeleton of the man himself lay in the chamber. He was over forty, tall and strongly built, and he "
             "had died of wounds to his legs, probably in battle. Some have linked him with a king named in the sagas, "
             "but the written sources are too late to be sure.",
         ],
         "caption": {"pos": "Below", "text": "The ship in its trench in May 1880, with the burial chamber still standing amidships.",
                     "credit": "Photo: Nicolaysen Papers, Vestfold Boat Hall, VBH F.1880.12"}},
    ],
    "sidebar": {"title": "How a Ship Burial Worked",
                "paras": [
                    "A ship burial was the most expensive funeral the Viking world knew. The ship was dragged ashore, "
                    "dug into a trench and loaded with food, animals and belongings for the journey of the dead.",
                    "Only then was the mound heaped over it, sometimes over many weeks, so that the grave would stand "
                    "out on the skyline for generations."]},
    "notes": ["1. Counts of the animal bones differ a little between the reports of 1880 and later studies."],
    "timeline": [("1", "c. 890", "Ship built"), ("2", "c. 900", "Burial under the mound"),
                 ("3", "1880", "Excavation by Nicolaysen"), ("4", "1893", "Copy sails to Chicago"),
                 ("5", "1932", "Ship moved to a new hall")],
}

# ---------------------------------------------------------------- 4. Forth Bridge (folio absolute, bi-fold leaflet)
FORTH = {
    "name": "forth_bridge_1890",
    "kicker": "A WALK ACROSS THE FIRTH",
    "title_lines": ["Steel Across", "the Forth", "1890"],
    "footer": "Queensferry Bridge Centre",
    "intro": "When the Forth Bridge opened in March 1890 it had the longest spans in the world. It was built in the "
             "shadow of a disaster, and its engineers made it look as strong as it is.",
    "sections": [
        {"label": "Stop 1", "title": "After the Tay",
         "paras": [
             "Railway companies had long wanted a crossing of the Firth of Forth, to shorten the route from Edinburgh "
             "to the north. A suspension bridge designed by Thomas Bouch had been started, but in December 1879 "
             "Bouch’s bridge over the Tay fell during a storm, taking a train and everyone on board with it. Work on "
             "his Forth design stopped at once.",
             "The new engineers, John Fowler and Benjamin Baker, knew that the public would need to be reassured as "
             "much as the railway inspectors. They chose the cantilever, a form that had rarely been used at such a "
             "size, and calculated it for wind pressures far higher than any measured on the estuary.",
         ]},
        {"label": "Stop 2", "title": "Three Great Towers",
         "paras": [
             "The bridge stands on three double towers, each carrying two arms that reach out over the water. "
             "Between the arms, short suspended girders complete the two main spans of 521 metres. About fifty-four "
             "thousand tonnes of steel went into it, held together by some six and a half million rivets, many of "
             "them closed by hand by gangs of boys and men working high above the water.",
             "Baker explained the principle with a famous demonstration. Two men sat on chairs with their arms "
             "outstretched, holding sticks braced against the seats, and a third man sat on a plank slung between "
             "them. Their bodies stood for the towers and the man in the middle for the suspended span.",
             "Each tower rests on four great circular foundations called caissons, sunk into the bed of the firth. "
             "Men dug inside them under compressed air, which kept the water out but could cause a painful illness "
             "when they came back up too quickly.",
         ],
         "caption": {"pos": "Right", "text": "Baker’s human cantilever, posed for the camera in 1887.",
                     "credit": "Lent by the Fife Engineering Library, FEL 1887/2"}},
        {"label": "Stop 3", "title": "The Cost in Lives",
         "paras": [
             "More than four thousand people worked on the bridge at the busiest time. For many years the official "
             "figure for those who died was fifty-seven, but a study published in 2005 found the names of seventy-"
             "three, and later research has raised the count further. Men fell from the steel, were struck by dropped "
             "tools or drowned, although boats waited under the works to pull out anyone who fell.^1^",
             "Many of the workers lived in huts and lodgings in South Queensferry and the villages nearby, and some "
             "walked miles to the site each morning. Boys as young as fourteen heated rivets in small furnaces and tossed them up to the men who "
             "hammered them home.",
             "The Prince of Wales drove home the last rivet, which was gilded for the day, on 4 March 1890. The "
             "bridge still carries around two hundred trains a day.",
         ]},
    ],
    "sidebar": {"title": "Painting the Bridge",
                "paras": [
                    "Saying that a job is like painting the Forth Bridge means it never ends: by the time the painters "
                    "reached one end, the other needed doing again. A new coating applied between 2002 and 2011 is "
                    "expected to last for decades.",
                    "The deep red colour, often called Forth Bridge red, has become part of the view from both shores."]},
    "notes": ["1. Researchers are still finding names, so the total may rise again."],
    "back_notice": ["Visiting the centre", "Open daily 10.00–17.00 · Guided walks on Saturdays", "Cafe and shop by the slipway"],
    "facts": [("Length", "2,529 metres"), ("Main spans", "2 × 521 metres"), ("Rivets", "about 6.5 million"), ("Opened", "4 March 1890")],
}

# ---------------------------------------------------------------- 5. Cutty Sark (NavyFox DOCX)
CUTTY = {
    "name": "cutty_sark_1869",
    "kicker": "Exhibition text · second draft",
    "title_lines": ["Racing the Wind:", "The Cutty Sark, 1869"],
    "intro": "Launched at Dumbarton in November 1869, the Cutty Sark was built to bring the first tea of the season "
             "home from China. She arrived just as steam and the new Suez Canal were making ships like her obsolete.",
    "sections": [
        {"label": "Deck 1", "title": "A Ship Named After a Witch",
         "paras": [
             "The ship was ordered by John Willis, a London shipowner who wanted the fastest tea clipper afloat. "
             "Her name comes from Robert Burns’s poem Tam o’ Shanter, in which a young witch dances in a short shirt, "
             "a cutty sark in Scots. The figurehead shows her reaching out to grab the tail of Tam’s horse.",
             "The builders, Scott and Linton of Dumbarton, ran out of money before she was finished, and another "
             "yard completed her. Her hull was composite, with an iron frame and planking of teak and rock elm, "
             "sheathed below the waterline in a copper alloy to keep off weed and worm.",
             "She was designed by Hercules Linton, a young naval architect, who gave her a sharp bow and a long, "
             "narrow hull. Her masts carried a huge spread of canvas, and in a good wind she could overtake the early "
             "steamships.",
         ]},
        {"label": "Deck 2", "title": "The Tea Trade",
         "paras": [
             "In the tea races, clippers loaded at Foochow or Shanghai and raced to London, where the first cargo of "
             "the new season fetched the best price. The Cutty Sark’s best passage home from China took about a "
             "hundred and seven days. In 1872 she raced the Thermopylae and was ahead by several hundred miles when "
             "she lost her rudder in a gale, arriving a week behind her rival.",
             "By then steamers using the Suez Canal, opened in the same month she was launched, could make the trip "
             "faster and more reliably. After only eight seasons she left the tea trade for good.",
             "Sailing ships turned instead to cargoes that steamers did not want, such as coal, jute and wool, on "
             "routes too long for ships that had to stop for fuel.",
         ],
         "caption": {"pos": "Left", "text": "A tea chest of the kind carried in the clipper’s hold, stencilled with its merchant’s mark.",
                     "credit": "Lent by the Greenwich Tea Traders’ Guild, GTTG 14"}},
        {"label": "Deck 3", "title": "Wool and a Long Afterlife",
         "paras": [
             "Under Captain Richard Woodget, from 1885, she found new work carrying wool from Australia, and here she "
             "became famous for her speed, once covering more than three hundred and sixty miles in a single day. In "
             "1895 she was sold to a Portuguese firm and renamed Ferreira, and she traded for another quarter of a "
             "century. In 1916 she lost her masts in a storm and was re-rigged with a simpler, cheaper set of sails.",
             "A retired captain, Wilfred Dowman, bought her back in 1922 and used her as a training ship. In 1954 she "
             "was placed in a dry dock at Greenwich, where she survived|PB|a serious fire in 2007 and now stands "
             "raised above the ground so that visitors can walk beneath her hull.",
         ]},
    ],
    "pullquote": "She was the fastest ship of her day, and she arrived too late.",
    "sidebar": {"title": "Why Tea Needed Speed",
                "paras": [
                    "Tea loses its flavour in a damp hold, and buyers in London paid a premium for the first leaves of "
                    "the year. Merchants bet on which clipper would dock first, and the news was printed in the papers.",
                    "A fast passage also meant lower insurance and an earlier start on the next cargo, so a clipper that "
                    "saved a week on the voyage was worth a great deal to her owner."]},
    "dates": [("1869", "Launched at Dumbarton"), ("1872", "Race with the Thermopylae"), ("1885", "Woodget takes command"),
              ("1895", "Sold and renamed Ferreira"), ("1954", "Dry dock at Greenwich")],
}

# ---------------------------------------------------------------- 6. Galileo (HTML, static-site theme)
GALILEO = {
    "name": "galileo_moons_1610",
    "site": "Padua Observatory Collections",
    "title": "Four New Stars: Galileo’s Moons of Jupiter, 1610",
    "standfirst": "In January 1610 Galileo Galilei turned a home-made telescope on Jupiter and saw four small points "
                  "of light that moved from night to night. Within weeks he had told the world.",
    "sections": [
        {"label": "1", "title": "A Better Spyglass",
         "paras": [
             "News of a Dutch device that made distant things look near reached Venice in 1609. Galileo, then a "
             "professor of mathematics at Padua, worked out how it must be made and began grinding his own lenses. "
             "Within months he had an instrument that magnified about twenty times, far better than the toys sold "
             "at fairs.",
             "He showed one to the Venetian senate, who watched ships approaching the harbour hours before they could "
             "be seen with the naked eye. His salary was doubled. But Galileo was more interested in pointing the "
             "tube at the sky.",
             "He was not the only person doing so. In England, Thomas Harriot drew the moon through a Dutch "
             "instrument a few months before Galileo, but he did not publish what he saw. What set Galileo apart was "
             "that he looked night after night and wrote down exactly what he found.",
         ],
         "caption": {"pos": "Above", "text": "A replica of one of Galileo’s telescopes, made of wood covered with paper and leather.",
                     "credit": "Padua Observatory Collections, POC 1923.7"}},
        {"label": "2", "title": "Nights in January",
         "paras": [
             "On 7 January 1610 he saw three little stars in a line near Jupiter. The next night they had moved, and "
             "over the following week a fourth appeared. He drew their positions night after night and soon realised "
             "that they were circling the planet, as the moon circles the earth.",
             "This mattered a great deal. Opponents of the idea that the earth goes round the sun had asked how the "
             "moon could keep up with a moving earth. Here was a planet that clearly moved and kept four moons with "
             "it.",
             "His notes sketch Jupiter as a small circle with the moons as stars beside it, each drawing dated to the "
             "night and often to the hour. The pages survive and show him changing his mind as the evidence came in.",
         ]},
        {"label": "3", "title": "The Starry Messenger",
         "paras": [
             "Galileo rushed his findings into print. His short book Sidereus Nuncius, the Starry Messenger, "
             "appeared in Venice in March 1610, with drawings of the mountains and craters of the moon and of the "
             "thousands of stars invisible to the eye. He named the new moons the Medicean stars after the ruling "
             "family of Florence, and that summer he was given a post at their court.",
             "Today the four are called the Galilean moons: Io, Europa, Ganymede and Callisto. Space probes have shown "
             "volcanoes on Io and an ocean beneath the ice of Europa.",
             "Not everyone was convinced at first. Some scholars refused to look through the telescope, and others "
             "claimed that the new stars were tricks of the glass. Within a year, however, astronomers in Rome had "
             "seen the moons for themselves and confirmed what he had reported.",
         ]},
    ],
    "sidebar": {"title": "Seeing for Yourself",
                "paras": [
                    "Ordinary binoculars held steady against a wall will show the four moons as tiny dots beside "
                    "Jupiter. Their order changes from one night to the next, just as Galileo recorded.",
                    "A small telescope will also show the planet’s dark cloud belts and, when a moon passes in front of "
                    "the disc, its shadow as a tiny black dot."]},
    "pullquote": "Four points of light that would not stay still.",
}

ALL = [OTZI, NEBRA, GOKSTAD, FORTH, CUTTY, GALILEO]


def gold_for(doc, title=None, running=()):
    """Build the gold dict in the reference schema."""
    t = title or " ".join(doc["title_lines"])
    secs = [{"label": None, "title": t, "blocks": [{"kind": "paragraph", "text": doc.get("intro") or doc.get("standfirst")}]}]
    for s in doc["sections"]:
        paras = list(s["paras"])
        blocks = [{"kind": "paragraph", "text": gold_text(p)} for p in paras]
        c = s.get("caption")
        if c:
            blocks.append({"kind": "caption", "text": c["text"], "position": c["pos"], "credit": c["credit"]})
        secs.append({"label": s["label"], "title": s["title"], "blocks": blocks})
    sb = doc.get("sidebar")
    if sb:
        secs.append({"label": None, "title": sb["title"],
                     "blocks": [{"kind": "paragraph", "text": gold_text(p)} for p in sb["paras"]]})
    return {"title": t, "running": list(running), "sections": secs}
