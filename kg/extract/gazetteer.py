"""Gazetteers: curated, typed entity names with aliases, read from kg/data/gazetteers."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from kg.extract.names import entity_key
from kg.models import ENTITY_TYPES
from kg.resources import data_dir


class GazetteerEntry(BaseModel):
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    family: str | None = None
    higher_is_better: bool | None = None
    case_sensitive: bool = False  # match the exact case only (MATH, RACE, OPT: ordinary words otherwise)
    case_sensitive_aliases: list[str] = Field(default_factory=list)  # aliases matched as written only ("AP")
    # a form's other meanings, told by the words within two tokens before or after it:
    # {"translation": {"before": ["equivariant", …], "after": ["rotation", …]}}
    other_senses: dict[str, dict[str, list[str]]] = Field(default_factory=dict)
    # forms that name this entry only beside a number, right after it or before "of" and it:
    # "62.42% EM" and "an MAE of 0.52" are metrics, but "improves over EM" is the EM algorithm
    after_number_only: list[str] = Field(default_factory=list)


def gazetteer_dir() -> Path:
    return data_dir() / "gazetteers"


@lru_cache(maxsize=4)
def load_entries(directory: str | None = None) -> tuple[GazetteerEntry, ...]:
    """All gazetteer entries, in file order (methods, models, datasets, metrics, tasks)."""
    root = Path(directory) if directory else gazetteer_dir()
    entries: list[GazetteerEntry] = []
    for path in sorted(root.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    entry = GazetteerEntry(**json.loads(line))
                except Exception as exc:
                    raise ValueError(f"{path}:{number}: bad gazetteer entry: {exc}") from exc
                if entry.type not in ENTITY_TYPES:
                    raise ValueError(f"{path}:{number}: unknown type {entry.type!r}")
                entries.append(entry)
    return tuple(entries)


@lru_cache(maxsize=1)
def curated_names() -> frozenset[str]:
    """The canonical names of all gazetteer entries."""
    return frozenset(entry.name for entry in load_entries())


@lru_cache(maxsize=8)
def curated_forms(label: str) -> dict[str, str]:
    """{a curated name or alias of the type, as written: its name}: "MAE score" is mean absolute
    error, though "MAE" alone is one only beside a number; "the ADE20K semantic segmentation
    task" is on ADE20K."""
    return {form: entry.name for entry in load_entries() if entry.type == label
            for form in (entry.name, *entry.aliases)}


@lru_cache(maxsize=1)
def task_forms() -> frozenset[str]:
    """Every written form of a curated task, lower-cased: "a QA model gives … 14%" names a
    model for the task, and the task achieved nothing; "matches state-of-the-art TTS models"
    compares with no entity named TTS."""
    return frozenset(f.lower() for e in load_entries() if e.type == "Task" for f in (e.name, *e.aliases))


@lru_cache(maxsize=1)
def spelled_out() -> dict[str, frozenset[str]]:
    """{entry name: keys of its names of several words}: what a curated short form stands
    for (HLE -> Humanity's Last Exam), empty where no long form is listed."""
    return {entry.name: frozenset(entity_key(n.lower()) for n in (entry.name, *entry.aliases) if " " in n.strip())
            for entry in load_entries()}


@lru_cache(maxsize=4)
def generic_terms(directory: str | None = None) -> frozenset[str]:
    """Lower-case words and phrases that are never an entity on their own (LLM, AI, SOTA…)."""
    path = (Path(directory) if directory else gazetteer_dir()) / "generic.txt"
    if not path.exists():
        return frozenset()
    return frozenset(
        line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
