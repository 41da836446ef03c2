"""Where kg's non-Python files are: the source tree when run from a checkout, the
bundled copies inside the installed package otherwise (see pyproject's force-include)."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_BUNDLED = PACKAGE_DIR / "_bundled"
_SOURCE_ROOT = PACKAGE_DIR.parent


def _resource_dir(name: str) -> Path:
    bundled = _BUNDLED / name
    return bundled if bundled.is_dir() else _SOURCE_ROOT / name


def schema_dir() -> Path:
    return _resource_dir("schema")


def queries_dir() -> Path:
    return _resource_dir("queries")


def samples_dir() -> Path:
    return _resource_dir("samples")


def data_dir() -> Path:
    """Gazetteers and patterns: package data under kg/data, or the directory named by
    KG_EXTRACT_DATA (to try curated lists and patterns without touching the package)."""
    override = os.environ.get("KG_EXTRACT_DATA")
    return Path(override) if override else PACKAGE_DIR / "data"
