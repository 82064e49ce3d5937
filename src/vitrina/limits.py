"""Limits on what a user types, shared by the command line and the server (one table)."""

from __future__ import annotations

INPUT_LIMITS = {
    # a question, a query, an id or a filter value: a sentence or two; longer text only costs parse time
    # (a 100 KB question took 34 s and 530 MB before the command line had this limit too)
    "param_chars": 500,
    # a page's whole query string (several parameters and their names)
    "query_string": 4000,
}
