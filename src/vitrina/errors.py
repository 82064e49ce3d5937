"""vitrina's own errors: everything the CLI turns into ``Error: …``."""

from __future__ import annotations


class VitrinaError(Exception):
    """Base of every error vitrina raises on purpose."""


class InputError(VitrinaError):
    """A file that cannot be read: bad format, too big, hostile, empty."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.path, self.reason))  # picklable across worker processes


class UnsupportedFormat(InputError):
    """A file of a format vitrina does not read (RTF, ODT, images, archives…)."""


class MissingInput(InputError):
    """A path named on the command line that does not exist."""


class EmptyInput(InputError):
    """A file with no text in it."""


class OverLimit(InputError):
    """A file whose reading took longer or needed more memory than the per-file limits allow."""


class NotAFile(InputError):
    """A path that is not a regular file (a named pipe, a device, a socket): nothing to read."""


class LinkNotFollowed(InputError):
    """A symbolic link found in a folder being collected that is not followed (one to a folder, or one
    leading outside the folder or nowhere): listed and counted, not an error of the build."""


class StoreError(VitrinaError):
    """A database that is missing, locked, corrupt or of an unknown schema."""


class MissingExtra(VitrinaError):
    """An option that needs an optional part not installed (``pip install 'vitrina[scale]'``):
    not a usage error, the command is right; the machine lacks the part (exit 1)."""


class UsageError(VitrinaError):
    """A request that makes no sense (unknown format, bad option value)."""
