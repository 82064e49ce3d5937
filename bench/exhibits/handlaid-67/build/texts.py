# -*- coding: utf-8 -*-
"""All prose of set 67 (my own words) and the non-gold furniture of each document."""

EX = {}

# ---------------------------------------------------------------- 1 PDF
EX["perkin_mauve_1856"] = dict(
    kicker="CHAPTER 4 · COLOURS FROM THE LABORATORY",
    title_lines=["A Purple from Coal Tar", "William Perkin and Mauveine, 1856"],
    running=["58", "59", "1 · An Easter Experiment", "3 · A Colour for Everyone",
             "Ferncastle Museum of Dress · Catalogue of the Colour Collection"],
    intro="In the spring of 1856 a teenage chemistry student failed to make a medicine and made a colour instead. "
          "His purple was the first dye to be sold that had been designed in a laboratory rather than taken from a "
          "plant, an insect or a shellfish, and within a generation it had changed the chemistry of the whole world.",
    sections=[
        dict(label="1", title="An Easter Experiment", paras=[
            "William Henry Perkin was eighteen and working as an assistant to August Wilhelm von Hofmann at the Royal "
            "College of Chemistry in London. Hofmann hoped that quinine, the only reliable remedy for malaria, might be "
            "built from the cheap substances left over when coal was turned into lighting gas. During the Easter "
            "holiday Perkin tried the idea in a rough laboratory at his family’s home in Shadwell.",
            "The experiment failed. Instead of colourless quinine, his flask held a black sludge. When he washed it "
            "out with alcohol, the liquid turned a brilliant purple, and a strip of silk dipped into it kept the "
            "colour after washing and after days in the sun. Perkin sent a sample to a dye works in Perth, whose "
            "owner answered that if it would not make the goods too expensive it was one of the most valuable "
            "discoveries for a long time.",
        ]),
        dict(label="2", title="A Factory at Greenford", paras=[
            "Against Hofmann’s advice Perkin left college, took out a patent in August 1856 and persuaded his father, "
            "a builder, to put his savings into a factory. With his brother Thomas he built the works beside the "
            "Grand Junction Canal at Greenford Green, west of London, and began production late in 1857. Almost "
            "everything had to be invented on the spot, from the large iron vessels to a safe way of making the "
            "nitrobenzene that the process needed.",
            "Dyers were at first unwilling to try a new colour that behaved unlike any they knew. Perkin travelled to "
            "the mills himself and worked out with them how to fix the dye to cotton with tannin, which turned out to "
            "be harder than dyeing silk.",
        ], caption=dict(text="A skein of silk dyed with mauveine at Greenford, with its original paper label, about 1862.",
                        position="Left", credit="Lent by the Holloway Dyers’ Company, HDC 1862.4")),
        dict(label="3", title="A Colour for Everyone", paras=[
            "The breakthrough came from fashion. French dyers had called the shade mauve, after the mallow flower, "
            "and in 1857 and 1858 the Empress Eugénie and then Queen Victoria wore it in public. The result was "
            "what Punch called the mauve measles: for a few seasons purple ribbons, gloves and crinoline dresses "
            "were everywhere, and a colour once reserved for the very rich could be bought by a shop assistant.",
            "Mauve itself was soon out of date, overtaken by magenta and a flood of other synthetic colours. German "
            "firms such as BASF, Hoechst and Bayer built research laboratories that made dyes, then drugs and "
            "explosives, and by 1900 they dominated the trade. Perkin sold his works in 1874 at the age of thirty-six "
            "and returned to research. He was knighted in 1906, fifty years after his Easter discovery.",
        ]),
    ],
    sidebar=dict(title="Queen Victoria’s Stamp", paras=[
        "The lilac penny stamp of 1881 was printed in a purple that has been argued over ever since. Some "
        "collectors say it was coloured with Perkin’s mauveine; analysis of a few surviving sheets suggests a "
        "related synthetic dye. Either way, a colour first made in a Shadwell shed ended up on every letter sent "
        "in Britain.",
    ]),
    notes=["1 Hofmann later returned to Berlin, where he taught many of the chemists who built the German dye industry.",
           "2 British patent granted on 26 August 1856 for a new colouring matter for dyeing silk, cotton and wool."],
    pull="“A colour once worn only by emperors could now be bought by the yard in any market town.”",
    table=None,
)

