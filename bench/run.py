"""kg benchmarks in one run: writes BENCHMARKS.md and bench/results.json.

    python bench/run.py                                   # defaults below
    python bench/run.py --sizes 10000,100000 --rss-sizes 10000,100000,1000000
    python bench/run.py --sizes 2000 --rss-sizes 2000 --neo4j skip   # a quick smoke run

Measures, on synthetic abstracts made from the samples (bench/synth.py):
  1. extraction abstracts/s in one process (`extract_batch` over CHUNK-sized batches) and
     its ratio to spaCy's bare tokenizer over the same texts; and the same ratio over real
     abstracts (the samples' and SciERC's, --scierc), which bring new words as real text does;
  2. write rows/s per store: `writer.write_rows` alone on precomputed rows;
  3. `kg build` papers/s end to end (loading, extraction, resolution, writes) into the
     embedded store, per --build-workers setting and size; and into Neo4j if one is found;
  4. p50/p95 latency of every library query (header example params) on each built graph;
  5. peak memory of `kg build` and `kg extract` runs: RSS (every 0.2 s) and PSS (every 5 s)
     of the whole process tree, split into kg's processes and the embedded FalkorDB server
     with its snapshot fork; plus /usr/bin/time's max RSS of the largest single process.
No assertions: goals are reported as met or not.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

KG = [sys.executable, "-m", "kg.cli"]
GOALS = {
    "extract_ratio": 0.35,  # of the bare tokenizer's rate
    "build_papers_per_s": 1000,
    "query_p95_ms": 100,
    "rss_bytes_at_1m": 2 * 1024 ** 3,
}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def corpus(workdir: Path, n: int, seed: int) -> Path:
    path = workdir / f"papers-{n}-s{seed}.jsonl.gz"
    if not path.exists():
        log(f"synthesising {n} papers -> {path}")
        synth.write(n, path, seed)
    return path


def read(path: Path, limit: int | None = None) -> list:
    from kg.rejects import RejectSink
    from loaders import read_papers

    return list(itertools.islice(read_papers([path], RejectSink()), limit))


# --- process-tree memory ------------------------------------------------------------

class TreeRSS:
    """Peak RSS and PSS of a command's process tree, split into kg's processes and the
    embedded server (see `_procs`), sampled in a thread."""

    def __init__(self, pid: int, also: str | None = None, every: float = 0.2, pss_every: int = 25):
        import psutil

        self.psutil, self.pid, self.also, self.every, self.pss_every = psutil, pid, also, every, pss_every
        self.peak_total = 0
        self.peak_single = 0
        self.peak_own = 0  # the command's own process tree, without the server it started
        self.peak_server = 0
        # PSS shares each page among the processes that map it: the server's BGSAVE fork
        # shares nearly all its pages with the server, which RSS counts twice
        self.peak_total_pss = 0
        self.peak_server_pss = 0
        self.cpu: dict[int, tuple[str, float]] = {}  # pid -> (group, CPU seconds when last seen)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _procs(self):
        """(process, group) pairs, the group being "server", "server fork", "workers" or
        "command": the command's tree, in which the embedded server is a child (redis-server,
        and its forks: redis-rdb-bgsave, redis-module-fork) and the extraction workers are
        multiprocessing children, plus any redis-server outside it whose command line names
        `also` (one kept from an earlier run)."""
        ps = self.psutil
        try:
            root = ps.Process(self.pid)
            tree = [root, *root.children(recursive=True)]
        except ps.NoSuchProcess:
            tree = []
        procs = {}
        for p in tree:
            try:
                cmdline = " ".join(p.cmdline())
                program = cmdline.split(" ", 1)[0]  # redis retitles itself "redis-server unixsocket:…"
                name = os.path.basename(program)
                if name.startswith("redis-"):
                    procs[p.pid] = (p, "server" if name == "redis-server" else "server fork")
                else:
                    procs[p.pid] = (p, "workers" if "multiprocessing" in cmdline else "command")
            except ps.Error:
                continue
        if self.also:
            for p in ps.process_iter(["cmdline"]):
                cmdline = " ".join(p.info["cmdline"] or [])
                if p.pid not in procs and "redis-server" in cmdline and self.also in cmdline:
                    procs[p.pid] = (p, "server")
        return procs.values()

    def cpu_seconds(self) -> dict[str, float]:
        """CPU seconds per group (the command, its extraction workers, the server with its
        finished forks), as last sampled: a process's last 0.2 s before it exits are missed,
        and so is a server fork still running then."""
        total: dict[str, float] = {}
        for group, seconds in self.cpu.values():
            total[group] = total.get(group, 0.0) + seconds
        return {group: round(seconds, 1) for group, seconds in sorted(total.items())}

    def _run(self):
        tick = 0
        while not self._stop.is_set():
            # PSS walks every page table of a many-GB server (a quarter of a core when read
            # every 0.2 s), so it is read every `pss_every`-th tick only
            with_pss = tick % self.pss_every == 0
            tick += 1
            own = server = own_pss = server_pss = 0
            for p, group in self._procs():
                try:
                    info = p.memory_full_info() if with_pss else p.memory_info()
                    times = p.cpu_times()
                except self.psutil.Error:
                    continue
                if group == "server":
                    # its snapshot and index-GC forks are counted once reaped, with the server
                    self.cpu[p.pid] = (group, times.user + times.system + times.children_user
                                       + times.children_system)
                elif group != "server fork":
                    self.cpu[p.pid] = (group, times.user + times.system)
                pss = getattr(info, "pss", 0)
                if group.startswith("server"):
                    server += info.rss
                    server_pss += pss
                else:
                    own += info.rss
                    own_pss += pss
                self.peak_single = max(self.peak_single, info.rss)
            self.peak_total = max(self.peak_total, own + server)
            self.peak_own = max(self.peak_own, own)
            self.peak_server = max(self.peak_server, server)
            if with_pss:
                self.peak_total_pss = max(self.peak_total_pss, own_pss + server_pss)
                self.peak_server_pss = max(self.peak_server_pss, server_pss)
            self._stop.wait(self.every)

    def stop(self):
        self._stop.set()
        self._thread.join()


def run_timed(args: list[str], also: str | None = None) -> dict:
    """Run a command; wall time, exit status, peak tree RSS and time -v's max RSS."""
    timev = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    full = ([timev, "-v"] if timev else []) + args
    start = time.perf_counter()
    proc = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    sampler = TreeRSS(proc.pid, also=also)
    out, err = proc.communicate()
    sampler.stop()
    wall = time.perf_counter() - start
    maxrss = None
    for line in err.splitlines():
        if "Maximum resident set size" in line:
            maxrss = int(line.split(":")[1]) * 1024
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{err[-3000:]}")
    return {"seconds": round(wall, 2), "peak_tree_rss": sampler.peak_total, "peak_kg_rss": sampler.peak_own,
            "peak_server_rss": sampler.peak_server, "peak_tree_pss": sampler.peak_total_pss,
            "peak_server_pss": sampler.peak_server_pss,
            "peak_process_rss": maxrss or sampler.peak_single, "cpu_seconds": sampler.cpu_seconds(),
            "stdout": out.strip().splitlines()[-1:]}


