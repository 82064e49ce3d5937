"""Hand-written spec for pairs_v17 (held-out round 22).

Each entry: P(kind, (doc, span), (doc, span), verdict, note, label)
 - span is an exact substring of the document (unique in it); build_pairs.py finds the sentence.
 - label: planted-error label (A1.., A-P1.., B.., C..) for panel differ/more-precise pairs, else None.
 - In every panel pair the panel is side a. In more-precise pairs the note says which side is more precise.
"""
PANELS = {
    "panel-haiti-marines-and-mandates": ["1914-1920-haiti", "1993-2000-haiti"],
    "panel-taxes-tea-and-independence": ["1750-1775-parliamentary-taxation", "1776-1783-declaration"],
    "panel-new-nations-and-bandung": ["1945-1952-asia-and-africa", "1953-1960-bandung-conf"],
}
PA, PB, PC = list(PANELS)
H1, H2 = "1914-1920-haiti", "1993-2000-haiti"
T, D = "1750-1775-parliamentary-taxation", "1776-1783-declaration"
AA, BC = "1945-1952-asia-and-africa", "1953-1960-bandung-conf"
CC = "1776-1783-continental-congress"

SPEC = []
def P(kind, a, b, verdict, note, label=None):
    SPEC.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label))

# label -> type (for planted_errors.json)
TYPES = {}
def T_(label, typ): TYPES[label] = typ

# ---------------------------------------------------------------- Panel A: Haiti
P("event", (PA, "Andrew Johnson proposed in 1868 that the United States annex Hispaniola"),
  (H1, "In 1868, President Andrew Johnson suggested the annexation of the island of Hispaniola"),
  "agree", "Andrew Johnson proposed annexing Hispaniola in 1868.")
P("date", (PA, "spent the years from 1889 to 1891 trying, and failing, to lease Mole-Saint Nicolas"),
  (H1, "From 1889 to 1891, Secretary of State James Blaine unsuccessfully sought a lease of Mole-Saint Nicolas"),
  "agree", "Blaine sought a lease of Mole-Saint Nicolas without success, 1889-1891.")
P("event", (PA, "a port on Haiti's southern coast"),
  (H1, "a city on Haiti’s northern coast"),
  "differ", "Location of Mole-Saint Nicolas: panel southern coast vs source northern coast.", "A1")
T_("A1", "wrong place (coast)")
P("date", (PA, "in 1912 he extended a large loan"),
  (H1, "In 1910, President William Howard Taft granted Haiti a large loan"),
  "differ", "Year of Taft's large loan to Haiti: panel 1912 vs source 1910.", "A2")
T_("A2", "wrong year")
P("date", (PA, "By the Franco-Haitian Agreement of 1824 it recognised Haitian independence in exchange for a large indemnity"),
  (H1, "In the 1824 Franco-Haitian Agreement, France agreed to recognize Haitian independence if Haiti paid a large indemnity"),
  "agree", "1824 Franco-Haitian Agreement: recognition of independence against an indemnity.")
P("event", (PA, "some married Haitian women to get around the laws that kept foreigners from owning land"),
  (H1, "German men married Haitian women to get around laws denying foreigners land ownership"),
  "agree", "Germans married Haitian women to get around the ban on foreign land ownership.")
P("event", (PA, "Washington saw Germany as its chief rival in the Caribbean"),
  (H1, "The United States considered Germany its chief rival in the Caribbean"),
  "agree", "The United States regarded Germany as its chief Caribbean rival.")
P("quantity", (PA, "Five presidents were assassinated or overthrown between 1911 and 1915"),
  (H1, "Between 1911 and 1915, seven presidents were assassinated or overthrown in Haiti"),
  "differ", "Number of Haitian presidents killed or overthrown 1911-1915: panel five vs source seven.", "A3")
T_("A3", "wrong number")
P("event", (PA, "Marines landed in 1914"),
  (H1, "President Wilson sent the U.S. Marines to Haiti to prevent anarchy"),
  "not-same", "Different landings: the 1914 landing (bank episode) vs the 1915 dispatch after President Sam's assassination.")
P("quantity", (PA, "removed $800,000 from the Haitian National Bank"),
  (H1, "removed $500,000 from the Haitian National Bank"),
  "differ", "Sum removed from the Haitian National Bank in December 1914: panel $800,000 vs source $500,000.", "A4")
T_("A4", "wrong number (money)")
P("date", (PA, "When President Jean Vilbrun Guillaume Sam was murdered in July 1915"),
  (H1, "Following the assassination of the Haitian President in July of 1915"),
  "agree", "The Haitian president was assassinated in July 1915.")
P("event", (PA, "in practice they guarded American assets and headed off a possible German landing"),
  (H1, "In actuality, the act protected U.S. assets in the area and prevented a possible German invasion"),
  "agree", "The 1915 landing in practice protected U.S. assets and forestalled a German invasion.")
P("event", (PA, "It created the Haitian Gendarmerie, a force of Haitians and Americans commanded by the Marines"),
  (H1, "The articles of this agreement created the Haitian Gendarmerie, essentially a military force made up of U.S. citizens and Haitians and controlled by the U.S. Marines"),
  "agree", "The 1915 treaty created the Gendarmerie under Marine control.")