# ---------------------------------------------------------------- 2 PDF
EX["cochineal_trade_1523"] = dict(
    kicker="GALLERY 3 · RED",
    title_lines=["Insects Worth Their Weight in Silver", "The Cochineal Trade"],
    dateline="1523–1870",
    running=["Marrowby Textile Museum · Gallery 3 · Panel 2"],
    intro="For three and a half centuries the brightest reds in European cloth came from a small scale insect that "
          "lives on cactus pads in Mexico and Peru. Dried and ground, it gave a crimson so strong and so fast that "
          "it became one of the most valuable goods ever shipped from the Americas.",
    sections=[
        dict(label="A", title="A Dye of the Mixteca", paras=[
            "Long before the Spanish arrived, farmers in the highlands of Oaxaca had bred a domestic form of the "
            "insect, larger and richer in colour than its wild cousins. Families raised the females on prickly pear "
            "plants, brushed them off with a feather or a deer’s tail, killed them with hot water, steam or sun, and "
            "dried them into grains. Aztec rulers took cochineal as tribute, and red cloth was a sign of rank.",
            "A good harvest needed patience. The insects had to be moved to fresh plants in the rainy season, "
            "protected from birds, lizards and cold nights, and picked at the right moment, when the females were "
            "full of eggs and of colour. A family could gather several crops a year from one garden of cactus.",
            "The conquerors saw its value at once. From about 1523 Spanish officials encouraged the trade, and "
            "merchants in Puebla and Oaxaca advanced money to native producers against future harvests. The insects "
            "themselves stayed in Indigenous hands, since the work of tending them was slow and skilled.",
        ]),
        dict(label="B", title="Across the Atlantic", paras=[
            "Cochineal reached Seville in the treasure fleets, and from there went to the dye shops of Antwerp, "
            "Venice and Florence. It replaced kermes, an Old World insect that gave a weaker red at about ten times "
            "the cost per unit of colour. Venetian scarlet, the robes of cardinals, Turkish carpets and the coats "
            "of British soldiers all came to depend on it. Spain guarded the source so well that many buyers "
            "thought for a century that the grains were seeds.",
            "In 1777 a French botanist, Nicolas-Joseph Thiéry de Menonville, smuggled living insects and cactus "
            "pads out of Oaxaca to the French colony of Saint-Domingue, but his plantation did not outlive him. "
            "Only after Mexican independence did production spread, to Guatemala and above all to the Canary "
            "Islands, where cactus gardens covered whole hillsides in the 1850s.",
        ], caption=dict(text="A merchant’s sample card of cochineal grains graded by quality, Cádiz, about 1780.",
                        position="Right", credit="Courtesy of the Ansell Collection, Bristol")),
        dict(label="C", title="Driven Out by Chemistry", paras=[
            "The synthetic dyes that followed Perkin’s mauve undercut cochineal within twenty years. Alizarin, "
            "the colouring matter of madder, was made from coal tar in 1869, and cheap azo reds came soon after. "
            "By 1880 the price of the grains had collapsed and the Canary growers turned to bananas and tomatoes.",
            "The insect never disappeared. Its extract, carmine, is still used to colour yoghurt, sweets and "
            "lipstick, often listed on the label as E120, and Peru is now the largest producer.",
            "Natural dyers and restorers have also returned to it. Tapestry workshops use cochineal to match old "
            "reds, and in Oaxaca a few families again raise the insects in the traditional way, selling the grains "
            "to artists and weavers who want a colour with a history.",
        ]),
    ],
    sidebar=dict(title="Did You Know?", paras=[
        "About seventy thousand dried insects are needed to make a single pound of cochineal. The colour comes "
        "from carminic acid, which the females produce to keep ants and other predators away.",
        "Mixed with tin salts, the same grains gave the bright scarlet of military coats.",
    ]),
    table=dict(title="Seville imports", rows=[("1570s", "about 50 tonnes a year"), ("1600s", "about 150 tonnes"),
                                               ("Value", "second only to silver")]),
    quote=("“Whoever held the cactus held the colour of kings.”", "— Dolores Venn, curator, 2021"),
)

