"""Zero-width format characters inside words are dropped at ingest, with a warning (round 55 red team D10)."""

from vitrina.ingest.encoding import decode, take_warnings, zero_width_dropped


def test_mark_inside_a_name_is_dropped_and_counted():
    take_warnings()
    text = decode("The mill at Corran\ufeff Bridge, owned by Ida\u200b Venn.\n".encode(), "t.txt")
    assert text == "The mill at Corran Bridge, owned by Ida Venn.\n"
    assert any("2 zero-width" in w for w in take_warnings())


def test_joiner_between_latin_letters_is_dropped():
    assert zero_width_dropped("Ha\u200dle Moor") == "Hale Moor"
    take_warnings()


def test_joiner_in_a_joining_script_is_kept():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert zero_width_dropped(persian) == persian
    family = "\U0001F468\u200d\U0001F469"
    assert zero_width_dropped(family) == family


def test_lines_are_kept():
    text = "one\u200b\ntwo\n"
    assert zero_width_dropped(text).count("\n") == 2
    take_warnings()
