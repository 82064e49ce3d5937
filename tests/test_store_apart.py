"""A derive stage given as a partial with string keywords runs apart like a plain one (round 56)."""

from __future__ import annotations

from functools import partial

from vitrina.compare import store_comparisons
from vitrina.store.apart import _command_line, stage_arguments, stage_name
from vitrina.store.db import stage_label


def test_a_partial_of_a_module_function_is_named_by_its_function_and_carries_its_keywords():
    stage = partial(store_comparisons, earlier="/exhibits/harbour.db")
    assert stage_name(stage) == stage_name(store_comparisons) == "vitrina.compare:store_comparisons"
    assert stage_arguments(stage) == ("--with=earlier=/exhibits/harbour.db",)
    assert stage_arguments(store_comparisons) == ()
    assert stage_label(stage) == "comparisons"


def test_a_partial_with_other_arguments_runs_here():
    assert stage_name(partial(store_comparisons, None)) is None
    assert stage_name(partial(store_comparisons, earlier=3)) is None


def test_the_child_reads_its_keywords_apart_from_its_positional_arguments():
    argv = ["m:f", "x.db", "out.tmp", "--with=earlier=postgresql://h/db?x=1", "schema7"]
    assert _command_line(argv) == (["m:f", "x.db", "out.tmp", "schema7"], {"earlier": "postgresql://h/db?x=1"})
