"""Progress of long work for people: a bar on a terminal, a periodic line in a log.

A build or a publish logged to a file (CI, cron, ``make demo > log``) still
says every :data:`LOG_EVERY_SECONDS` how far it is: items done, their rate
(words per second for a build, pages per second for a publish) and the
estimated time left.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TextIO

if TYPE_CHECKING:
    from vitrina.ingest.member import Input

# Seconds between two progress lines when the output is not a terminal.
LOG_EVERY_SECONDS = 10.0


class Progress(Protocol):
    """What long work reports as it goes (``amount``: words of a file, 1 for a page). A large
    file analysed in parts reports each part but its last with ``part`` (``done`` of ``parts``):
    its words count at once, the file only when ``advance`` says it is done."""

    def start(self, total: int) -> None: ...

    def grow(self, total: int) -> None: ...

    def advance(self, path: Input, amount: int) -> None: ...

    def part(self, path: Input, amount: int, done: int, parts: int) -> None: ...

    def finish(self) -> None: ...


@dataclass(frozen=True)
class Task:
    """How the work is named in progress output."""

    label: str = "building"
    items: str = "files"
    amount: str = "words"


BUILD = Task()
PUBLISH = Task("publishing", "pages", "pages")


def clock(seconds: float) -> str:
    """``1:05`` or ``1:02:03``."""
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class LogProgress:
    """One line every ``every`` seconds (and a last one), for logs.

    A line is due when an item finishes or, while one item takes long (a big
    PDF), from a heartbeat thread, so a log never stays silent for longer.
    """

    def __init__(self, stream: TextIO, every: float | None = None,
                 now: Callable[[], float] = time.monotonic, task: Task = BUILD) -> None:
        self.stream = stream
        self.every = LOG_EVERY_SECONDS if every is None else every
        self.now = now
        self.task = task
        self.total = self.done = self.words = 0
        self.parts: dict[Input, tuple[int, int]] = {}  # parts done and in all of each file under way
        self.started = self.last = 0.0
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.heartbeat: threading.Thread | None = None

    def start(self, total: int) -> None:
        self.total = total
        self.started = self.last = self.now()
        if self.every > 0:
            self.heartbeat = threading.Thread(target=self._beat, name="progress", daemon=True)
            self.heartbeat.start()

    def grow(self, total: int) -> None:
        self.total = max(self.total, total)

    def advance(self, path: Input, amount: int) -> None:
        with self.lock:
            self.done += 1
            self.words += amount
            self.parts.pop(path, None)
        self._line_if_due()

    def part(self, path: Input, amount: int, done: int, parts: int) -> None:
        with self.lock:
            self.words += amount
            self.parts[path] = (done, parts)
        self._line_if_due()

    def finish(self) -> None:
        self.stopped.set()
        if self.heartbeat is not None:
            self.heartbeat.join()
        if self.total and self.now() - self.started >= self.every:
            self._write()

    def _beat(self) -> None:
        while not self.stopped.wait(self.every):
            self._line_if_due()

    def _line_if_due(self) -> None:
        with self.lock:
            if self.now() - self.last >= self.every and self.done < self.total and not self.stopped.is_set():
                self._write()

    def _write(self) -> None:
        """Write the progress line (the caller holds the lock, or the heartbeat has stopped)."""
        self.last = self.now()
        self.stream.write(self.line() + "\n")
        self.stream.flush()

    def line(self) -> str:
        elapsed = max(self.now() - self.started, 1e-9)
        rate = self.words / elapsed
        task = self.task
        line = f"{task.label}: {self.done:,}/{self.total:,} {task.items}"
        if self.parts:  # a large file under way counts once it is done; its parts meanwhile
            done, parts = (sum(counts) for counts in zip(*self.parts.values(), strict=True))
            line += f" ({done:,}/{parts:,} parts of {_files(len(self.parts))} under way)"
        line += f", {rate:,.0f} {task.amount}/s"
        done_share = self.done + sum(d / n for d, n in self.parts.values())  # the files' shares done
        if 0 < done_share < self.total:
            line += f", about {clock(elapsed / done_share * (self.total - done_share))} left"
        else:
            line += f", {clock(elapsed)} elapsed"
        return line


def _files(count: int) -> str:
    return "1 large file" if count == 1 else f"{count:,} large files"


class BarProgress:
    """A tqdm bar (files, words/s in the postfix) for a terminal."""

    def __init__(self, stream: TextIO, task: Task = BUILD) -> None:
        self.stream = stream
        self.task = task
        self.bar: Any = None
        self.words = 0
        self.started = 0.0

    def start(self, total: int) -> None:
        from tqdm import tqdm

        self.started = time.monotonic()
        self.bar = tqdm(total=total, desc=self.task.label, unit=self.task.items.rstrip("s"),
                        file=self.stream, disable=total < 2, leave=False)

    def grow(self, total: int) -> None:
        if self.bar is not None and total > self.bar.total:
            self.bar.total = total

    def advance(self, path: Input, amount: int) -> None:
        self.words += amount
        if self.bar is not None:
            self.bar.set_postfix_str(self._rate(), refresh=False)
            self.bar.update(1)

    def part(self, path: Input, amount: int, done: int, parts: int) -> None:
        """A part of a large file: the bar still counts files, its postfix says the part."""
        self.words += amount
        if self.bar is not None:
            self.bar.set_postfix_str(f"part {done:,}/{parts:,} of a large file, {self._rate()}")

    def _rate(self) -> str:
        return f"{self.words / max(time.monotonic() - self.started, 1e-9):,.0f} {self.task.amount}/s"

    def finish(self) -> None:
        if self.bar is not None:
            self.bar.close()


@contextlib.contextmanager
def phase(progress: Progress | None, label: str) -> Iterator[None]:
    """Long work after the items are done (linking, writing, comparing sources): while it lasts, a
    line every ``LOG_EVERY_SECONDS`` ("building: <label>, 0:20 elapsed") on the progress's stream, so
    neither a log nor a terminal stays silent; nothing for work shorter than that."""
    stream = getattr(progress, "stream", None)
    every = getattr(progress, "every", LOG_EVERY_SECONDS)
    if stream is None or every <= 0:
        yield
        return
    task = getattr(progress, "task", BUILD)
    started = time.monotonic()
    stopped = threading.Event()

    def beat() -> None:
        while not stopped.wait(every):
            stream.write(f"{task.label}: {label}, {clock(time.monotonic() - started)} elapsed\n")
            stream.flush()

    heartbeat = threading.Thread(target=beat, name="progress-phase", daemon=True)
    heartbeat.start()
    try:
        yield
    finally:
        stopped.set()
        heartbeat.join()


def progress_for(stream: TextIO | None = None, task: Task = BUILD) -> Progress:
    """A bar when ``stream`` (stderr) is a terminal, periodic lines otherwise."""
    stream = stream or sys.stderr
    isatty = getattr(stream, "isatty", None)
    return BarProgress(stream, task) if isatty and isatty() else LogProgress(stream, task=task)
