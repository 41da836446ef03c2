"""Facts about local processes, shared by the servers kg starts (FalkorDB, Neo4j)."""

from __future__ import annotations

import os


def pid_alive(pid: int | None) -> bool:
    """Whether a process runs under this pid; a zombie (exited, not yet reaped) does not."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(") ", 1)[1][:1] != "Z"
    except (OSError, IndexError):
        return True
