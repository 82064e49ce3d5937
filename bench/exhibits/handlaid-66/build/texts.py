# -*- coding: utf-8 -*-
"""All exhibit texts of set 66 (my own words). content.py turns them into texts.json and the gold JSON."""

EX = {}

# ---------------------------------------------------------------- 1 Medici (A4 catalogue pp. 12-13)
EX["medici_bank_1397"] = dict(
    kind="pdf",
    kicker="CHAPTER 2 · THE ITALIAN COUNTING HOUSES",
    title_lines=["The Bankers of Florence", "The Medici Bank, 1397–1494"],
    running=["Money and Power in Florence", "Harwell Museum of Money · Catalogue of the Florentine Collection", "12", "13"],
    intro="For almost a century one Florentine family ran the largest bank in Europe. Its ledgers, letters and contracts "
          "survive in unusual numbers, and they show how a merchant business built on wool, bills of exchange and the "
          "Pope’s accounts could pay for palaces, paintings and political power.",
    sections=[
        dict(label="A", title="A Partnership in the Via Porta Rossa", paras=[
            "Giovanni di Bicci de’ Medici learned the trade in the Rome branch of a bank run by a distant cousin, Vieri "
            "di Cambio. In 1397 he moved his headquarters to Florence, where the city’s money changers and great "
            "merchants belonged to powerful guilds, and with two partners set up a new firm. The capital was modest, "
            "but he kept an office in Rome, and that office soon earned more than all the rest.",
            "The secret of its profits was the papal court. Whoever held the accounts of the Apostolic Chamber "
            "collected the Church’s revenues from across Europe and paid its bills, and the Medici held them for most of "
            "the fifteenth century. Deposits from cardinals and bishops, who paid no interest on money they wanted kept "
            "quietly, gave the bank a cheap and steady supply of funds.",
        ]),
        dict(label="B", title="Branches and Bills", paras=[
            "The bank was not one company but a cluster of partnerships. Each branch, in Venice, Geneva, Bruges, London, "
            "Avignon, Pisa or Milan, had its own contract, its own capital and a local manager who owned a share of the "
            "profits. The Florence parent held the majority in each, so that a failure in one city need not ruin the "
            "others. Historians have compared the arrangement to a modern holding company.",
            "Most business moved by the bill of exchange, a letter ordering a correspondent abroad to pay a sum in local "
            "money on a set date. A Flemish wool buyer could pay in Bruges and his seller be paid in Florence without a "
            "single coin crossing the Alps. Because the Church condemned lending at interest, the bank’s earnings were "
            "hidden in the rates at which one currency was exchanged for another.",
        ], caption=dict(position="Above", text="A bill of exchange drawn at Bruges on the Florence office, 1441, with "
                        "the acceptance written on the back.", credit="Lent by the Arnoldi Family Archive, AFA 12/7")),
        dict(label="C", title="Patrons and Creditors", paras=[
            "Giovanni’s son Cosimo took charge in 1429. He was a careful manager who read every branch balance himself, "
            "and he turned the profits into influence. Exiled by his rivals in 1433, he came back the next year and "
            "ruled Florence for three decades without holding any formal office. His money paid for the rebuilding of "
            "San Lorenzo and San Marco and supported artists and scholars, from Donatello to the translators of Plato.",
            "After Cosimo the bank declined. His grandson Lorenzo, remembered as the Magnificent, cared more for poetry "
            "and diplomacy than for ledgers. Managers lent heavily to princes who could not or would not repay: the "
            "London branch to Edward IV during the Wars of the Roses, the Bruges branch under Tommaso Portinari to "
            "Charles the Bold of Burgundy. One branch after another was closed, and when the Medici were driven from "
            "Florence in 1494 the remains of the bank were seized and wound up.",
        ]),
    ],
    sidebar=dict(title="Two Columns for Every Sum", paras=[
        "Medici clerks kept their books by double entry. Every sum was written twice, once on the side of the account "
        "that gave and once on the side of the account that received, so that the two sides of the ledger always "
        "balanced. The method grew up among Italian merchants in the fourteenth century and was first described in "
        "print by the friar Luca Pacioli in 1494, the year the bank fell.",
    ]),
    footnote=("*", "Giovanni di Bicci", "* Bicci was his father’s nickname; “di Bicci” means “son of Bicci”."),
    pull="A letter could cross the Alps in a fortnight. A chest of florins needed an armed escort and a prayer.",
    table=("The bank in brief", [("Founded", "Florence, 1397"), ("Branches", "up to eleven"),
                                 ("Chief client", "the papacy"), ("Closed", "1494")]),
)

