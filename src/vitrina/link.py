"""Cross-document entity linking.

Document-local entities (``e0``…) become global entities with stable,
readable ids (``person-franklin-d-roosevelt``): same input, same ids.
Entities merge across documents when they share a type and a full name or
alias, when two full person names are compatible (first + middle initial +
last), when a lone surname has exactly one full-name owner, and when an
authority row lists their names. Authority rows
(``{"name", "type", "aliases", "lat", "lon", "identifier"}``) also set the
canonical name, coordinates and identifier.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from vitrina.extract.cluster import PersonName, canonical_name, is_acronym, name_tokens, same_person
from vitrina.model import Document, Entity

Item = tuple[int, str]  # (document index, local entity id)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb, key=_order)] = min(ra, rb, key=_order)


def _order(x) -> tuple:
    return (0, x) if isinstance(x, tuple) and isinstance(x[0], int) else (1, str(x))


def slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "x"


def _norm(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.replace("’", "'").strip(), flags=re.I)
    return re.sub(r"\s+", " ", name).lower()


def _keys(entity: Entity) -> set[str]:
    """Names that identify an entity on their own across documents."""
    keys = set()
    for n in (entity.name, *entity.aliases):
        if entity.type == "person" and (len(name_tokens(n)) < 2 or is_acronym(n)):
            continue  # surnames and initials are ambiguous across documents
        keys.add(f"{entity.type}:{_norm(n)}")
    return keys


def link(
    docs: Sequence[Document], authority: Sequence[dict] | None = None
) -> tuple[list[Document], list[Entity]]:
    """Global entities for ``docs`` and the documents rewritten to use their ids."""
    uf = _UnionFind()
    items: dict[Item, Entity] = {}
    by_key: dict[str, Item | str] = {}
    listed: dict[str, str] = {}  # authority names, which force merges even when short
    for a, row in enumerate(authority or ()):
        node = f"authority:{a:06d}"
        uf.find(node)
        for n in (row["name"], *row.get("aliases", ())):
            key = f"{row.get('type', 'person')}:{_norm(n)}"
            if key in listed:
                uf.union(listed[key], node)
            listed[key] = node
    by_key.update(listed)
    for d, doc in enumerate(docs):
        for e in doc.entities:
            item = (d, e.id)
            items[item] = e
            uf.find(item)
            for n in (e.name, *e.aliases):
                if f"{e.type}:{_norm(n)}" in listed:
                    uf.union(listed[f"{e.type}:{_norm(n)}"], item)
            for key in sorted(_keys(e)):
                if key in by_key:
                    uf.union(by_key[key], item)
                else:
                    by_key[key] = item
    _merge_people(uf, items)
    return _build(docs, items, uf, authority or ())


def _merge_people(uf: _UnionFind, items: dict[Item, Entity]) -> None:
    full: dict[str, list[tuple[Item, PersonName]]] = defaultdict(list)
    single: list[tuple[Item, str]] = []
    for item, e in items.items():
        if e.type != "person":
            continue
        if len(name_tokens(e.name)) > 1:
            pn = PersonName.parse(e.name)
            full[pn.last.lower()].append((item, pn))
        else:
            single.append((item, e.name.lower()))
    for group in full.values():
        for i, (a, pa) in enumerate(group):
            for b, pb in group[i + 1 :]:
                if same_person(pa, pb):
                    uf.union(a, b)
    for item, surname in single:
        owners = {uf.find(it) for g in full.values() for it, pn in g if pn.has_surname(surname)}
        if len(owners) == 1:
            uf.union(owners.pop(), item)


def _build(
    docs: Sequence[Document], items: dict[Item, Entity], uf: _UnionFind, authority: Sequence[dict]
) -> tuple[list[Document], list[Entity]]:
    groups: dict = defaultdict(list)
    for item in items:
        groups[uf.find(item)].append(item)
    rows = {uf.find(f"authority:{a:06d}"): row for a, row in enumerate(authority)}
    counts = _mention_forms(docs)
    drafts = []
    for root, members in groups.items():
        members.sort()
        ents = [items[m] for m in members]
        row = rows.get(root)
        forms = [f for m in members for f in counts[m]] or [e.name for e in ents]
        name = row["name"] if row else canonical_name(forms)
        etype = row.get("type", ents[0].type) if row else Counter(e.type for e in ents).most_common(1)[0][0]
        names = {e.name for e in ents} | {a for e in ents for a in e.aliases}
        if row:
            names |= set(row.get("aliases", ()))
        lat = row.get("lat") if row and row.get("lat") is not None else next(
            (e.lat for e in ents if e.lat is not None), None)
        lon = row.get("lon") if row and row.get("lon") is not None else next(
            (e.lon for e in ents if e.lon is not None), None)
        ident = (row or {}).get("identifier") or next((e.identifier for e in ents if e.identifier), None)
        entity = Entity(f"{etype}-{slug(name)}", etype, name, tuple(sorted(names - {name})), lat, lon, ident)
        drafts.append((entity, members))
    drafts.sort(key=lambda x: (x[0].id, x[1]))
    seen: Counter[str] = Counter()
    mapping: dict[Item, str] = {}
    globals_: list[Entity] = []
    for entity, members in drafts:
        seen[entity.id] += 1
        if seen[entity.id] > 1:
            entity = replace(entity, id=f"{entity.id}-{seen[entity.id]}")
        globals_.append(entity)
        for m in members:
            mapping[m] = entity.id
    return [_rewrite(d, doc, mapping, globals_) for d, doc in enumerate(docs)], globals_


def _mention_forms(docs: Sequence[Document]) -> dict[Item, list[str]]:
    forms: dict[Item, list[str]] = defaultdict(list)
    for d, doc in enumerate(docs):
        for m in doc.mentions:
            forms[(d, m.entity)].append(re.sub(r"\s+", " ", doc.text[m.start : m.end]))
    # role mentions ("the president") are not names
    return {k: [f for f in v if f[:1].isupper()] for k, v in forms.items()}


def _rewrite(d: int, doc: Document, mapping: dict[Item, str], entities: list[Entity]) -> Document:
    def g(local: str) -> str:
        return mapping.get((d, local), local)

    def g_opt(local: str | None) -> str | None:
        return g(local) if local is not None else None

    def gs(ids: Sequence[str]) -> tuple[str, ...]:
        out: list[str] = []
        for i in ids:
            if g(i) not in out:
                out.append(g(i))
        return tuple(out)

    by_id = {e.id: e for e in entities}
    used = sorted({g(e.id) for e in doc.entities})
    return doc.evolve(
        entities=tuple(by_id[i] for i in used if i in by_id),
        mentions=tuple(replace(m, entity=g(m.entity), type=by_id[g(m.entity)].type)
                       if g(m.entity) in by_id else m for m in doc.mentions),
        quotes=tuple(replace(q, speaker=g_opt(q.speaker)) for q in doc.quotes),
        events=tuple(replace(ev, participants=gs(ev.participants), places=gs(ev.places))
                     for ev in doc.events),
    )
