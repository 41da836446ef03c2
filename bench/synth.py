"""Synthesise N realistic paper abstracts from the samples, for benchmarks.

Each synthetic paper takes 5-9 sentences drawn from different sample abstracts (so the
names, datasets, metrics and result sentences the extractor looks for occur at the
samples' density), with numbers perturbed, under a new title made from sample title
words and a new coined system name ("QuarkFormer: …"). Deterministic for a seed;
written as JSON lines, gzip'd, one paper at a time (never all in memory).

    python bench/synth.py 100000 --out /tmp/kg-bench/papers-100000.jsonl.gz --seed 7
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])")
NUMBER = re.compile(r"(?<![\w.-])(\d+(?:\.\d+)?)(?![\w-])")
SYLLABLES = ["neo", "quark", "lumi", "astra", "vec", "tera", "orbi", "sigma", "hexa", "corti", "flux", "mira",
             "zen", "poly", "cogni", "aero", "nova", "byte", "graph", "tensor", "lex", "medi", "robo", "sona"]
SUFFIXES = ["Former", "Net", "GPT", "BERT", "LM", "Diff", "Seg", "Bench", "QA", "Mix", "RL", "-7B", "-13B", "Vision"]
AUTHORS_FIRST = ["Wei", "Anna", "Ravi", "Lena", "Jun", "Maria", "Omar", "Sofia", "Kenji", "Ada", "Luis", "Mei"]
AUTHORS_LAST = ["Zhang", "Müller", "Patel", "Rossi", "Kim", "Garcia", "Nguyen", "Ivanova", "Okafor", "Silva"]


def sample_corpus() -> tuple[list[list[str]], list[str]]:
    """(sentences of each sample abstract, words of sample titles)."""
    from kg.rejects import RejectSink
    from loaders import read_papers

    abstracts, title_words = [], []
    for paper in read_papers([ROOT / "samples"], RejectSink()):
        sentences = [s.strip() for s in SENTENCE.split(paper.abstract) if len(s.strip()) > 20]
        if sentences:
            abstracts.append(sentences)
        title_words += [w for w in re.findall(r"[A-Za-z][A-Za-z-]+", paper.title.split(":")[-1]) if len(w) > 2]
    return abstracts, title_words


def _perturb(match: re.Match, rng: random.Random) -> str:
    text = match.group(1)
    if len(text) == 4 and text.startswith(("19", "20")) and "." not in text:
        return text  # a year
    value = float(text) * rng.uniform(0.8, 1.2)
    if "." in text:
        return f"{value:.{len(text.split('.')[1])}f}"
    return str(max(1, round(value)))


def coined_name(rng: random.Random) -> str:
    name = "".join(rng.sample(SYLLABLES, 2)).capitalize()
    return name + rng.choice(SUFFIXES) if rng.random() < 0.7 else name


def papers(n: int, seed: int = 0):
    """Yield n synthetic paper records (dicts), deterministically for `seed`."""
    rng = random.Random(seed)
    abstracts, title_words = sample_corpus()
    for i in range(n):
        sources = rng.sample(abstracts, rng.randint(5, 9))
        sentences = [rng.choice(s) for s in sources]
        name = coined_name(rng)
        if rng.random() < 0.6:  # most papers introduce a system, like the samples do
            sentences.insert(rng.randint(0, 2), f"We propose {name}, a new approach for "
                             f"{' '.join(rng.sample(title_words, 2)).lower()}.")
        abstract = NUMBER.sub(lambda m: _perturb(m, rng), " ".join(sentences))
        words = " ".join(w.capitalize() if rng.random() < 0.5 else w.lower()
                         for w in rng.sample(title_words, rng.randint(3, 7)))
        title = f"{name}: {words}" if rng.random() < 0.5 else words
        yield {
            "id": f"synth:{seed}:{i}",
            "title": title,
            "abstract": abstract,
            "authors": [f"{rng.choice(AUTHORS_FIRST)} {rng.choice(AUTHORS_LAST)}" for _ in range(rng.randint(1, 5))],
            "date": f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }


def write(n: int, out: Path, seed: int = 0) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=3) as f:
        for record in papers(n, seed):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(out)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    write(args.n, args.out, args.seed)
    print(f"wrote {args.n} papers to {args.out}")


if __name__ == "__main__":
    main()
