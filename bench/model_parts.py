"""CPU seconds of each spaCy component of the extraction pipeline on 1 MB of text.

The text is cut as extraction cuts it (``chunks.model_view`` and ``chunks.pieces`` over
the blocks of the read document), then each component runs over all pieces in turn
(tokenizer, then every enabled pipe, then the parser the pipeline keeps disabled, for
reference: what a full parse of every sentence would cost). One core, model loaded first.

    .venv/bin/python bench/model_parts.py                # the sample corpus's essays, 1 MB
    .venv/bin/python bench/model_parts.py --salad        # word salad, 1 MB (hostile.word_salad)
    .venv/bin/python bench/model_parts.py --kb 256
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def piece_texts(path: Path) -> list[str]:
    """The texts the model pass would read for the file ``path``."""
    from vitrina.extract.chunks import model_view, pieces
    from vitrina.extract.sentences import block_spans
    from vitrina.pipeline import read_parts

    out = []
    for doc in read_parts(path):
        view = model_view(doc.text)
        out += [view[s:e] for bs, be in block_spans(doc) for s, e in pieces(view, bs, be)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kb", type=int, default=1000)
    parser.add_argument("--salad", action="store_true", help="word salad instead of the corpus")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from hostile import corpus_essays, word_salad

    from vitrina.extract.chunks import batch_size
    from vitrina.extract.nlp import get_nlp

    nlp = get_nlp()
    data = word_salad(args.kb * 1000) if args.salad else corpus_essays(args.kb * 1000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "prose.txt"
        path.write_bytes(data)
        texts = piece_texts(path)
    size = batch_size([len(t) for t in texts])
    cpu = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    rows = [("tokenizer", time.process_time() - cpu)]
    for name in [*nlp.pipe_names, "parser"]:
        pipe = nlp.get_pipe(name)
        cpu = time.process_time()
        docs = list(pipe.pipe(docs, batch_size=size))
        rows.append((name + (" (disabled: for reference)" if name in nlp.disabled else ""), time.process_time() - cpu))
    words = sum(1 for d in docs for t in d if not t.is_space and not t.is_punct)
    print(f"{len(data)} bytes, {len(texts)} pieces, {words} words; load average {os.getloadavg()[0]:.1f}")
    print("| component | CPU s |\n| --- | ---: |")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
