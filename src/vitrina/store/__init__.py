"""The embedded store: SQLite with FTS5, written atomically, read read-only."""

from vitrina.store.db import (
    SchemaMismatch,
    build_lock,
    check_replaceable,
    connect_readonly,
    is_vitrina_database,
    load_analyses,
    readonly_uri,
    write_exhibit,
    write_stream,
)

__all__ = ["SchemaMismatch", "build_lock", "check_replaceable", "connect_readonly",
           "is_vitrina_database", "load_analyses", "readonly_uri", "write_exhibit", "write_stream"]
