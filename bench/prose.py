"""Ordinary English prose of any size, written for the benchmarks (no corpus, no download).

``prose(size)`` joins paragraphs of 3-8 sentences drawn from the sentence bank below, with
invented people, places, organisations, years and numbers filled in by a seeded random
generator, and a heading every few paragraphs: the text varies like an essay collection
(narrative, description, quotation, dates, quantities, lists, questions), so a build of it
exercises every stage the way a real exhibit text does. Every name is invented.
"""

from __future__ import annotations

import random

FIRSTS = ["Ada", "Tomas", "Ilse", "Jonah", "Mara", "Osric", "Lena", "Piet", "Runa", "Emil", "Greta",
          "Hugo", "Nadia", "Callum", "Wren", "Felix", "Odile", "Bram", "Signe", "Marcus"]
LASTS = ["Moreau", "Brandt", "Varga", "Pike", "Quint", "Hollis", "Strand", "Vellacott", "Oduya", "Kerr",
         "Ashdown", "Lindqvist", "Ferrante", "Okafor", "Ruskin", "Delacroix", "Halloran", "Szabo"]
PLACES = ["Kestrel Bay", "Old Harbour", "Millbrook", "Stonegate", "Halden", "Marrow Point", "Easterly",
          "Fenwick", "Calder Vale", "Port Amsel", "Ravensworth", "Lowmoor"]
