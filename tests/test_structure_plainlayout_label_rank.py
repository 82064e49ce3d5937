"""label_rank: the place of a bare label in its series, and no place for anything else."""

from vitrina.structure.plainlayout import label_rank


def test_letters_numbers_and_numerals_count_in_their_series():
    assert [label_rank(t) for t in ("A", "B", "C")] == [1, 2, 3]
    assert [label_rank(t) for t in ("1", "2", "12")] == [1, 2, 12]
    assert [label_rank(t) for t in ("I", "II", "IV", "IX")] == [1, 2, 4, 9]
    assert label_rank("4b") == 2


def test_a_longer_token_counts_nowhere_instead_of_failing():
    # A word or a dotted label that reaches the badge series must not stop the document.
    for token in ("Stage", "A.1.2", "§12", "Room"):
        assert label_rank(token) == 0


def test_a_failing_plain_layout_falls_back_to_the_page_layout(monkeypatch, caplog):
    import vitrina.structure as structure

    def broken(lineset):
        raise TypeError("a layout nobody foresaw")

    monkeypatch.setattr(structure, "lay_out_plain", broken)
    monkeypatch.setattr(structure, "is_plain", lambda lineset: True)
    text = "The Lighthouse Keepers\n\nThe keepers lit the lamp each evening at dusk.\nThey wrote the weather in a log.\n"
    doc = structure.rebuild(text, "keepers", "keepers.txt", "text")
    assert "lit the lamp each evening" in doc.text
    assert "the plain-text layout failed" in caplog.text
