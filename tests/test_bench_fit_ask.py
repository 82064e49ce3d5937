"""bench/fit_ask.py's shown-confidence map: isotonic regression and the confident band."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import fit_ask  # noqa: E402
import numpy as np  # noqa: E402


def test_isotonic_pools_violators_into_a_non_decreasing_map() -> None:
    points = [(0.1, False), (0.2, True), (0.3, False), (0.6, True), (0.7, True)]
    knots = fit_ask.isotonic(points)
    assert [y for _x, y in knots] == sorted(y for _x, y in knots)
    assert knots[0] == (0.1, 0.0)
    assert knots[1] == (0.25, 0.5)  # 0.2 right and 0.3 wrong pooled: one half
    assert knots[-1][1] == 1.0


def test_the_confident_band_starts_where_the_answers_above_reach_the_precision() -> None:
    above = [(0.9 + i / 1000, True) for i in range(19)] + [(0.95, False)]  # 19 of 20: 0.95
    assert len(above) >= fit_ask.MIN_BAND
    below = [(0.5, True), (0.6, False)]
    assert fit_ask.confident_from(above + below) == 0.9  # the wrong 0.6 answer would pull it under
    assert fit_ask.confident_from([(0.7, False), (0.8, False)]) == 1.0  # no band at all


def test_a_band_is_trusted_only_once_it_holds_enough_answers() -> None:
    points = [(0.99, True)] * 5 + [(0.9 - i / 1000, i % 3 > 0) for i in range(fit_ask.MIN_BAND)]
    assert fit_ask.confident_from(points) == 1.0  # five right at the top, then one wrong in three


def _shown(points: list[tuple[float, bool]]) -> list:
    return [({"answerable": True, "id": str(i)}, p, ok, None) for i, (p, ok) in enumerate(points)]


def test_the_stable_band_holds_with_any_one_set_left_out() -> None:
    high = [(0.9 + i / 1000, True) for i in range(20)]  # one set: right answers only, all high
    low = [(0.8 + i / 1000, True) for i in range(20)] + [(0.85, False)]  # another: a wrong answer above its rights
    folds = {"a": _shown(high), "b": _shown(low)}
    assert fit_ask.confident_from(fit_ask.shown_points(folds, 0.5)) == 0.8  # pooled, the wrong one is diluted
    assert fit_ask.stable_confident_from(folds, 0.5) == 0.9  # without the first set the band would not hold
    assert fit_ask.stable_confident_from({"b": folds["b"]}, 0.5) == 0.8  # one set: nothing to leave out


def _toy_data() -> list:
    import numpy as np

    # two questions, two candidates each: the right one has the larger first feature
    x = np.array([[1.0, 0.0], [0.0, 1.0]])
    return [(x, np.array([1.0, 0.0]), np.array([0, 1]), np.zeros(2)),
            (x[::-1].copy(), np.array([0.0, 1.0]), np.array([0, 1]), np.zeros(2))]


def test_a_ranker_fitted_once_is_reused_for_the_same_training_data() -> None:
    data = _toy_data()
    fit_ask.RANKERS.clear()
    first = fit_ask.cached_ranker(data, 2, 3.0, ["a", "b"])
    assert first[0] > first[1]  # the right candidates' feature is weighted up
    assert len(fit_ask.RANKERS) == 1
    fit_ask.RANKERS[next(iter(fit_ask.RANKERS))] = [9.0, 9.0]  # a stored fit is read back, not refitted
    assert fit_ask.cached_ranker(data, 2, 3.0, ["a", "b"]).tolist() == [9.0, 9.0]
    fit_ask.cached_ranker(data, 2, 10.0, ["a", "b"])  # another penalty is another fit
    assert len(fit_ask.RANKERS) == 2
    fit_ask.RANKERS.clear()


def test_the_fixed_threshold_report_scores_each_set_at_that_threshold(capsys) -> None:  # type: ignore[no-untyped-def]
    un = {"answerable": False, "id": "u"}
    folds = {"a": [({"answerable": True, "id": "1"}, 0.7, True, None), (un, 0.6, False, None)],
             "b": [({"answerable": True, "id": "2"}, 0.4, True, None), (un, 0.3, False, None)]}
    fit_ask.report_fixed(folds, 0.5)
    out = capsys.readouterr().out
    assert "a: 0.500 (1/2), unanswerable abstained 0.00" in out  # the unanswerable one answered at 0.6
    assert "b: 0.500 (1/2), unanswerable abstained 1.00" in out  # the right one withheld at 0.4
    assert "mean / least abstention 0.50 / 0.00" in out


def test_the_gate_decides_abstention_and_the_confidence_what_is_shown() -> None:
    un = {"answerable": False, "id": "u"}
    decided = [({"answerable": True, "id": "1"}, 0.3, True, 0.9),  # a rival candidate: low confidence, answerable
               ({"answerable": True, "id": "2"}, 0.85, False, 0.7),  # wrong and shown at 0.85
               (un, 0.7, False, 0.2)]  # a near miss the gate holds back though its confidence is higher
    s = fit_ask.score(decided, 0.5)
    assert s["correct"] == 2 and s["answered"] == 2 and s["abstention"] == 1.0
    assert s["wrong_confident"] == 1 and s["wrong_shown"] == 1
    assert fit_ask.score([(r, p, ok, None) for r, p, ok, _g in decided], 0.5)["abstention"] == 0.0  # no gate


def test_the_gate_learns_from_right_answers_and_unanswerable_questions_only() -> None:
    rows = [{"answerable": True, "id": "1"}, {"answerable": True, "id": "2"}, {"answerable": False, "id": "3"}]
    x = np.array([[1.0], [2.0], [3.0]])
    gx, gy = fit_ask.gate_rows(rows, x, np.array([1.0, 0.0, 0.0]), [0, 1, 2])
    assert gx.tolist() == [[1.0], [3.0]] and gy.tolist() == [1.0, 0.0]  # the answerable wrong one says nothing


def test_the_stacked_gradient_is_the_loop_over_questions() -> None:
    rng = np.random.default_rng(0)
    data = []
    for _ in range(6):  # three candidates of two members each; the first candidate's members right
        x = rng.normal(size=(6, 3))
        data.append((x, np.array([1.0, 1.0, 0.0, 0.0, 0.0, 0.0]), np.array([0, 0, 1, 1, 2, 2]), rng.normal(size=3)))
    w = rng.normal(size=3)
    loop = np.zeros(3)
    for d in data:
        best, s, y = fit_ask.best_members(d, w)
        p = np.exp(s - s.max())
        p /= p.sum()
        loop -= d[0][best].T @ (p * y / (p * y).sum() - p)
    assert np.allclose(fit_ask.Stacked(data).gradient(w), loop)


def test_the_calibration_reads_features_the_ranker_leaves_out() -> None:
    row = {"asks": {}, "candidates": [
        {"members": [{"a": 1.0, "asked_unnamed": 1.0}], "right_members": [False], "sentences": 1},
        {"members": [{"a": 0.0, "asked_unnamed": 0.0}], "right_members": [True], "sentences": 1}]}
    data = fit_ask.rank_arrays([row], ["a"])  # the ranker sees "a" only
    x, y, idx = fit_ask.confidence_rows([row], data, np.array([1.0]), ["a"], ["a", "asked_unnamed"])
    assert idx == [0] and y.tolist() == [0.0]  # the first candidate wins and is wrong
    assert x.tolist() == [[1.0, 1.0]]  # its near-miss feature reaches the calibration


def test_the_census_compares_withheld_right_answers_with_unanswerable_questions() -> None:
    import ask_calib

    def row(group: str, answerable: bool, right: bool, confidence: float, shown: bool, unnamed: float) -> dict:
        member = {"aligned": 1.0, "asked_unnamed": unnamed, "sentence_order": 1.0}
        return {"group": group, "id": f"{group}{answerable}{unnamed}", "answerable": answerable,
                "shown_right": shown, "confidence": confidence,
                "candidates": [{"members": [member], "right_members": [right]}]}

    rows = [row("s", False, False, 0.7, False, 1.0), row("s", True, True, 0.4, False, 0.0),
            row("s", True, True, 0.9, True, 0.0), row("s", True, False, 0.9, False, 1.0)]
    result = ask_calib.census(rows, 0.0)
    cells = result["sets"]["s"]
    assert cells["unanswerable"]["n"] == 1 and cells["withheld"]["n"] == 1 and cells["answered"]["n"] == 1
    assert cells["unanswerable"]["asked noun there, unnamed"] == 1.0  # the wrong top candidate is in no group
    assert result["auc"]["asked noun there, unnamed"] == 0.0  # the withheld one is never higher


def test_the_census_grades_the_share_of_the_pooled_scores() -> None:
    import ask_calib

    row = {"candidates": [{"rule": 3.0}, {"rule": 1.0}]}
    assert ask_calib.shares(row) == [0.75, 0.25]
    assert ask_calib.GRADED["margin over the runner-up"]({}, row) == 0.5


def test_the_gate_alone_reads_the_best_answers_log_score_as_ask_has_it() -> None:
    row = {"asks": {}, "candidates": [
        {"members": [{"a": 2.0, "section_stage": 1.0}], "right_members": [True], "sentences": 1},
        {"members": [{"a": 1.0, "section_stage": 0.0}], "right_members": [False], "sentences": 1}]}
    data = fit_ask.rank_arrays([row], ["a"])
    w = np.array([1.0])
    halved = 2.0 + np.log(fit_ask.RETRIEVAL["added_score"])  # a section-stage sentence's score is cut as in ask
    assert abs(fit_ask.top_log_score(row, data[0], w) - halved) < 1e-9
    x = np.array([[0.3]])
    fit_ask.GATE_EXTRA[:] = []
    assert fit_ask.gate_inputs([row], data, w, x, [0]).tolist() == [[0.3]]  # off: the calibration's inputs only
    fit_ask.GATE_EXTRA[:] = ["top_score"]
    widened = fit_ask.gate_inputs([row], data, w, x, [0])
    fit_ask.GATE_EXTRA[:] = []
    assert widened.shape == (1, 2) and widened[0, 1] > 0


def test_the_gate_alone_may_read_a_feature_of_the_best_member() -> None:
    row = {"asks": {}, "candidates": [
        {"members": [{"a": 1.0, "holds_coverage": 0.2}], "right_members": [False], "sentences": 1},
        {"members": [{"a": 3.0, "holds_coverage": 0.9}], "right_members": [True], "sentences": 1}]}
    data = fit_ask.rank_arrays([row], ["a"])
    fit_ask.GATE_EXTRA[:] = ["holds_coverage"]
    widened = fit_ask.gate_inputs([row], data, np.array([1.0]), np.array([[0.3]]), [0])
    fit_ask.GATE_EXTRA[:] = []
    assert widened.tolist() == [[0.3, 0.9]]  # the ranker's best candidate's member, not the first one


def test_the_rivalry_is_read_off_the_pooled_answers_under_the_folds_ranker() -> None:
    def member(kind: str, score: float) -> dict[str, float]:
        return {f"kind_{kind}": 1.0, "agrees": 1.0, "s": score}

    row = {"candidates": [
        {"text": "Ada Lind", "members": [member("person", 1.0)], "right_members": [True], "sentences": 1,
         "member_sentences": [7], "member_documents": ["a"]},
        {"text": "Tomas Brek", "members": [member("person", 3.0)], "right_members": [False], "sentences": 1,
         "member_sentences": [9], "member_documents": ["b"]}]}
    d = fit_ask.rank_arrays([row], ["s"])[0]
    out = fit_ask.rivalry_of(row, d, np.array([1.0]), frozenset({"person"}))
    assert out["rival_typed"] == 1.0 and out["rival_other_document"] == 1.0  # the other person, elsewhere
    assert abs(out["top_sentence_mass"] - 1 / (1 + np.exp(-2.0))) < 1e-9  # the second candidate ranks first here


def test_the_agreement_pools_the_best_answer_in_other_words_under_the_folds_ranker() -> None:
    row = {"asks": {}, "candidates": [
        {"text": "in March 1851", "members": [{"s": 2.0}, {"s": 1.0}], "right_members": [True, True],
         "sentences": 2, "member_sentences": [3, 4], "member_documents": ["a", "b"]},
        {"text": "1851", "members": [{"s": 2.0}], "right_members": [True], "sentences": 1,
         "member_sentences": [8], "member_documents": ["c"]},
        {"text": "1849", "members": [{"s": 2.0}], "right_members": [False], "sentences": 1,
         "member_sentences": [9], "member_documents": ["a"]}]}
    d = fit_ask.rank_arrays([row], ["s"])[0]
    out = fit_ask.agreement_of(row, d, np.array([1.0]))
    top = 1 + fit_ask.SUPPORT_BONUS  # the first answer's two sentences: its support bonus
    assert abs(out["alike_share"] - (top + 1) / (top + 2)) < 1e-9
    assert out["alike_documents"] == 1.0  # a, b and c
    assert abs(out["distinct_lead"] - top / (top + 2)) < 1e-9
    fit_ask.GATE_EXTRA[:] = ["distinct_lead"]
    widened = fit_ask.gate_inputs([row], [d], np.array([1.0]), np.array([[0.3]]), [0])
    fit_ask.GATE_EXTRA[:] = []
    assert abs(widened[0, 1] - out["distinct_lead"]) < 1e-9


def test_derive_gives_old_rows_the_unit_a_quantity_answer_states() -> None:
    row = {"question": "How long did the siege of the hill fort last?",
           "candidates": [{"text": "eleven weeks", "members": [{}, {"coverage": 0.5}]},
                          {"text": "the northern gate", "members": [{"unit_fits": 1.0}]}]}
    fit_ask.derive([row])
    assert [m["unit_fits"] for m in row["candidates"][0]["members"]] == [1.0, 1.0]
    assert row["candidates"][1]["members"][0]["unit_fits"] == 1.0  # a value the row holds is kept
