"""Time and memory of one file's analysis on hostile and very large inputs.

Each input is written to a temporary file and analysed by
``vitrina.pipeline.analyse_file`` in a fresh child process (model loaded
first, not counted); the child reports the seconds the analysis took and its
CPU seconds, its model helpers' included (the fair figure on a shared
machine), and peak resident memory, and is killed past ``--seconds`` or
``--memory-mb``. ``--cores N`` sets how many cores one file may use
(``VITRINA_CORES``; default: all of this process's).

    .venv/bin/python bench/hostile.py                 # every input, a table
    .venv/bin/python bench/hostile.py quotes-40k md-brackets-200k
    .venv/bin/python bench/hostile.py --list
    .venv/bin/python bench/hostile.py --build digits-250k corpus-essay-250k   # whole builds

``--build`` times a whole ``vitrina.pipeline.build`` of the one file instead (its analysis in a
worker, then linking, writing and the cross-document stages such as the comparisons), so a
stage after the analysis that one file makes slow shows; compare a hostile input with an
ordinary prose input of the same size measured in the same run (``corpus-essay-…``).

The inputs are generated (nothing is downloaded); word salad uses a seeded
random generator over invented syllables, so every run sees the same bytes.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the sample material beside a clone (as bench/run.py, the Makefile's SHARED), or beside a worktree's parent folder
SHARED = next((p / "shared" for p in ROOT.parents[:2] if (p / "shared").is_dir()), ROOT.parent / "shared")

def word_salad(size: int, line_words: int | None = None, seed: int = 1) -> bytes:
    """``size`` bytes of invented words, some capitalised, some punctuated."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "qui", "dor", "el", "an", "sur", "pe", "zo"]
    out: list[str] = []
    length = count = 0
    while length < size:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.2:
            word = word.capitalize()
        if rng.random() < 0.08:
            word += rng.choice([",", ".", ";", ":", "!", "?"])
        count += 1
        sep = "\n" if line_words and count % line_words == 0 else " "
        out.append(word + sep)
        length += len(word) + 1
    return "".join(out).encode()[:size]


def many_lines(size: int) -> bytes:
    """Exhibit-like prose of ``size`` bytes in short lines and paragraphs (a legitimate big file)."""
    rng = random.Random(2)
    names = ["Ada Moreau", "Tomas Brandt", "Ilse Varga", "Jonah Pike", "Mara Quint"]
    places = ["Kestrel Bay", "Old Harbour", "Millbrook", "Stonegate", "the river Avel"]
    lines: list[str] = []
    length = 0
    while length < size:
        year = rng.randint(1820, 1990)
        line = f"In {year} {rng.choice(names)} came to {rng.choice(places)}."
        lines.append(line)
        if rng.random() < 0.15:
            lines.append("")
        length += len(line) + 1
    return "\n".join(lines).encode()[:size]