P("event", (PA, "it handed the United States full control of Haitian finances"),
  (H1, "The United States gained complete control over Haitian finances"),
  "agree", "The treaty gave the United States complete control of Haitian finances.")
P("date", (PA, "Later in 1915, under American pressure, the Haitian legislature elected a pro-American president"),
  (H1, "by the Haitian legislature in August 1915"),
  "more-precise", "Election of Dartiguenave: panel 'later in 1915' vs source August 1915; (b) more precise.", "A-P1")
T_("A-P1", "precision: year vs month")
P("date", (PA, "In 1917 Washington pressed for a new constitution that would let foreigners own land"),
  (H1, "the Wilson administration attempted to strong-arm the Haitian legislature into adopting a new constitution in 1917"),
  "agree", "The United States pressed a new constitution on Haiti in 1917.")
P("date", (PA, "which did not meet again until 1932"),
  (H1, "which did not meet again until 1929"),
  "differ", "Year the dissolved Haitian legislature next met: panel 1932 vs source 1929.", "A5")
T_("A5", "wrong year")
P("date", (PA, "drove peasants into open rebellion between 1918 and 1920"),
  (H1, "led to a peasant rebellion from 1919 to 1920"),
  "differ", "Dates of the peasant rebellion: panel 1918-1920 vs source 1919-1920.", "A6")
T_("A6", "wrong year (start of period)")
P("event", (PA, "a committee of the House of Representatives travelled to Haiti to look into reports of abuse"),
  (H1, "The U.S. Senate sent an investigative committee into Haiti in 1921 to examine claims of abuse"),
  "differ", "Which chamber investigated abuses in Haiti in 1921: panel House of Representatives vs source Senate.", "A7")
T_("A7", "wrong body (Senate vs House)")
P("date", (PA, "Strikes and uprisings in 1929 set the American withdrawal in motion"),
  (H1, "In 1929, a series of strikes and uprisings led the United States to begin withdrawal from Haiti"),
  "agree", "Strikes and uprisings in 1929 started the U.S. withdrawal.")
P("date", (PA, "Strikes and uprisings in 1929 set the American withdrawal in motion"),
  (H1, "which did not meet again until 1929"),
  "not-same", "Two different events of 1929: start of U.S. withdrawal vs the Haitian legislature meeting again.")
P("date", (PA, "Haitian officials began training to run the government in the early 1930s"),
  (H1, "In 1930, U.S. officials began training Haitian officials to take control of the government"),
  "more-precise", "Start of training of Haitian officials: panel 'early 1930s' vs source 1930; (b) more precise.", "A-P2")
T_("A-P2", "precision: part of decade vs year")
P("date", (PA, "in 1934, in line with Franklin D. Roosevelt's Good Neighbor Policy, the United States formally pulled out"),
  (H1, "In 1934, the United States, in concert with President Franklin D. Roosevelt’s Good Neighbor Policy, officially withdrew from Haiti"),
  "agree", "U.S. withdrawal from Haiti in 1934 under the Good Neighbor Policy.")
P("event", (PA, "in 1934, in line with Franklin D. Roosevelt's Good Neighbor Policy, the United States formally pulled out"),
  ("1921-1936-good-neighbor", "In 1934 at Roosevelt’s direction the 1903 treaty with Cuba (based on the Platt Amendment) that gave the United States the right to intervene to preserve internal stability or independence was abrogated"),
  "not-same", "Two different Good Neighbor steps of 1934: withdrawal from Haiti vs abrogation of the 1903 treaty with Cuba.")
P("date", (PA, "On September 30, 1991, officers under Lieutenant General Raoul Cedras overthrew Jean-Bertrand Aristide"),
  (H2, "On September 30, 1991, a military coup under the leadership of Lieutenant General Raoul Cedras overthrew the government of Jean-Bertrand Aristide"),
  "agree", "Cedras's coup against Aristide on September 30, 1991.")
P("event", (PA, "impose an embargo on everything except food and medicine"),
  (H2, "impose a trade embargo on all goods except medicine and food"),
  "agree", "The OAS embargo exempted food and medicine.")
P("quote", (PA, "assertive multilateralism"),
  (H2, "assertive multilateralism"),
  "agree", "Albright's phrase 'assertive multilateralism'.")
P("event", (PA, "Clinton named Lawrence Pezzullo as his special envoy for Haiti"),
  (H2, "Clinton appointed Lawrence Pezzullo as special envoy for Haiti"),
  "agree", "Pezzullo was Clinton's special envoy for Haiti.")
P("date", (PA, "On June 26 the United Nations voted for a ban on petroleum sales to Haiti"),
  (H2, "On June 16 the United Nations voted to impose a ban on petroleum sales to Haiti"),
  "differ", "Day of the UN vote on the petroleum ban (1993): panel June 26 vs source June 16.", "A8")
T_("A8", "wrong day")
P("date", (PA, "Aristide was to be back in Haiti by the end of October 1993"),
  (H2, "called for Aristide’s return to Haiti by October 30, 1993"),
  "more-precise", "Deadline for Aristide's return under the Governors Island Accord: panel end of October 1993 vs source October 30, 1993; (b) more precise.", "A-P3")
