"""Texts and gold for set 60. All prose written for this set; museums, lenders, credits
and numbers are invented. Run: python content.py  (writes ../NAME.json)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def P(t):
    return {"kind": "paragraph", "text": t}


def C(t, pos, credit):
    return {"kind": "caption", "text": t, "position": pos, "credit": credit}


def S(label, title, *blocks):
    return {"label": label, "title": title, "blocks": list(blocks)}


DOCS = {}

# ---------------------------------------------------------------- jacquard (PDF, catalogue pp. 32-33)
J_TITLE = ["The Card and the Cloth", "Jacquard’s Loom, 1804"]
J = {
    "intro": "In the first years of the nineteenth century the son of a Lyon weaver built a loom that read its pattern from a chain of punched cards. It freed the drawboy from his cramped seat, raised the output of the silk trade and gave later engineers an idea about storing instructions that outlived the loom itself.",
    "1a": "Figured silk was the pride of Lyon, the city that dressed the courts of Europe in brocades and damasks. On the old drawloom every lift of the warp threads for a pattern had to be made by hand. A child, the drawboy, sat high on the frame pulling bundles of cords in the right order while the weaver threw the shuttle below, and a single complicated design could take weeks to set up.",
    "1b": "Joseph-Marie Jacquard was born in Lyon in 1752 into a family of silk workers and tried his hand at several trades before he turned to the loom. Earlier inventors, among them Basile Bouchon in 1725 and Jacques de Vaucanson in the 1740s, had experimented with perforated paper and cards to select the threads, but their machines were never widely used.",
    "2a": "Jacquard’s device, shown in Paris in 1801 and brought to a working form by about 1804, sat on top of an ordinary loom. A square prism, turned one face at a time, pressed a card against a bank of spring-loaded needles. Where the card had a hole a needle passed through and its hook lifted a warp thread; where it had none the thread stayed down. Each card held one row of the pattern, and the cards were laced together in an endless chain so that the design repeated by itself.",
    "2b": "The mechanism did away with the drawboy and let a single weaver work far faster than before. Napoleon visited the invention, and in 1806 it was declared public property, with Jacquard given a pension and a small royalty on every machine in use. Not everyone welcomed it. Weavers who feared for their livelihoods are said to have smashed some of the new looms, and Jacquard later recalled being threatened in the streets of his own city.",
    "3a": "By the 1830s there were thousands of Jacquard looms in Lyon, and the canuts, the city’s silk workers, rose in revolt in 1831 and again in 1834 over falling piece rates. The mechanism spread across Europe and to Britain, where it was fitted to looms in Spitalfields, Paisley and Coventry, and it is still used, now driven electronically, for damask, tapestry and woven labels.",
    "3b": "Charles Babbage owned a woven silk portrait of Jacquard made on one of the machines from some twenty-four thousand cards, and he planned to use punched cards to feed numbers and operations into his Analytical Engine. Ada Lovelace wrote that the engine would weave algebraic patterns just as the loom wove flowers and leaves. Herman Hollerith later used punched cards for the United States census of 1890, and the holes of a silk pattern found their way into the early history of computing.",
    "side": "Hold a card up to the light and each hole marks a thread that will rise. A row of holes across the card is one throw of the shuttle, and a design two hundred threads wide needs two hundred needles. Card cutters read the pattern from squared paper, on which a designer had coloured each square, and punched the cards on a machine with a keyboard rather like a piano.",
    "cap1": ("Model of a drawloom with its pattern cords, made for teaching, 1870s.", None, "Harrowgate Textile Museum, HTM 1988.41"),
    "cap2": ("Jacquard head with its card chain, French, about 1840, on a reconstructed loom frame.", "Above", "Lent by the Vernay Weaving Society, VWS 212"),
}
DOCS["jacquard_loom_1804"] = {
    "title": " ".join(J_TITLE),
    "running": ["Patterns in Thread", "Harrowgate Textile Museum · Collection Catalogue", "32", "33"],
    "sections": [
        S(None, " ".join(J_TITLE), P(J["intro"])),
        S("4.1", "Silk and the Drawloom", P(J["1a"]), P(J["1b"]), C(*J["cap1"])),
        S("4.2", "The Punched Card", P(J["2a"]), P(J["2b"]), C(*J["cap2"])),
        S("4.3", "Beyond the Loom", P(J["3a"]), P(J["3b"])),
        S(None, "How a Card Reads", P(J["side"])),
    ],
}

# ---------------------------------------------------------------- globe (PDF, A3 wall panel)
G_TITLE = ["The Wooden O", "Building the Globe, 1599"]
G = {
    "intro": "In the last days of 1598 a company of actors took apart their old playhouse and carried its timbers across the Thames. Within months they had raised the Globe, where many of Shakespeare’s greatest plays were first performed, and its round shape gave the age a lasting picture of what a theatre looked like.",
    "Aa": "The Lord Chamberlain’s Men, the company in which Shakespeare was an actor, writer and shareholder, played at the Theatre in Shoreditch, built in 1576 by James Burbage. When the lease on its land ran out, the landlord, Giles Allen, refused to renew it on terms the company could accept and claimed the building for himself.",
    "Ab": "Over the Christmas holiday of 1598 Burbage’s sons, Cuthbert and Richard, hired the carpenter Peter Street and a gang of workmen to dismantle the playhouse. They carried the oak frame to Street’s yard near the river and in the spring took it across to Bankside, outside the control of the City of London, where the timbers were set up again. Allen sued, but he lost.",
    "Ba": "The new playhouse was probably a polygon of twenty sides, close to a hundred feet across, with three galleries of seating around an open yard. The stage thrust out into the yard, where the poorest spectators, the groundlings, stood for a penny, while a roof held up on two great painted pillars sheltered the actors. Seats in the galleries cost more, and the best of them were closest to the stage.",
    "Bb": "Shakespeare held a share in the building as well as in the company, which made him one of its owners. Plays were given in the afternoon by daylight, and a flag flown from the roof announced a performance. Julius Caesar was seen there in 1599, and Hamlet, Othello, King Lear and Macbeth were all probably first staged at the Globe in the years that followed.",
    "Ca": "On 29 June 1613, during a performance of Henry VIII, a cannon fired for the entrance of the king set light to the thatch. The whole building burned down in about an hour; one man’s breeches caught fire and were put out, it is said, with a bottle of ale. The company rebuilt the Globe on the same foundations, this time with a tiled roof, and it reopened in 1614.",
    "Cb": "The Puritan authorities closed all the playhouses in 1642, and the second Globe was pulled down two years later to make room for tenements. Its exact site was lost until 1989, when part of its foundations was found under a car park. A new Globe, built by the old methods with green oak, lime plaster and a thatched roof, opened nearby in 1997 after a long campaign led by the American actor and director Sam Wanamaker.",
    "side": "A visit to the Globe was a noisy afternoon out. Sellers moved through the crowd with nuts, apples and bottled beer, and the audience talked back to the actors. Performances lasted two or three hours and ended with a jig, a comic dance with songs that sent the crowd home laughing even after a tragedy.",
    "cap": ("Oak peg and mortised joint from a timber-framed building of the 1590s, of the kind used to raise the Globe.", "Above", "Lent by the Marlowe Yard Trust, MYT 0417"),
}
DOCS["globe_theatre_1599"] = {
    "title": " ".join(G_TITLE),
    "running": ["Southwark Playhouse Museum · Gallery 2 · Stage and Street"],
    "sections": [
        S(None, " ".join(G_TITLE), P(G["intro"])),
        S("A", "A Playhouse on the Move", P(G["Aa"]), P(G["Ab"])),
        S("B", "Inside the Wooden O", P(G["Ba"]), P(G["Bb"]), C(*G["cap"])),
        S("C", "Fire and Return", P(G["Ca"]), P(G["Cb"])),
        S(None, "A Day at the Play", P(G["side"])),
    ],
}

# ---------------------------------------------------------------- messiah (PDF, tri-fold leaflet)
M_TITLE = ["A Sacred Oratorio", "Handel’s Messiah in Dublin, 1742"]
M = {
    "intro": "On 13 April 1742 an audience packed into a new music hall in Fishamble Street, Dublin, to hear the first performance of a work that is now sung somewhere in the world every December. Its composer was a German living in London, and its profits went to prisoners and the sick.",
    "1a": "By 1741 George Frideric Handel, born in Halle in 1685 and long settled in London, had fallen out of fashion. Italian opera had lost its audience, his health had suffered, and his seasons at the London theatres were losing money. That autumn he accepted an invitation from the Lord Lieutenant of Ireland to give a season of concerts in Dublin.",
    "1b": "He took a new score with him. The words had been chosen by Charles Jennens, a wealthy landowner and a devoted admirer, who arranged verses from the King James Bible and the Book of Common Prayer into a story of prophecy, birth, suffering and redemption. Handel set them to music in about twenty-four days in August and September 1741. Jennens later grumbled that the composer had hurried the work.",
    "2a": "The concert was given in aid of three charities, among them the relief of prisoners held for debt. So many people wanted tickets that the organisers asked ladies not to wear hoops in their skirts and gentlemen to leave their swords at home, so that the hall could hold seven hundred listeners instead of six hundred.",
    "2b": "The singers included the choirs of the two Dublin cathedrals and the actress Susannah Cibber, whose private life had made her the subject of scandal. Her singing of the air “He was despised” is said to have moved one clergyman in the audience to forgive her on the spot. The performance raised about four hundred pounds and freed some one hundred and forty debtors.",
    "3a": "London was slower to warm to the oratorio. Some churchmen objected to a sacred text being sung in a playhouse, and its first performances at Covent Garden in 1743 were coolly received. Handel called it simply a sacred oratorio, and advertisements in London avoided its title for some years. The custom of standing for the Hallelujah chorus is often traced to these years, though there is no firm evidence that King George II was present or that he rose.",
    "3b": "Its fortunes changed with the Foundling Hospital, the London home for abandoned children set up by Thomas Coram. From 1750 Handel conducted Messiah there every spring in aid of the hospital, and he left it a fair copy of the score in his will. By the time of his death in 1759 the work had become a national favourite, and it has never since left the repertoire.",
    "side": "Every year on 13 April singers gather in Fishamble Street, where only an archway of the old hall survives, to perform choruses from the oratorio in the open air. Performances range from small period ensembles of about thirty singers and players, close to Handel’s own forces, to choirs several hundred strong. Many conductors now follow the Dublin version of the score, which Handel revised several times for later soloists.",
    "cap": ("Ticket for the public rehearsal at the Great Music Hall, Fishamble Street, April 1742 (facsimile).", "Right", "Liffey Music Library, LML Tk 9"),
}
DOCS["messiah_dublin_1742"] = {
    "title": " ".join(M_TITLE),
    "running": ["Fishamble Rooms · Music of the City"],
    "sections": [
        S(None, " ".join(M_TITLE), P(M["intro"])),
        S("Part I", "An Invitation to Ireland", P(M["1a"]), P(M["1b"])),
        S("Part II", "The First Performance", P(M["2a"]), P(M["2b"]), C(*M["cap"])),
        S("Part III", "London and the Foundlings", P(M["3a"]), P(M["3b"])),
        S(None, "Hearing It Today", P(M["side"])),
    ],
}

# ---------------------------------------------------------------- savoy (PDF, A5 programme pages)
V_TITLE = ["Let There Be Light", "The Savoy Theatre, 1881"]
V = {
    "intro": "When the Savoy Theatre opened off the Strand in October 1881 it was the first public building in the world to be lit throughout by electricity. It was built by Richard D’Oyly Carte for the comic operas of Gilbert and Sullivan, and it gave its name to a whole style of English musical theatre.",
    "1a": "Carte was an impresario who had brought the dramatist W. S. Gilbert and the composer Arthur Sullivan together in the 1870s. Their operas, among them H.M.S. Pinafore and The Pirates of Penzance, were so successful that he decided to build a theatre of their own, on land near the river between the Strand and the Victoria Embankment.",
    "1b": "The architect C. J. Phipps designed a house for about thirteen hundred people, decorated in white, pale yellow and gold rather than the heavy reds of older theatres. Carte promised that there would be no tipping of attendants and that the queues for the pit and gallery would be orderly, with the audience let in strictly in the order of arrival. Seats could also be booked in advance, which was still unusual.",
    "2a": "Gas lighting filled older theatres with heat and fumes and was a constant danger of fire. Carte installed more than a thousand incandescent lamps of the kind developed by Joseph Swan, powered by a steam engine driving generators on a plot of land beside the building. The stage was lit by electricity too, though at first the supply was unreliable and gas was kept in reserve.",
    "2b": "To calm fears about the new system, Carte walked on stage at a performance in December 1881 holding a glowing lamp wrapped in muslin. He broke it with a hammer and showed the audience that the cloth had not caught fire. The demonstration was widely reported, and the Savoy became a showcase for electric light. Within a few years most new theatres in London were planned for electricity from the start.",
    "3a": "The first production in the new house was Patience, which transferred from the Opera Comique, and it was followed by Iolanthe, The Mikado, The Yeomen of the Guard and The Gondoliers. Many of them ran for hundreds of performances. Gilbert directed the actors himself with great precision, and the company became famous for its clear diction and careful ensemble.",
    "3b": "The partnership was strained in 1890 by a quarrel over the cost of a new carpet for the front of house, which Gilbert thought should not be charged to the writers. The three men were later reconciled, but their best years were behind them. Carte had already opened the Savoy Hotel next door in 1889, and the theatre itself was rebuilt in 1929 in the style of the period.",
    "side": "Admirers of the operas have called themselves Savoyards since the 1880s, and so have the performers who sang them. The D’Oyly Carte Opera Company held the performing rights for decades and toured the operas across Britain, North America and Australia. Amateur societies still stage them in church halls and school theatres every year, and their favourite jokes are quoted as readily as the tunes.",
    "cap": ("Early carbon-filament lamp of the Swan type, English, 1880s.", "Opposite", "Lent by the Embankment Lighting Collection, ELC 77"),
}
DOCS["savoy_theatre_1881"] = {
    "title": " ".join(V_TITLE),
    "running": ["The Savoy Programme", "Strand Theatre Collection · Programme Notes", "2", "3"],
    "sections": [
        S(None, " ".join(V_TITLE), P(V["intro"])),
        S("Act I", "A Theatre for Gilbert and Sullivan", P(V["1a"]), P(V["1b"])),
        S("Act II", "Electric Light", P(V["2a"]), P(V["2b"]), C(*V["cap"])),
        S("Act III", "The Savoy Operas", P(V["3a"]), P(V["3b"])),
        S(None, "Savoyards", P(V["side"])),
    ],
}

# ---------------------------------------------------------------- harris tweed (DOCX via docxwright)
H_TITLE = ["Woven in the Hebrides", "Harris Tweed, 1846"]
H = {
    "intro": "Harris Tweed is a woollen cloth handwoven by islanders in their own homes in the Outer Hebrides. Its modern story begins in 1846, when a landowner’s widow asked the weavers of Harris to make cloth in her family’s tartan, and it is now the only fabric in Britain protected by its own Act of Parliament.",
    "1a": "For centuries the people of Lewis and Harris made a heavy cloth for their own use, the clò mòr or big cloth. Wool from their sheep was washed, dyed with lichens, heather and other plants, carded and spun at home, and then woven on simple wooden looms. Finished lengths were shrunk and thickened by waulking, when a group of women beat the wet cloth on a board and sang work songs to keep the rhythm.",
    "1b": "Much of this work was shared between neighbours, and surplus cloth was sold or bartered for goods from the mainland. Blankets, shawls and sailors’ jerseys were made from the same wool. The cloth was warm and hard-wearing, well suited to the wet and windy climate of the islands.",
    "2a": "After her husband’s death in 1845 Catherine Murray, Countess of Dunmore, took charge of the family estate on Harris. In 1846 she had local weavers copy the Murray tartan in tweed for the estate’s gamekeepers, and she soon began to sell the cloth to her friends in London society, who wore it for shooting and walking.",
    "2b": "She sent two sisters from Strond to Paisley to learn the latest methods of finishing cloth, and other landowning families followed her lead. Demand grew with the Victorian fashion for Highland sport, and by the end of the century merchants on the islands were buying cloth from hundreds of home weavers. The cloth also won medals at exhibitions in London and abroad.",
    "3a": "As the cloth grew famous, imitations appeared. In 1909 the Harris Tweed Association registered a trade mark, an orb topped by a Maltese cross, to be stamped on genuine cloth, and inspectors visited the weavers’ homes to check the work. At first it covered only cloth spun, dyed and woven by hand on the islands, but from 1934 yarn spun in island mills was allowed, provided the weaving was still done by hand at the weaver’s home.",
    "3b": "The Harris Tweed Act of 1993 defined the cloth in law as tweed handwoven by the islanders at their homes in the Outer Hebrides, made from pure virgin wool dyed and spun there. The Harris Tweed Authority inspects every length before it is stamped, and each carries a serial number that ties it to its weaver and mill. Today about a hundred and fifty weavers work the treadle-driven looms, and their cloth is made into jackets, bags and upholstery around the world.",
    "side": "Brush tweed after wearing it and let it dry naturally if it gets wet. Moths are the main enemy, so keep stored cloth clean and in a cool place, and look at it every few months. The cloth is tough enough to last for generations, and many jackets are handed down and mended rather than replaced.",
    "cap": ("Length of herringbone tweed in heather and peat-smoke colours, woven on Harris about 1925.", "Above", "Lent by the Tarbert Weavers’ Guild, TWG 56"),
}
# earlier wording (the committed draft) for the tracked changes
H_OLD = dict(H)
H_OLD["1b"] = "Much of this work was shared between neighbours, and surplus cloth was sold or bartered for goods from the mainland. The cloth was then known simply as homespun. It was warm and hard-wearing, well suited to the wet and windy climate of the islands."
H_OLD["2a"] = "After her husband’s death in 1845 Catherine Murray, Countess of Dunmore, took charge of the family estate on Harris. In 1846 she asked the weavers of Strond to copy the family tartan for the estate’s gamekeepers, and she soon began to sell the cloth to her friends in London society, who wore it for shooting and walking."
H_OLD["3b"] = "The Harris Tweed Act of 1993 defined the cloth in law as tweed handwoven by the islanders at their homes in the Outer Hebrides, made from pure virgin wool dyed and spun there. The Harris Tweed Authority inspects every length before it is stamped. Today about a hundred and fifty weavers work the treadle-driven looms, and their cloth is made into jackets, bags and upholstery around the world."
DOCS["harris_tweed_1846"] = {
    "title": " ".join(H_TITLE),
    "running": [],
    "sections": [
        S(None, " ".join(H_TITLE), P(H["intro"])),
        S("1", "Cloth for the Family", P(H["1a"]), P(H["1b"])),
        S("2", "The Countess and the Market", P(H["2a"]), P(H["2b"]), C(*H["cap"])),
        S("3", "The Orb Mark", P(H["3a"]), P(H["3b"])),
        S(None, "Caring for Tweed", P(H["side"])),
    ],
}

# ---------------------------------------------------------------- proms (HTML via Render Engine)
R_TITLE = ["Music for Everyone", "The First Proms, 1895"]
R = {
    "intro": "On 10 August 1895 a new series of cheap summer concerts opened at the Queen’s Hall in Langham Place, London. Its young conductor, Henry Wood, would lead the Proms for almost fifty years, and the series he began is now the largest festival of classical music in the world.",
    "1a": "The concerts were the plan of Robert Newman, the manager of the Queen’s Hall, which had opened in 1893. He wanted to build a new audience for orchestral music by offering low prices and an informal atmosphere, and he hoped to lead it gradually towards more serious works. Promenade concerts, at which part of the audience stood or strolled about, had been popular in the London pleasure gardens since the eighteenth century.",
    "1b": "Newman chose Henry Wood, then only twenty-six, to conduct. Wood had trained as an organist and singing teacher, and he rehearsed his players hard. Much of the money came from a throat specialist, Dr George Cathcart, who made one condition: that the orchestra adopt a lower concert pitch, which he believed would be kinder to singers’ voices.",
    "2a": "Tickets for the standing area in front of the platform cost a shilling, and a season ticket for the ten weeks a guinea. Smoking was allowed, except during the vocal items, and a fountain played in the middle of the promenade. The first programme was a long mixture of overtures, songs and short instrumental pieces, with an interval for refreshments.",
    "2b": "Wood slowly changed the balance of the programmes. He gave certain nights to particular composers, Wagner on Mondays and Beethoven on Fridays, and he introduced new works by living composers, including Schoenberg’s Five Orchestral Pieces in 1912, which was greeted with laughter and hissing. In 1913 he also engaged six women violinists for the orchestra. Many of those who came for the lighter pieces stayed on to hear symphonies.",
    "3a": "The concerts survived the collapse of their first sponsors and the death of Newman in 1926. In 1927 the British Broadcasting Corporation took over their running, and radio carried them far beyond London. A new orchestra, the BBC Symphony Orchestra, was formed in 1930 partly to play at them, and when the BBC withdrew for a time in the Second World War the concerts went on under private management.",
    "3b": "On the night of 10 May 1941 the Queen’s Hall was destroyed by incendiary bombs, a few hours after an afternoon concert. The Proms moved to the Royal Albert Hall, where they have been held ever since. Wood conducted his last season in 1944, weeks before his death, and the concerts are still officially named after him. The site of the old hall is now occupied by a hotel.",
    "side": "The final concert of each season has its own traditions: flags, balloons, party poppers and the singing of patriotic songs. The Promenaders in the arena still buy cheap standing tickets on the day, and many queue for hours. Some come back year after year. The last night has been broadcast on television since the 1950s, and open-air concerts in parks around the country now join in by live link.",
    "cap": ("Conductor’s baton of polished ebony with an ivory grip, English, about 1900.", "Below", "Lent by the Langham Music Trust, LMT 1895.3"),
}
DOCS["proms_1895"] = {
    "title": " ".join(R_TITLE),
    "running": [],
    "sections": [
        S(None, " ".join(R_TITLE), P(R["intro"])),
        S("Part 1", "A Manager’s Idea", P(R["1a"]), P(R["1b"])),
        S("Part 2", "The First Season", P(R["2a"]), P(R["2b"])),
        S("Part 3", "From Queen’s Hall to the Albert Hall", P(R["3a"]), P(R["3b"]), C(*R["cap"])),
        S(None, "The Last Night", P(R["side"])),
    ],
}


def words(doc):
    return sum(len(b["text"].split()) for s in doc["sections"] for b in s["blocks"] if b["kind"] == "paragraph")


if __name__ == "__main__":
    for name, d in DOCS.items():
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(name, words(d))