ORGS = ["Harbour Trust", "Lighthouse Board", "Ferry Guild", "Society of Millwrights", "County Archive",
        "Weavers' Union", "Northern Railway Company", "Observatory Council"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
THINGS = ["a brass sextant", "a ledger of wages", "a box of glass negatives", "a hand-drawn map",
          "a wooden loom", "a ship's bell", "a bundle of letters", "a surveyor's chain", "a printing press",
          "a lantern", "a silk banner", "a set of weights"]
TRADES = ["weaver", "ferryman", "clerk", "schoolteacher", "engineer", "printer", "midwife", "surveyor",
          "miller", "photographer", "lighthouse keeper", "bookbinder"]

SENTENCES = [
    "In {month} {year} {first} {last} left {place} for {place2} with {n} passengers and very little money.",
    "{last} later wrote that the crossing had taken {small} days and that nobody slept on the last night.",
    "The {org} was founded in {year} by a handful of {trade}s who met above a bakery in {place}.",
    "\u201cWe will not close the light while a single boat is out,\u201d said {first} {last}, who chaired the {org}.",
    "The reply reached the council on {day} {month} {year}, three weeks after the storm.",
    "{first} {last} and {first2} {last2} arrived in {place} in {year}, and {last2} stayed there for {small} years.",
    "After {year} the {org} moved its office to {place}, and {last} became its treasurer.",
    "Nobody is sure who made {thing}, but it was in use at {place} by the {decade}s.",
    "The museum acquired {thing} in {year2}; it had been kept in a cellar for most of the century.",
    "Wages were low: a {trade} earned about {n} shillings a month, and rent took nearly half of it.",
    "What did the town expect from the new railway? Most people hoped for cheaper coal and faster post.",
    "The line between {place} and {place2} opened in {year} and carried {big} passengers in its first year.",
    "Her diary is short and practical, full of prices, weather and the names of visitors.",
    "On the morning of {day} {month} {year} the river rose by {small} feet and flooded the lower streets.",
    "{first} {last}, a {trade} from {place}, kept careful notes on every job he took.",
    "The committee met every Tuesday, argued about money, and rarely agreed on anything else.",
    "By the {decade}s the harbour handled timber, grain, salt fish and, in good years, wool.",
    "Children as young as ten worked in the mills, and the school was open only in winter.",
    "A fire in {year} destroyed the old hall, along with most of the records kept there.",
    "\u201cThe work is hard and the pay is poor, but the company is good,\u201d {first} wrote to her sister.",
    "In {year} the {org} petitioned the government for a grant of {big} pounds to rebuild the pier.",
    "The petition was refused, and the pier was repaired by public subscription instead.",
    "{last} was elected mayor of {place} in {year} and again in {year2}.",
    "The photograph shows {small} men standing in front of the engine shed, most of them in their work clothes.",
    "It is not clear whether the meeting was public; the minutes mention only the members present.",
    "Between {year} and {year2} the population of {place} nearly doubled, from {n} to about {big}.",
    "The new bridge was designed by {first} {last}, an engineer who had trained in {place2}.",
    "Some visitors came for the sea air, others for the cheap lodging houses along the front.",
    "The strike lasted {small} weeks and ended with a small rise in wages and no change in hours.",
    "{first2} {last2} remembered the winter of {year} as the coldest of her life.",
    "Letters from the period describe long queues for bread and frequent arguments at the market.",
    "The collection includes {thing}, {thing2} and a number of smaller tools whose use is unknown.",
    "Most of the cottages on the hill were built of local stone and roofed with slate from {place2}.",
    "When the mine closed in {year}, many families moved to {place} or sailed for the colonies.",
    "The society published a newsletter four times a year, printed on a press in {place}.",
    "A later report blamed the accident on a faulty signal and on the long hours of the crew.",
    "{last} never married; she spent her savings on books and left them to the town library.",
    "The school opened in {year} with one teacher, {small} pupils and a stove that smoked badly.",
    "Prices rose sharply during the war, and the {org} set up a shop that sold at cost.",
    "In the spring of {year} a ship from {place2} brought news of the treaty.",
    "The lighthouse keeper's log records {n} ships passing in a single week of {month}.",
    "Some of the oldest houses in {place} still have the iron rings to which horses were tied.",
    "The first women joined the {org} in {year}, after a vote that was closer than anyone expected.",
    "His account of the voyage is vivid but unreliable, and several dates in it are plainly wrong.",
    "There were {small} churches, {small2} chapels and more public houses than anyone cared to count.",
    "The museum's curator, {first} {last}, catalogued the collection between {year} and {year2}.",
    "Every autumn the fair filled the square with stalls, animals and travelling players.",
    "A surveyor measured the bay in {year} and found it {small} fathoms deep at the entrance.",
    "The mill employed {n} people at its peak, most of them women from the surrounding villages.",
    "Why the road was never finished remains a mystery; the money seems simply to have run out.",
    "{first} {last} described the new machines as noisy, dangerous and wonderfully fast.",
    "The fishing fleet of {place} had {n} boats in {year} and fewer than {small} by {year2}.",
    "Records of births and marriages survive from {year}, but the earlier registers were lost.",
    "The exhibition of {year} drew visitors from {place}, {place2} and as far away as the capital.",
    "Tea, sugar and tobacco were the goods most often mentioned in the shop's accounts.",
    "A local newspaper, the {place} Courier, began publication in {year} and ran for {small} years.",
    "The mayor's speech, reported at length, praised the workers and said nothing about their pay.",
    "After the flood the council built a sea wall {n} yards long, which still stands today.",
    "Many of the letters were written by {first2} {last2} to her brother, a {trade} in {place2}.",
    "The railway reached the valley late, and for years goods went down to {place} by cart.",
]
HEADINGS = ["The harbour", "Work and wages", "The railway", "Schools and children", "The great flood",
            "Trade and markets", "The society and its members", "Letters home", "The collection",
            "Fire and rebuilding", "Voyages", "Everyday life"]


def _sentence(rng: random.Random) -> str:
    year = rng.randint(1780, 1960)
    return rng.choice(SENTENCES).format(
        month=rng.choice(MONTHS), year=year, year2=year + rng.randint(1, 40), day=rng.randint(1, 28),
        decade=year // 10 * 10, first=rng.choice(FIRSTS), last=rng.choice(LASTS), first2=rng.choice(FIRSTS),
        last2=rng.choice(LASTS), place=rng.choice(PLACES), place2=rng.choice(PLACES), org=rng.choice(ORGS),
        thing=rng.choice(THINGS), thing2=rng.choice(THINGS), trade=rng.choice(TRADES),
        n=rng.randint(20, 900), small=rng.randint(2, 19), small2=rng.randint(2, 9),
        big=f"{rng.randint(1, 90) * 1000 + rng.randint(0, 999):,}")


def prose(size: int, seed: int = 7) -> bytes:
    """``size`` bytes (UTF-8, cut at a character) of headed essay paragraphs."""
    rng = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        if rng.random() < 0.15:
            out.append(rng.choice(HEADINGS))
            length += len(out[-1]) + 2
        out.append(" ".join(_sentence(rng) for _ in range(rng.randint(3, 8))))
        length += len(out[-1].encode()) + 2
    return "\n\n".join(out).encode()[:size].decode(errors="ignore").encode()
