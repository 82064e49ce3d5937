"""vitrina: exhibit texts and archival documents into a cited knowledge base."""

from vitrina.errors import InputError, StoreError, VitrinaError
from vitrina.model import Document

__all__ = ["Document", "InputError", "StoreError", "VitrinaError", "__version__"]
__version__ = "0.2.0.dev0"  # the package version too (pyproject reads it)
