"""A DOCX package's relationships to parts it does not hold.

Editors that strip parts (comments, footnotes, an embedded object) can leave the relationship
naming the part behind; Word and LibreOffice open such files, python-docx refuses the whole
package (a ``KeyError`` on the missing member). Those relationships are dropped before python-docx
reads the package, and the parts named are reported as a warning.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from urllib.parse import unquote

from lxml import etree

from vitrina.ingest.safety import safe_xml_parser

_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def without_missing_parts(data: bytes, archive: zipfile.ZipFile) -> tuple[bytes, list[str]]:
    """``data`` with every internal relationship to a member the ZIP lacks removed, and the
    names of the parts missing (``data`` unchanged, [] when none is)."""
    names = set(archive.namelist())
    fixed: dict[str, bytes] = {}
    missing: list[str] = []
    for name in sorted(n for n in names if n.endswith(".rels")):
        kept, lost = _kept_relationships(archive.read(name), name, names)
        if lost:
            fixed[name] = kept
            missing.extend(part for part in lost if part not in missing)
    return (_rewritten(archive, fixed) if fixed else data), missing


def _kept_relationships(xml: bytes, rels_name: str, names: set[str]) -> tuple[bytes, list[str]]:
    """The relationships part without the relationships to absent members, and those members."""
    try:
        root = etree.fromstring(xml, safe_xml_parser())
    except etree.XMLSyntaxError:
        return xml, []  # python-docx reports a broken part itself
    lost = []
    for rel in list(root.iter(_RELATIONSHIPS)):
        if rel.get("TargetMode") == "External":
            continue
        part = _target_part(rels_name, rel.get("Target") or "")
        if part not in names:
            rel.getparent().remove(rel)
            lost.append(part)
    return (etree.tostring(root, xml_declaration=True, encoding="UTF-8") if lost else xml), lost


def _target_part(rels_name: str, target: str) -> str:
    """The member a relationship's target names: relative to the folder of the part the
    relationships belong to ("word/_rels/document.xml.rels" → "word/"), or absolute."""
    target = unquote(target.split("#", 1)[0])
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    folder = posixpath.dirname(posixpath.dirname(rels_name))
    return posixpath.normpath(posixpath.join(folder, target))


def _rewritten(archive: zipfile.ZipFile, fixed: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in archive.infolist():
            copy.writestr(info, fixed.get(info.filename) or archive.read(info))
    return out.getvalue()
