"""Walking a folder tree of any depth.

Python 3.11's ``os.walk`` and ``Path.rglob`` recurse once per level, so a folder
nested about a thousand levels deep (a path of 2 KB, well within what the system
allows) ended a build in ``RecursionError``. :func:`walk` keeps its own stack: depth
costs memory for the path, never a Python frame. A folder whose path the system
refuses (``PATH_MAX`` bytes or more) is not entered: it is an ``OSError`` (``ENAMETOOLONG``)
for ``onerror``, like a folder that cannot be listed, and the walk goes on with the rest.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from vitrina import lexicon


def _path_max() -> int:
    try:
        return os.pathconf("/", "PC_PATH_MAX")
    except (OSError, ValueError, AttributeError):  # not told: the common Unix value
        return 4096


PATH_MAX = _path_max()  # bytes of a path the system takes, its final NUL included

# Files that describe a folder rather than belong to it (read only when named), in a folder and in an archive.
FOLDER_PAPERWORK = frozenset(lexicon.words("folder_paperwork"))


def walk(top: str | os.PathLike[str],
         onerror: Callable[[OSError], None] | None = None) -> Iterator[tuple[str, list[str], list[str]]]:
    """``os.walk(top, onerror=onerror)`` (top-down, links to folders listed among the folders but not
    followed), without recursion. The caller may prune ``folders`` in place, as with ``os.walk``."""
    stack = [os.fspath(top)]
    while stack:
        root = stack.pop()
        try:
            folders, files = _listing(root)
        except OSError as exc:
            if onerror is not None:
                onerror(exc)
            continue
        too_long = [name for name in (*folders, *files) if len(os.fsencode(os.path.join(root, name))) >= PATH_MAX]
        if too_long:
            folders[:] = [name for name in folders if name not in too_long]
            files[:] = [name for name in files if name not in too_long]
            if onerror is not None:
                onerror(OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), os.path.join(root, too_long[0])))
        yield root, folders, files
        stack.extend(path for path in (os.path.join(root, name) for name in reversed(folders))
                     if not os.path.islink(path))


def _listing(root: str) -> tuple[list[str], list[str]]:
    """The names of the folders (links to folders included) and of the other entries of ``root``."""
    folders: list[str] = []
    files: list[str] = []
    with os.scandir(root) as entries:
        for entry in entries:
            try:
                is_folder = entry.is_dir()
            except OSError:  # as os.walk: an entry that cannot be told is not a folder
                is_folder = False
            (folders if is_folder else files).append(entry.name)
    return folders, files


def files_under(folder: Path) -> Iterator[Path]:
    """Every file (anything but a folder) under ``folder``, at any depth; links to folders are not followed.
    Folders that cannot be listed are passed over (``Path.rglob`` did the same, recursively)."""
    for root, _folders, files in walk(folder):
        yield from (Path(root, name) for name in files)