# ---------------------------------------------------------------- 2 Stockholm (A3 wall panel)
EX["stockholms_banco_1661"] = dict(
    kind="pdf",
    kicker="GALLERY 5 · PAPER PROMISES",
    title_lines=["Notes Instead of Copper", "Stockholms Banco and Europe’s First Banknotes, 1661"],
    panel_no="5",
    running=["Halvorsen Museum of Coins and Currency · Panel 5"],
    intro="In seventeenth-century Sweden a large payment could weigh more than the person making it. A private bank in "
          "Stockholm offered a lighter answer: printed notes that promised copper on demand. The notes worked, then "
          "failed, and out of the failure came the oldest central bank in the world.",
    sections=[
        dict(label="5.1", kicker="THE PROBLEM", title="Money by the Cartload", paras=[
            "Sweden was rich in copper, mined above all at the great pit of Falun, and from 1644 the crown struck "
            "copper coins as large flat plates. Because copper was worth far less than silver, a plate had to contain "
            "its full value in metal, and the biggest, worth ten daler, weighed close to twenty kilograms. Merchants "
            "moved their money on sledges and carts, and thieves needed strong backs.",
            "The man who proposed a remedy was Johan Palmstruch, born Hans Wittmacher in Riga and trained in the "
            "trading houses of Amsterdam. He knew how the Dutch deposit banks worked, and in 1656 King Charles X "
            "Gustav granted him a charter for a bank in Stockholm, with half its profits owed to the crown.",
        ]),
        dict(label="5.2", kicker="THE REMEDY", title="A Receipt That Could Travel", paras=[
            "Stockholms Banco opened in 1657, taking deposits and making loans. At first depositors received receipts "
            "made out in their own names. In 1661 the bank began to issue credit notes, the kreditivsedlar, printed "
            "for round sums and payable to whoever presented them. They carried the signatures of the bank’s officers "
            "and several seals, and they could pass from hand to hand like coins.",
            "These are the earliest banknotes issued by a bank in Europe. They were popular at once, since a wallet of "
            "paper replaced a wagon of plates, and for a while they even traded above the value of the copper they "
            "promised.",
            "Palmstruch’s bank also lent to the nobility and to the crown, often against land and future rents. Those "
            "loans were long and hard to recall, while every note it had put out could be brought back to the counter "
            "on any working day. The imbalance was invisible as long as confidence held.",
        ], caption=dict(position="Right", credit_first=True, text="A credit note for 100 daler in copper "
                        "coin, Stockholm, 1662, signed by six officers of the bank.",
                        credit="Courtesy of the Lindqvist Foundation, Uppsala, LF 1662.3")),
        dict(label="5.3", kicker="THE FALL", title="Too Many Promises", paras=[
            "The trouble was that printing notes cost almost nothing. The bank lent generously, much of it in fresh "
            "notes, and by 1663 there was far more paper in circulation than copper in its vaults. When holders began "
            "to doubt, they all asked for their copper at once. The bank could not pay, and the government ordered "
            "it to call in its loans.",
            "Stockholms Banco was wound up in 1668. Palmstruch was tried, found responsible for the losses and "
            "sentenced to death, a sentence later commuted; he died in 1671. In the same year of 1668 the Swedish "
            "parliament founded its own bank to continue the business under the watch of the Estates. Renamed Sveriges "
            "Riksbank in 1867, it is still at work today.",
        ]),
    ],
    sidebar=dict(title="Did You Know?", paras=[
        "For a generation after the collapse the new parliament bank would not issue notes at all. When it finally "
        "did, early in the eighteenth century, Sweden became one of the first countries where paper money was an "
        "ordinary part of daily life. Even so, the great copper plates stayed legal tender until 1776, and collectors "
        "still treasure the few that escaped the melting pot.",
    ]),
    quote=("A bank that can print its own promises must learn to keep them.", "— Ingrid Halvorsen, curator, 2019"),
    table=("Weights and dates", [("1644", "first ten-daler plate, about 19.7 kg"), ("1656", "charter granted to Palmstruch"),
                                 ("1661", "first credit notes issued"), ("1663–64", "run on the bank"),
                                 ("1668", "bank wound up; parliament bank founded")]),
)

