"""Cross-document entity linking.

Document-local entities (``e0``…) become global entities with stable,
readable ids (``person-franklin-d-roosevelt``): same input, same ids.
Entities merge across documents when they share a type and a full name or
alias, when two full person names are compatible (first + middle initial +
last), when a lone surname has exactly one full-name owner, when an
authority row lists their names, and when they are the same entity of two
copies of one text (same text under another file name). Authority rows
(``{"name", "type", "aliases", "lat", "lon", "identifier"}``) also set the
canonical name, coordinates and identifier.

Linking scales with the collection, not with its square: it works from a
compact :class:`LinkSummary` per document (entities and the name forms of
their mentions, not the analysis), and compares only candidates that share
a blocking key (a full name, a surname with a first initial, a surname for
a lone surname, a text digest for copies). So the build can stream
analyses to the store and link in one reduce step: ``summarize`` each
document, ``resolve`` the summaries to global ids, ``rewrite`` each
document with its mapping.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

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


@dataclass(frozen=True, slots=True)
class LinkSummary:
    """What linking needs of one document, without its text or analysis."""

    digest: str  # of the text: copies of one text link to the same entities
    entities: tuple[Entity, ...]
    # per local entity id: the capitalised surface forms of its mentions with
    # their counts, in order of first occurrence (what ``canonical_name`` weighs)
    forms: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]


def summarize(doc: Document) -> LinkSummary:
    """The compact summary of ``doc`` that ``resolve`` links."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for m in doc.mentions:
        form = re.sub(r"\s+", " ", doc.text[m.start : m.end])
        if form[:1].isupper():  # role mentions ("the president") are not names
            counts[m.entity][form] += 1
    return LinkSummary(
        hashlib.sha256(doc.text.encode()).hexdigest(),
        doc.entities,
        tuple((local, tuple(c.items())) for local, c in counts.items()),
    )


def link(
    docs: Sequence[Document], authority: Sequence[dict] | None = None
) -> tuple[list[Document], list[Entity]]:
    """Global entities for ``docs`` and the documents rewritten to use their ids."""
    mappings, entities = resolve([summarize(doc) for doc in docs], authority)
    by_id = {e.id: e for e in entities}
    return [rewrite(doc, mapping, by_id) for doc, mapping in zip(docs, mappings, strict=True)], entities


def resolve(
    summaries: Sequence[LinkSummary], authority: Sequence[dict] | None = None
) -> tuple[list[dict[str, str]], list[Entity]]:
    """Global entities, and per document a map from its local entity ids to theirs."""
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
    for d, summary in enumerate(summaries):
        for e in summary.entities:
            item = (d, e.id)
            items[item] = e
            uf.find(item)
            for n in (e.name, *e.aliases):
                if f"{e.type}:{_norm(n)}" in listed:
                    uf.union(listed[f"{e.type}:{_norm(n)}"], item)
            for key in sorted(_keys(e)) + [f"copy:{summary.digest}:{e.id}"]:
                if key in by_key:
                    uf.union(by_key[key], item)
                else:
                    by_key[key] = item
    del by_key
    _merge_people(uf, items)
    return _build(summaries, items, uf, authority or ())


def _merge_people(uf: _UnionFind, items: dict[Item, Entity]) -> None:
    """Merge compatible full names, then lone surnames with their one full-name owner.

    Candidates are blocked: full names are compared only with the distinct
    names that share their surname and first initial (``same_person`` needs
    both), and each lone surname looks up its owners in a surname index.
    """
    forms: dict[PersonName, list[Item]] = defaultdict(list)  # each distinct full name, its items
    singles: dict[str, list[Item]] = defaultdict(list)
    for item, e in items.items():
        if e.type != "person":
            continue
        if len(name_tokens(e.name)) > 1:
            forms[PersonName.parse(e.name)].append(item)
        else:
            singles[e.name.lower()].append(item)
    blocks: dict[tuple[str, str], list[PersonName]] = defaultdict(list)
    owners_of: dict[str, list[Item]] = defaultdict(list)  # surname word -> one item per full name
    for pn, same_name in forms.items():
        for item in same_name[1:]:
            uf.union(same_name[0], item)  # an identical full name is always the same person
        blocks[(pn.last.lower(), (pn.first or "")[:1].lower())].append(pn)
        for word in {pn.last.lower(), pn.last.split()[-1].lower()}:
            owners_of[word].append(same_name[0])
    for block in blocks.values():
        for i, pa in enumerate(block):
            for pb in block[i + 1 :]:
                if same_person(pa, pb):
                    uf.union(forms[pa][0], forms[pb][0])
    for surname, lone in singles.items():
        owners = {uf.find(it) for it in owners_of.get(surname, ())}
        if len(owners) == 1:
            owner = owners.pop()
            for item in lone:
                uf.union(owner, item)


def _build(
    summaries: Sequence[LinkSummary], items: dict[Item, Entity], uf: _UnionFind, authority: Sequence[dict]
) -> tuple[list[dict[str, str]], list[Entity]]:
    groups: dict = defaultdict(list)
    for item in items:
        groups[uf.find(item)].append(item)
    rows = {uf.find(f"authority:{a:06d}"): row for a, row in enumerate(authority)}
    counts = {(d, local): c for d, s in enumerate(summaries) for local, c in s.forms}
    drafts = []
    for root, members in groups.items():
        members.sort()
        ents = [items[m] for m in members]
        row = rows.get(root)
        forms = _expand(c for m in members for c in counts.get(m, ())) or [e.name for e in ents]
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
    mappings: list[dict[str, str]] = [{} for _ in summaries]
    globals_: list[Entity] = []
    for entity, members in drafts:
        seen[entity.id] += 1
        if seen[entity.id] > 1:
            entity = replace(entity, id=f"{entity.id}-{seen[entity.id]}")
        globals_.append(entity)
        for d, local in members:
            mappings[d][local] = entity.id
    return mappings, globals_


def _expand(counted: Iterable[tuple[str, int]]) -> list[str]:
    """Forms repeated by their counts, in order of first occurrence."""
    total: Counter[str] = Counter()
    for form, n in counted:
        total[form] += n
    return [form for form, n in total.items() for _ in range(n)]


def rewrite(doc: Document, mapping: dict[str, str], by_id: dict[str, Entity]) -> Document:
    """``doc`` with its local entity ids replaced by global ones (``by_id``: global entities)."""
    def g(local: str) -> str:
        return mapping.get(local, local)

    def g_opt(local: str | None) -> str | None:
        return g(local) if local is not None else None

    def gs(ids: Sequence[str]) -> tuple[str, ...]:
        out: list[str] = []
        for i in ids:
            if g(i) not in out:
                out.append(g(i))
        return tuple(out)

    used = sorted({g(e.id) for e in doc.entities})
    return doc.evolve(
        entities=tuple(by_id[i] for i in used if i in by_id),
        mentions=tuple(replace(m, entity=g(m.entity), type=by_id[g(m.entity)].type)
                       if g(m.entity) in by_id else m for m in doc.mentions),
        quotes=tuple(replace(q, speaker=g_opt(q.speaker)) for q in doc.quotes),
        events=tuple(replace(ev, participants=gs(ev.participants), places=gs(ev.places))
                     for ev in doc.events),
    )
