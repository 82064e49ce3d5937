"""Small files analysed several to a task (``pipeline.bundles``); the first bundles small, so progress moves."""

from __future__ import annotations

from vitrina.pipeline import WORKER_SIZING, bundles


def small_files(tmp_path, n: int):
    todo = []
    for i in range(n):
        path = tmp_path / f"n{i:04d}.txt"
        path.write_text(f"Note {i} from the harbour office.\n")
        todo.append((path, ""))
    return todo


def test_each_workers_first_bundle_is_small_and_every_file_is_in_one(tmp_path):
    todo = small_files(tmp_path, 300)
    groups = bundles(todo, 2)
    sizes = [len(g) for g in groups]
    assert sizes[:2] == [WORKER_SIZING["bundle_first_files"]] * 2
    assert max(sizes) == WORKER_SIZING["bundle_files"]
    assert sorted(i for g in groups for i in g) == list(range(300))


def test_a_few_files_are_split_evenly(tmp_path):
    assert [len(g) for g in bundles(small_files(tmp_path, 12), 2)] == [6, 6]