def invented_essay(size: int, seed: int = 3) -> bytes:
    """Essay-like paragraphs of ``size`` bytes with what the cluster, role, quote, event and
    place passes look for: full and one-word names, roles, a defined acronym, quotations with
    speakers, dates, quantities, places after locative words. Every name is invented."""
    rng = random.Random(seed)
    firsts = ["Ada", "Tomas", "Ilse", "Jonah", "Mara", "Osric", "Lena", "Piet", "Runa", "Emil"]
    lasts = ["Moreau", "Brandt", "Varga", "Pike", "Quint", "Hollis", "Strand", "Vellacott", "Oduya", "Kerr"]
    places = ["Kestrel Bay", "Old Harbour", "Millbrook", "Stonegate", "Halden", "Marrow Point"]
    orgs = [("Harbour Trust", "HT"), ("Lighthouse Board", "LB"), ("Ferry Guild", "FG")]
    months = ["January", "March", "May", "July", "September", "November"]
    templates = [
        "In {month} {year} {first} {last} sailed from {place} to {place2} with {n} passengers.",
        "{last} later wrote that the crossing had taken {n} days.",
        "The {org} ({acr}) was founded in {year}; the {acr} kept {n} boats at {place}.",
        "\u201cWe will not close the light,\u201d said {first} {last}, the president of the {org}.",
        "The president answered the board on {day} {month} {year}.",
        "{first} {last} and {first2} {last2} reached {place} in {year}, where {last2} stayed for {n} years.",
        "After {year} the {org} moved its office to {place}, and {last} became its treasurer.",
    ]
    out: list[str] = []
    length = 0
    while length < size:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            org, acr = rng.choice(orgs)
            sentences.append(rng.choice(templates).format(
                month=rng.choice(months), year=rng.randint(1820, 1990), day=rng.randint(1, 28),
                first=rng.choice(firsts), last=rng.choice(lasts), first2=rng.choice(firsts),
                last2=rng.choice(lasts), place=rng.choice(places), place2=rng.choice(places),
                n=rng.randint(2, 400), org=org, acr=acr))
        paragraph = " ".join(sentences)
        out.append(paragraph)
        length += len(paragraph.encode()) + 2
    return "\n\n".join(out).encode()[:size].decode(errors="ignore").encode()


def corpus_essays(size: int) -> bytes:
    """The sample corpus's essays (``SHARED``/corpus/milestones, TEI) as one plain text of
    ``size`` bytes, repeated as needed; empty when the corpus is not there."""
    from vitrina.ingest import read_path

    folder = SHARED / "corpus" / "milestones"
    texts = [doc.text for path in sorted(folder.glob("*.xml")) for doc in read_path(path)]
    text = "\n\n".join(texts)
    while text and len(text.encode()) < size:
        text += "\n\n" + text
    return text.encode()[:size].decode(errors="ignore").encode()


def _prose(size: int) -> bytes:
    from prose import prose  # bench/prose.py, beside this script

    return prose(size)


def numbers(size: int, seed: int = 1) -> bytes:
    """A title and ``size`` bytes of random whole numbers 1-3000 on one line (many read as years)."""
    rng = random.Random(seed)
    out = ["Numbers\n\n"]
    length = len(out[0])
    while length < size:
        out.append(f"{rng.randint(1, 3000)} ")
        length += len(out[-1])
    return "".join(out).encode()[:size]


def chronicle(size: int, seed: int = 7) -> bytes:
    """Round 32 red team (D3): ordinary prose of short paragraphs, each under a "Panel N: Chapter N" line, eight
    dated travel sentences over five invented names and places (the red team's ``slow_build_900k.sh``; 900 KB
    of it is ~4,000 paragraphs, which ``structure.timelines`` rescanned from each)."""
    rng = random.Random(seed)
    names = ["Ilse Marek", "Tomas Ferre", "Hedda Lorn", "Oskar Brandt", "Vera Sorby"]
    places = ["Tarnow Quay", "Lindholm", "East Haven", "Brask", "Ostmark"]
    out, panel = ["Harbour Chronicle", ""], 0
    while sum(len(line) + 1 for line in out) < size:
        panel += 1
        out += [f"Panel {panel}: Chapter {panel}", "", " ".join(
            f"In {1850 + rng.randint(0, 150)} {rng.choice(names)} travelled from {rng.choice(places)} to "
            f"{rng.choice(places)}." for _ in range(8)), ""]
    return "\n".join(out).encode()


def record_sentences(count: int, joint: bytes) -> bytes:
    """Round 54 red team (D13): ``count`` copies of one police-record sentence joined by ``joint`` (a space: one
    line; a newline: one a line). The sentence is the bench's own, in the record's form."""
    sentence = b"Ada Brill alias Ada Quill was fined 20s. on 9 June 1886 at Cole Street."
    return joint.join([sentence] * count) + b"\n"


