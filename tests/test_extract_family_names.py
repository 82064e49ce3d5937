"""A family's people in one text (round 42 redpeople): generations, birth names, register entries,
capitals headlines. Invented texts only."""

from __future__ import annotations

from tests._extract_helpers import entity, entity_of, make_doc
from vitrina.extract import extract
from vitrina.link import link


def test_the_elder_and_the_younger_in_lower_case_are_two_people() -> None:
    doc = extract(make_doc([
        "Osric Fennimore the elder kept the mill at Welbourne until 1841. "
        "His son Osric Fennimore the younger was christened in 1822 and sold the mill in 1870."
    ]))
    elder, younger = entity_of(doc, "Osric Fennimore"), None
    ids = {m.entity for m in doc.mentions if doc.text[m.start : m.end] == "Osric Fennimore"}
    assert len(ids) == 2
    younger = (ids - {elder}).pop()
    assert entity(doc, elder).name == "Osric Fennimore the Elder"
    assert entity(doc, younger).name == "Osric Fennimore the Younger"


def test_the_younger_before_a_noun_compares_and_names_no_generation() -> None:
    doc = extract(make_doc(["Tamsin Quarrell the younger sister of Bede Quarrell was born in 1840."]))
    assert entity(doc, entity_of(doc, "Tamsin Quarrell")).name == "Tamsin Quarrell"


def test_generations_stay_apart_across_documents_with_their_names() -> None:
    one = extract(make_doc([
        "Osric Fennimore the elder kept the mill at Welbourne until 1841. "
        "His son Osric Fennimore the younger was christened in 1822 and sold the mill in 1870."
    ], "a"))
    two = extract(make_doc([
        "Osric Fennimore the elder ran the forge at Welbourne until 1841. "
        "His son Osric Fennimore the younger was christened in 1822 and sold the forge in 1870."
    ], "b"))
    _, entities = link([one, two])
    names = sorted(e.name for e in entities if e.type == "person")
    assert names == ["Osric Fennimore the Elder", "Osric Fennimore the Younger"]


def test_a_birth_name_after_nee_is_the_same_woman_and_nee_is_no_part_of_a_name() -> None:
    doc = extract(make_doc([
        "Wenna Treloar (née Bosanko) kept the shop after 1880. "
        "Years before, Wenna Bosanko had taught at the chapel school."
    ]))
    her = entity_of(doc, "Wenna Treloar")
    assert her is not None and entity_of(doc, "Wenna Bosanko") == her
    assert all("née" not in e.name for e in doc.entities)
    assert "Wenna Bosanko" in {entity(doc, her).name, *entity(doc, her).aliases}


def test_a_birth_name_links_to_another_document_that_uses_only_it() -> None:
    one = extract(make_doc(["Wenna Treloar, née Bosanko, kept the shop after 1880."], "a"))
    two = extract(make_doc(["Wenna Bosanko taught at the chapel school in 1874."], "b"))
    docs, entities = link([one, two])
    assert entity_of(docs[0], "Wenna Treloar") == entity_of(docs[1], "Wenna Bosanko")


def test_a_place_after_born_is_a_birthplace_not_a_name() -> None:
    doc = extract(make_doc(["Household 4. Wenna Treloar, born Truro, aged 30, shopkeeper."]))
    her = entity(doc, entity_of(doc, "Wenna Treloar"))
    assert her is not None and not any("Truro" in a for a in her.aliases)


def test_a_register_entry_names_the_child_it_is_about() -> None:
    doc = extract(make_doc([
        "1830. bapt. 2 May 1830 Loveday, daughter of Jory Pengelly, mason, and Kerensa his wife.",
        "1855. bapt. 9 Sep 1855 Jane Loveday, daughter of Jory Pengelly the younger and Tamsin his wife.",
        "1858. bapt. 1 Aug 1858 Hedley, son of Jory Pengelly the younger and Tamsin his wife.",
    ]))
    hedley = entity_of(doc, "Hedley")
    assert hedley is not None and entity(doc, hedley).type == "person"
    first = next(ev for ev in doc.events if ev.edtf.startswith("1830"))
    assert first.participants[0] == entity_of(doc, "Loveday")
    assert entity_of(doc, "Loveday") != entity_of(doc, "Jane Loveday")
    last = next(ev for ev in doc.events if ev.edtf.startswith("1858"))
    assert last.participants[0] == hedley


def test_a_lone_name_kept_apart_in_its_document_stays_apart_when_linked_with_the_switch_on(monkeypatch) -> None:
    import vitrina.link as link_module

    monkeypatch.setattr(link_module, "SAME_DOCUMENT_READING", True)  # off by default: see its note
    doc = extract(make_doc([
        "1830. bapt. 2 May 1830 Loveday, daughter of Jory Pengelly, mason.",
        "1855. bapt. 9 Sep 1855 Jane Loveday, daughter of Jory Pengelly the younger.",
    ]))
    (linked,), _ = link([doc])
    assert entity_of(linked, "Loveday") != entity_of(linked, "Jane Loveday")


def test_a_headline_in_capitals_is_not_a_person() -> None:
    from vitrina.extract.cluster import _capitals_headline

    assert _capitals_headline("GREAT STORM AT THE HARBOUR")
    assert not _capitals_headline("JORY PENGELLY")
    assert not _capitals_headline("Great Storm At The Harbour")


def test_a_birth_name_never_written_stays_her_alias_in_a_document_with_headings() -> None:
    doc = extract(make_doc([("heading", "Letter from the mill, 1881"),
                            "Margaret Treloar to her brother Thomas Penrose, Truro.",
                            "Your loving sister, M. Treloar, née Penrose"]))
    her = entity(doc, entity_of(doc, "Margaret Treloar"))
    assert her is not None and "Margaret Penrose" in her.aliases
