"""store/pages.py: the time order of ISO days, years before 1 BCE included."""

from __future__ import annotations

import sqlite3

from vitrina.store.pages import day_key, day_order

DAYS = ["-2199-01-01", "-1499-12-31", "-0629-06-01", "-0001-01-01", "0000-01-01", "0212-03-04", "1963-04-17"]


def test_day_key_sorts_days_in_time_order() -> None:
    assert sorted(DAYS[::-1], key=day_key) == DAYS


def test_day_order_in_sql_is_day_key() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (day TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(d,) for d in DAYS[::-1]])
    rows = conn.execute(f"SELECT day, {day_order('day')} FROM t ORDER BY {day_order('day')}").fetchall()
    assert [day for day, _ in rows] == DAYS
    assert all(key == day_key(day) for day, key in rows)