# --- 1. extraction vs tokenizer -----------------------------------------------------

def bench_extraction(papers: list, rounds: int = 3) -> tuple[dict, list]:
    """Extraction and the bare tokenizer over the same texts, in `rounds` disjoint slices of
    unseen papers (each pipeline meets every text for the first time, as in a build);
    the medians of the slices are reported, since one pass on a shared machine is noisy."""
    import spacy

    from kg.extract import build_nlp, extract_batch
    from kg.gcpause import paused_gc
    from kg.pipeline import CHUNK, batches

    nlp = build_nlp()
    tokenizer = spacy.blank("en").tokenizer
    warm, papers = papers[:50], papers[50:]
    extract_batch(nlp, warm)  # warm up (lazy gazetteer loads, vocab)
    for _ in tokenizer.pipe([t for p in warm for t in (p.title, p.abstract)]):
        pass
    size = len(papers) // rounds
    tokens, slices, extractions = 0, [], []
    for k in range(rounds):
        part = papers[k * size:(k + 1) * size]
        texts = [t for p in part for t in (p.title, p.abstract)]
        start = time.perf_counter()
        tokens += sum(len(doc) for doc in tokenizer.pipe(texts))
        tok_s = time.perf_counter() - start
        # kept for the writes benchmark, so paused as in a build's workers: they let go of
        # their results before the cycle collector runs, which would walk them here
        with paused_gc():
            start = time.perf_counter()
            for batch in batches(part, CHUNK):
                extractions += extract_batch(nlp, batch)
            ext_s = time.perf_counter() - start
        slices.append({"tokenizer_abstracts_per_s": round(size / tok_s, 1),
                       "extract_abstracts_per_s": round(size / ext_s, 1),
                       "ratio_to_tokenizer": round(tok_s / ext_s, 4)})
    result = {"papers": size * rounds, "tokens": tokens, "batch": CHUNK, "rounds": rounds, "slices": slices,
              **{key: statistics.median(s[key] for s in slices) for key in slices[0]}}
    return result, extractions