T_("A-P3", "precision: part of month vs day")
P("event", (PA, "200 American and French engineers and military police"),
  (H2, "200 U.S. and Canadian engineers and military police"),
  "differ", "Nationality of the engineers on the USS Harlan County: panel American and French vs source U.S. and Canadian.", "A9")
T_("A9", "wrong country")
P("date", (PA, "on October 11 a seemingly menacing crowd met it at the pier in Port-au-Prince"),
  (H2, "On October 11 the ship was met at the pier in Port-au-Prince by a mob of Haitians"),
  "agree", "The Harlan County was met by a hostile crowd at Port-au-Prince on October 11.")
P("date", (PA, "A week later the Security Council imposed a naval blockade"),
  (H2, "Four days later, the United Nations Security Council imposed a naval blockade on Haiti"),
  "differ", "Interval before the UN naval blockade: panel a week later vs source four days later.", "A10")
T_("A10", "wrong interval")
P("event", (PA, "the first to authorise force to restore democracy in a member state"),
  (H2, "the first resolution authorizing the use of force to restore democracy for a member nation"),
  "agree", "UNSCR 940 was the first resolution authorising force to restore democracy in a member state.")
P("quantity", (PA, "a twelve-month mandate for the UN Mission in Haiti"),
  (H2, "a six-month mandate for the United Nations Mission in Haiti (UNMIH)"),
  "differ", "Length of the UNMIH mandate under UNSCR 940: panel twelve months vs source six months.", "A11")
T_("A11", "wrong number (months)")
P("quantity", (PA, "close to 20,000 personnel from every service"),
  (H2, "The invasion force numbered nearly 25,000 military personnel from all services"),
  "differ", "Size of the Uphold Democracy force: panel close to 20,000 vs source nearly 25,000.", "A12")
T_("A12", "wrong number (troops)")
P("date", (PA, "The landing was set for September 19"),
  (H2, "The operation was scheduled for September 19"),
  "agree", "The operation was scheduled for September 19.")
P("event", (PA, "with Senator Sam Nunn and General John Shalikashvili"),
  (H2, "Carter, Senator Sam Nunn, and General Colin Powell flew to Haiti"),
  "differ", "General in the Carter delegation: panel John Shalikashvili vs source Colin Powell.", "A13")
T_("A13", "wrong person")
P("date", (PA, "he met Cedras on September 20, 1994"),
  (H2, "Shelton and Cedras met on September 20, 1994"),
  "agree", "Shelton and Cedras met on September 20, 1994.")
P("date", (PA, "Aristide was back in Haiti on October 15"),
  (H2, "Aristide returned to Haiti on October 15"),
  "agree", "Aristide returned on October 15 (1994).")
P("date", (PA, "Aristide was back in Haiti on October 15"),
  (H2, "called for Aristide’s return to Haiti by October 30, 1993"),
  "not-same", "Actual return in October 1994 vs the 1993 deadline set by the Governors Island Accord.")
P("date", (PA, "a peaceful election and handover of power followed on February 7, 1996"),
  (H2, "a peaceful election and transferal of power occurred on February 7, 1996"),
  "agree", "Peaceful election and transfer of power on February 7, 1996.")
P("date", (PA, "The operation passed to UN command on March 31, 1995"),
  (H2, "a peaceful election and transferal of power occurred on February 7, 1996"),
  "not-same", "Transfer of command to UNMIH (1995) vs transfer of presidential power (1996).")
P("date", (PA, "Secretary of State James Blaine spent the years from 1889 to 1891"),
  ("1866-1898-blaine", "Blaine took office in 1881"),
  "not-same", "Blaine's second tenure (1889-1891 Mole lease effort) vs the start of his first tenure in 1881.")

# ---------------------------------------------------------------- Panel B: taxes and independence
P("date", (PB, "Between 1763 and 1775 Parliament passed a string of laws regulating colonial trade and taxation"),
  (T, "a series of laws passed between 1763 and 1775 that regulating trade and taxes"),
  "agree", "Trade and tax laws passed between 1763 and 1775.")
P("event", (PB, "That argument would eventually underpin the Declaration of Independence"),
  (T, "This position eventually served as the basis for the colonial Declaration of Independence"),
  "agree", "The argument became the basis of the Declaration of Independence.")
P("event", (PB, "The Seven Years' War left Britain with heavy debts in 1763"),
  (T, "In 1763, the British government emerged from the Seven Years’ War burdened by heavy debts"),
  "agree", "Britain emerged from the Seven Years' War in 1763 heavily in debt.")
P("event", (PB, "Prime Minister George Grenville cut the duties on sugar and molasses"),
  (T, "British Prime Minister George Grenville to reduce duties on sugar and molasses"),
  "agree", "Grenville reduced the duties on sugar and molasses.")
P("event", (PB, "New York and Virginia sent formal letters of protest to Parliament"),
  (T, "The colonial governments of New York and Massachusetts sent formal letters of protest to Parliament"),
  "differ", "Colonies that sent letters of protest: panel New York and Virginia vs source New York and Massachusetts.", "B1")