# ---------------------------------------------------------------- 3 Lloyd's (A4 landscape tri-fold, outside printed first)
EX["lloyds_coffee_house_1688"] = dict(
    kind="pdf",
    kicker="A VISITOR’S LEAFLET",
    title_lines=["Lloyd’s", "From a Coffee House to a Market for Risk, 1688"],
    running=["Pemberton Maritime Trade Museum · Leaflet 3"],
    intro="Ships’ captains, merchants and the men who insured their cargoes met over coffee in a London room run by a "
          "man called Edward Lloyd. His name now belongs to one of the oldest insurance markets in the world.",
    sections=[
        dict(label="Room 1", title="Coffee and Shipping News", paras=[
            "Coffee houses spread through London after the first one opened in 1652, and each drew its own crowd. "
            "Edward Lloyd’s house in Tower Street is first mentioned in a newspaper notice of 1688, offering a reward "
            "for stolen watches. Close to the river and the Custom House, it attracted sea captains, ship owners and "
            "traders who wanted the latest word on arrivals, losses and prices.",
            "Lloyd understood that news was his real stock in trade. After moving to larger rooms in Lombard Street in "
            "1691 he employed runners to collect reports from the docks, held auctions of ships and cargoes, and for a "
            "short time printed a sheet of commercial intelligence called Lloyd’s News.",
        ]),
        dict(label="Room 2", title="Writing Under the Risk", paras=[
            "Marine insurance in London was a private bargain. A broker carried a slip of paper describing a ship, its "
            "voyage and its cargo from one wealthy individual to the next, and each who agreed to bear a share of the "
            "loss wrote his name beneath the details, with the amount. From this habit of signing below came the word "
            "underwriter.",
            "Lloyd himself was never an insurer, and he died in 1713, but the coffee house kept his name and his "
            "customers. From 1734 it published Lloyd’s List, a paper of shipping movements that is still issued today. "
            "In 1769 a group of underwriters tired of gamblers betting on the lives of public figures moved to a New "
            "Lloyd’s Coffee House in Pope’s Head Alley.",
        ], caption=dict(position="Left", text="Policy for the brig Good Intent, London to Lisbon, 1772, "
                        "with the names of nine underwriters.", credit="Lent by the Fairclough Collection, FC 1772/4")),
        dict(label="Room 3", title="From Room to Society", paras=[
            "In 1774 the subscribers took rooms in the Royal Exchange, and Lloyd’s stopped being a coffee house in any "
            "real sense. It became a membership market whose members, each risking his own fortune without limit, "
            "insured ships through the wars with France and later insured almost anything that could be lost.",
            "An Act of Parliament in 1871 made Lloyd’s a society with its own rules. Its members still do not issue "
            "policies as a single company: they back the risks in groups called syndicates, and brokers still walk "
            "the floor, although the quill has long given way to the screen.",
            "The market also learned hard lessons. Huge claims from the San Francisco earthquake of 1906 were paid in "
            "full, which did much for its reputation in America, while asbestos and pollution claims late in the "
            "twentieth century ruined many members and forced a reorganisation of the whole market in the 1990s.",
        ]),
    ],
    sidebar=dict(title="The Lutine Bell", paras=[
        "The frigate Lutine sank off the Dutch coast in 1799 with a cargo of gold and silver insured at Lloyd’s. Her "
        "bell was recovered in 1858 and hung in the underwriting room. It was once rung when news of an overdue ship "
        "arrived, one stroke for a loss and two for a safe return. The bell is cracked and is now rung only on "
        "ceremonial occasions, such as the death of a monarch or a national day of remembrance.",
    ]),
    pull="Every name on the slip was a promise to pay if the sea won.",
)

