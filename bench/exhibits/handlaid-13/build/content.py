# -*- coding: utf-8 -*-
"""All texts of the six r12 held-out exhibits. Every generator imports this file,
so the document and its gold come from the same strings."""
import json

def P(text):
    return {"kind": "paragraph", "text": text}

def C(text, position, credit):
    return {"kind": "caption", "text": text, "position": position, "credit": credit}

def S(label, title, blocks):
    return {"label": label, "title": title, "blocks": blocks}

def write_gold(path, title, running, sections):
    gold = {"title": title, "running": running, "sections": sections}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")

# ---------------------------------------------------------------- 1 tulip_mania (LuaLaTeX, KOMA)
TULIP = dict(
    kicker="Gallery 3 · Markets of the Golden Age",
    title_lines=["Tulips on Credit:", "The Dutch Bulb Craze", "of 1636–1637"],
    intro="Every winter of the 1630s, Dutch buyers paid rising sums for flowers that were still buried in the ground. This gallery follows the bulbs from Ottoman gardens to the taverns of Haarlem, and asks how much of the famous madness really happened.",
    header="Oostkamp Museum of Trade · Gallery Notes",
    pullquote="“A single bulb was said to be worth as much as a fine house.”",
    sections=[
        S("A", "A Flower from the East", [
            P("Tulips reached the Low Countries from the Ottoman Empire in the middle of the sixteenth century. The botanist Carolus Clusius planted them in the new garden at Leiden University in 1593, and his neighbours soon began stealing his bulbs."),
            P("The most admired flowers were the broken tulips, whose petals were streaked with flames of purple or red. Nobody then knew that a virus spread by aphids caused the pattern, so every striped bloom seemed a small miracle that could not be repeated at will."),
            C("A striped tulip painted for a grower’s sale catalogue, about 1637.", "Top left", "Watercolour: Haarlem Florists’ Album / Oostkamp Print Room"),
        ]),
        S("B", "Trading in the Taverns", [
            P("By 1636 bulbs were bought and sold long before they flowered. Traders met in the back rooms of inns, where small groups called colleges set the rules and collected a fee on every deal. Most contracts were promises to pay in the summer, when the bulbs could be lifted from the soil."),
            P("Prices climbed through the winter. A single bulb of the famous Semper Augustus was said to be worth as much as a fine house on an Amsterdam canal, although very few of these bulbs ever changed hands."),
            C("Tavern scene with traders weighing bulbs, from a satirical print of 1637.", "Above", "Courtesy of the Zandvoort Collection of Popular Prints"),
        ]),
        S("C", "The Crash and the Legend", [
            P("In the first week of February 1637 buyers in Haarlem suddenly stopped turning up to auctions. Within days prices collapsed. The courts refused to enforce most of the contracts, and towns later settled the debts for a small share of the agreed sums."),
            P("Historians now think that the damage was modest. Few people were ruined, and the stories of bankrupt merchants came largely from moralising pamphlets. Yet the tulip craze is still quoted whenever a market seems to lose its head."),
            C("Bulbs of a modern striped variety in the museum garden.", "Right", "Photo: Ilse Vermeulen"),
        ]),
    ],
)

# ---------------------------------------------------------------- 2 darien_scheme (wkhtmltopdf)
DARIEN = dict(
    eyebrow="Special Display · Scotland and the Wider World",
    title="Caledonia’s Lost Colony: The Darien Scheme, 1698–1700",
    standfirst="In the summer of 1698 five ships left Leith carrying some twelve hundred settlers and much of Scotland’s ready money. Their goal was a narrow strip of land between two oceans.",
    header="Firthside Museum of Scotland",
    footer="Please leave this sheet in the gallery · Special Display 4",
    pullquote="“Perhaps a fifth of all the coin in the country.”",
    sections=[
        S("Panel 1", "A Nation Invests", [
            P("The Company of Scotland was founded in 1695 to trade with Africa and the Indies. When English investors were forced to pull out, ordinary Scots stepped in. Nobles, merchants, ministers and servants pledged about four hundred thousand pounds, perhaps a fifth of all the coin in the country."),
            P("The directors chose the Isthmus of Darien, in what is now Panama. A port there, they believed, would carry the trade of the Pacific to Europe without the long voyage around Cape Horn."),
            C("Share receipt issued by the Company of Scotland in Edinburgh, 1696.", "Left", "Lent by the Moncrieff Family Papers"),
        ]),
        S("Panel 2", "Fever at New Edinburgh", [
            P("The settlers built a fort they called St Andrew and laid out a town named New Edinburgh. The land was wetter, and the local Guna people far less interested in trade, than the colonists had been told. Their cargo of woollen cloth, wigs and bibles found almost no buyers."),
            P("Fever and hunger killed hundreds within months. The English colonies had been ordered not to help, and in July 1699 the survivors abandoned the settlement. A second expedition arrived soon after, only to be besieged by Spanish forces and forced to surrender in 1700."),
            C("Sketch map of the harbour at Caledonia Bay, copied from a settler’s journal.", "Top right", "Drawing: Euan Lockhart / Firthside Map Library"),
        ]),
        S("Panel 3", "The Road to Union", [
            P("Fewer than one settler in four returned to Scotland. The losses left many families and burghs deep in debt and turned public anger against England."),
            P("When the Treaty of Union was agreed in 1707, it included a payment known as the Equivalent. Part of it repaid the shareholders of the failed company, with interest, a fact that critics of the Union never allowed anyone to forget."),
        ]),
        S(None, "What Was Lost", [
            P("Of the sixteen ships sent out by the company, only one came home. The rest were wrecked, burned, seized or left to rot in tropical harbours."),
        ]),
    ],
)

