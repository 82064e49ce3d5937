from vitrina.qa import parenthetical
from vitrina.qa.question import analyse

LINE = "Attending: Rosa Vell (presiding), Tom Kerr, Iris Lamb (treasurer) and Amos Pry (ANZAC Club, 1915)."


def test_the_parenthesis_right_after_a_name_is_its_role():
    assert parenthetical.role_after(LINE, LINE.index(" (presiding)")) == "presiding"
    assert parenthetical.role_after(LINE, LINE.index(", Tom Kerr") + len(", Tom Kerr")) is None
    assert parenthetical.role_after(LINE, LINE.index(" (ANZAC")) is None  # a name and a year are no role


def test_a_role_asked_by_the_question_verb_or_noun():
    assert parenthetical.asks_role("presiding", analyse("Who presided over the meeting in 1902?"))
    assert parenthetical.asks_role("treasurer", analyse("Who was the treasurer of the club?"))
    assert not parenthetical.asks_role("treasurer", analyse("Who presided over the meeting in 1902?"))