# ---------------------------------------------------------------- 3 PDF leaflet
EX["cromford_mill_1771"] = dict(
    kicker="A WALK AROUND THE MILLS",
    title_lines=["Cromford", "Arkwright’s Water-Powered Cotton Mill, 1771"],
    running=["Derwent Valley Textile Trust · Trail Leaflet 2"],
    intro="In a narrow Derbyshire valley Richard Arkwright built a mill that ran day and night on water power. "
          "This leaflet takes you around the buildings where the factory system began.",
    sections=[
        dict(label="Stop 1", title="The Barber and the Spinning Frame", paras=[
            "Richard Arkwright was born in Preston in 1732, the youngest son of a tailor. He trained as a barber and "
            "wig maker, and travelled the Lancashire markets buying human hair. There he heard weavers complain that "
            "spinners could not make yarn fast enough, and especially a strong cotton thread for the warp.",
            "With the clockmaker John Kay he built a machine that drew out the cotton between pairs of rollers "
            "turning at different speeds before twisting it on a spindle. He patented it in 1769. Because it was "
            "too large to be turned by hand, it soon became known as the water frame.",
            "Arkwright first set up a horse-driven mill in Nottingham, close to the stocking knitters who "
            "wanted his yarn. Horses were slow and expensive to feed, and he began to look for a river.",
        ]),
        dict(label="Stop 2", title="The First Mill", paras=[
            "In 1771 Arkwright and his partners, the hosiers Jedediah Strutt and Samuel Need, leased land at "
            "Cromford, where a warm spring fed by old lead mine drains never froze. The first mill, five storeys of "
            "gritstone, was working by the end of the year. It ran in two shifts of twelve hours, and the tall "
            "windows and the steady power of the wheel allowed work to go on through the night.",
            "Arkwright added carding machines and other processes so that raw cotton went in at one end and "
            "finished yarn came out at the other. A second, larger mill followed in 1776, and the pattern was "
            "copied across Britain, in Europe and in the United States, where Samuel Slater carried it in his head.",
            "The mill was not only a machine for making yarn but a new kind of discipline. Hours were fixed by a "
            "bell, lateness was fined, and the pace of work was set by the wheel rather than by the worker.",
        ], caption=dict(text="The upper mill at Cromford in a watercolour of about 1790, before the top floors were lost.",
                        position="Above", credit="Courtesy of the Wolstan Family, on long loan")),
        dict(label="Stop 3", title="A Village for the Workers", paras=[
            "There were not enough people in the valley to run the machines, so Arkwright built houses. North "
            "Street, of 1776, still stands, its top floors lit by long windows for the framework knitters who "
            "worked at home. He added a market, an inn and later a chapel, and hired whole families, "
            "children from the age of seven among them.",
            "Arkwright’s patents were overturned in 1785, but by then he was rich. He was knighted in 1786 and began "
            "a castle for himself above the river. He died in 1792, the year it was finished.",
            "The mills kept spinning, under his son and later owners, until 1840 and in other uses long after. "
            "Since 2001 the valley from Matlock Bath to Derby has been a World Heritage Site, and the buildings on "
            "this walk are being restored one by one.",
        ]),
    ],
    sidebar=dict(title="Why Cromford?", paras=[
        "The Derwent valley offered fast water, a warm spring, cheap land from the Duke of Devonshire’s neighbours "
        "and a local workforce of lead miners’ families. It was also far from the machine breakers of Lancashire.",
    ]),
    back=["Derwent Valley Textile Trust", "Mill Lane, Cromford DE4 3RQ", "Open daily 10.00–16.30",
          "Trail length about 1.5 km · allow one hour"],
)

