from vitrina.qa import denial
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse


def test_the_argument_of_the_asked_act():
    q = analyse("Was the Kestrel Bakery named after the river Kestrel?")
    assert denial.asked_argument(q) == frozenset({"river", "kestrel"})
    assert denial.asked_argument(analyse("Did the bakery close?")) == frozenset()


def test_a_negation_holding_the_whole_argument_denies_it():
    argument = frozenset({"river", "kestrel"})
    doc = parse("It had no link with the river Kestrel.")
    start, end = denial.denial(doc, argument)
    assert doc.text[start:end] == "no"
    assert denial.denial(parse("It had no link with the river."), argument) is None
    assert denial.denial(parse("It stood beside the river Kestrel."), argument) is None