def long_pdf(pages: int) -> bytes:
    """A book-like PDF of ``pages`` letter pages of invented essays (40 lines of about 70
    characters a page, a page number at the foot), set with reportlab (a test extra)."""
    import io
    import textwrap

    from reportlab.pdfgen import canvas

    lines = textwrap.wrap(invented_essay(pages * 40 * 72).decode().replace("\n\n", " "), 70)
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(612, 792))
    for number in range(pages):
        pdf.setFont("Times-Roman", 11)
        for row, line in enumerate(lines[number * 40 : (number + 1) * 40]):
            pdf.drawString(72, 720 - 15 * row, line)
        pdf.drawString(300, 40, str(number + 1))
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


INPUTS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "quotes-40k": (".txt", lambda: b'"' * 40_000),
    "quotes-1m": (".txt", lambda: b'"' * 1_000_000),
    "apostrophes-200k": (".txt", lambda: b"'" * 200_000),
    "md-brackets-200k": (".md", lambda: b"[" * 200_000),
    "md-gt-200k": (".md", lambda: b">" * 200_000),
    "md-bang-brackets-200k": (".md", lambda: b"![" * 100_000),
    "hyphen-chain-900k": (".txt", lambda: b"Roosevelt " + b"ab-" * 300_000),
    "dots-1m": (".txt", lambda: b"." * 1_000_000),
    "one-token-1m": (".txt", lambda: b"a" * 1_000_000),
    "word-salad-1m": (".txt", lambda: word_salad(1_000_000)),
    "word-salad-lines-1m": (".txt", lambda: word_salad(1_000_000, line_words=12)),
    "html-nested-1m": (".html", lambda: b"<div>" * 200_000),
    "panel-letters-48k": (".txt", lambda: b"B\n\n" * 16_000),
    "prose-lines-1m": (".txt", lambda: many_lines(1_000_000)),
    "invented-essays-1m": (".txt", lambda: invented_essay(1_000_000)),
    "corpus-essays-1m": (".txt", lambda: corpus_essays(1_000_000)),  # the sample corpus, as one text
    "corpus-essay-50k": (".txt", lambda: corpus_essays(50_000)),  # a normal essay's size
    "one-paragraph-1.2m": (".txt", lambda: many_lines(1_200_000).replace(b"\n", b" ")),  # was E088
    "prose-lines-17m": (".txt", lambda: many_lines(17_000_000)),
    "book-pdf-1500-pages": (".pdf", lambda: long_pdf(1500)),
    # round 22 red team (issue #14), each beside ordinary prose of its size
    "digits-250k": (".txt", lambda: numbers(250_000)),  # whole build: comparisons were values x sentence
    "corpus-essay-120k": (".txt", lambda: corpus_essays(120_000)),
    "corpus-essay-250k": (".txt", lambda: corpus_essays(250_000)),
    "corpus-essay-650k": (".txt", lambda: corpus_essays(650_000)),
    "long-first-line-120k": (".txt", lambda: b"T" * 120_000 + b" Paris\n\nA tower was built in Paris in 1889.\n"),
    "date-runs-600k": (".txt", lambda: b"Dates\n\n" + b"1 January 1941 to 2 May 1945, " * 20_000),
    "word-salad-oneline-730k": (".txt", lambda: word_salad(730_000)),
    "html-attributes-650k": (".html", lambda: b"<html><body><div "
                             + b" ".join(b'a%d="v"' % i for i in range(60_000)) + b">Four words of text.</div>"
                             + b"</body></html>"),
    # round 23: ordinary prose written for the benchmarks (bench/prose.py), with --build a whole build's stages
    "prose-120k": (".txt", lambda: _prose(120_000)),
    "prose-1m": (".txt", lambda: _prose(1_000_000)),
    # round 32 red team (D3): 900 KB of short dated paragraphs, and a one-line text of one repeated clause
    "chronicle-900k": (".txt", lambda: chronicle(900_000)),
    "chronicle-450k": (".txt", lambda: chronicle(450_000)),
    "one-line-clauses-860k": (".txt", lambda: b"Ilse Marek lived in Lindholm in 1944 and " * 21_000),
    # round 54 red team (D13): one record sentence (a name, an alias, a fine, a date, a street) repeated on one
    # line (the red team's 828 KB ``long_line_slow.sh``), beside the same sentences one a line
    "record-line-207k": (".txt", lambda: record_sentences(3_000, b" ")),
    "record-line-828k": (".txt", lambda: record_sentences(12_000, b" ")),
    "record-lines-207k": (".txt", lambda: record_sentences(3_000, b"\n")),
    "record-lines-828k": (".txt", lambda: record_sentences(12_000, b"\n")),
    "md-data-uri-600k": (".md", lambda: b"# Data\n\nA chemist grew a mould in 1928.\n\n![a dish](data:image/png;base64,"
                         + b"QUJDRA" * 100_000 + b")\n"),
}


