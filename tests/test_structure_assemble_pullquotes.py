"""Pull quotes set in display type between sections, said once (vitrina.structure.assemble)."""

from __future__ import annotations

from vitrina.structure.assemble import without_pull_quotes
from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines


def _entries(texts: list[str], kinds: str) -> list:
    """``kinds``: one letter an entry, H a heading, P a paragraph."""
    lines = split_lines("\n".join(texts)).lines
    pairs = zip(kinds, lines, strict=True)
    return [Heading(None, [line], 0) if k == "H" else Fragment("paragraph", [line]) for k, line in pairs]


def _headings(entries: list) -> list[str]:
    return [e.lines[0].text for e in entries if isinstance(e, Heading)]


def test_a_display_sentence_between_a_block_and_a_heading_is_a_pull_quote() -> None:
    texts = ["The Old Ferry", "The ferry crossed the estuary twice a day for a century.",
             "Two boats, one rope and a very patient horse.", "The Last Crossing",
             "The bridge opened in 1931 and the ferry stopped."]
    out = without_pull_quotes(_entries(texts, "HPHHP"), 6)
    assert _headings(out) == ["The Old Ferry", "The Last Crossing"]


def test_a_heading_over_text_or_a_short_one_stays() -> None:
    texts = ["The Old Ferry", "The ferry crossed the estuary twice a day for a century.",
             "The boats were hauled across on a rope.", "It was slow but it was cheap for everyone."]
    out = without_pull_quotes(_entries(texts, "HPHP"), 6)  # a sentence titling text: a heading
    assert _headings(out) == ["The Old Ferry", "The boats were hauled across on a rope."]
    short = ["The Old Ferry", "The ferry crossed the estuary twice a day for a century.", "It ended.", "Later"]
    assert _headings(without_pull_quotes(_entries(short, "HPHH"), 6)) == ["The Old Ferry", "It ended.", "Later"]


def test_in_raw_text_a_short_one_sentence_paragraph_before_a_heading_is_a_pull_quote() -> None:
    texts = ["The Old Ferry", "The ferry crossed the estuary twice a day for a century, and its",
             "Two boats and one very patient horse.", "The Last Crossing", "The bridge opened in 1931."]
    entries = _entries(texts, "HPPHP")
    kept = [e.lines[0].text for e in without_pull_quotes(entries, 6, raw_text=True)]
    assert "Two boats and one very patient horse." not in kept
    assert len(without_pull_quotes(entries, 6)) == 5  # with type to tell (PDF), left to the type rules


def test_in_raw_text_a_longer_or_two_sentence_closing_paragraph_stays() -> None:
    texts = ["The Old Ferry", "The ferry crossed the estuary twice a day for a century.",
             "It stopped in 1931. The bridge had opened.", "The Last Crossing", "The bridge opened in 1931."]
    assert len(without_pull_quotes(_entries(texts, "HPPHP"), 6, raw_text=True)) == 5
    alone = ["The Old Ferry", "The ferry crossed the estuary.", "The Last Crossing", "It ended."]
    assert len(without_pull_quotes(_entries(alone, "HPHP"), 6, raw_text=True)) == 4  # a section's only paragraph


def test_a_quoted_statement_set_as_a_caption_with_no_position_or_credit_is_a_pull_quote() -> None:
    from vitrina.structure.assemble import without_pull_quotes
    from vitrina.structure.layout import Fragment
    from vitrina.structure.lines import Line

    def fragment(kind: str, text: str, position: str | None = None) -> Fragment:
        return Fragment(kind, [Line(0, 1, 0, text, 0, False)], position=position)

    quote = "\u201cTwo wheels, one weir and a miller who never slept in the harvest.\u201d"
    entries = [fragment("paragraph", "The mill ground oats for every farm in the valley."),
               fragment("caption", quote), fragment("caption", quote, position="Above"),
               fragment("caption", "The two wheels seen from the weir in the summer of 1894.")]
    kept = without_pull_quotes(entries, 6)
    assert [e.lines[0].text for e in kept] == [entries[0].lines[0].text, quote, entries[3].lines[0].text]
    assert kept[1].position == "Above"
