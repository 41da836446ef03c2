#!/usr/bin/env python3
"""Validate kg/data/gazetteers/*.jsonl and generic.txt.

Checks
  * every line is a JSON object with a non-empty "name", a "type" that matches its file,
    "aliases" (list of non-empty strings) and only known optional keys;
  * metrics carry a boolean "higher_is_better"; "family" is a string; "case_sensitive" a bool;
    "other_senses" maps a form of the entry to {"before"/"after": [lower-case words]};
    "after_number_only" lists forms of the entry (as written) that name it only after a number, and
    "case_sensitive_aliases" aliases matched as written only;
  * no duplicate name within a type;
  * no surface form (name or alias, lowercased and whitespace-normalised) maps to two
    different entities, within or across types -- reported as conflicts -- unless every one of
    them is matched as written, each in a case of its own ("TnT", "TNT");
  * with spaCy installed, the same check on the *token* sequence the PhraseMatcher(attr=LOWER)
    would see (e.g. "CNN/DM" vs "CNN / DM");
  * no name/alias is listed in generic.txt or is a spaCy stop word (unless case_sensitive);
  * aliases that only differ from the name/other aliases by case are flagged (useless).
Prints counts per type; exit status 1 if any error was found.

usage: python tools/check_gazetteers.py [--dir kg/data/gazetteers] [--no-spacy] [-q]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

FILES = {
    "methods.jsonl": "Method",
    "models.jsonl": "Model",
    "datasets.jsonl": "Dataset",
    "metrics.jsonl": "Metric",
    "tasks.jsonl": "Task",
}
REQUIRED = {"name", "type", "aliases"}
OPTIONAL = {"family", "higher_is_better", "case_sensitive", "source", "other_senses", "after_number_only",
            "case_sensitive_aliases"}
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteers"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def _exact_forms(rec: dict, form: str) -> set[str] | None:
    """The forms of `rec` that fold to `form` as matched as written, or None when one of them
    is matched in any case."""
    exact = set()
    for f in [rec["name"], *rec["aliases"]]:
        if norm(f) == form:
            if not (rec.get("case_sensitive") or f in rec.get("case_sensitive_aliases", ())):
                return None
            exact.add(f)
    return exact


def _written_apart(recs: list[dict], form: str) -> bool:
    """Entries sharing a folded form that are all matched as written, each in its own case: "TnT"
    (the tagger) and "TNT" (Tanks and Temples) name two things."""
    seen: set[str] = set()
    for rec in recs:
        exact = _exact_forms(rec, form)
        if exact is None or exact & seen:
            return False
        seen |= exact
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--no-spacy", action="store_true", help="skip the token-level conflict check")
    ap.add_argument("-q", "--quiet", action="store_true", help="only print errors and counts")
    args = ap.parse_args(argv)

    errors: list[str] = []
    warnings: list[str] = []
    gdir: Path = args.dir

    generic_path = gdir / "generic.txt"
    generic: set[str] = set()
    if not generic_path.exists():
        errors.append(f"missing {generic_path}")
    else:
        for i, line in enumerate(generic_path.read_text(encoding="utf-8").splitlines(), 1):
            t = line.strip()
            if not t or t.startswith("#"):
                continue
            if t != t.lower():
                errors.append(f"generic.txt:{i}: term not lowercase: {t!r}")
            generic.add(norm(t))

    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except Exception:  # pragma: no cover - spaCy is a dependency of kg
        STOP_WORDS = set()

    entities: list[dict] = []  # with _file/_line
    counts: dict[str, int] = {}
    alias_counts: dict[str, int] = {}
    for fn, etype in FILES.items():
        path = gdir / fn
        if not path.exists():
            errors.append(f"missing {path}")
            continue
        names: dict[str, int] = {}
        n = 0
        n_alias = 0
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{fn}:{i}"
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: invalid JSON ({e})")
                continue
            if not isinstance(rec, dict):
                errors.append(f"{where}: not a JSON object")
                continue
            missing = REQUIRED - rec.keys()
            if missing:
                errors.append(f"{where}: missing keys {sorted(missing)}")
                continue
            unknown = rec.keys() - REQUIRED - OPTIONAL
            if unknown:
                errors.append(f"{where}: unknown keys {sorted(unknown)}")
            name = rec["name"]
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                errors.append(f"{where}: bad name {name!r}")
                continue
            if rec["type"] != etype:
                errors.append(f"{where}: type {rec['type']!r} != {etype!r} expected for {fn}")
            aliases = rec["aliases"]
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() and a == a.strip() for a in aliases):
                errors.append(f"{where}: aliases must be a list of non-empty, stripped strings")
                continue
            if etype == "Metric":
                if not isinstance(rec.get("higher_is_better"), bool):
                    errors.append(f"{where}: metric {name!r} needs boolean higher_is_better")
            elif "higher_is_better" in rec:
                errors.append(f"{where}: higher_is_better only allowed on metrics")
            if "family" in rec and (not isinstance(rec["family"], str) or not rec["family"].strip()):
                errors.append(f"{where}: family must be a non-empty string")
            if "case_sensitive" in rec and not isinstance(rec["case_sensitive"], bool):
                errors.append(f"{where}: case_sensitive must be a bool")
            forms = {f.lower() for f in [name, *rec.get("aliases", [])]}
            for form, sides in rec.get("other_senses", {}).items():
                if form not in forms:
                    errors.append(f"{where}: other_senses names {form!r}, no form of {name!r}")
                if not isinstance(sides, dict) or not sides or set(sides) - {"before", "after"} or not all(
                        isinstance(words, list) and all(isinstance(w, str) and w == w.lower() for w in words)
                        for words in sides.values()):
                    errors.append(f"{where}: other_senses[{form!r}] must map 'before'/'after' to lower-case words")
            for form in (*rec.get("after_number_only", []), *rec.get("case_sensitive_aliases", [])):
                if form not in (name, *rec.get("aliases", [])):
                    errors.append(f"{where}: {form!r} is no form of {name!r}")
            key = norm(name)
            if key in names:
                errors.append(f"{where}: duplicate {etype} name {name!r} (first at line {names[key]})")
            names[key] = i
            if "source" in rec and not isinstance(rec["source"], str):
                errors.append(f"{where}: source must be a string")
            # case-sensitive entries are matched on the exact string, so case variants are meaningful there
            fold = (lambda x: re.sub(r"\s+", " ", x.strip())) if rec.get("case_sensitive") else norm
            seen = {fold(name)}
            for a in aliases:
                if fold(a) in seen:
                    warnings.append(f"{where}: {name!r}: alias {a!r} repeats another form" + ("" if rec.get("case_sensitive") else " up to case"))
                seen.add(fold(a))
            rec["_where"] = where
            entities.append(rec)
            n += 1
            n_alias += len(aliases)
        counts[etype] = n
        alias_counts[etype] = n_alias

    # surface-form conflicts (string level)
    surface: dict[str, list[dict]] = defaultdict(list)
    for rec in entities:
        for form in dict.fromkeys(norm(f) for f in [rec["name"], *rec["aliases"]]):
            surface[form].append(rec)
            if form in generic:
                errors.append(f"{rec['_where']}: {rec['type']} {rec['name']!r}: form {form!r} is in generic.txt")
            if form in STOP_WORDS and not rec.get("case_sensitive"):
                errors.append(f"{rec['_where']}: {rec['type']} {rec['name']!r}: form {form!r} is a stop word")
    n_conflicts = 0
    for form, recs in sorted(surface.items()):
        if len(recs) > 1 and not _written_apart(recs, form):
            n_conflicts += 1
            who = "; ".join(f"{r['type']} {r['name']!r} ({r['_where']})" for r in recs)
            errors.append(f"conflict: {form!r} -> {who}")

    # token-level conflicts, as the PhraseMatcher(attr='LOWER') sees them
    if not args.no_spacy:
        try:
            import spacy

            nlp = spacy.blank("en")
        except Exception as e:  # pragma: no cover
            warnings.append(f"spaCy unavailable, token check skipped ({e})")
        else:
            tok_forms: dict[tuple[str, ...], dict[int, tuple[dict, str]]] = defaultdict(dict)
            for idx, rec in enumerate(entities):
                for f in [rec["name"], *rec["aliases"]]:
                    toks = tuple(t.lower_ for t in nlp.make_doc(f))
                    tok_forms[toks].setdefault(idx, (rec, f))
            for toks, by_ent in tok_forms.items():
                if len(by_ent) > 1:
                    forms = {norm(f) for _, f in by_ent.values()}
                    if len(forms) == 1:
                        continue  # already reported as a string-level conflict
                    who = "; ".join(f"{r['type']} {r['name']!r} via {f!r}" for r, f in by_ent.values())
                    errors.append(f"token conflict: {' '.join(toks)!r} -> {who}")

    if not args.quiet:
        for w in warnings:
            print("warning:", w)
    for e in errors:
        print("error:", e)
    total = sum(counts.values())
    print()
    print(f"{'type':<8} {'entries':>8} {'aliases':>8}")
    for t in ("Method", "Model", "Dataset", "Metric", "Task"):
        print(f"{t:<8} {counts.get(t, 0):>8} {alias_counts.get(t, 0):>8}")
    print(f"{'total':<8} {total:>8} {sum(alias_counts.values()):>8}")
    print(f"generic terms: {len(generic)}; surface conflicts: {n_conflicts}; errors: {len(errors)}; warnings: {len(warnings)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