# ---------------------------------------------------------------- 3 carrington_event (pikepdf)
CARRINGTON = dict(
    title_lines=["The Day the Sky Caught Fire:", "The Carrington Event of 1859"],
    intro="Late in the summer of 1859 the Sun threw a vast cloud of charged gas towards the Earth. It produced the strongest magnetic storm ever recorded and gave the new telegraph networks their first taste of space weather.",
    header="Sun and Storm",
    footer_fmt="Calder Museum of Science — {page}",
    footnotes=[
        "Carrington published his account in the Monthly Notices of the Royal Astronomical Society in November 1859.",
        "The story appeared in several Colorado newspapers in the following weeks.",
    ],
    sections=[
        S("01", "A Flash in Redhill", [
            P("On the morning of 1 September the astronomer Richard Carrington was sketching a large group of sunspots at his private observatory in Redhill, Surrey. Suddenly two patches of intense white light appeared among the spots. He ran to find a witness, and by the time he returned the glare was already fading."),
            P("In London, Richard Hodgson saw the same brilliant flash independently. Both men had observed what we now call a solar flare, the first ever recorded."),
            C("Carrington’s drawing of the sunspot group as it looked just before the flare.", "Left", "Reproduced by permission of the Calder Astronomical Society"),
        ]),
        S("02", "Auroras over the Tropics", [
            P("About seventeen hours later the cloud struck the Earth’s magnetic field. Auroras blazed across the night sky as far south as Cuba, Hawaii and Colombia. In the Rocky Mountains gold miners woke in the small hours and began making breakfast, convinced that morning had come."),
            P("In New England the light was bright enough to read a newspaper by at midnight. Many people feared that a great city was burning beyond the horizon, or that the end of the world had come."),
            C("Aurora over a harbour, from a painting made shortly after the storm.", "Above", "Painting: Marguerite Olsen / private collection"),
        ]),
        S("03", "Sparks on the Wires", [
            P("Telegraph systems in Europe and North America failed or behaved strangely. Operators received electric shocks, and sparks jumped from their equipment and set paper alight. Some lines carried messages for hours with their batteries disconnected, powered only by the currents induced by the storm."),
            P("Scientists still study the event closely. A storm of the same strength today could damage satellites and power grids around the world, which is why space agencies now watch the Sun day and night."),
        ]),
    ],
)

# ---------------------------------------------------------------- 4 tea_race (GNU enscript -> ps2pdf); ASCII only
TEA = dict(
    title_lines=["THE GREAT TEA RACE OF 1866:", "CLIPPERS FROM FOOCHOW TO LONDON"],
    intro="In May 1866 sixteen sailing ships loaded the first tea of the season at Foochow. Three of them reached London on the same tide ninety-nine days later.",
    header=("Harbourside Maritime Museum", "Label copy, Gallery 5", "Page {page} of {topage}"),
    sections=[
        S("CASE 1", "Racing for the First Crop", [
            P("Tea merchants in London paid a premium for the first cargo of the new season, and the ship that docked first won a bonus for her master and crew. Fast clippers such as Ariel, Taeping, Fiery Cross, Serica and Taitsing were built for this trade, with sharp hulls and vast clouds of sail."),
            P("Ariel finished loading first and crossed the bar of the Min River on 30 May. Fiery Cross, Taeping and Serica followed within a day."),
            C("Builder's half model of a tea clipper hull, made in Glasgow about 1863.", "Left", "Harbourside Maritime Museum, gift of the Rennie family"),
        ]),
        S("CASE 2", "Sixteen Thousand Miles", [
            P("The course ran south through the China Sea, across the Indian Ocean, round the Cape of Good Hope and north through the Atlantic. For weeks at a time the leading ships never saw one another, and their masters raced against rumour as much as against rivals. Calms near the Equator could cost a ship several days."),
            P("On the morning of 5 September Ariel and Taeping sighted each other off the Lizard and ran up the Channel side by side, sometimes only a few hundred yards apart."),
        ]),
        S("CASE 3", "A Dead Heat on the Thames", [
            P("Taeping docked in London about twenty minutes before Ariel, and Serica arrived the same night. The owners agreed to share the bonus rather than argue over who had really won."),
            P("The race was one of the last great contests under sail. The Suez Canal opened in 1869, and steamships could use it to bring tea to Europe far more quickly."),
            C("Log book kept aboard Taeping, open at the entry for 6 September 1866.", "Right", "Lent by the Guild of Master Mariners, Leith"),
        ]),
    ],
)