def real_abstracts(scierc: Path | None) -> tuple[list[str], list[str]]:
    """Abstracts people wrote: the bundled samples' (each once) and SciERC's train and dev
    (when `scierc`, a directory, holds them); and the names of the sources read."""
    from kg.evaluate import load_gold
    from kg.rejects import RejectSink
    from loaders import read_papers

    texts = list(dict.fromkeys(p.abstract for p in read_papers([ROOT / "samples"], RejectSink())))
    sources = ["the samples"]
    for name in ("train.json", "dev.json"):
        if scierc is not None and (scierc / name).exists():
            texts += [d.text for d in load_gold(scierc / name, "scierc")]
            sources.append(f"SciERC {name}")
    return texts, sources


def bench_extraction_real(texts: list[str], sources: list[str], rounds: int = 3) -> dict:
    """Extraction and the bare tokenizer over real abstracts, each pipeline built afresh and
    meeting every text for the first time (after 20 to warm up), median of `rounds`.

    The synthetic corpus reshuffles the samples' sentences, so nearly every word of it is
    in the vocabulary and every whitespace-separated chunk in the tokenizer's cache after
    the first slice: the tokenizer runs at its fastest there. Real text keeps bringing new
    words (names, numbers, rare terms), which both pipelines pay for."""
    import spacy

    from kg.extract import build_nlp, extract_batch
    from kg.gcpause import paused_gc
    from kg.models import Paper

    warm, papers = 20, [Paper(key=f"real-{i}", title="", abstract=t) for i, t in enumerate(texts)]
    per_round = []
    for _ in range(rounds):
        tokenizer = spacy.blank("en").tokenizer
        list(tokenizer.pipe(texts[:warm]))
        start = time.perf_counter()
        list(tokenizer.pipe(texts[warm:]))
        tok_s = time.perf_counter() - start
        nlp = build_nlp.__wrapped__()  # a new pipeline with a new vocabulary, not the cached one
        extract_batch(nlp, papers[:warm])
        with paused_gc():
            start = time.perf_counter()
            extract_batch(nlp, papers[warm:])
            ext_s = time.perf_counter() - start
        per_round.append((tok_s, ext_s))
    n = len(texts) - warm
    tok_s, ext_s = (statistics.median(x) for x in zip(*per_round))
    return {"abstracts": n, "sources": sources, "rounds": rounds, "tokenizer_abstracts_per_s": round(n / tok_s, 1),
            "extract_abstracts_per_s": round(n / ext_s, 1),
            "ratios": [round(t / e, 4) for t, e in per_round],
            "ratio_to_tokenizer": round(statistics.median(t / e for t, e in per_round), 4)}