def _child(path: str, conn, whole: bool = False) -> None:  # noqa: ANN001 - multiprocessing connection
    import resource

    from vitrina.extract import warm_up
    from vitrina.pipeline import analyse_file

    if not whole:
        warm_up()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu = _cpu_seconds()
    started = time.perf_counter()
    try:
        if whole:
            outcome = _whole_build(Path(path))
        else:
            docs = analyse_file(Path(path))
            outcome = f"{len(docs)} doc(s), {sum(len(d.text) for d in docs)} chars"
    except Exception as exc:  # noqa: BLE001 - report any refusal or failure
        outcome = f"{type(exc).__name__}: {str(exc)[:120]}"
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    conn.send((seconds, cpu, peak / 1024, base / 1024, outcome))


def _whole_build(path: Path) -> str:
    """A whole build of one file (one worker, the model loaded in it): its stages' seconds."""
    from vitrina.pipeline import build

    report = build([path], path.with_suffix(".db"), jobs=1)
    stages = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in report.seconds.items())
    errors = "; ".join(str(e) for e in report.errors)
    return f"{report.documents} doc(s), {stages}" + (f"; {errors}" if errors else "")


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the model's helpers)."""
    import resource

    own, helpers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + helpers.ru_utime + helpers.ru_stime


def measure(name: str, seconds: float, memory_mb: int, whole: bool = False) -> tuple[str, str, str, str, str]:
    from vitrina.workers import _resident_mb

    suffix, make = INPUTS[name]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}{suffix}"
        path.write_bytes(make())
        context = multiprocessing.get_context("spawn")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(str(path), sender, whole))
        child.start()
        sender.close()
        deadline = time.monotonic() + seconds + 120  # model load allowance
        worst, why = 0.0, "timed out"
        while time.monotonic() < deadline and not receiver.poll(0.2):
            worst = max(worst, _resident_mb(child.pid))
            if worst > memory_mb:
                why = f"over {memory_mb} MB"
                break
            if not child.is_alive():
                why = f"died (exit {child.exitcode})"
                break
        if receiver.poll():
            took, cpu, peak, base, outcome = receiver.recv()
            child.join()
            return name, f"{took:.1f}", f"{cpu:.1f}", f"{peak:.0f} ({peak - base:+.0f})", outcome
        child.kill()
        child.join()
        return name, f">{seconds:g}" if why == "timed out" else "-", "-", f"{worst:.0f}", f"stopped: {why}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="inputs to measure (default: all)")
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--memory-mb", type=int, default=4096)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--build", action="store_true", help="time a whole build of each input, not its analysis")
    parser.add_argument("--cores", type=int, default=0, help="cores one file may use (default: all)")
    args = parser.parse_args()
    if args.cores:
        import os

        from vitrina.workers import CORES_VARIABLE

        os.environ[CORES_VARIABLE] = str(args.cores)  # inherited by the spawned child
    if args.list:
        print("\n".join(INPUTS))
        return 0
    print("| input | wall s | CPU s | peak RSS MB (over model) | outcome |\n| --- | ---: | ---: | ---: | --- |")
    for name in args.names or list(INPUTS):
        print("| " + " | ".join(measure(name, args.seconds, args.memory_mb, args.build)) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