T_("B1", "wrong place (colony)")
P("date", (PB, "the Currency Act of 1765"),
  (T, "the 1764 Currency Act"),
  "differ", "Year of the Currency Act: panel 1765 vs source 1764.", "B2")
T_("B2", "wrong year")
P("event", (PB, "which barred the colonies from issuing paper money"),
  (T, "which forbade the colonies from issuing paper currency"),
  "agree", "The Currency Act forbade colonial paper currency.")
P("quantity", (PB, "only two members questioned Parliament's right to tax the colonies"),
  (T, "only one member raised objections to Parliament’s right to tax the colonies"),
  "differ", "Number of MPs who objected to Parliament's right to tax: panel two vs source one.", "B3")
T_("B3", "wrong number")
P("event", (PB, "the Virginia House of Burgesses resolved that Parliament had no authority to tax them"),
  (T, "the Virginia House of Burgesses passed resolutions denying the British Parliament’s authority to tax the colonies"),
  "agree", "Virginia House of Burgesses resolutions denying Parliament's authority to tax.")
P("event", (PB, "in Boston rioters destroyed the stamp distributor's house"),
  (T, "In Boston, colonists rioted and destroyed the house of the stamp distributor"),
  "agree", "Boston rioters destroyed the stamp distributor's house.")
P("date", (PB, "In the autumn of 1765"),
  (T, "In October of 1765"),
  "more-precise", "Meeting of colonial delegates (Stamp Act Congress): panel autumn 1765 vs source October 1765; (b) more precise.", "B-P1")
T_("B-P1", "precision: season vs month")
P("quantity", (PB, "delegates from twelve colonies gathered"),
  (T, "delegates from 9 colonies met"),
  "differ", "Number of colonies at the 1765 meeting: panel twelve vs source 9.", "B4")
T_("B4", "wrong number")
P("event", (PB, "the government concluded that repealing the Stamp Act was easier than enforcing it"),
  (T, "the British Government decided it was easier to repeal the Stamp Act than to enforce it"),
  "agree", "Britain judged repeal of the Stamp Act easier than enforcement.")
P("date", (PB, "New duties under the Townshend Acts of 1768 met renewed resistance"),
  (T, "renewed resistance to new taxes instituted in 1767 under the Townshend Acts"),
  "differ", "Year of the Townshend duties: panel 1768 vs source 1767.", "B5")
T_("B5", "wrong year")
P("date", (PB, "in 1773 Parliament gave the East India Company a monopoly on carrying tea free of tax"),
  (T, "the British Parliament’s decision to grant the East India Company a monopoly on the tax-free transport of tea"),
  "agree", "The 1773 grant of a tax-free tea monopoly to the East India Company.")
P("date", (PB, "On December 18, 1773, men disguised as Indians boarded the company's ships"),
  (T, "On December 16, 1773, American colonists disguised as Indians boarded East India Company ships"),
  "differ", "Date of the Boston Tea Party: panel December 18, 1773 vs source December 16, 1773.", "B6")
T_("B6", "wrong day")
P("event", (PB, "The port of Boston was closed until the company had been compensated for its tea"),
  (T, "The British Government ordered the closure of the port of Boston until the East India Company was compensated for the destroyed tea"),
  "agree", "Boston port closed until the East India Company was compensated.")
P("date", (PB, "laws passed in 1774, known in America as the Intolerable Acts, sought to bring Massachusetts under direct British control"),
  (T, "Parliament also passed several pieces of legislation in 1774 which attempted to place Massachusetts under direct British control"),
  "agree", "1774 legislation to put Massachusetts under direct British control.")
P("event", (PB, "General Thomas Gage became military governor of the colony"),
  (T, "the appointment of General Thomas Gage as military governor of Massachusetts"),
  "agree", "Gage appointed military governor of Massachusetts.")
P("date", (PB, "The First Continental Congress assembled in Philadelphia in September 1774"),
  (T, "the First Continental Congress convened in September of 1774"),
  "agree", "The First Continental Congress convened in September 1774.")
P("date", (PB, "The First Continental Congress assembled in Philadelphia in September 1774"),
  (CC, "the Congress agreed to reconvene in Philadelphia on May 10, 1775"),
  "not-same", "First meeting of Congress (September 1774) vs the planned reconvening on May 10, 1775.")
P("date", (PB, "on October 26 it adopted the Articles of Association"),
  (T, "The Continental Congress agreed to the Articles of Association on October 20"),
  "differ", "Day the Articles of Association were adopted (1774): panel October 26 vs source October 20.", "B7")
T_("B7", "wrong day")
P("date", (PB, "called for a boycott in every colony from December 1"),
  (T, "called for a locally-enforced boycott in all the colonies to take effect on December 1"),
  "agree", "The boycott was to take effect on December 1.")
P("event", (PB, "Delegates also petitioned King George III"),
  (T, "In October of 1765, delegates from 9 colonies met to issue petitions to the British Government"),
  "not-same", "Different petitions: the 1774 petition to George III vs the 1765 petitions against Parliamentary taxation.")
P("event", (PB, "advised London to suspend the Intolerable Acts"),
  (T, "wrote to London recommending suspension of the Intolerable Acts"),
  "agree", "Gage recommended suspending the Intolerable Acts.")