# ---------------------------------------------------------------- 4 Ritty (A4, 2 pp, single column + margin)
EX["ritty_cash_register_1879"] = dict(
    kind="pdf",
    kicker="SHOP COUNTERS · ROOM 8",
    title_lines=["Ritty’s Incorruptible Cashier", "The Cash Register, 1879"],
    running=["The Counter and the Till", "Quarrington Museum of Shops and Selling", "1", "2"],
    intro="A saloon keeper in Ohio, tired of losing takings to his own staff, built a machine that rang a bell and "
          "showed every sale to the room. Within a generation his idea had become one of the most successful products "
          "of American industry.",
    sections=[
        dict(label="I", title="A Saloon in Dayton", paras=[
            "James Ritty ran a saloon in Dayton, Ohio, and suspected that his bartenders were keeping part of the "
            "money they took. In 1878 he sailed to Europe, and on board the steamship he was shown a device that "
            "counted the turns of the propeller. It occurred to him that a similar counter could record each sale "
            "made across a bar.",
            "Back in Dayton he worked on the idea with his brother John, a mechanic. Their first machines had keys "
            "for each amount and a large dial like a clock face, so that a customer could see the sum as it was "
            "entered. In 1879 they were granted a patent for what they called Ritty’s Incorruptible Cashier.",
            "The machine did not stop a dishonest bartender from pocketing money, but it made theft harder to hide. "
            "Every sale had to be rung up in full view, the dial showed the amount to the customer, and the owner could "
            "compare the total on the counter with the cash in the drawer at closing time.",
        ], caption=dict(position=None, overlay=True, text="An early dial-faced register of the Ritty "
                        "type, about 1880.", credit="Lent by the Dorrance Collection of Business Machines, DC 188")),
        dict(label="II", title="From Workshop to Company", paras=[
            "Ritty sold few machines and had a saloon to run. In 1881 he sold the business to Jacob Eckert, who formed "
            "the National Manufacturing Company and added a paper roll that recorded the day’s sales for the owner. "
            "Three years later John Henry Patterson, a coal dealer who had found that one register turned his losing "
            "store into a profitable one, bought control and renamed the firm the National Cash Register Company.",
            "Patterson cared less about the invention than about selling it. He wrote scripts for his salesmen, "
            "divided the country into territories, set quotas and rewarded those who met them with prizes and "
            "conventions. He also built a bright factory with gardens, baths and lectures for its workers, which "
            "visitors came from abroad to see.",
        ]),
        dict(label="III", title="Ringing Up the World", paras=[
            "Registers grew more elaborate, with drawers that opened only when a sale was recorded, printed receipts "
            "and separate totals for each clerk. In 1906 the engineer Charles Kettering fitted one with an electric "
            "motor. The company’s methods were not always fair: in 1913 Patterson and other managers were convicted of "
            "breaking the antitrust laws by driving rivals out of business, a verdict later overturned.",
            "Among the salesmen trained in Dayton was Thomas J. Watson, who took its techniques with him when he went "
            "on to lead the company that became IBM. By then the register stood on shop counters around the world, "
            "and its name had become ordinary English.",
        ]),
    ],
    sidebar=dict(title="Why the Bell?", paras=[
        "The bell was a guard, not an ornament. When it rang, the owner knew from across the room that the drawer had "
        "been opened and a sale entered, and a customer who heard no bell could ask why. Later machines kept it long "
        "after owners had other ways to check, and shoppers still say that a sale has been rung up.",
    ]),
    sidenotes=[("1", "propeller.", "1 Such counters were fitted to steamers so that engineers could log the speed."),
               ("2", "Company.", "2 The firm kept its Dayton headquarters until 2009.")],
)

# ---------------------------------------------------------------- 5 Bank of England (DOCX via myst-to-docx)
EX["bank_of_england_1694"] = dict(
    kind="docx",
    kicker="GALLERY OF PUBLIC CREDIT · CASE 4",
    title_lines=["A Bank for the Nation’s Debts", "The Bank of England, 1694"],
    running=["Ashcombe Museum of Finance · Public Credit"],
    intro="The Bank of England was founded to lend money to a king at war. Three centuries later it issues the "
          "country’s banknotes and sets the rate of interest, but its beginnings lay in a hurried bargain between "
          "a government short of cash and a group of London merchants.",
    sections=[
        dict(label="Case 4.1", title="A King Short of Money", paras=[
            "William III came to the English throne in 1689 and at once took the country into a long war against the "
            "France of Louis XIV. Armies and fleets cost more than taxes could raise, and after a heavy naval defeat "
            "off Beachy Head in 1690 the government needed to rebuild the navy quickly. Lenders were wary, because "
            "earlier kings had simply stopped repaying their debts.",
            "Many schemes were put forward. The one adopted came from William Paterson, a Scottish merchant, and was "
            "steered through Parliament by Charles Montagu. Subscribers would lend the government £1,200,000 at eight "
            "per cent, paid out of new duties on shipping and alcohol, and in return would be incorporated as a bank.",
        ]),
        dict(label="Case 4.2", title="Subscribed in Twelve Days", paras=[
            "The subscription opened in June 1694, and the whole sum was raised in about twelve days. The royal charter "
            "of 27 July created the Governor and Company of the Bank of England, with the merchant Sir John Houblon as "
            "its first governor. The staff of nineteen began work in the hall of the Mercers’ Company and soon moved to "
            "Grocers’ Hall in Poultry.",
            "The bank took deposits and lent to merchants as well as to the state, and it gave receipts for money left "
            "with it. These notes were written by hand for the exact sum deposited, and part of a note could be paid "
            "off and signed for. Printed notes for fixed amounts came gradually during the eighteenth century.",
            "Not everyone welcomed the new institution. Goldsmith bankers feared its competition, Tories suspected "
            "a Whig money machine, and in 1696 a rival land bank scheme failed to raise its capital. The bank survived "
            "a run in the same year, during the great recoinage, by paying out part of each demand.",
        ], caption=dict(position="Above", text="A running cash note for £50, partly printed and completed by hand, "
                        "1699.", credit="Lent by the Whitcombe Trust, WT 1699/2")),
        dict(label="Case 4.3", title="Threadneedle Street", paras=[
            "In 1734 the bank moved into its own building in Threadneedle Street, where it has stayed ever since. It "
            "became the government’s banker and the bankers’ bank. During the wars with revolutionary France, in 1797, "
            "it was ordered to stop paying gold for its notes, a suspension that lasted until 1821.",
            "The Bank Charter Act of 1844 began to give it control of the note issue, and the other banks of England "
            "and Wales gradually lost the right to issue their own. The bank was nationalised in 1946, and since 1997 "
            "it has set interest rates independently of the government.",
        ]),
    ],
    sidebar=dict(title="The Old Lady", paras=[
        "In 1797 the cartoonist James Gillray drew the prime minister, William Pitt, courting an elderly lady dressed "
        "in banknotes who sat on a chest of gold. The nickname stuck, and the bank is still known as the Old Lady of "
        "Threadneedle Street. Gillray meant it as a joke about the suspension of gold payments, but the bank came to "
        "like the name, and it appears in its own publications today.",
    ]),
)

