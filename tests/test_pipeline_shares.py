"""A large file's analysis shared among workers: the model passes dealt, the shares joined."""

from __future__ import annotations

from vitrina import extract, pipeline
from vitrina.errors import InputError
from vitrina.model import Document


def test_deal_gives_the_largest_first_to_the_share_holding_least() -> None:
    assert pipeline.deal([450, 450, 100], 2) == [[0, 2], [1]]
    assert pipeline.deal([100, 450, 450], 2) == [[0, 1], [2]]
    assert pipeline.deal([5, 5, 5, 5], 2) == [[0, 2], [1, 3]]
    assert pipeline.deal([7], 3) == [[0], [], []]
    assert pipeline.deal([], 2) == [[], []]


def test_deal_gives_every_item_once() -> None:
    sizes = [3, 9, 1, 4, 4, 8, 2]
    dealt = pipeline.deal(sizes, 3)
    assert sorted(i for share in dealt for i in share) == list(range(len(sizes)))
    assert max(sum(sizes[i] for i in share) for share in dealt) <= 14


def _passes_made(monkeypatch, lengths: list[int]) -> list[list[int]]:
    """The documents (by length) of each model pass ``extract_many`` makes."""
    made: list[list[int]] = []

    def model_pass(batch):
        made.append([len(d.text) for d in batch])
        return [(d, None, []) for d in batch]

    monkeypatch.setattr(extract, "model_pass", model_pass)
    monkeypatch.setattr(extract, "_finish", lambda doc, an, blocks, use_markup: doc)
    docs = [Document(id=f"d{i}", title="t", source="s", format="text", text="x" * n) for i, n in enumerate(lengths)]
    list(extract.extract_many(docs))
    return made


def test_batches_are_the_passes_extract_many_makes(monkeypatch) -> None:
    monkeypatch.setattr(extract, "BATCH_CHARS", 10)
    monkeypatch.setattr(extract, "BATCH_DOCS", 3)
    for lengths in ([4, 4, 4, 4], [12, 1, 1], [1, 1, 1, 1, 1, 1, 1], [3, 9, 9, 2, 2, 2, 2], [11], []):
        made = _passes_made(monkeypatch, lengths)
        assert [[lengths[i] for i in p] for p in extract.batches(lengths)] == made, lengths


def test_file_shares_one_per_started_share_size_at_most_jobs(tmp_path) -> None:
    step = pipeline.WORKER_SIZING["bytes_per_share"]
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_bytes(b"x" * step)
    large.write_bytes(b"x" * (step * 2 + 1))
    assert pipeline.file_shares(small, 2) == 1
    assert pipeline.file_shares(large, 2) == 2
    assert pipeline.file_shares(large, 8) == 3
    assert pipeline.file_shares(large, 1) == 1
    assert pipeline.file_shares(tmp_path / "missing.txt", 2) == 1


def test_joined_orders_documents_and_keeps_the_first_failure() -> None:
    assert pipeline._joined([[(2, "k", "c")], [(0, "k", "a"), (1, "k", "b")]]) == [("k", "a"), ("k", "b"), ("k", "c")]
    failure = InputError("big.txt", "over the time limit")
    assert pipeline._joined([[(0, "k", "a")], failure]) is failure


LOG = "\n\n".join(f"In {1904 + k} the pilot Ilse Varga carried {30 + k} passengers from Halden to Moss."
                  for k in range(10)) + "\n"


def test_shares_joined_are_the_whole_file_analysed(tmp_path, monkeypatch) -> None:
    from vitrina.structure import parts

    monkeypatch.setitem(parts.LIMITS, "part_chars", 300)
    monkeypatch.setattr(extract, "BATCH_CHARS", 300)
    monkeypatch.setattr(pipeline, "report_progress", lambda *report: None)
    path = tmp_path / "ferry-log.txt"
    path.write_text(LOG)
    whole = pipeline._analyse_one(path, "key", True)
    assert len(whole) > 2
    shared = pipeline._joined([pipeline._analyse_share(path, "key", True, k, 2) for k in range(2)])
    assert shared == whole
    assert pipeline._analyse_task(path, "key", True) == whole


def test_outcomes_join_a_shared_file_and_pass_others_whole(tmp_path, monkeypatch) -> None:
    from vitrina.structure import parts
    from vitrina.workers import Limits

    monkeypatch.setitem(parts.LIMITS, "part_chars", 300)
    monkeypatch.setattr(extract, "BATCH_CHARS", 300)
    monkeypatch.setitem(pipeline.WORKER_SIZING, "bytes_per_share", 400)
    monkeypatch.setattr(pipeline, "report_progress", lambda *report: None)

    def serially(work, tasks, **_options):  # the pool's results, last task first
        return [(n, work(*tasks[n].args)) for n in reversed(range(len(tasks)))]

    monkeypatch.setattr(pipeline, "run_isolated", serially)
    big, small = tmp_path / "ferry-log.txt", tmp_path / "note.txt"
    big.write_text(LOG)
    small.write_text("The pilot Ilse Varga retired in 1931.\n")
    todo = [(big, "big"), (small, "small")]
    got = dict(pipeline._outcomes(todo, True, 2, Limits()))
    assert got[big] == pipeline._analyse_one(big, "big", True)
    assert got[small] == pipeline._analyse_one(small, "small", True)