P("event", (PB, "Ministers answered by sending him reinforcements and ordering him to press on"),
  (T, "British ministers responded to Gage’s suggestions by removing him from his post"),
  "differ", "Ministers' response to Gage: panel sent reinforcements vs source removed him from his post.", "B8")
T_("B8", "wrong outcome")
P("date", (PB, "Fighting broke out at Lexington and Concord in April 1775"),
  (T, "the war for American Independence began on April 19, 1775 when British troops and American colonists clashed at Lexington and Concord"),
  "more-precise", "Start of the war at Lexington and Concord: panel April 1775 vs source April 19, 1775; (b) more precise.", "B-P2")
T_("B-P2", "precision: month vs day")
P("event", (PB, "In late 1775 John Jay, then on the Secret Committee of Correspondence"),
  (D, "in late 1775, Benjamin Franklin, then a member of the Secret Committee of Correspondence"),
  "differ", "Who hinted to French agents in late 1775: panel John Jay vs source Benjamin Franklin.", "B9")
T_("B9", "wrong person")
P("date", (PB, "When Parliament banned trade with the colonies on December 22, 1775"),
  (D, "When on December 22, 1775, the British Parliament prohibited trade with the colonies"),
  "agree", "Parliament prohibited trade with the colonies on December 22, 1775.")
P("event", (PB, "When Parliament banned trade with the colonies on December 22, 1775"),
  (T, "pushed Parliament to pass additional trade restrictions on New England"),
  "not-same", "Different measures: the December 1775 prohibition of all colonial trade vs the earlier extra restrictions on New England.")
P("date", (PB, "Congress replied in May 1776 by opening colonial ports"),
  (D, "Congress responded in April of 1776 by opening colonial ports"),
  "differ", "Month Congress opened colonial ports: panel May 1776 vs source April 1776.", "B10")
T_("B10", "wrong month")
P("date", (PB, "Thomas Paine's Common Sense, published in January"),
  (D, "the January publication of Thomas Paine’s pamphlet Common Sense"),
  "agree", "Common Sense was published in January (1776).")
P("date", (PB, "In early June 1776 Richard Henry Lee moved that Congress declare independence"),
  (D, "On June 7, 1776, Richard Henry Lee introduced a motion in Congress to declare independence"),
  "more-precise", "Lee's independence motion: panel early June 1776 vs source June 7, 1776; (b) more precise.", "B-P3")
T_("B-P3", "precision: part of month vs day")
P("event", (PB, "Benjamin Franklin and John Adams revised his text"),
  (D, "Benjamin Franklin and John Adams reviewed Jefferson’s draft"),
  "agree", "Franklin and Adams reviewed Jefferson's draft.")
P("date", (PB, "Congress adopted it on July 4, 1776"),
  (D, "adopted by the Continental Congress on July 4, 1776"),
  "agree", "The Declaration was adopted on July 4, 1776.")
P("event", (PB, "but in Scotland it won many supporters"),
  (D, "but in British-ruled Ireland it had many supporters"),
  "differ", "Where the Declaration found many supporters: panel Scotland vs source Ireland.", "B11")
T_("B11", "wrong place")
P("date", (PB, "As early as 1777 the Sultan of Morocco referred to American ships in a consular document"),
  (D, "The Sultan of Morocco mentioned American ships in a consular document in 1777"),
  "agree", "The Sultan of Morocco mentioned American ships in a 1777 consular document.")
P("date", (PB, "the Netherlands followed in 1780"),
  (D, "The Netherlands acknowledged U.S. independence in 1782"),
  "differ", "Year of Dutch recognition of U.S. independence: panel 1780 vs source 1782.", "B12")
T_("B12", "wrong year")
P("date", (PB, "Spain entered the war in 1779"),
  (D, "Spain joined the war against Great Britain in 1779"),
  "agree", "Spain entered the war in 1779.")
P("event", (PB, "in which Britain itself acknowledged the United States as a sovereign and independent nation"),
  (D, "Great Britain officially acknowledged the United States as a sovereign and independent nation"),
  "agree", "In the 1783 Treaty of Paris Britain acknowledged U.S. independence.")
P("date", (PB, "the Treaty of Paris of 1783"),
  ("1750-1775-treaty-of-paris", "The Treaty of Paris of 1763 ended the French and Indian War/Seven Years’ War between Great Britain and France"),
  "not-same", "Two different Treaties of Paris: 1783 (American independence) vs 1763 (Seven Years' War).")

# ---------------------------------------------------------------- Panel C: new nations and Bandung
P("date", (PC, "In the fifteen years after 1945"),
  (AA, "Between 1945 and 1960"),
  "agree", "Period of the wave of decolonisation: 1945-1960.")
P("quantity", (PC, "some four dozen new states in Asia and Africa"),
  (AA, "three dozen new states in Asia and Africa"),
  "differ", "Number of new Asian and African states 1945-1960: panel some four dozen vs source three dozen.", "C1")
T_("C1", "wrong number")
P("event", (PC, "others won freedom only after long revolutions"),
  (AA, "independence was achieved only after a protracted revolution"),
  "agree", "In many places independence came only after protracted revolution.")
