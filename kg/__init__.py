"""kg: a knowledge-graph builder for research literature."""

__version__ = "0.1.0"


def open(*args, **kwargs):  # noqa: A001 - the documented entry point is kg.open
    """Open a graph; see kg.api.open."""
    from kg.api import open as open_graph

    return open_graph(*args, **kwargs)
