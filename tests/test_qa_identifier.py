from vitrina.qa import identifier


def test_a_noun_before_a_number_is_an_asked_identifier():
    assert identifier.asked("What is plot 40 on the enclosure map?") == [("plot", "40")]
    assert identifier.asked("Which cottage is lot 7?") == [("lot", "7")]


def test_a_date_or_a_bare_year_is_no_identifier():
    assert identifier.asked("What was let in 1802?") == []
    assert identifier.asked("Who came on 3 May 1802?") == []


def test_the_number_is_stated_as_a_whole_figure():
    asked = [("plot", "40")]
    assert identifier.stated("Plot 40, Gorse Bank, owner Ivy Penrose.", asked)
    assert not identifier.stated("Plot 401, Heath End.", asked)
    assert not identifier.stated("with the barn called Top Laithe upon it.", asked)


def test_a_word_of_a_name_is_no_identifier():
    assert identifier.asked("Where was the ABM 2 accord signed?") == []
    assert identifier.asked("What ended the Great Frost 2?") == []


def test_a_verb_a_month_or_a_longer_code_is_no_identifier():
    assert identifier.asked("Which diary says 40 sheep were lost?") == []
    assert identifier.asked("What fell on the night of May 9?") == []
    assert identifier.asked("Who carved the panel 2001.7.2?") == []