# --- 2. writer alone ----------------------------------------------------------------

def make_rows(extractions: list):
    from kg.resolve import Resolver
    from kg.store.rows import graph_rows

    resolver = Resolver()
    resolver.resolve(extractions)
    return graph_rows(extractions, resolver.entities)


def bench_writes(store, rows, papers: int, label: str) -> dict:
    from kg.store import writer

    store.setup_schema()
    start = time.perf_counter()
    written = writer.write_rows(store, rows)
    seconds = time.perf_counter() - start
    return {"store": label, "rows": written, "papers": papers, "seconds": round(seconds, 3),
            "rows_per_s": round(written / seconds), "papers_per_s": round(papers / seconds)}


# --- 4. queries ---------------------------------------------------------------------

def bench_queries(store, runs: int) -> dict:
    from kg.library import library

    out = {}
    for name, query in library().items():
        params = query.bind({p.name: p.example for p in query.params})
        store.read(query.text, params)  # warm-up (plan cache)
        times, rows = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            rows = len(store.read(query.text, params))
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        out[name] = {"p50_ms": round(statistics.median(times), 2),
                     "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
                     "rows": rows, "params": params}
    return out


def neo4j_server(mode: str):
    if mode == "skip":
        return None, "skipped (--neo4j skip)"
    try:
        from kg.neo4j_local import find_neo4j
    except ImportError as exc:
        return None, f"kg.neo4j_local not available ({exc})"
    try:
        return find_neo4j()
    except Exception as exc:  # a broken local setup is a note, not a failed benchmark
        return None, f"find_neo4j failed: {exc}"


# --- report -------------------------------------------------------------------------

def mb(n) -> str:
    return f"{n / 1024 ** 2:,.0f} MB" if n else "n/a"


def ok(flag: bool) -> str:
    return "met" if flag else "NOT met"


RSS_HEADER = "peak PSS: all | server | peak RSS: all | kg's processes | server | largest process"
MEMORY = ("peak_tree_pss", "peak_server_pss", "peak_tree_rss", "peak_kg_rss", "peak_server_rss", "peak_process_rss")


def rss_cells(run: dict) -> str:
    return " | ".join(mb(run[k]) if run.get(k) is not None else "?" for k in MEMORY)


