"""The SQLite schema, as an ordered list of migrations (``PRAGMA user_version``)."""

from __future__ import annotations

import sqlite3

from vitrina.errors import StoreError

MIGRATIONS: list[str] = [
    # 1: documents, structure, facts, full-text search
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        text TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        analysis TEXT NOT NULL          -- the extracted document, JSON, local ids
    );
    CREATE TABLE sections (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL, label TEXT, title TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (document, id)
    );
    CREATE TABLE blocks (
        document TEXT NOT NULL REFERENCES documents(id),
        id TEXT NOT NULL, section TEXT, kind TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        position TEXT, credit TEXT,
        PRIMARY KEY (document, id)
    );
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,
        aliases TEXT NOT NULL, lat REAL, lon REAL, identifier TEXT
    );
    CREATE TABLE mentions (
        document TEXT NOT NULL REFERENCES documents(id),
        entity TEXT NOT NULL REFERENCES entities(id),
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity);
    CREATE INDEX mentions_document ON mentions(document, start);
    CREATE TABLE dates (
        document TEXT NOT NULL REFERENCES documents(id),
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        edtf TEXT NOT NULL, lower TEXT, upper TEXT
    );
    CREATE INDEX dates_range ON dates(lower, upper);
    CREATE TABLE quantities (
        id TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id),
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        value REAL NOT NULL, unit TEXT, qualifier TEXT
    );
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id),
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        kind TEXT NOT NULL, speaker TEXT, date TEXT
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id),
        label TEXT NOT NULL, edtf TEXT NOT NULL,
        date_start INTEGER NOT NULL, date_end INTEGER NOT NULL,
        lower TEXT, upper TEXT,
        participants TEXT NOT NULL, places TEXT NOT NULL, evidence TEXT NOT NULL
    );
    CREATE INDEX events_range ON events(lower, upper);
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents(id),
        section TEXT, block TEXT,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX sentences_document ON sentences(document, start);
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='id', tokenize='porter unicode61'
    );
    """,
    # 2: an entity's record of how it was made: geocoding decision and candidates, merges
    """
    ALTER TABLE entities ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
    """,
    # 3: a quantity given as a range keeps its upper end ("40 to 45 feet": value 40, high 45)
    """
    ALTER TABLE quantities ADD COLUMN high REAL;
    """,
    # 4: a section's heading level (1: the document's top sections) and the section it is a sub-section of
    """
    ALTER TABLE sections ADD COLUMN level INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE sections ADD COLUMN parent TEXT;
    """,
    # 5: the words naming a quotation's speaker whom no entity stands for ("my father", "the crowd")
    """
    ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
    ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
# the versions a reader opens: 3 only added quantities.high, which a version-2 database answers as NULL (every
# amount exact), so a database built before round 35 is read as it is, not refused until rebuilt; 4 only added
# sections.level and sections.parent, which a database of 2 or 3 answers as 1 and NULL (every section a top one:
# it was built before levels were read, its sections stay flat until its files are read again)
READABLE_VERSIONS = range(2, SCHEMA_VERSION + 1)
NESTED_SECTIONS = 4  # the first version whose sections have a level and a parent
SPEAKER_PHRASES = 5  # the first version whose quotes keep the words naming an unnamed speaker


def migrate(conn: sqlite3.Connection) -> None:
    """Bring a database up to the current schema, one migration at a time."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this vitrina ({SCHEMA_VERSION})"
        )
    for number in range(version, SCHEMA_VERSION):
        conn.executescript(MIGRATIONS[number])
        conn.execute(f"PRAGMA user_version = {number + 1}")