P("event", (PC, "others endured decades of dictators, military juntas or civil war"),
  (AA, "others were ruled by dictators or military juntas for decades, or endured long civil wars"),
  "agree", "Some new states suffered dictators, juntas or civil wars.")
P("date", (PC, "had largely been built in the early nineteenth century"),
  (AA, "In the mid to late 19th century, the European powers colonized much of Africa and Southeast Asia"),
  "differ", "When Europe colonised Africa and Southeast Asia: panel early nineteenth century vs source mid to late 19th century.", "C2")
T_("C2", "wrong period")
P("event", (PC, "Colonial rule drew arbitrary borders that divided ethnic and linguistic groups"),
  (AA, "the introduction of colonial rule drew arbitrary natural boundaries where none had existed before, dividing ethnic and linguistic groups"),
  "agree", "Colonial rule drew arbitrary boundaries dividing ethnic and linguistic groups.")
P("event", (PC, "Japan, an imperial power itself, drove the Europeans out"),
  (AA, "During World War II Japan, itself a significant imperial power, drove the European powers out of Asia"),
  "agree", "Japan drove the European powers out of Asia during the war.")
P("date", (PC, "after the Japanese surrender in 1945 local nationalists demanded independence rather than a return to colonial rule"),
  (AA, "After the Japanese surrender in 1945, local nationalist movements in the former Asian colonies campaigned for independence rather than a return to European colonial rule"),
  "agree", "After Japan's 1945 surrender nationalists sought independence, not a return to colonial rule.")
P("event", (PC, "In places such as Burma and French Indochina"),
  (AA, "In many cases, as in Indonesia and French Indochina"),
  "differ", "Examples of nationalists who fought the Japanese: panel Burma and French Indochina vs source Indonesia and French Indochina.", "C3")
T_("C3", "wrong country")
P("event", (PC, "several NATO members argued that their colonies gave the alliance economic and military strength"),
  (AA, "Several of the NATO allies asserted that their colonial possessions provided them with economic and military strength that would otherwise be lost to the alliance"),
  "agree", "NATO allies argued their colonies gave economic and military strength.")
P("event", (PC, "it encouraged the imperial powers to negotiate an early withdrawal"),
  (AA, "it encouraged the European imperial powers to negotiate an early withdrawal from their overseas colonies"),
  "agree", "The U.S. encouraged an early negotiated withdrawal.")
P("date", (PC, "in 1947 it granted independence to the Philippines"),
  (AA, "The United States granted independence to the Philippines in 1946"),
  "differ", "Year of Philippine independence: panel 1947 vs source 1946.", "C4")
T_("C4", "wrong year")
P("event", (PC, "the Truman and Kennedy administrations worried"),
  (AA, "the Truman and Eisenhower Administrations grew increasingly concerned"),
  "differ", "Administrations worried about communist gains in new states: panel Truman and Kennedy vs source Truman and Eisenhower.", "C5")
T_("C5", "wrong person (president)")
P("date", (PC, "The Indonesian fight against the Netherlands (1945–50)"),
  (AA, "the Indonesian struggle for independence from the Netherlands (1945–50)"),
  "agree", "Indonesian struggle against the Netherlands, 1945-50.")
P("date", (PC, "Vietnam's war with France from 1945 to the mid-1950s"),
  (AA, "the Vietnamese war against France (1945–54)"),
  "more-precise", "End of the Vietnamese war against France: panel mid-1950s vs source 1954; (b) more precise.", "C-P1")
T_("C-P1", "precision: part of decade vs year")
P("date", (PC, "the takeovers in Egypt in 1954"),
  (AA, "the nationalist and professed socialist takeovers of Egypt (1952)"),
  "differ", "Year of the takeover in Egypt: panel 1954 vs source 1952.", "C6")
T_("C6", "wrong year")
P("date", (PC, "Iran in 1951"),
  (AA, "Iran (1951)"),
  "agree", "The takeover in Iran, 1951.")
P("event", (PC, "Washington answered with aid packages, technical assistance and at times military intervention"),
  (AA, "the United States used aid packages, technical assistance and sometimes even military intervention"),
  "agree", "U.S. tools: aid, technical assistance, sometimes military intervention.")
P("date", (PC, "In the spring of 1955"),
  (BC, "In April, 1955"),
  "more-precise", "Date of the Bandung Conference: panel spring 1955 vs source April 1955; (b) more precise.", "C-P2")
T_("C-P2", "precision: season vs month")
P("quantity", (PC, "delegations from twenty-nine governments met at Bandung in Indonesia"),
  (BC, "representatives from twenty-nine governments of Asian and African nations gathered in Bandung, Indonesia"),
  "agree", "Twenty-nine governments met at Bandung.")
P("quantity", (PC, "delegations from twenty-nine governments met at Bandung in Indonesia"),
  (BC, "they brought together an additional twenty-four nations from Asia, Africa and the Middle East"),
  "not-same", "Different counts: all twenty-nine participating governments vs the twenty-four nations invited in addition to the five sponsors.")
