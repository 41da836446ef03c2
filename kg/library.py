"""The query library: one `.cypher` file per named query in queries/.

Each file starts with a header of `//` comment lines:

    // name: methods-evaluated-on
    // description: Methods and models evaluated on a dataset, most-cited first.
    // @param dataset: string = "ImageNet"
    // @param limit: integer = 25 default
    // row: one method or model, with the papers that evaluate it there.
    // :param dataset => 'ImageNet'

`@param NAME: TYPE = EXAMPLE` declares a parameter (JSON example value); a trailing
`default` makes it optional with that value. The `:param` lines are what Neo4j Browser
users run first. Everything after the header is the Cypher statement, run unchanged on
both stores with the parameters passed as query parameters, never pasted into text.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from kg.resources import queries_dir

PYTHON_TYPES = {"string": str, "integer": int, "float": float, "boolean": bool, "list": list}
_PARAM = re.compile(r"^@param\s+(\w+)\s*:\s*(\w+)\s*=\s*(.+?)\s*(\bdefault)?$")


class QueryParam(BaseModel):
    name: str
    type: str
    example: object
    required: bool = True
    default: object = None


class LibraryQuery(BaseModel):
    name: str
    description: str
    params: list[QueryParam]
    row: str = ""
    text: str  # the Cypher statement, header stripped
    path: str

    def bind(self, values: dict) -> dict:
        """Parameters for a run: declared ones only, converted to their types, defaults filled."""
        declared = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(declared))
        if unknown:
            raise ValueError(f"query {self.name!r} has no parameter {', '.join(unknown)}; "
                             f"it takes: {', '.join(declared) or 'none'}")
        bound = {}
        for p in self.params:
            if p.name in values and values[p.name] is not None:
                bound[p.name] = convert(values[p.name], p.type, p.name)
            elif p.required:
                raise ValueError(f"query {self.name!r} needs -p {p.name}=… (e.g. {p.name}={p.example})")
            else:
                bound[p.name] = p.default
        return bound


def convert(value, type_name: str, name: str = "value"):
    """A parameter value as its declared type (CLI values arrive as strings)."""
    if type_name == "string":
        return str(value)
    if type_name == "boolean":
        if isinstance(value, bool):
            return value
        if str(value).lower() in {"true", "1", "yes"}:
            return True
        if str(value).lower() in {"false", "0", "no"}:
            return False
        raise ValueError(f"parameter {name} must be true or false, not {value!r}")
    if type_name == "list":
        return value if isinstance(value, list) else [v for v in str(value).split(",") if v]
    try:
        return PYTHON_TYPES[type_name](value)
    except (TypeError, ValueError):
        raise ValueError(f"parameter {name} must be {type_name}, not {value!r}") from None


def parse_query_file(path: Path) -> LibraryQuery:
    header: dict[str, str] = {}
    params: list[QueryParam] = []
    body: list[str] = []
    in_header = True
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if in_header and (stripped.startswith("//") or not stripped):
            comment = stripped[2:].strip()
            match = _PARAM.match(comment)
            if match:
                name, type_name, example, is_default = match.groups()
                if type_name not in PYTHON_TYPES:
                    raise ValueError(f"{path}: parameter {name} has unknown type {type_name}")
                value = json.loads(example)
                params.append(QueryParam(name=name, type=type_name, example=value,
                                         required=not is_default, default=value if is_default else None))
            elif ":" in comment and not comment.startswith(":"):
                key, _, value = comment.partition(":")
                header.setdefault(key.strip().lower(), value.strip())
            continue
        in_header = False
        body.append(line)
    for required in ("name", "description"):
        if required not in header:
            raise ValueError(f"{path}: header has no '// {required}:' line")
    if header["name"] != Path(path).stem:
        raise ValueError(f"{path}: header name {header['name']!r} differs from the file name")
    return LibraryQuery(name=header["name"], description=header["description"], params=params,
                        row=header.get("row", ""), text="\n".join(body).strip().rstrip(";"), path=str(path))


@lru_cache(maxsize=1)
def library() -> dict[str, LibraryQuery]:
    """Every library query by name, sorted by name."""
    queries = [parse_query_file(p) for p in sorted(queries_dir().glob("*.cypher"))]
    return {q.name: q for q in queries}


def get(name: str) -> LibraryQuery:
    queries = library()
    if name not in queries:
        raise KeyError(f"no query named {name!r}; `kg query list` shows them")
    return queries[name]


def run(store, name: str, params: dict | None = None) -> list[dict]:
    """Run a library query read-only with bound parameters."""
    query = get(name)
    return store.read(query.text, query.bind(params or {}))
