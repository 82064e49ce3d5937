from vitrina.qa import rolenoun
from vitrina.qa.question import analyse

ROW = "Plot 40, Gorse Bank, owner Dame Ivy Penrose, occupier Saul Fenwick, tenant since spring."


def test_the_role_noun_before_a_name_labels_it():
    assert rolenoun.label_before(ROW, ROW.index("Ivy")) == "owner"  # a title between is skipped
    assert rolenoun.label_before(ROW, ROW.index("Saul")) == "occupier"
    assert rolenoun.label_before(ROW, ROW.index("Gorse")) is None


def test_an_inflected_verb_labels_nothing():
    text = "Hugh wed in May and married Clara Dunmore at Stow."
    assert rolenoun.label_before(text, text.index("Clara")) is None


def test_the_asked_role_by_the_verbs_derived_nouns_or_the_head_noun():
    assert "occupier" in rolenoun.asked_nouns(analyse("Who occupied Gorse Bank?"))
    assert "owner" not in rolenoun.asked_nouns(analyse("Who occupied Gorse Bank?"))
    assert "owner" in rolenoun.asked_nouns(analyse("Who was the owner of Gorse Bank?"))