def cpu_table(builds: list[dict], cpus: int) -> list[str]:
    """Where each build's CPU went: a build on `cpus` cores cannot take less wall time than
    its CPU seconds / `cpus`."""
    rows = [b for b in builds if b.get("cpu_seconds") and b["store"] == "embedded"]
    if not rows:
        return []
    lines = ["", "CPU seconds of each build into the embedded store (sampled every 0.2 s; the last moments of a "
             "process that exits are missed): the command (reading, resolving, writing), its extraction workers "
             "and the server with its finished snapshot and index forks.", "",
             "| papers | seconds | command | workers | server | all | CPU ms/paper | bound: papers/s on "
             f"{cpus} cores |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for b in rows:
        cpu = b["cpu_seconds"]
        total = sum(cpu.values())
        lines.append(f"| {b['papers']:,} | {b['seconds']} | {cpu.get('command', 0)} | "
                     f"{cpu.get('workers', 0)} | {cpu.get('server', 0)} | {round(total, 1)} | "
                     f"{1000 * total / b['papers']:.2f} | {round(cpus * b['papers'] / total):,} |")
    return lines


def write_report(results: dict, path: Path) -> None:
    r = results
    lines = [
        "# kg benchmarks", "",
        f"Generated by `{r['command']}` on {r['machine']['when']}: {r['machine']['cpus']} CPUs, "
        f"{r['machine']['memory_gb']} GB RAM, Python {r['machine']['python']}, load average at start "
        f"{r['machine']['loadavg_start']}, at the end {r['machine'].get('loadavg_end', '?')} "
        "(other processes share the machine; rates are what it gave).",
        "Input: synthetic abstracts from `bench/synth.py` (sample sentences reshuffled, numbers "
        "perturbed, new titles), seed " + str(r["seed"]) + ".", "",
        "## Extraction (one process)", "",
    ]
    e = r["extraction"]
    rounds = e.get("rounds", 1)
    lines += [
        f"- {e['papers']} papers ({e['tokens']:,} tokens), batches of {e['batch']}"
        + (f", medians of {rounds} slices of unseen papers (ratios per slice: "
           + ", ".join(f"{s['ratio_to_tokenizer']:.1%}" for s in e["slices"]) + ")" if rounds > 1 else "") + ":",
        f"  - bare spaCy tokenizer (`spacy.blank('en').tokenizer.pipe`): **{e['tokenizer_abstracts_per_s']:,} abstracts/s**",
        f"  - `extract_batch`: **{e['extract_abstracts_per_s']:,} abstracts/s** = "
        f"**{e['ratio_to_tokenizer']:.1%}** of the tokenizer (goal ≥ 35%: {ok(e['ratio_to_tokenizer'] >= 0.35)})",
    ]
    real = r.get("extraction_real")
    if real:
        lines += [
            f"- {real['abstracts']} real abstracts ({', '.join(real['sources'])}), "
            "each pipeline built afresh and "
            f"seeing them for the first time, median of {real['rounds']} (ratios: "
            + ", ".join(f"{x:.1%}" for x in real["ratios"]) + "):",
            f"  - bare spaCy tokenizer: **{real['tokenizer_abstracts_per_s']:,} abstracts/s**",
            f"  - `extract_batch`: **{real['extract_abstracts_per_s']:,} abstracts/s** = "
            f"**{real['ratio_to_tokenizer']:.1%}** of the tokenizer",
            "  - The goal line above is judged on the synthetic papers. Their sentences are the samples' "
            "reshuffled, so after the first slice nearly every word is known to the vocabulary and the "
            "tokenizer's cache: the tokenizer runs at its fastest there. Real text keeps bringing new "
            "words, which both pipelines pay for; a long build on real text lies between the two.",
        ]
    lines += [
        "",
        "## Writes (`writer.write_rows` alone on precomputed rows)", "",
        "| store | papers | rows | seconds | rows/s | papers/s |", "|---|---:|---:|---:|---:|---:|",
    ]
    for w in r["writes"]:
        lines.append(f"| {w['store']} | {w['papers']} | {w['rows']:,} | {w['seconds']} | {w['rows_per_s']:,} | {w['papers_per_s']:,} |")
    if r.get("neo4j_note"):
        lines += ["", f"Neo4j: {r['neo4j_note']}"]
    lines += ["", "## `kg build` end to end", "",
              "| store | papers | workers | seconds | papers/s | " + RSS_HEADER + " |",
              "|---|---:|---:|---:|---:|" + "---:|" * len(MEMORY)]
    for b in r["builds"]:
        lines.append(f"| {b['store']} | {b['papers']:,} | {b['workers']} | {b['seconds']} | {b['papers_per_s']:,} | "
                     f"{rss_cells(b)} |")
    best = max((b["papers_per_s"] for b in r["builds"] if b["store"] == "embedded"), default=0)
    lines += ["", f"Goal ≥ 1,000 papers/s into the embedded store: {ok(best >= 1000)} (best {best:,}/s)."]
    built = {b["papers"] for b in r["builds"] if b["store"] == "embedded"}
    lines += cpu_table(r["builds"] + [{"store": "embedded", **m} for m in r["memory"]
                                      if m["command"] == "kg build" and m["papers"] not in built],
                       r["machine"]["cpus"])
    lines += ["", "## Library queries (p50 / p95 ms, " + str(r["query_runs"]) + " runs each, header example params)", ""]
    sizes = list(r["queries"])
    lines += ["| query | " + " | ".join(f"{s} papers" for s in sizes) + " |",
              "|---|" + "---:|" * len(sizes)]
    names = sorted({n for per in r["queries"].values() for n in per})
    for name in names:
        cells = []
        for s in sizes:
            q = r["queries"][s].get(name)
            cells.append(f"{q['p50_ms']} / {q['p95_ms']} ({q['rows']} rows)" if q else "")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    for s in sizes:
        worst = max(q["p95_ms"] for q in r["queries"][s].values())
        lines.append(f"\nAt {s} papers: worst p95 {worst} ms (goal < 100 ms at 100k: "
                     f"{ok(worst < 100) if int(s) >= 100000 else 'not measured at this size'}).")
    lines += ["", "## Peak memory", "",
              "| command | papers | workers | seconds | papers/s | " + RSS_HEADER + " |",
              "|---|---:|---:|---:|---:|" + "---:|" * len(MEMORY)]
    for m in r["memory"]:
        lines.append(f"| {m['command']} | {m['papers']:,} | {m['workers']} | {m['seconds']} | {m['papers_per_s']:,} | "
                     f"{rss_cells(m)} |")
    lines += ["", "kg's processes: the command and its extraction workers, whose memory should not grow "
              "with the number of papers; server: the embedded FalkorDB, which holds the graph itself "
              "(abstracts and evidence sentences included) and so grows with it, as any database does. "
              "PSS (proportional set size) counts a page shared by several processes once; RSS counts it in "
              "each, so the server's RSS double-counts the pages its snapshot fork (BGSAVE) shares with it."]
    for m in r["memory"]:
        if m["papers"] >= 1_000_000 and m.get("peak_kg_rss") is not None:
            whole = m.get("peak_tree_pss") or m["peak_tree_rss"]
            lines += ["", f"At {m['papers']:,} papers ({m['command']}): kg's processes peaked at "
                      f"{mb(m['peak_kg_rss'])} (goal < 2 GB: {ok(m['peak_kg_rss'] < GOALS['rss_bytes_at_1m'])}); "
                      f"with the server, {mb(whole)} "
                      f"({ok(whole < GOALS['rss_bytes_at_1m'])} for the whole tree)."]
    if r.get("memory_slope"):
        s = r["memory_slope"]
        lines += ["", f"Peak tree RSS slope between {s['from']:,} and {s['to']:,} papers: "
                  f"{s['bytes_per_paper']:,.0f} bytes/paper; extrapolated to 1M: {mb(s['at_1m'])} "
                  f"(goal < 2 GB: {ok(s['at_1m'] < GOALS['rss_bytes_at_1m'])}, extrapolated, not measured)."]
    if r.get("notes"):
        lines += ["", "## Notes", ""] + [f"- {n}" for n in r["notes"]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="kg benchmarks -> BENCHMARKS.md, bench/results.json")
    ap.add_argument("--sizes", default="10000,100000", help="graph sizes for build and query benchmarks")
    ap.add_argument("--rss-sizes", default="10000,100000,1000000", help="sizes for the peak-RSS runs")
    ap.add_argument("--rss-command", choices=["extract", "build"], default="extract",
                    help="command measured at --rss-sizes beyond the largest --sizes (build is measured at --sizes)")
    ap.add_argument("--build-workers", default="1,all", help="worker settings for kg build ('all' = every core)")
    ap.add_argument("--extract-sample", type=int, default=6050,
                    help="papers for the one-process extraction rate (50 warm-up, then three slices)")
    ap.add_argument("--write-sample", type=int, default=2000, help="papers whose rows are written alone")
    ap.add_argument("--scierc", type=Path, default=ROOT.parent / "shared" / "data" / "scierc",
                    help="directory with SciERC train.json/dev.json: real abstracts for a second extraction rate")
    ap.add_argument("--query-runs", type=int, default=20)
    ap.add_argument("--neo4j", choices=["auto", "skip"], default="auto")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=Path(os.environ.get("KG_BENCH_DIR", "/tmp/kg-bench")))
    ap.add_argument("--note", action="append", default=[], help="a line for the report's notes (repeatable)")
    ap.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    args = ap.parse_args(argv)

    from kg.pipeline import default_workers
    from kg.store.falkordb_store import FalkorDBStore
    from kg.store.writer import delete_all

    sizes = [int(s) for s in args.sizes.split(",") if s]
    rss_sizes = [int(s) for s in args.rss_sizes.split(",") if s]
    all_workers = default_workers()
    workers_list = sorted({all_workers if w == "all" else int(w) for w in args.build_workers.split(",")})
    args.workdir.mkdir(parents=True, exist_ok=True)
    import psutil

    results = {
        "command": "python bench/run.py " + shlex.join(argv if argv is not None else sys.argv[1:]),
        "seed": args.seed,
        "machine": {"cpus": all_workers, "memory_gb": round(psutil.virtual_memory().total / 1024 ** 3, 1),
                    "python": platform.python_version(), "when": time.strftime("%Y-%m-%d %H:%M"),
                    "loadavg_start": [round(x, 2) for x in os.getloadavg()]},
        "goals": GOALS, "query_runs": args.query_runs, "builds": [], "writes": [], "queries": {},
        "memory": [], "notes": [],
    }

    def save():
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n")
        write_report(results, args.out)

    smallest = corpus(args.workdir, max(min(sizes), args.extract_sample, args.write_sample), args.seed)
    sample = read(smallest, max(args.extract_sample, args.write_sample))

    log(f"extraction rate over {args.extract_sample} papers")
    results["extraction"], extractions = bench_extraction(sample[:args.extract_sample])
    log(f"  {results['extraction']}")
    log("extraction rate over real abstracts")
    results["extraction_real"] = bench_extraction_real(*real_abstracts(args.scierc))
    log(f"  {results['extraction_real']}")

    log(f"write rows/s over {args.write_sample} papers")
    if args.write_sample > args.extract_sample:
        from kg.extract import build_nlp, extract_batch
        extractions += extract_batch(build_nlp(), sample[args.extract_sample:args.write_sample])
    rows = make_rows(extractions[:args.write_sample])
    db = args.workdir / "db-writes"
    shutil.rmtree(db, ignore_errors=True)
    with FalkorDBStore(db) as store:
        results["writes"].append(bench_writes(store, rows, args.write_sample, "embedded"))
    server, why = neo4j_server(args.neo4j)
    if server is not None:
        from kg.store.neo4j_store import Neo4jStore

        store = Neo4jStore(server.uri, server.user, server.password)
        try:
            delete_all(store)
            results["writes"].append(bench_writes(store, rows, args.write_sample, "neo4j"))
        finally:
            delete_all(store)
            store.close()
    else:
        results["neo4j_note"] = f"no Neo4j, its lines are skipped: {why}"
    log(f"  {results['writes']}")
    save()

    for size in sizes:
        path = corpus(args.workdir, size, args.seed)
        for workers in workers_list:
            db = args.workdir / f"db-{size}-w{workers}"
            shutil.rmtree(db, ignore_errors=True)
            log(f"kg build {size} papers, {workers} workers")
            run = run_timed(KG + ["build", str(path), "--data-dir", str(db), "--workers", str(workers), "-q"],
                            also=str(db))
            results["builds"].append({"store": "embedded", "papers": size, "workers": workers, **run,
                                      "papers_per_s": round(size / run["seconds"], 1)})
            log(f"  {results['builds'][-1]}")
            save()
        if server is not None:
            env_store = ["--store", "neo4j", "--neo4j-uri", server.uri, "--neo4j-user", server.user,
                         "--neo4j-password", server.password]
            store = Neo4jStore(server.uri, server.user, server.password)
            delete_all(store)
            store.close()
            log(f"kg build {size} papers into Neo4j, {all_workers} workers")
            run = run_timed(KG + ["build", str(path), "--workers", str(all_workers), "-q", *env_store])
            results["builds"].append({"store": "neo4j", "papers": size, "workers": all_workers, **run,
                                      "papers_per_s": round(size / run["seconds"], 1)})
            with Neo4jStore(server.uri, server.user, server.password) as store:
                delete_all(store)  # leave the server as found (it may be the test suite's)
            save()
        db = args.workdir / f"db-{size}-w{workers_list[-1]}"
        log(f"kg analyze and queries on {size} papers")
        with FalkorDBStore(db) as store:
            # as a user would: central-methods orders by the PageRank that kg analyze writes
            from kg.analytics import analyze

            analyze(store)
            results["queries"][str(size)] = bench_queries(store, args.query_runs)
        save()

    built = {b["papers"]: b for b in results["builds"] if b["store"] == "embedded" and b["workers"] == all_workers}
    for size in rss_sizes:
        if size in built:
            b = built[size]
            results["memory"].append({"command": "kg build", "papers": size, "workers": all_workers,
                                      "seconds": b["seconds"], "papers_per_s": b["papers_per_s"],
                                      **{k: b.get(k) for k in MEMORY}})
            if args.rss_command == "build":
                continue
        path = corpus(args.workdir, size, args.seed)
        if args.rss_command == "build":
            db = args.workdir / f"db-{size}-w{all_workers}"
            shutil.rmtree(db, ignore_errors=True)
            log(f"kg build {size} papers, {all_workers} workers (memory)")
            run = run_timed(KG + ["build", str(path), "--data-dir", str(db), "--workers", str(all_workers), "-q"],
                            also=str(db))
            shutil.rmtree(db, ignore_errors=True)
            results["memory"].append({"command": "kg build", "papers": size, "workers": all_workers, **run,
                                      "papers_per_s": round(size / run["seconds"], 1)})
            log(f"  {results['memory'][-1]}")
            save()
            continue
        out = args.workdir / f"extract-{size}.jsonl"
        log(f"kg extract {size} papers, {all_workers} workers")
        run = run_timed(KG + ["extract", str(path), "--out", str(out), "--workers", str(all_workers), "-q"])
        out.unlink(missing_ok=True)
        results["memory"].append({"command": "kg extract", "papers": size, "workers": all_workers, **run,
                                  "papers_per_s": round(size / run["seconds"], 1)})
        log(f"  {results['memory'][-1]}")
        save()
    extract_runs = sorted((m for m in results["memory"] if m["command"] == "kg extract"), key=lambda m: m["papers"])
    if len(extract_runs) >= 2 and extract_runs[-1]["papers"] < 1_000_000:
        a, b = extract_runs[0], extract_runs[-1]
        slope = (b["peak_tree_rss"] - a["peak_tree_rss"]) / (b["papers"] - a["papers"])
        results["memory_slope"] = {"from": a["papers"], "to": b["papers"], "bytes_per_paper": slope,
                                   "at_1m": b["peak_tree_rss"] + slope * (1_000_000 - b["papers"])}
    results["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    if not rss_sizes:
        results["notes"].append("Peak RSS was not measured (no --rss-sizes).")
    elif max(rss_sizes) < 1_000_000:
        results["notes"].append(f"Peak RSS was measured up to {max(rss_sizes):,} papers only"
                                + ("; the 1M figure is a linear extrapolation of the measured slope, not a "
                                   "measurement." if "memory_slope" in results else "."))
    if max(sizes) < 100_000:
        results["notes"].append("Query latencies were measured below 100k papers; the p95 < 100 ms goal at "
                                "100k is not verified by this run.")
    results["notes"] += args.note
    save()
    log(f"wrote {args.out} and {args.json}")


if __name__ == "__main__":
    main()
