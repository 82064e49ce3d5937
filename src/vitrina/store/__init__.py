"""The embedded store: SQLite with FTS5, written atomically, read read-only."""

from vitrina.store.db import build_lock, connect_readonly, load_analyses, write_exhibit

__all__ = ["build_lock", "connect_readonly", "load_analyses", "write_exhibit"]
