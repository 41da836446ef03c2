"""The cycle collector pause (kg.gcpause) that extraction and the build's parent use."""

import gc
import weakref

from kg.gcpause import collected_after_each, paused_gc


class Node:
    pass


def _cycle() -> weakref.ref:
    """A reference cycle only the cycle collector can free; a weak reference to watch it."""
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_each_batch_garbage_is_collected_before_the_next_batch():
    assert gc.isenabled()
    watched = []
    for batch in collected_after_each(range(3)):
        assert not gc.isenabled()  # paused while the batch is worked on
        if watched:
            assert watched[-1]() is None, "the previous batch's cycle survived"
        watched.append(_cycle())
        assert watched[-1]() is not None
    assert gc.isenabled()
    assert watched[-1]() is None


def test_the_collector_comes_back_when_a_loop_ends_early_or_fails():
    for batch in collected_after_each(range(5)):
        break
    assert gc.isenabled()
    try:
        for batch in collected_after_each(range(5)):
            raise RuntimeError("store down")
    except RuntimeError:
        pass
    assert gc.isenabled()


def test_a_caller_that_paused_the_collector_keeps_it_paused():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
