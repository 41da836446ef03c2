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
    for batch in collected_after_each(range(6)):  # batches 3 and 5 get a young collection only
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


def test_the_old_generation_is_collected_in_full_only_after_batches_1_2_4_8():
    """A full collection walks everything alive; after every batch of a long build that
    would be quadratic."""
    full_after = []
    done = 0

    def record(phase, info):
        if phase == "start" and info["generation"] == 2:
            full_after.append(done)

    gc.callbacks.append(record)
    try:
        for done in collected_after_each(range(1, 11)):
            pass
    finally:
        gc.callbacks.remove(record)
    assert full_after == [1, 2, 4, 8, 10]  # the last: the pause ending


def test_a_batch_the_consumer_let_go_of_is_freed_before_the_collector_runs():
    """The collector walks every object alive; the batch just written is not among them
    once the loop has let go of it (enumerate's reused tuple used to keep it)."""
    alive_at_collection = []
    watched: list[weakref.ref] = []

    def look(phase, info):
        if phase == "start" and watched:
            alive_at_collection.append(watched[-1]() is not None)

    gc.callbacks.append(look)
    try:
        for batch in collected_after_each(Node() for _ in range(4)):
            watched.append(weakref.ref(batch))
            del batch
    finally:
        gc.callbacks.remove(look)
    assert alive_at_collection and not any(alive_at_collection)


def test_extraction_leaves_no_cycles_and_runs_no_collection(nlp, sample_papers):
    """extract_batch pauses the collector and does not run it after (a collection would
    walk every result it returns): that is safe only while its garbage has no cycles."""
    from kg.extract import extract_batch

    extract_batch(nlp, sample_papers[:20])  # first use fills lazy caches (patterns, regexes)
    collections = []

    def record(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    threshold = gc.get_threshold()
    gc.set_threshold(10 ** 9)  # no automatic collection: any one seen is extract_batch's
    gc.callbacks.append(record)
    try:
        results = extract_batch(nlp, sample_papers)
        assert results and gc.isenabled()
        assert collections == []
        del results
        assert gc.collect() == 0, "extraction left garbage only the cycle collector frees"
    finally:
        gc.callbacks.remove(record)
        gc.set_threshold(*threshold)
