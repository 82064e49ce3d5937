"""Events: one per dated happening, from sentences and captions with a date.

Each date mention yields an event whose evidence is its sentence; the label
is the clause around the date, trimmed; participants are the people,
organisations and groups of the sentence, places its places. Events with the
same EDTF date and shared participants (or the same label) are merged.
"""

from __future__ import annotations

import re

from vitrina.extract.nlp import Analysis
from vitrina.extract.sentences import clause_at, containing
from vitrina.model import DateMention, Event, Mention

MAX_LABEL_WORDS = 12
_CLAUSE = re.compile(r"[;:()\[\]—–]|,\s|\s-\s")
_LEADING = re.compile(r"^(?:and|but|or|while|when|as|which|who|that|then|so)\s+", re.I)
PARTICIPANT_TYPES = {"person", "organization", "group", "other"}  # other: a conference, a treaty
_PRONOUN_SUBJECT = re.compile(r"(?:He|She)\b")


def event_label(text: str, sent: tuple[int, int], date: DateMention) -> str:
    """The clause holding the date, widened if very short, at most 12 words."""
    s, e = sent
    cuts = [s] + [
        s + m.end() for m in _CLAUSE.finditer(text[s:e])
        if not (date.start <= s + m.start() < date.end)
    ] + [e]
    cuts = sorted(set(cuts))
    k = max(i for i, c in enumerate(cuts[:-1]) if c <= date.start)
    lo, hi = cuts[k], cuts[k + 1]
    if len(text[lo:hi].split()) < 5 and k + 2 < len(cuts):
        hi = cuts[k + 2]
    if len(text[lo:hi].split()) < 5 and k > 0:
        lo = cuts[k - 1]
    return _trim_words(text, lo, hi, date)


def _trim_words(text: str, lo: int, hi: int, date: DateMention) -> str:
    words = [(m.start() + lo, m.group()) for m in re.finditer(r"\S+", text[lo:hi])]
    if len(words) > MAX_LABEL_WORDS:
        centre = next((i for i, (p, _) in enumerate(words) if p >= date.start), 0)
        first = max(0, min(centre - MAX_LABEL_WORDS // 3, len(words) - MAX_LABEL_WORDS))
        words = words[first : first + MAX_LABEL_WORDS]
    label = " ".join(w for _, w in words)
    label = _LEADING.sub("", label.strip(" ,;:—–-\"“”‘’"))
    label = label.rstrip(" ,;:—–-\"“”‘’.")
    return label[:1].upper() + label[1:]


def find_events(
    text: str,
    an: Analysis,
    blocks: list[tuple[int, int]],
    mentions: list[Mention],
    dates: list[DateMention],
) -> list[Event]:
    drafts: list[dict] = []
    for d in sorted(dates, key=lambda d: d.start):
        sent = containing(an.sents, d.start, d.end) or containing(blocks, d.start, d.end)
        if sent is None:
            continue
        inside = _clause_mentions(text, sent, d, mentions)
        drafts.append({
            "label": event_label(text, sent, d),
            "date": d,
            "participants": _ids(m for m in inside if m.type in PARTICIPANT_TYPES),
            "places": _ids(m for m in inside if m.type == "place"),
            "evidence": [sent],
        })
    merged = merge_drafts(drafts)
    return [
        Event(
            id=f"ev{n}",
            label=ev["label"],
            date_start=ev["date"].start,
            date_end=ev["date"].end,
            edtf=ev["date"].edtf,
            participants=tuple(ev["participants"]),
            places=tuple(ev["places"]),
            evidence=tuple(sorted(set(ev["evidence"]))),
        )
        for n, ev in enumerate(merged)
    ]


def _clause_mentions(text: str, sent: tuple[int, int], d: DateMention, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the clause holding the date (the sentence if the clause names none);
    a "He/She" subject adds the person who opened the previous sentence."""
    clause = clause_at(text, sent, d.start)
    in_sent = [m for m in mentions if sent[0] <= m.start and m.end <= sent[1]]
    inside = [m for m in in_sent if clause[0] <= m.start and m.end <= clause[1]]
    if re.match(r",\s+(?:who|whose|which)\b", text[clause[0] : clause[0] + 8]):
        antecedent = [m for m in in_sent if m.end <= clause[0]]  # "X, who … in 1801,"
        inside = antecedent[-1:] + inside
    if not any(m.type in {"person", "organization", "other"} for m in inside):
        inside = in_sent
    if _PRONOUN_SUBJECT.match(text, sent[0]) and not any(m.type == "person" for m in inside):
        before = [m for m in mentions if m.end <= sent[0] and m.type == "person"]
        if before:
            prev_start = max((s for s in _sentence_starts(text, sent[0]) if s <= before[-1].start), default=0)
            first = next(m for m in before if m.start >= prev_start)
            inside = [first, *inside]
    return inside


def _sentence_starts(text: str, limit: int) -> list[int]:
    """Rough sentence starts before ``limit`` (after ". " and at 0)."""
    return [0] + [m.end() for m in re.finditer(r"[.!?][”\"’]?\s+", text[:limit])]


def merge_drafts(drafts: list[dict]) -> list[dict]:
    """Same EDTF and (shared participants or same label or same sentence) → one event."""
    out: list[dict] = []
    for ev in drafts:
        target = next((o for o in out if _same_happening(o, ev)), None)
        if target is None:
            out.append(ev)
            continue
        target["participants"] = _ids_union(target["participants"], ev["participants"])
        target["places"] = _ids_union(target["places"], ev["places"])
        target["evidence"] = target["evidence"] + ev["evidence"]
    return out


def _same_happening(a: dict, b: dict) -> bool:
    if a["date"].edtf != b["date"].edtf:
        return False
    if a["evidence"][0] == b["evidence"][0] or a["label"].lower() == b["label"].lower():
        return True
    return bool(set(a["participants"]) & set(b["participants"]))


def _ids(ms) -> list[str]:
    out: list[str] = []
    for m in ms:
        if m.entity not in out:
            out.append(m.entity)
    return out


def _ids_union(a: list[str], b: list[str]) -> list[str]:
    return a + [x for x in b if x not in a]