# ---------------------------------------------------------------- 4 PDF A3 landscape
EX["singer_sewing_machine_1851"] = dict(
    kicker="HOME AND WORK · PANEL 2",
    title_lines=["A Machine in Every Parlour", "Isaac Singer and the Sewing Machine, 1851"],
    running=["Garrowby Museum of Clothing · The Stitch Gallery", "2"],
    intro="Clothes were sewn by hand, one stitch at a time, until the middle of the nineteenth century. A handful of "
          "inventors, lawyers and salesmen changed that within twenty years and put a machine into factories and "
          "homes around the world.",
    sections=[
        dict(label="2.1", kicker="BEFORE SINGER", title="Needles with an Eye at the Point", paras=[
            "Many people had tried to mechanise sewing. In Paris the tailor Barthélemy Thimonnier built a chain "
            "stitch machine in 1830, and an angry crowd of tailors wrecked his workshop. In the United States Walter "
            "Hunt and then Elias Howe used a needle with its eye near the point and a shuttle underneath to form "
            "a lockstitch, and Howe took out a patent in 1846.",
            "Howe could not sell his machine at home, went to England without success and came back poor. He found "
            "other makers using his ideas and began to sue them.",
            "Sewing by hand was slow. A skilled seamstress made perhaps thirty or forty stitches a minute, and a "
            "man’s shirt took around fourteen hours. Inventors and investors could see how large the prize would "
            "be for a machine that worked reliably outside a workshop.",
        ]),
        dict(label="2.2", kicker="ELEVEN DAYS IN BOSTON", title="Singer’s Improvement", paras=[
            "Isaac Merritt Singer was an actor and part-time mechanic when, in 1850, he was asked to look at a "
            "machine being repaired in a Boston workshop. In eleven days he produced a better design, with a "
            "straight needle moving up and down, a presser foot to hold the cloth and a table to rest it on. "
            "He patented it in 1851 and set up I. M. Singer & Co. with the lawyer Edward Clark.",
            "Singer, Howe and other makers spent years in court until 1856, when they agreed to pool their patents "
            "and share the royalties. This Sewing Machine Combination let production grow quickly.",
            "Singer himself lived as extravagantly as he worked. He kept several households at once, and after a "
            "public scandal in 1860 he left the business to Clark and spent his last years in Paris and in a large "
            "house at Paignton in Devon.",
        ], caption=dict(text="A Singer New Family machine with its cast-iron treadle stand, made in Glasgow in 1878.",
                        position=None, credit="Garrowby Museum, GM 1978.112")),
        dict(label="2.3", kicker="PAY A DOLLAR DOWN", title="Selling on Credit", paras=[
            "A machine cost over a hundred dollars, far more than most families earned in a month. Clark’s answer "
            "was the hire purchase plan: a few dollars down and the rest in instalments. Singer showrooms, "
            "travelling agents and women demonstrators did the rest, and by the 1870s the company was the largest "
            "maker in the world.",
            "Factories in New Jersey and then at Clydebank near Glasgow produced machines by the million. The "
            "sewing machine made ready-made clothing cheap, but it also fed the sweatshops, where outworkers were "
            "paid by the piece.",
            "At the same time it gave many women a trade they could follow at home. Dressmakers bought machines on "
            "credit and paid for them with the work they did on them, and the company printed pattern books and "
            "ran sewing classes to keep them buying thread, needles and attachments.",
        ]),
    ],
    sidebar=dict(title="The Singer Building", paras=[
        "In 1908 the company finished a tower of forty-seven storeys on Broadway in New York. For a year it was "
        "the tallest building in the world. It was pulled down in 1968, the tallest building ever demolished "
        "until then.",
        "Its lobby held a showroom where customers could try the newest machines.",
    ]),
    timeline=[("1830", "Thimonnier"), ("1846", "Howe patent"), ("1851", "Singer patent"), ("1856", "patent pool"),
              ("1867", "Glasgow works"), ("1885", "Clydebank")],
    boxquote="“We are not selling a machine, we are selling time.”",
)

