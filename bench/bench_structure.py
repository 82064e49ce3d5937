"""Throughput of ``vitrina.structure.rebuild`` on the shared seed.

Usage: python bench/bench_structure.py [N]   (default N=50 repetitions)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from vitrina.structure import clear_caches, rebuild
from vitrina.structure.hyphens import english_lexicon

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_beabee21081aa6a0.txt"


def main(repeat: int = 50) -> None:
    if not SEED.exists():
        sys.exit(f"seed not found: {SEED}")
    text = SEED.read_text(encoding="utf-8")
    size_mb = len(text.encode("utf-8")) / 1e6
    started = time.perf_counter()
    english_lexicon()
    lexicon_s = time.perf_counter() - started
    elapsed = 0.0
    for _ in range(repeat):
        clear_caches()  # each run as if the text were new
        started = time.perf_counter()
        doc = rebuild(text, SEED.stem, str(SEED), "text")
        elapsed += time.perf_counter() - started
    print(f"lexicon load (once): {lexicon_s * 1000:.0f} ms")
    print(f"documents: {repeat}, blocks per document: {len(doc.blocks)}")
    print(f"{repeat / elapsed:.1f} documents/s, {repeat * size_mb / elapsed:.2f} MB/s")
    print(f"{elapsed / repeat * 1000:.1f} ms per document ({size_mb * 1000:.1f} kB)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
