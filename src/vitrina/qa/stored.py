"""Questions answered from the store's own facts, before the sentence path of ``ask``.

* "Who said <the quotation's words, or most of them>?": the speaker of the stored quotation whose words best
  match, when the match is clear (``STORED_FACTS``: the share of the question's content words in the quotation,
  and its lead over a quotation of another speaker); cited: the quotation's sentence. A quotation whose
  attribution its document's correction notice withdrew (kind ``retracted``, extract/quotes.py) is no answer: the
  notice, which gives the words to their speaker, is cited first.
* "Who wrote to B [on/in <date>]?", "To whom did A write?", "When did A write to B?": a letter's sending event
  ("A wrote to B", ``extract/letters.py``, from the document's sender and recipient metadata); cited: the
  dateline, salutation and signature blocks the event stores as its evidence. One answer only: letters of two
  different senders (recipients, dates) leave the question to the sentence path.

Nothing here names a person or a phrase: the verbs are lexicon lists, the names those the store holds.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from vitrina.extract.entities import honorifics
from vitrina.lexicon import words
from vitrina.qa.weights import STORED_FACTS
from vitrina.store.read import EventRow, KnowledgeBase, QuoteRow

WORD = re.compile(r"[^\W_]+")
YEAR = re.compile(r"\b(\d{4})\b")
WHO_VERB = re.compile(r"^\s*who\s+(\w+)\s+(.+?)\s*\??\s*$", re.I)
TO_WHOM = re.compile(r"^\s*to\s+whom\s+did\s+(.+?)\s+(\w+)\s*\??\s*$", re.I)
WHEN_TO = re.compile(r"^\s*when\s+did\s+(.+?)\s+(\w+)\s+to\s+(.+?)\s*\??\s*$", re.I)
QUALIFIER = re.compile(r"\s+(?:on|in|during|about|from|at)\s+|,", re.I)  # "to B in June 1890": B, then the date
LETTER_LABEL = " wrote to "  # extract/letters.py labels a sending "<sender> wrote to <recipient>"


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS) | {h.rstrip(".") for h in honorifics()}


def content(text: str) -> list[str]:
    """The lower-cased words of ``text`` that are neither stop words (spaCy's list) nor honorifics ("Mrs": a
    party's name need not carry one)."""
    stop = _stop_words()
    return [w for w in (m.group(0).lower() for m in WORD.finditer(text)) if w not in stop]


def stored_answer(kb: KnowledgeBase, question: str) -> dict[str, Any] | None:
    """The answer read off a stored fact (``answer``, ``confidence``, ``citations``), or None."""
    who = WHO_VERB.match(question)
    if who and who.group(1).lower() in words("asked_saying_verbs"):
        return _speaker(kb, who.group(2))
    if who and who.group(1).lower() in words("asked_writing_verbs") and who.group(2).lower().startswith("to "):
        return _letter(kb, recipient=who.group(2)[3:], shown="sender")
    whom = TO_WHOM.match(question)
    if whom and whom.group(2).lower() in words("asked_writing_verbs"):
        return _letter(kb, sender=whom.group(1), shown="recipient")
    when = WHEN_TO.match(question)
    if when and when.group(2).lower() in words("asked_writing_verbs"):
        return _letter(kb, sender=when.group(1), recipient=when.group(3), shown="date")
    return None


def _speaker(kb: KnowledgeBase, said: str) -> dict[str, Any] | None:
    asked = set(content(said))
    if not asked:
        return None
    scored: list[tuple[float, QuoteRow]] = []
    withdrawn: list[tuple[float, QuoteRow]] = []
    texts: dict[str, str] = {}  # each document's text read once
    for quote in kb.quotes():
        if quote.document not in texts:
            texts[quote.document] = kb.text(quote.document) or ""
        text = texts[quote.document][quote.start:quote.end]
        share = len(asked & set(content(text))) / len(asked)
        # an attribution the document's own correction withdrew is no answer; the correction is cited
        (withdrawn if quote.kind == "retracted" else scored).append((share, quote))
    scored.sort(key=lambda pair: -pair[0])
    if not scored or scored[0][0] < STORED_FACTS["quote_match"]:
        return None
    best, quote = scored[0]

    def speaker_of(q: QuoteRow) -> str | None:
        """The speaker's entity id, else the words naming an unnamed speaker ("my father"), else None."""
        if q.speaker is not None or q.speaker_start is None or q.speaker_end is None:
            return q.speaker
        return " ".join(texts[q.document][q.speaker_start:q.speaker_end].split())

    answer = speaker_of(quote)
    if answer is None:
        return None  # the best quotation's speaker is not stored: the sentence path reads it
    rival = next((s for s, q in scored[1:] if speaker_of(q) != answer), 0.0)
    if best - rival < STORED_FACTS["quote_margin"]:
        return None
    if quote.speaker is not None:
        entity = kb.entity(quote.speaker)
        if entity is None:
            return None
        answer = entity.name
    withdrawn_from = {q.document for share, q in withdrawn if share >= STORED_FACTS["quote_match"]}
    # the correction notice first: the same speaker's words in a document that withdrew another attribution
    notices = [q for share, q in scored if q.document in withdrawn_from and q.speaker == quote.speaker
               and share >= STORED_FACTS["quote_match"]]
    cited: list[dict[str, Any]] = []
    for shown in [*notices[:1], quote]:
        sentence = next((s for s in kb.sentences(shown.document) if s.start <= shown.start < s.end), None)
        if sentence is not None and all(c["start"] != sentence.start or c["document"] != sentence.document
                                        for c in cited):
            cited.append(_cited(sentence.document, sentence.start, sentence.end, sentence.text))
    if not cited:
        return None
    return _reply(answer, cited)


def _letter(kb: KnowledgeBase, shown: str, sender: str | None = None,
            recipient: str | None = None) -> dict[str, Any] | None:
    years: set[str] = set()
    if recipient is not None:
        years = set(YEAR.findall(recipient))  # "to B in June 1890": B, and the letters of that year
        recipient = QUALIFIER.split(recipient, maxsplit=1)[0]
    if sender is not None and not content(sender) or recipient is not None and not content(recipient):
        return None
    found = []
    for event in kb.events():
        if LETTER_LABEL not in event.label:
            continue
        who_sent, _sep, to_whom = event.label.partition(LETTER_LABEL)
        if sender is not None and not _names(kb, sender, who_sent, event):
            continue
        if recipient is not None and not _names(kb, recipient, to_whom, event):
            continue
        if years and event.edtf.lstrip("[{")[:4] not in years:
            continue
        found.append((event, who_sent, to_whom))
    if not found:
        return None
    answers = {_shown(kb, event, who_sent, to_whom, shown) for event, who_sent, to_whom in found}
    if len(answers) != 1:
        return None  # letters of different senders (recipients, dates): not one answer
    event = found[0][0]
    citations = [_cited(event.document, start, end, kb.text_slice(event.document, start, end))
                 for start, end in event.evidence]
    return _reply(answers.pop(), citations) if citations else None


def _shown(kb: KnowledgeBase, event: EventRow, who_sent: str, to_whom: str, shown: str) -> str:
    if shown == "date":
        return kb.text_slice(event.document, event.date_start, event.date_end)
    return who_sent if shown == "sender" else to_whom


def _names(kb: KnowledgeBase, phrase: str, party: str, event: EventRow) -> bool:
    """The question's ``phrase`` names the party: its content words are among the party's name and the names of
    the event's participant entity that shares a word with it ("Mrs Vance" for "Eleanor Vance")."""
    own = set(content(party))
    known = set(own)
    for entity_id in event.participants:
        entity = kb.entity(entity_id)
        if entity is None or not set(content(entity.name)) & own:
            continue
        for name in (entity.name, *entity.aliases):
            known |= set(content(name))
    asked = content(phrase)
    return bool(asked) and sum(w in known for w in asked) / len(asked) >= STORED_FACTS["name_match"]


def _cited(document: str, start: int, end: int, text: str) -> dict[str, Any]:
    return {"document": document, "section": None, "start": start, "end": end, "text": text}


def _reply(answer: str, citations: list[dict[str, Any]]) -> dict[str, Any]:
    return {"answer": answer, "confidence": STORED_FACTS["confidence"], "citations": citations}