# ---------------------------------------------------------------- 5 DOCX
EX["riveted_jeans_1873"] = dict(
    kicker="WORKWEAR GALLERY · CASE 7",
    title_lines=["Copper Rivets and Blue Cloth", "The Patent Jeans of 1873"],
    running=["Halden Museum of Work Clothes · Workwear Gallery"],
    intro="Blue jeans began as work clothes for miners, teamsters and farm hands in the American West. Their most "
          "famous feature, the copper rivet at the corners of the pockets, was the idea of a tailor in Nevada "
          "who needed someone to pay for a patent.",
    sections=[
        dict(label="7.1", title="A Dry Goods House in San Francisco", paras=[
            "Levi Strauss was born in Buttenheim in Bavaria in 1829 and emigrated with his mother and sisters to "
            "New York, where his brothers ran a dry goods business. In 1853, at the height of the gold rush, he "
            "moved to San Francisco to open a West Coast branch. He sold cloth, blankets, thread and clothing "
            "wholesale to small shops across the mining country.",
            "Among his customers was Jacob Davis, a tailor from Riga who had settled in Reno. A customer kept "
            "tearing the pockets of his work trousers, and Davis reinforced the weak corners with copper rivets of "
            "the kind used on horse blankets.",
        ]),
        dict(label="7.2", title="Patent Number 139,121", paras=[
            "The riveted trousers sold well, and Davis feared that others would copy them. He could not afford "
            "the fee for a patent, so in 1872 he wrote to Strauss proposing that they apply together. The patent "
            "for an improvement in fastening pocket openings was granted on 20 May 1873, and Davis moved to San "
            "Francisco to supervise production.",
            "The first riveted overalls were made of heavy cotton duck and of denim, a twill woven with blue "
            "warp and white weft threads. The name of the cloth probably comes from serge de Nîmes, and the "
            "word jeans from the cotton fabric of Genoa.",

            "Sewing was put out to women working at home until the firm opened its own factories. The stitched "
            "double arc on the back pocket appeared early, and the leather patch with two horses pulling at a "
            "pair of trousers came in 1886.",
            "Competitors soon made riveted trousers too, and after the patent ran out in 1890 anyone could use "
            "the idea. The Strauss firm kept its lead by selling on quality and on the name it had built.",
        ], caption=dict(text="Waist overalls with copper rivets and a single back pocket, about 1890.",
                        position="Above", credit="Lent by the Tamsin Roe Collection, TRC 44")),
        dict(label="7.3", title="From Work Clothes to Fashion", paras=[
            "For decades jeans remained clothes for manual labour. In the 1930s visitors to dude ranches brought "
            "them home as souvenirs of the West, and during the Second World War they became a uniform for "
            "factory work. Film stars of the 1950s made them a sign of youth and rebellion, and some schools "
            "banned them.",
            "By the 1970s jeans were sold in every country and made in many. The rivet that began it all was "
            "removed from the back pockets in the 1930s, after complaints that it scratched furniture and saddles.",
            "Collectors now pay large sums for early pairs found in old mines and attics, and the firm keeps its "
            "own archive of worn and patched trousers from the nineteenth century.",
        ]),
    ],
    sidebar=dict(title="Why Blue?", paras=[
        "Indigo dyes only the surface of the cotton yarn, leaving a white core. As the cloth is worn and washed, "
        "the blue wears away at knees and seams, which is why every pair of jeans fades in its own way.",
        "Early denim was dyed with natural indigo from India; synthetic indigo, first sold in 1897, took over "
        "within a few years.",
    ]),
    # tracked changes: (section index, paragraph index, inserted words, deleted words (shown struck))
    endnote="The patent was issued to Jacob W. Davis and Levi Strauss & Company jointly.",
)