P("event", (PC, "Burma, India, Indonesia, Pakistan and the Philippines sponsored the meeting"),
  (BC, "The governments of Burma, India, Indonesia, Pakistan and Sri Lanka co-sponsored the Bandung Conference"),
  "differ", "Fifth co-sponsor of Bandung: panel the Philippines vs source Sri Lanka.", "C7")
T_("C7", "wrong country")
P("quantity", (PC, "invited twenty-four further nations from Asia, Africa and the Middle East"),
  (BC, "they brought together an additional twenty-four nations from Asia, Africa and the Middle East"),
  "agree", "Twenty-four additional nations were brought in.")
P("event", (PC, "Its guiding principles were self-determination, mutual respect for sovereignty, non-aggression, non-interference in internal affairs and equality"),
  (BC, "The core principles of the Bandung Conference were political self-determination, mutual respect for sovereignty, non-aggression, non-interference in internal affairs, and equality"),
  "agree", "The five core principles of Bandung.")
P("event", (PC, "that India and Burma had negotiated in 1954"),
  (BC, "worked out in negotiations between India and China in 1954"),
  "differ", "Partners who negotiated the Five Principles: panel India and Burma vs source India and China.", "C8")
T_("C8", "wrong country")
P("event", (PC, "Bandung laid the foundation of the nonaligned movement"),
  (BC, "The Bandung Conference and its final resolution laid the foundation for the nonaligned movement during the Cold War"),
  "agree", "Bandung laid the foundation for the nonaligned movement.")
P("event", (PC, "Bandung laid the foundation of the nonaligned movement"),
  ("1989-1992-breakup-yugoslavia", "became a founding member of the Non-Aligned Movement in 1961"),
  "not-same", "Bandung (1955) laying the movement's foundation vs Yugoslavia's founding membership in 1961.")
P("date", (PC, "the movement grew far more radical in its condemnation of both superpowers during the 1960s"),
  (BC, "In the 1970s it grew increasingly radical in its condemnation of the policies of the Cold War super powers"),
  "differ", "Decade the nonaligned movement radicalised: panel 1960s vs source 1970s.", "C9")
T_("C9", "wrong decade")
P("quote", (PC, "spirit of Bandung"),
  (BC, "spirit of Bandung"),
  "agree", "The phrase 'spirit of Bandung'.")
P("event", (PC, "fearing a leftward drift among the newly independent nations"),
  (BC, "Observers in the United States expressed concern that the meeting was a sign of a leftward shift in the ideological leanings of the newly independent nations of Africa and Asia"),
  "agree", "U.S. observers feared a leftward shift among new nations.")
P("event", (PC, "relied on Britain, France and the Netherlands against the Eastern Bloc"),
  (BC, "its reliance on the colonial powers of Western Europe as allies against the communist Eastern Bloc"),
  "agree", "The U.S. relied on the West European colonial powers against the Eastern Bloc.")
P("date", (PC, "the Supreme Court's 1956 ruling in Brown v. Board of Education"),
  (BC, "The 1954 Brown v. the Board of Education decision"),
  "differ", "Year of Brown v. Board of Education: panel 1956 vs source 1954.", "C10")
T_("C10", "wrong year")
P("event", (PC, "Bandung produced no general denunciation of the West"),
  (BC, "the Bandung Conference did not lead to a general denunciation of the West"),
  "agree", "Bandung did not denounce the West.")
P("event", (PC, "Chinese Premier Zhou Enlai took a moderate line"),
  ("1953-1960-taiwan-strait-crises", "PRC Foreign Minister Zhou Enlai announced a desire to negotiate with the United States"),
  "not-same", "Zhou Enlai in different roles and statements: as Premier taking a moderate line vs as Foreign Minister offering talks with the U.S.")
P("quantity", (PC, "had about 35 members in 1946"),
  (AA, "In 1946, there were 35 member states in the United Nations"),
  "more-precise", "UN membership in 1946: panel about 35 vs source 35; (b) more precise.", "C-P3")
T_("C-P3", "precision: hedged number")
P("quantity", (PC, "it had more than 120"),
  (AA, "by 1970 membership had swelled to 127"),
  "more-precise", "UN membership by 1970: panel more than 120 vs source 127; (b) more precise.", "C-P4")
T_("C-P4", "precision: lower bound vs exact number")
P("quote", (PC, "third world"),
  (AA, "third world"),
  "agree", "The phrase 'third world' for the new UN members.")
P("event", (PC, "pushed the UN to create a special committee on colonialism"),
  (AA, "creating a special committee on colonialism"),
  "agree", "The new nations pushed for a UN special committee on colonialism.")

# ---------------------------------------------------------------- essay-essay pairs
P("date", (D, "adopted by the Continental Congress on July 4, 1776"),
  (CC, "On July 4, 1776 the Congress took the important step of formally declaring the colonies’ independence"),
  "agree", "Independence declared by Congress on July 4, 1776.")
P("date", ("1776-1783-foreword", "endorsed Thomas Jefferson’s Declaration of Independence on July 4, 1776"),
  (CC, "On July 4, 1776 the Congress took the important step of formally declaring the colonies’ independence"),
  "agree", "Declaration endorsed on July 4, 1776.")
