"""Resolution: one node per real thing.

Every mention's canonical name reduces to a base key (kg.extract.names.entity_key:
case, hyphens, spaces, plurals, possessives). Alias links join base keys in a networkx
graph: gazetteer aliases (already folded into the canonical name at match time) and
abbreviation definitions ("Low-Rank Adaptation (LoRA)"). Each connected component is
one entity; its key is the gazetteer entry's key when the component holds one, else the
short form's, else the most mentioned. Size variants (Llama-2-7B) and the versions or
editions the gazetteer lists (CodeGen2, PASCAL VOC 2012) stay their own entity and point
to their family (Llama-2, CodeGen, PASCAL VOC) with VARIANT_OF.

A Resolver is fed batches in order. What it keeps from one batch to the next is exactly
what the store holds: the entity nodes written so far, each with the base keys of its
alias component (`alias_keys`). Votes, short forms and links that no written entity
took up are per batch. So a resumed or incremental build, seeded from the store, makes
the same decisions as one uninterrupted build, and memory grows with the number of
distinct entities, not papers. A key, once written, stays: a later definition may join
new forms to an entity, never two entities to each other.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

import networkx as nx

from kg.extract.gazetteer import load_entries
from kg.extract.names import clean_surface, entity_key, family_of
from kg.models import ENTITY_TYPES, PaperExtraction
from kg.store.rows import EntityInfo

TYPE_ORDER = {t: i for i, t in enumerate(("Dataset", "Model", "Method", "Task", "Metric"))}


class Resolver:
    def __init__(self):
        self.aliases = nx.Graph()  # base keys; an edge says two forms name one thing
        self.gazetteer: dict[str, tuple[str, str, bool | None]] = {}  # base key -> (name, type, hib)
        self.gazetteer_family: dict[str, str] = {}
        for entry in load_entries():
            key = entity_key(entry.name)
            self.gazetteer.setdefault(key, (entry.name, entry.type, entry.higher_is_better))
            if entry.family:
                self.gazetteer_family[key] = entry.family
        self.entities: dict[str, EntityInfo] = {}  # written (or seeded) ones, and this batch's
        # per batch, until commit():
        self.type_votes: dict[str, Counter] = defaultdict(Counter)
        self.surface_votes: dict[str, Counter] = defaultdict(Counter)
        self.short_forms: set[str] = set()
        self.grown: set[str] = set()  # earlier entities whose alias component grew
        self._new: set[str] = set()  # entities made in this batch
        self._learned: set[str] = set()  # base keys this batch touched
        self._open = False
        self._component_key: dict[str, str] = {}
        self._making: set[str] = set()

    def seed(self, entities: Iterable[dict]) -> None:
        """Start from the entities a store already holds (rows with key, name, type,
        family, alias_keys), so an incremental or resumed build resolves names as the
        build that wrote them did. Graphs written before alias_keys existed fall back to
        the keys of their surface aliases."""
        for row in entities:
            key = row["key"]
            alias_keys = row.get("alias_keys") or [entity_key(a) for a in row.get("aliases") or []]
            self.aliases.add_node(key)
            self.entities[key] = EntityInfo(key=key, name=row["name"], type=row["type"], family=row.get("family"),
                                            higher_is_better=row.get("higher_is_better"),
                                            alias_keys=list(dict.fromkeys([key, *alias_keys])))
            for base in alias_keys:
                if base and base != key and len(self._anchors(base) | {key}) == 1:
                    self.aliases.add_edge(base, key)
        self._component_key.clear()

    # -- learning ----------------------------------------------------------------------

    def _learn(self, batch: list[PaperExtraction]) -> None:
        for ex in batch:
            for m in ex.entities:
                base = entity_key(m.canonical)
                self.aliases.add_node(base)
                self._learned.add(base)
                self.surface_votes[base][m.canonical] += 1
                weight = 3 if m.rule == "gazetteer" else 1
                self.type_votes[base][m.type] += weight
            for long_form, short_form in ex.abbreviations:
                a, b = entity_key(long_form), entity_key(short_form)
                if a == b or not a or not b:
                    continue
                # A definition links its two forms even when one of them is not a mention
                # here ("Low-Rank Adaptation (LoRA)" is one mention): a later paper may
                # write either form. Never merge two curated entities through one paper's
                # text, directly or through what either is already linked to.
                if len(self._anchors(a) | self._anchors(b)) > 1:
                    continue
                self.aliases.add_edge(a, b)
                self._learned.update((a, b))
                self.short_forms.add(b)
                # so a component named after a short form no one wrote alone is shown as written
                self.surface_votes[b][clean_surface(short_form)] += 0
        self._component_key.clear()

    def _anchors(self, base: str) -> set[str]:
        """Keys that must stay apart, in the alias component of `base`: gazetteer
        entries and entities already made."""
        if base not in self.aliases:
            return {base} if base in self.gazetteer or base in self.entities else set()
        return {k for k in nx.node_connected_component(self.aliases, base)
                if k in self.gazetteer or k in self.entities}

    def canonical_key(self, base: str) -> str:
        """Key of the entity a base key belongs to (its alias component's representative)."""
        if base in self._component_key:
            return self._component_key[base]
        if base not in self.aliases:
            return base
        component = nx.node_connected_component(self.aliases, base)
        curated = sorted(k for k in component if k in self.gazetteer) or sorted(
            k for k in component if k in self.entities)
        if curated:
            key = curated[0]
        else:
            shorts = sorted(k for k in component if k in self.short_forms)
            key = shorts[0] if shorts else max(
                sorted(component), key=lambda k: sum(self.surface_votes[k].values()))
        for k in component:
            self._component_key[k] = key
        return key

    def _info(self, key: str, name_hint: str | None = None, type_hint: str | None = None) -> EntityInfo:
        """The entity node of a key, made once. A family (Llama-2 for Llama-2-7B) is made
        through here too, so it gets its own family whichever way it was first reached."""
        info = self.entities.get(key)
        if info is not None:
            if info.family and key not in self._making:
                # seeded from a build killed between writing a variant and its family, or
                # its family's family (FLAN-PaLM 62B -> FLAN-PaLM -> PaLM): the missing one is made
                self._make_family(key, info.family, self.gazetteer_family.get(key) or family_of(info.name) or key,
                                  info.type)
            return info
        votes = self.type_votes.get(key)
        if key in self.gazetteer:
            name, etype, hib = self.gazetteer[key]
        else:
            surfaces = self.surface_votes.get(key)
            name = surfaces.most_common(1)[0][0] if surfaces else (name_hint or key)
            etype = min(votes, key=lambda t: (-votes[t], TYPE_ORDER[t])) if votes else (type_hint or "Method")
            hib = None
        if type_hint and not votes and key not in self.gazetteer:
            etype = type_hint
        family = None
        # a model's family comes from the gazetteer or its name (Llama-2-7B -> Llama-2); an
        # edition of a dataset or a version of a method from the gazetteer (PASCAL VOC 2012
        # -> PASCAL VOC, MoCo v2 -> MoCo); a family is of its variant's type
        family_name = self.gazetteer_family.get(key) or (family_of(name) if etype == "Model" else None)
        if family_name and entity_key(family_name) != key:
            family = self.canonical_key(entity_key(family_name))
            if family == key or family in self._making or \
                    self._make_family(key, family, family_name, etype).type != etype:
                family = None
        info = EntityInfo(key=key, name=name, type=etype, higher_is_better=hib, family=family, alias_keys=[key])
        assert info.type in ENTITY_TYPES
        self.entities[key] = info
        self._new.add(key)
        self.aliases.add_node(key)
        return info

    def _make_family(self, key: str, family: str, family_name: str, etype: str) -> EntityInfo:
        self._making.add(key)  # guards against a cycle of families
        try:
            return self._info(family, name_hint=family_name, type_hint=etype)
        finally:
            self._making.discard(key)

    # -- resolving ---------------------------------------------------------------------

    def resolve(self, batch: list[PaperExtraction]) -> list[PaperExtraction]:
        """Fill entity keys on mentions, relations and results of a batch (in place).
        Call commit() with the keys that were written before the next batch; without
        it, the next resolve() keeps every entity this one made."""
        if self._open:
            self.commit()
        self._open = True
        self._learn(batch)

        keys: dict[str, str] = {}  # names recur across a batch's papers

        def key_of(name: str, type_hint: str | None = None) -> str:
            key = keys.get(name)
            if key is None:
                key = keys[name] = self.canonical_key(entity_key(name))
                # (a name no mention wrote, a result's variant "PPMA-T", is shown as written)
                self._info(key, name_hint=name, type_hint=type_hint)
            return key

        for ex in batch:
            for m in ex.entities + ex.introduced:
                m.key = key_of(m.canonical)
                m.type = self.entities[m.key].type
            for r in ex.relations:
                r.source_key = r.source if r.source_type == "Paper" else key_of(r.source, r.source_type)
                r.target_key = key_of(r.target, r.target_type)
                r.target_type = self.entities[r.target_key].type
                if r.source_type != "Paper":
                    r.source_type = self.entities[r.source_key].type
            for res in ex.results:
                res.metric_key = key_of(res.metric) if res.metric else ""
                res.dataset_key = key_of(res.dataset) if res.dataset else ""
                res.subject_key = key_of(res.subject, res.subject_type) if res.subject else ""
                if res.metric_key and self.entities[res.metric_key].type != "Metric":
                    res.metric_key = ""
                if res.dataset_key and self.entities[res.dataset_key].type != "Dataset":
                    res.dataset_key = ""
                if res.subject_key and self.entities[res.subject_key].type not in ("Method", "Model"):
                    res.subject_key = ""
        self._record_alias_keys()
        return batch

    def _record_alias_keys(self) -> None:
        """Every base key this batch touched, on the entity its component resolves to (in
        key order: a set's order changes with each process' string hashing, and the graph
        should not)."""
        for base in sorted(self._learned):
            key = self.canonical_key(base)
            info = self.entities.get(key)
            if info is not None and base not in info.alias_keys:
                info.alias_keys.append(base)
                if key not in self._new:
                    self.grown.add(key)

    def commit(self, written: set[str] | None = None) -> None:
        """End a batch: keep the entities that were written (all when `written` is None),
        and forget what no written entity took up, as a store-seeded resolver would."""
        if written is not None:
            for key in self._new - written:
                del self.entities[key]
        seen: set[str] = set()
        for base in self._learned | self._new:
            if base in self.aliases and base not in seen:
                component = nx.node_connected_component(self.aliases, base)
                seen |= component
                if not any(k in self.entities for k in component):
                    self.aliases.remove_nodes_from(component)
        self.type_votes.clear()
        self.surface_votes.clear()
        self.short_forms.clear()
        self.grown.clear()
        self._new.clear()
        self._learned.clear()
        self._component_key.clear()
        self._open = False


def resolve_all(batches: Iterable[list[PaperExtraction]], resolver: Resolver | None = None):
    """Resolve a stream of batches with one Resolver; yields each resolved batch."""
    resolver = resolver or Resolver()
    for batch in batches:
        yield resolver.resolve(batch)
