"""A heading set on the line right above its paragraph in a blank-separated plain text."""

from vitrina.ingest.text import read


def _blocks(text: str) -> list[tuple[str, str]]:
    doc = read(text.encode(), "record.txt")[0]
    return [(block.kind, doc.text[block.start:block.end]) for block in doc.blocks]


BODY = ("Ordered by a ship's chandler in Leith in 1821, the clock passed to his daughter, who sold it "
        "to a collector in Bristol in 1874.")


def test_a_short_line_over_a_long_paragraph_heads_it():
    blocks = _blocks(f"Longcase Clock (2004.7.1)\n\nHistory\n{BODY}\n")
    assert ("heading", "History") in blocks
    assert ("paragraph", BODY) in blocks


def test_a_wrapped_paragraph_is_not_cut():
    text = ("Longcase Clock (2004.7.1)\n\nOrdered by a ship's chandler in Leith in\n1821, the clock passed "
            "to his daughter, who sold it\nto a collector in Bristol in 1874.\n")
    assert [kind for kind, _ in _blocks(text)][-1] == "paragraph"
    assert _blocks(text)[-1][1].startswith("Ordered by a ship's chandler in Leith in 1821")


def test_a_line_ending_in_a_function_word_continues():
    text = f"Longcase Clock (2004.7.1)\n\nThe history of\n{BODY}\n"
    assert not any(kind == "heading" and value == "The history of" for kind, value in _blocks(text))


def test_record_fields_stay_fields():
    text = ("Longcase Clock (2004.7.1)\n\nAccession number: 2004.7.1\nObject name: longcase clock with a "
            "painted dial and a brass movement\n")
    blocks = _blocks(text)
    assert ("heading", "Accession number: 2004.7.1") not in blocks