# ---------------------------------------------------------------- 6 Jiaozi (HTML via Sergey)
EX["jiaozi_paper_money_1024"] = dict(
    kind="html",
    kicker="Online exhibition · Money in China",
    title_lines=["Iron, Paper and Trust", "The First Government Paper Money, 1024"],
    running=[],
    intro="In the western Chinese province of Sichuan a thousand years ago, coins were made of iron and were so heavy "
          "that merchants turned to paper. In 1024 the Song government took over the private notes and issued the "
          "first paper money backed by a state.",
    sections=[
        dict(label="Chapter 1", title="Heavy Coins", paras=[
            "China had used round bronze coins with a square hole for more than a thousand years, strung together in "
            "strings of a thousand. Sichuan, cut off by mountains from the rest of the empire, was short of copper, and "
            "under the Song dynasty its coins were cast in iron. Iron was cheap, so the coins were worth little, and a "
            "string large enough to buy a bolt of silk could weigh several kilograms.",
            "Merchants in Chengdu, the provincial capital and a busy market for silk, tea and salt, began to leave "
            "their strings with deposit shops and to receive paper receipts in exchange. These receipts, known as "
            "jiaozi, could be handed to another trader and cashed later, and by the end of the tenth century they "
            "passed around the city almost as money.",
        ]),
        dict(label="Chapter 2", title="Sixteen Merchant Houses", paras=[
            "To keep order, the local officials allowed only sixteen wealthy houses to issue jiaozi. Their notes were "
            "printed from blocks, with secret marks and the signatures of the issuers, and could be cashed for a fee. "
            "The system held for some years, but the houses issued more notes than they could redeem, some of them "
            "failed, and holders were left with worthless paper and angry complaints.",
            "In 1023 the government decided to take the business over. It set up an official Jiaozi Bureau in "
            "Chengdu, and in 1024 the first state notes appeared. Each issue was valid for a fixed term, about three "
            "years, after which old notes were exchanged for new ones, and a reserve of iron cash was kept to back "
            "them.",
        ], caption=dict(position=None, text="Printing block for a later Song note, with a scene of a "
                        "granary, bronze, twelfth century.", credit="Lent by the Qiu Collection, QC 77")),
        dict(label="Chapter 3", title="Paper Across the Empire", paras=[
            "The limits on issue did not last. War on the northern frontier tempted the government to print more "
            "notes than its reserves could support, and their value fell. Later dynasties repeated the pattern on a "
            "larger scale, with new notes called qianyin and huizi in the twelfth century and paper money across the "
            "whole empire under the Mongol Yuan.",
            "European travellers who reached China under the Yuan were astonished that people accepted paper in "
            "payment for gold and goods. Marco Polo described the notes at length. Paper money would not become "
            "common in Europe for another four hundred years.",
            "The later Ming dynasty also printed large notes in its early years, but it issued them without any "
            "reserve, and they lost nearly all their value. By the fifteenth century silver, much of it brought by "
            "sea from Japan and the Americas, had taken their place in the markets.",
        ]),
    ],
    sidebar=dict(title="Printing Against Forgers", paras=[
        "Song notes were printed from several blocks, sometimes in more than one colour, on paper made from the bark of "
        "the mulberry tree, a material that the state tried to keep for its own use. Pictures, official seals and long inscriptions made them hard to copy, and the warning "
        "printed on later notes promised a reward to anyone who reported a forger.",
    ]),
)