P("date", (T, "Parliament also passed several pieces of legislation in 1774"),
  (CC, "In 1774, the British Parliament passed a series of laws collectively known as the Intolerable Acts"),
  "agree", "The Intolerable Acts were passed in 1774.")
P("date", (T, "The Continental Congress agreed to the Articles of Association on October 20"),
  (CC, "On October 20, the Congress adopted the Articles of Association"),
  "agree", "Articles of Association adopted on October 20 (1774).")
P("event", (T, "In 1763, the British government emerged from the Seven Years’ War burdened by heavy debts"),
  ("1750-1775-treaty-of-paris", "The Seven Years’ War had been enormously expensive, and the Government had to finance the war with debt"),
  "agree", "Britain financed the Seven Years' War with debt.")
P("date", (BC, "In April, 1955, representatives from twenty-nine governments"),
  ("1953-1960-taiwan-strait-crises", "at the Afro-Asian Conference in April 1955 in Bandung"),
  "agree", "The Bandung (Afro-Asian) Conference met in April 1955.")
P("event", (D, "Congress had to wait until the 1778 Treaty of Alliance with France for a formal recognition of U.S. independence"),
  ("1776-1783-b-franklin", "convinced France to recognize American independence and conclude an alliance with the thirteen states in 1778"),
  "agree", "France recognised U.S. independence with the 1778 alliance.")
P("date", (D, "the 1778 Treaty of Alliance with France"),
  (CC, "They entered into a a formal alliance with France in 1778"),
  "agree", "Formal alliance with France in 1778.")
P("event", (D, "resulted in the closing of the port of Boston"),
  (T, "The British Government ordered the closure of the port of Boston"),
  "agree", "The port of Boston was closed.")
P("event", (D, "the colonial governments sent delegates to a Continental Congress to coordinate a colonial boycott of British goods"),
  (CC, "colonial legislatures empowered delegates to attend a Continental Congress which would set terms for a boycott"),
  "agree", "Colonies sent delegates to a Continental Congress to organise a boycott.")
P("date", (AA, "which formed after the Bandung conference of 1955"),
  ("1961-1968-india-pakistan-war", "its prominent role at the Bandung Conference of 1955"),
  "agree", "Bandung Conference in 1955.")
P("date", (D, "Spain joined the war against Great Britain in 1779"),
  ("1776-1783-french-alliance", "Spain officially entered the war on June 21, 1779"),
  "more-precise", "Spain's entry into the war: 1779 vs June 21, 1779; b more precise.")
P("date", (T, "the First Continental Congress convened in September of 1774"),
  (CC, "The Congress first met in Philadelphia on September 5, 1774"),
  "more-precise", "First meeting of the Continental Congress: September 1774 vs September 5, 1774; b more precise.")
P("date", ("1961-1968-india-pakistan-war", "its prominent role at the Bandung Conference of 1955"),
  (BC, "In April, 1955"),
  "more-precise", "Date of the Bandung Conference: 1955 vs April 1955; b more precise.")
P("date", (AA, "which formed after the Bandung conference of 1955"),
  (BC, "In April, 1955"),
  "more-precise", "Date of the Bandung Conference: 1955 vs April 1955; b more precise.")
P("date", (CC, "They entered into a a formal alliance with France in 1778"),
  ("1776-1783-french-alliance", "signed the Treaty of Alliance and the Treaty of Amity and Commerce on February 6, 1778"),
  "more-precise", "Franco-American alliance: 1778 vs February 6, 1778; b more precise.")
P("event", (H2, "Ambassador to the United Nations Madeleine Albright"),
  ("1993-2000-two-koreas", "Secretary of State Madeleine Albright to Pyongyang in October 2000"),
  "not-same", "Albright in different roles: UN ambassador (1993) vs Secretary of State visiting Pyongyang (2000).")
P("event", (H2, "Clinton appointed Lawrence Pezzullo as special envoy for Haiti"),
  ("1977-1980-central-america-carter", "In Managua, Ambassador Lawrence Pezzullo pushed for an elaborate plan"),
  "not-same", "Pezzullo in different roles: Clinton's Haiti envoy (1993) vs ambassador in Managua (1979).")
P("event", (D, "Benjamin Franklin, then a member of the Secret Committee of Correspondence"),
  ("1776-1783-b-franklin", "Franklin served from 1776 to 1778 on a commission to France"),
  "not-same", "Franklin in different roles: Secret Committee member (1775) vs commissioner to France (1776-1778).")
P("date", (D, "it did not recognize U.S. independence until the 1783 Treaty of Paris"),
  ("1750-1775-treaty-of-paris", "The Treaty of Paris of 1763 ended the French and Indian War/Seven Years’ War between Great Britain and France"),
  "not-same", "Two different Treaties of Paris: 1783 vs 1763.")
P("event", (H2, "Carter, Senator Sam Nunn, and General Colin Powell flew to Haiti on September 17"),
  ("1989-1992-foreword", "General Colin Powell, Reagan’s last national security adviser who became Chairman of the Joint Chiefs of Staff in October 1989"),
  "not-same", "Powell in different roles/events: member of Carter's 1994 Haiti delegation vs becoming JCS Chairman in 1989.")