# ---------------------------------------------------------------- 6 HTML
EX["carolina_indigo_1744"] = dict(
    kicker="Online exhibition · Dyes of the Atlantic World",
    title_lines=["The Blue Crop", "Indigo in Colonial South Carolina, 1744"],
    running=[],
    intro="For thirty years indigo was the second great export of South Carolina after rice. Its story joins a "
          "young planter’s experiments, the skill of enslaved West Africans and the demands of the British cloth "
          "industry.",
    sections=[
        dict(label="Part 1", title="A Planter’s Experiment", paras=[
            "Eliza Lucas was sixteen in 1738 when her father, an army officer posted to Antigua, left her in charge "
            "of three family plantations near Charleston. She tried ginger, cotton and alfalfa before turning to "
            "indigo, a plant already grown in the West Indies. Frost, drought and a dishonest overseer spoiled "
            "her early crops.",
            "In 1744 she finally produced a good batch of dye cakes and shared her seed with neighbouring planters. "
            "The same year she married Charles Pinckney, and the family became one of the most powerful in the "
            "colony.",
            "Her surviving letters show a young woman who read law and botany, taught the children on the "
            "plantation to read, and wrote about her crops in plain and practical terms. Her sons both became "
            "leading figures in the new United States.",
        ]),
        dict(label="Part 2", title="Knowledge from West Africa", paras=[
            "Making indigo was hard and unpleasant work. The leaves were cut and steeped in large vats until they "
            "fermented, then the liquid was beaten with paddles to let air into it, and a lime water was added "
            "so that the blue settled. The paste was drained, cut into cubes and dried in the shade.",
            "Much of the knowledge needed came from enslaved people. Indigo dyeing had a long history in West "
            "Africa, and the timing of each stage, judged by smell and colour, depended on their experience. "
            "The plantations of the Lowcountry relied on their forced labour throughout.",
            "Indigo was grown on higher ground than rice, and its busy season fell at a different time of year, so "
            "planters could work both crops with the same people. For the enslaved this meant longer hours and "
            "heavier work, in fields and beside vats that drew flies and smelled of rotting leaves.",
        ], caption=dict(text="A Carolina indigo cake, broken to show its copper sheen, about 1770.",
                        position=None, credit="Lent by the Pellow Family Trust")),
        dict(label="Part 3", title="Bounty and Decline", paras=[
            "Britain wanted a source of indigo within its own empire, and in 1748 Parliament granted a bounty of "
            "sixpence a pound on the Carolina crop. Exports rose to more than a million pounds a year on the eve "
            "of the American Revolution, when the bounty ended.",
            "After independence the planters lost their protected market, and cheaper, purer indigo from Bengal "
            "took its place. Within a generation most Carolina fields had been turned over to cotton.",
            "The dye itself travelled far. Carolina indigo coloured the blue coats of soldiers, sailors and "
            "labourers on both sides of the Atlantic, and was mixed with yellow dyes to make the greens of "
            "woollen cloth sold in England.",
            "Today a few farmers and artists in the Lowcountry grow indigo again, using the old methods to dye cloth "
            "and to tell a fuller story of who made the colour and at what cost.",
        ]),
    ],
    sidebar=dict(title="Indigo as Money", paras=[
        "Because cakes of indigo were light, valuable and easy to count, they were sometimes used in Charleston "
        "in place of scarce coins, and merchants accepted them in payment of debts.",
        "A planter might settle a bill with a shop or a doctor in dye rather than in paper money.",
    ]),
    timeline=[("1738", "Eliza Lucas takes charge of the plantations"), ("1744", "first successful crop"),
              ("1748", "Parliament grants the bounty"), ("1775", "exports pass a million pounds"),
              ("1783", "peace ends the protected market")],
    note="Her letter book, kept from 1739, is one of the fullest records of a colonial woman’s working life.",
)
