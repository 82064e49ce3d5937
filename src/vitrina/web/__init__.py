"""The web exhibit (``vitrina serve``): server-rendered pages with JSON twins."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from starlette.applications import Starlette


def create_app(db_path: str) -> Starlette:
    """The Starlette app for the exhibit database at ``db_path``."""
    from vitrina.web.app import create_app as _create_app

    return _create_app(db_path)