# ---------------------------------------------------------------- 5 radium_girls (python-docx)
RADIUM = dict(
    kicker="Workplace and Health Gallery",
    title="Painted with Light: The Radium Girls",
    intro="In the years around the First World War, young women in New Jersey and Illinois were hired to paint glowing numbers on watch dials. The paint contained radium, and it slowly poisoned them.",
    header="Lakeview Museum of Working Life",
    footer="Painted with Light – Gallery Text",
    sections=[
        S("A", "Lip, Dip, Paint", [
            P("The United States Radium Corporation opened its studio in Orange, New Jersey, in 1917. Most of the painters were teenagers or women in their early twenties, and the work paid well. To keep a fine point on their camel-hair brushes, they were taught to shape the bristles between their lips."),
            P("The dial painters swallowed a little radium with every stroke. Some painted their nails or teeth with the paint for fun, and their clothes glowed in the dark when they walked home."),
            C("A luminous watch dial of the early 1920s, photographed in daylight.", "Right", "Photo: Theo Brandauer / Lakeview Collection of Industrial Life"),
        ]),
        S("B", "Jaws That Crumbled", [
            P("By the early 1920s former workers were falling ill with anaemia, broken bones and terrible decay of the jaw. Company doctors blamed other causes, and the firm insisted that the paint was safe. It took years before any doctor linked the deaths to the glowing paint."),
            P("In 1927 Grace Fryer and four colleagues sued their former employer. The newspapers called them the Radium Girls. They settled the case the following year, but several of them died soon afterwards."),
        ]),
        S("C", "Changing the Rules", [
            P("The women’s long fight helped to change American law. Workers gained the right to sue employers for harm caused by their jobs, and safety standards for radium were later used to protect scientists on the atomic bomb project."),
            C("Tools of a dial painter: a fine brush, a small dish and a tin of powder.", "Left", "Courtesy of the Orange Valley Historical Society"),
        ]),
        S(None, "How Radium Harms", [
            P("Radium behaves much like calcium in the body, so it collects in the bones. There it gives off radiation for many years, damaging the marrow and the bone around it."),
        ]),
    ],
)

# ---------------------------------------------------------------- 6 black_sunday (static-site HTML)
DUST = dict(
    kicker="Prairie Stories",
    title="Black Sunday: The Great Dust Storm of 14 April 1935",
    lead="On Palm Sunday 1935 a wall of dust hundreds of miles wide rolled across the southern Great Plains. For many who lived through it, the day came to stand for the whole Dust Bowl decade.",
    pullquote="Day turned to night in minutes.",
    footnotes=[
        "The Associated Press reporter Robert Geiger used the phrase in a dispatch written the next day.",
    ],
    sections=[
        S("1", "Ploughing the Plains", [
            P("In the years after the First World War, high wheat prices and new tractors encouraged farmers to plough millions of acres of native grassland in Kansas, Oklahoma, Texas, Colorado and New Mexico. The deep-rooted prairie grasses that had held the soil in place for thousands of years disappeared."),
            P("When severe drought arrived in 1931, crops failed and the bare fields began to blow. Dust storms grew more frequent each spring."),
            C("A farmstead half buried by drifting soil near Boise City, Oklahoma.", None, "Photo: Harlan Tuttle / Cimarron Valley Archive"),
        ]),
        S("2", "The Black Blizzard", [
            P("The afternoon of 14 April began warm and clear. Then a cold front swept south from the Dakotas, lifting the loose topsoil into a rolling black cloud. Birds fled ahead of it. When it struck, day turned to night in minutes, and people could not see their own hands in front of their faces."),
            P("Families sheltered indoors with wet cloths over their mouths. Cars stalled as static electricity shorted their ignitions, and drivers were stranded on the roads. By evening the dust lay in drifts against fences and doors."),
        ]),
        S("3", "Saving the Soil", [
            P("Reporters in the region began calling it the Dust Bowl, and the name stuck. Within days a storm from the same drought left a film of dust over Washington, DC, just as Congress was discussing soil erosion."),
            P("The Soil Conservation Service was created later that month. It paid farmers to plough along the contours, plant windbreaks of trees and return worn-out land to grass."),
            C("Shelterbelt of cottonwoods planted in the late 1930s, as it stands today.", None, "Photo: Rosa Delgado"),
        ]),
    ],
)

def body_words(intro, sections):
    n = len(intro.split()) if intro else 0
    for s in sections:
        for b in s["blocks"]:
            if b["kind"] == "paragraph":
                n += len(b["text"].split())
    return n

if __name__ == "__main__":
    for name, d, intro in [("tulip", TULIP, TULIP["intro"]), ("darien", DARIEN, DARIEN["standfirst"]),
                           ("carrington", CARRINGTON, CARRINGTON["intro"]), ("tea", TEA, TEA["intro"]),
                           ("radium", RADIUM, RADIUM["intro"]), ("dust", DUST, DUST["lead"])]:
        print(name, body_words(intro, d["sections"]))
