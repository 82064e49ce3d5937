"""qa/formername.py: the former name a question asks ("X's maiden name") and the sentence stating it, after "née" or
of the time before a marriage (round 57, red team D7; invented texts)."""

from __future__ import annotations

from types import SimpleNamespace

from vitrina.qa import formername


class FakeKb:
    """One document of sentences; full-text search by a quoted word; no entity typed."""

    def __init__(self, sentences: list[str], places: tuple[str, ...] = ()):
        self.rows, at = [], 0
        for text in sentences:
            self.rows.append(SimpleNamespace(document="d", section="s0", block=None, start=at, end=at + len(text),
                                             text=text))
            at += len(text) + 1
        self.places = places

    def ranked_sentences(self, match: str, limit: int):
        word = match.strip('"').lower()
        return [{"document": "d", "text": r.text, "start": r.start, "end": r.end} for r in self.rows
                if word in r.text.lower()][:limit]

    def sentences(self, document: str):
        return self.rows

    def entities_named(self, name: str):
        return [{"type": "place"}] if name in self.places else []


def test_the_bearer_of_the_asked_former_name():
    assert formername.asked_bearer("What was Ottilie Marsh's maiden name?") == ("ottilie", "marsh")
    assert formername.asked_bearer("What was the maiden name of Mrs. Hale?") == ("mrs", "hale")
    assert formername.asked_bearer("What was the name of the ship?") is None


def test_a_name_after_a_maiden_name_mark():
    kb = FakeKb(["Ottilie Marsh (née Penhale) kept the inn at Tresco."])
    found = formername.stated_former_name(kb, ("ottilie", "marsh"))
    assert found is not None and found.name == "Penhale"
    born = FakeKb(["Ottilie Marsh, born Ottilie Penhale at Tresco, kept the inn."])
    assert formername.stated_former_name(born, ("ottilie", "marsh")).name == "Ottilie Penhale"


def test_a_name_stated_of_the_time_before_a_marriage():
    kb = FakeKb(["Mrs. Hale, who before her marriage in 1890 was Miss Ada Penhale of Truro, taught the school."])
    assert formername.stated_former_name(kb, ("mrs", "hale")).name == "Miss Ada Penhale"


def test_a_birthplace_after_born_or_no_statement_is_no_former_name():
    kb = FakeKb(["Ottilie Marsh, born Tresco, kept the inn."], places=("Tresco",))
    assert formername.stated_former_name(kb, ("ottilie", "marsh")) is None
    assert formername.stated_former_name(FakeKb(["Ottilie Marsh kept the inn."]), ("ottilie", "marsh")) is None


def test_another_given_name_before_the_surname():
    assert formername.other_given_name("Ottilie ", ("amos", "marsh"))
    assert not formername.other_given_name("Mrs. ", ("amos", "marsh"))  # a title tells nothing
    assert not formername.other_given_name("E. ", ("ottilie", "marsh"))  # nor an initial
    assert not formername.other_given_name("Ottilie ", ("marsh",))  # the surname alone asked
