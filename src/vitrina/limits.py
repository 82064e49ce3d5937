"""Limits on what a user types, shared by the command line and the server (one table)."""

from __future__ import annotations

INPUT_LIMITS = {
    # a question, a query, an id or a filter value: a sentence or two; longer text only costs parse time
    # (a 100 KB question took 34 s and 530 MB before the command line had this limit too)
    "param_chars": 500,
    # a page's whole query string (several parameters and their names)
    "query_string": 4000,
    # ids a refused --entity value suggests (entities whose names hold it): a camp, a mountain and the person
    # they are named after all share the word, and three shown left the person out (round 58 red team, D13)
    "suggested_ids": 8,
}

# Work one document may bring to the stages that compare documents with each other (the comparisons:
# dated and quantified statements, quotations, retold sentences, names in one role), which run after
# every file is analysed, on the whole exhibit, outside the per-file time and memory limits. Past a cap
# the rest of that document is left out of that pass only (its pages, search and answers keep all of
# it) and the build says so: ``Warning: <file>: <what was left out>``. With the passes' own bound on
# how many statements one key may pair (``compare.WEIGHTS.max_block``, ``polarity.OUTCOME.max_block``)
# one file's share of the cross-document work is then bounded, whatever its size or shape.
CROSS_DOCUMENT_LIMITS = {
    # a sentence longer than this makes no statement (the work on a statement, its parse, frame and the
    # numbers around it, grows with its sentence: one run-on "sentence" of thousands of numbers cost
    # values x sentence); the longest sentence of the seed and sample corpus (254 documents) has 704
    "sentence_chars": 2_000,
    # statements (a date, an amount, a quotation, a number, a list of names) one document brings at
    # most; each costs a parse of its sentence and pairs with those sharing a key, ~10-20 ms of CPU in
    # all. The sample corpus's documents bring ~100 at most; a very large file's parts (``structure.parts``)
    # ~1,500-2,500 each, which cost minutes (1 MB of prose, 3 parts: 240 s of CPU) before this cap
    "statements": 1_000,
    # sentences one document brings to the retold-sentence pass (``polarity``) and to the names-in-a-role
    # pass (``roles``) at most; the sample corpus's largest document has 119, a 15,000-word essay ~700
    "sentences": 2_000,
}

# Terminal escape sequences (ECMA-48) a text may hold, removed whole (``terminal.ESCAPE_SEQUENCE``): past these
# lengths a sequence is taken as unterminated and only its introducer is dropped, so a stray ESC ] or ESC [
# can never swallow the text after it.
ESCAPE_LIMITS = {
    # parameter and intermediate characters of a control sequence (CSI: ESC [ 1;31 m); real ones hold a few
    "parameter_chars": 64,
    # characters of a control string (OSC, DCS, APC, PM, SOS) before its BEL or ST: a window title or an
    # OSC 8 hyperlink's address
    "string_chars": 2_048,
}

# What one input file may hold; the README and ``build --help`` state both.
FILE_LIMITS = {
    # bytes read from one file at most: a larger one is refused before any byte is read
    "bytes": 50 * 1024 * 1024,
    # pages of one PDF read at most (each batch of ``pdf.PAGES_PER_BATCH`` pages within the per-file time
    # and memory limits); a longer PDF is read up to this page and the build says so:
    # ``Warning: <file>: only the first 2,000 of N pages read (the PDF page limit)``
    "pdf_pages": 2_000,
    # cells of one table row read at most (a Markdown table's row is one paragraph, every cell a few
    # tokens; a 5,000-column table of 470 KB cost 56 s and 820 MB before this cap); the cells past it
    # are left out and the build says so: ``Warning: <file>: N table row(s) cut to their first 200 cells``.
    # (a census or ledger table runs to a few dozen columns)
    "table_cells": 200,
}

# What a build's worker needs to analyse any file at all (``build --memory-limit``, MB).
WORKER_LIMITS = {
    # the lowest per-file memory limit accepted: a worker holds the model (~520 MB resident once loaded)
    # before its first file. Measured in round 32 (a worker forked as a build forks it): a 3-line note
    # failed at 512 MB and built at 640, as did 120 KB of prose (its worker's peak under 600 MB); a lower
    # value is a usage error, never a build in which every file fails
    "memory_floor_mb": 640,
}

# What one archive given to a build (``vitrina build collection.zip``, a ``.tar.gz``, one found in a folder) may
# bring (``vitrina.archives``). Its members are read in memory, each copied to a temporary file of the build; a
# member or an archive past a limit is named in a ``Warning:`` or ``Error:`` line and the rest is read.
ARCHIVE_LIMITS = {
    # entries (files, folders, links) of one archive and of the archives in it at most: past it the rest is not
    # listed, ``Warning: c.zip: only its first 10,000 members read (the archive member limit)``
    "members": 10_000,
    # bytes decompressed from one archive (the archives in it included; in a tar every byte of its stream, the
    # members skipped too: passing over one in a compressed tar inflates it) at most: a collection's text and
    # documents, not its disk image
    "total_bytes": 1024 * 1024 * 1024,
    # bytes of one member at most: a file of its own may hold no more (``FILE_LIMITS["bytes"]``)
    "member_bytes": FILE_LIMITS["bytes"],
    # a member (or a compressed tar's stream, once past ``member_bytes``) expanding more than this many times its
    # compressed size is refused as a likely zip bomb; text compresses 3-10:1, XML a little more (the DOCX
    # check uses the same); 5,000 near-alike pages in one .tgz compress 136:1 as a whole, but to 13 MB only
    "ratio": 100,
    # ratios are judged only past this many bytes decompressed: tiny members compress oddly well
    "ratio_from_bytes": 1024 * 1024,
    # archives in archives: 1 reads the archive given only; 2 also the archives inside it (a ZIP of
    # ZIPs as a content system exports one), not deeper (each level multiplies the work a small file may ask)
    "depth": 2,
}
