"""Throughput and memory benchmark of ``pressefakten extract``.

Builds an archive of N articles from the bundled corpus (every copy varied, so that every
file is unique and no cache can cheat), then measures, each in a fresh subprocess:

* the bare spaCy pass: read the files and ``list(nlp.pipe(texts, batch_size=32))`` with the
  same model (``pipeline.nlp.loading.load_nlp("default")``) — the floor no extraction pipeline can beat;
* ``pressefakten extract`` as in production (``python -m pipeline extract``), cold result
  cache and fresh output folder, with each ``--workers`` value;
* a second, unchanged run over the same output folder (incremental: everything reused);
* optionally (``--memory-check``) peak memory with 1,000 and with 10,000 articles;
* instead, with ``--big-articles 1 5 10``: peak memory and time of one article of each size in
  MB (see ``bench/big_articles.py``).

Each measurement is repeated (``--repeat``, default 3; the runs of a round interleaved) and
the fastest kept: on a shared machine a slower repeat only measures the other jobs.

Peak memory is the largest sum of RSS over the process tree (the command and its worker
processes), sampled every 0.1 s with psutil. Forked workers share the model's pages with
their parent, so the sum over-counts: it is an upper bound.

Run from the project root::

    .venv/bin/python bench/run_bench.py --articles 1000 --workers 1 2   (or: make bench)

Figures are printed; nothing here asserts a speed (timings belong in this script, never in
unit tests).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from big_articles import measure_big_articles  # bench/ is the script's folder

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = ROOT / "pipeline" / "data"
SAMPLE_EVERY_S = 0.1

#: Towns frequent in the corpus; each copy maps them to other Saxon municipalities.
TOWNS = (
    "Dresden",
    "Leipzig",
    "Chemnitz",
    "Plauen",
    "Radeberg",
    "Bautzen",
    "Görlitz",
    "Zwickau",
    "Freiberg",
    "Meißen",
    "Pirna",
    "Riesa",
    "Döbeln",
    "Grimma",
    "Torgau",
)
MONTHS = (
    *("Januar", "Februar", "März", "April", "Mai", "Juni"),
    *("Juli", "August", "September", "Oktober", "November", "Dezember"),
)
# A count before a word ("45 Netzwerkpartner", "100 Besucher"), not a day ("22. Juni") or a year.
_COUNT = re.compile(r"(?<![\d.,:/-])\b(\d{1,3})(?= [A-Za-zÄÖÜäöüß])")


# --------------------------------------------------------------------------- archive


def _municipalities() -> list[str]:
    with (DATA / "sachsen_gemeinden.csv").open(encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    return sorted(n for n in names if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?", n))


def _first_names() -> dict[str, list[str]]:
    by_gender: dict[str, list[str]] = {"m": [], "f": []}
    with (DATA / "vornamen_faker.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["gender"] in by_gender and row["name"].isalpha() and row["name"] not in MONTHS:
                by_gender[row["gender"]].append(row["name"])
    return by_gender


@dataclass
class Varier:
    """Deterministic variations of a text: copy ``k`` of a file always reads the same."""

    towns: list[str] = field(default_factory=_municipalities)
    names: dict[str, list[str]] = field(default_factory=_first_names)

    def __post_init__(self) -> None:
        self.gender = {n: g for g, names in self.names.items() for n in names}
        self._town_re = re.compile(r"\b(" + "|".join(map(re.escape, TOWNS)) + r")\b")
        # A first name followed by a capitalised word: "Doreen Gust".
        self._name_re = re.compile(
            r"\b(" + "|".join(map(re.escape, sorted(self.gender, key=len, reverse=True))) + r")"
            r"(?= [A-ZÄÖÜ][a-zäöüß])"
        )

    def vary(self, text: str, k: int, source: str) -> str:
        rng = random.Random(f"{source}#{k}")
        towns = {t: rng.choice(self.towns) for t in TOWNS}
        text = self._town_re.sub(lambda m: towns[m.group(1)], text)
        text = self._name_re.sub(lambda m: rng.choice(self.names[self.gender[m.group(1)]]), text)
        text = _COUNT.sub(lambda m: str(int(m.group(1)) + rng.randint(1, 9)), text)
        text = _shuffle_body(text, rng)
        town = rng.choice(self.towns)
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2025)
        return (
            text.rstrip("\n")
            + f"\n\nDie Meldung Nr. {k} aus {town} wurde am {day}. {month} {year} aktualisiert.\n"
        )


def _shuffle_body(text: str, rng: random.Random) -> str:
    """Shuffle the body's paragraphs; the head (title, date) and the tail (contact) stay put."""
    sep = "\n\n" if text.count("\n\n") >= 4 else "\n"
    blocks = text.strip("\n").split(sep)
    if len(blocks) < 6:
        return text
    head, body, tail = blocks[:2], blocks[2:-2], blocks[-2:]
    rng.shuffle(body)
    return sep.join(head + body + tail) + "\n"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.rglob("*.txt"))


def build_archive(n: int, dest: Path) -> dict[str, int]:
    """Write ``n`` varied articles into ``dest`` (100 per sub-folder); returns counts."""
    sources = [(p.relative_to(CORPUS).as_posix(), p.read_text(encoding="utf-8")) for p in corpus_files()]
    varier = Varier()
    words = chars = 0
    for i in range(n):
        source, text = sources[i % len(sources)]
        text = varier.vary(text, i // len(sources), source)
        folder = dest / f"{i // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:06d}_{Path(source).stem[:40]}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
        chars += len(text)
    return {"articles": n, "words": words, "chars": chars}


# --------------------------------------------------------------------------- measuring


@dataclass
class Measured:
    label: str
    wall_s: float
    peak_rss_mb: float
    returncode: int
    cpu_s: float = 0.0  # user + system time of the process tree
    load: tuple[float, float] = (0.0, 0.0)  # 1-min load average before and after (other users)
    detail: dict[str, object] = field(default_factory=dict)
    walls: list[float] = field(default_factory=list)  # every repeat's wall time


def best_of(runs: list[Measured]) -> Measured:
    """The fastest of repeated runs (others only slowed by other work), with every wall time
    and the highest peak memory of all repeats."""
    chosen = min(runs, key=lambda m: m.wall_s)
    chosen.walls = [m.wall_s for m in runs]
    chosen.peak_rss_mb = max(m.peak_rss_mb for m in runs)
    return chosen


def snapshot(dest: Path, root: Path = ROOT) -> Path:
    """A frozen copy of the package (the model linked), so that edits made while the benchmark
    runs neither change the code measured nor invalidate the result cache between runs."""
    dest.mkdir(parents=True)
    shutil.copytree(root / "pipeline", dest / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    (dest / "models").symlink_to(ROOT / "models")
    return dest


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def measure(label: str, cmd: list[str], src: Path) -> Measured:
    """Run ``cmd`` and measure its wall time and the peak RSS of its process tree."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    peak = 0
    load_before = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=src, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc = psutil.Process(child.pid)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc))
            done.wait(SAMPLE_EVERY_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    done.set()
    sampler.join()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if child.returncode not in (0, 1):  # 1: some articles failed, still a complete run
        sys.stderr.write(f"{label}: exit {child.returncode}\n{err[-3000:]}\n")
    detail: dict[str, object] = {}
    if out.strip().startswith("{"):
        detail = json.loads(out.strip().splitlines()[-1])
    return Measured(
        label, wall, peak / 2**20, child.returncode, cpu, (load_before, os.getloadavg()[0]), detail
    )


def run_pipeline(label: str, archive: Path, out: Path, workers: int, src: Path) -> Measured:
    cmd = [sys.executable, "-m", "pipeline", "extract", str(archive), "--out", str(out)]
    cmd += ["--workers", str(workers), "--quiet"]
    result = measure(label, cmd, src)
    run_json = out / "run.json"
    if run_json.exists():
        manifest = json.loads(run_json.read_text(encoding="utf-8"))
        result.detail = {"timings": manifest["timings_s"], "inputs": manifest["inputs"]}
    return result


def run_baseline(archive: Path, src: Path) -> Measured:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--baseline-only", str(archive)]
    return measure("bare spaCy nlp.pipe", cmd, src)


def baseline_only(archive: Path) -> None:
    """In a subprocess: load the model, read every file, ``nlp.pipe`` them; print timings."""
    t0 = time.perf_counter()
    from pipeline.nlp.loading import load_nlp

    nlp = load_nlp("default")
    t1 = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(archive.rglob("*.txt"))]
    t2 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    t3 = time.perf_counter()
    print(
        json.dumps(
            {
                "load_s": round(t1 - t0, 3),
                "read_s": round(t2 - t1, 3),
                "pipe_s": round(t3 - t2, 3),
                "docs": len(docs),
                "pipes": nlp.pipe_names,
            }
        )
    )


# --------------------------------------------------------------------------- report


def _row(m: Measured, counts: dict[str, int]) -> str:
    return (
        f"{m.label:<34} {m.wall_s:>8.1f} {counts['articles'] / m.wall_s:>10.1f} "
        f"{counts['words'] / m.wall_s:>10.0f} {m.peak_rss_mb:>10.0f} {m.cpu_s:>8.1f} "
        f"{m.load[0]:>5.1f}/{m.load[1]:<4.1f}"
    )


HEADER = (
    f"{'run':<34} {'wall s':>8} {'articles/s':>10} {'words/s':>10} {'peak MB':>10} {'CPU s':>8} "
    f"{'load before/after':>10}"
)


def _inner(m: Measured) -> str:
    t = m.detail.get("timings")
    if isinstance(t, dict):
        return "  ".join(f"{k}={v}" for k, v in t.items())
    if "pipe_s" in m.detail:
        return f"load_s={m.detail['load_s']}  read_s={m.detail['read_s']}  pipe_s={m.detail['pipe_s']}"
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="archive size (default: 1000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default: 1 2)")
    parser.add_argument(
        "--memory-check", action="store_true", help="also compare peak memory of 1,000 vs 10,000 articles"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each measurement, best kept (default: 3)"
    )
    parser.add_argument(
        "--big-articles",
        type=float,
        nargs="*",
        metavar="MB",
        help="instead of the archive runs: peak memory and time of one article of each size, "
        "e.g. --big-articles 1 5 10",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary archive and outputs")
    parser.add_argument(
        "--src",
        type=Path,
        default=ROOT,
        help="project folder whose pipeline/ is measured (default: this checkout); to compare a patched copy",
    )
    parser.add_argument("--baseline-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline_only:
        baseline_only(args.baseline_only)
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="pressefakten-bench-"))
    print(f"work folder: {tmp}  (CPUs: {os.cpu_count()}, Python {sys.version.split()[0]})")
    try:
        src = snapshot(tmp / "src", args.src.resolve())
        if args.big_articles:
            measure_big_articles(args.big_articles, tmp, src, corpus_files(), measure)
            return 0
        archive = tmp / "archive"
        clock = time.perf_counter()
        counts = build_archive(args.articles, archive)
        print(
            f"archive: {counts['articles']} articles, {counts['words']:,} words, {counts['chars']:,} chars "
            f"(built in {time.perf_counter() - clock:.1f}s)\n"
        )
        # Rounds interleave the runs, so that a slow spell of the machine hits all of them.
        repeats: dict[str, list[Measured]] = {}
        for _ in range(max(1, args.repeat)):
            repeats.setdefault("bare", []).append(run_baseline(archive, src))
            for k, workers in enumerate(args.workers):
                out = tmp / f"out-w{workers}"
                shutil.rmtree(out, ignore_errors=True)  # cold: no result cache, no tables
                label = f"pipeline, {workers} worker(s), cold"
                repeats.setdefault(label, []).append(run_pipeline(label, archive, out, workers, src))
                if k == 0:
                    label = f"pipeline, {workers} worker(s), unchanged"
                    repeats.setdefault(label, []).append(run_pipeline(label, archive, out, workers, src))
        base = best_of(repeats["bare"])
        runs = {w: best_of(repeats[f"pipeline, {w} worker(s), cold"]) for w in args.workers}
        incremental = best_of(repeats[f"pipeline, {args.workers[0]} worker(s), unchanged"])

        print(HEADER)
        for m in [base, *runs.values(), *([incremental] if incremental else [])]:
            print(_row(m, counts))
        print()
        for m in [base, *runs.values(), *([incremental] if incremental else [])]:
            walls = " / ".join(f"{w:.1f}" for w in m.walls)
            print(f"  {m.label}: {_inner(m)}   (wall s of the {len(m.walls)} repeats: {walls})")
        print("\nratios")
        first = min(runs)
        print(
            f"  pipeline ({first} worker) / bare spaCy, throughput: {base.wall_s / runs[first].wall_s:.2f}"
            "   (target >= 0.70)"
        )
        print(
            f"  same, by CPU time (robust when other jobs share the machine): "
            f"{base.cpu_s / runs[first].cpu_s:.2f}"
        )
        pipe_s = base.detail.get("pipe_s")
        extract_s = runs[first].detail.get("timings", {}).get("extract_s")  # type: ignore[union-attr]
        if pipe_s and extract_s:
            print(
                f"  same, model load and table writing excluded (nlp.pipe / extract_s): "
                f"{float(pipe_s) / float(extract_s):.2f}"
            )
        for workers in sorted(runs):
            if workers != first:
                print(
                    f"  {workers} workers / {first} worker, throughput: "
                    f"{runs[first].wall_s / runs[workers].wall_s:.2f}   (ideal {workers / first:.1f})"
                )
                print(
                    f"  {workers} workers / {first} worker, CPU time (extra work of the pool; 1.00 = none): "
                    f"{runs[workers].cpu_s / runs[first].cpu_s:.2f}"
                )
        if incremental:
            print(
                f"  unchanged run / first run, time: {incremental.wall_s / runs[first].wall_s:.3f}"
                "   (target < 0.05)"
            )

        if args.memory_check:
            _memory_check(tmp, sorted(args.workers), src)
        return 0
    finally:
        if args.keep:
            print(f"\nkept: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def _memory_check(tmp: Path, workers: list[int], src: Path) -> None:
    """Peak memory (and throughput) over 1,000 and 10,000 articles, for each worker count."""
    peaks: dict[tuple[int, int], Measured] = {}
    for n in (1_000, 10_000):
        archive = tmp / f"archive-{n}"
        counts = build_archive(n, archive)
        for w in workers:
            print(f"\nmemory check, {n:,} articles, {w} worker(s), cold")
            print(HEADER)
            m = run_pipeline(f"pipeline, {n} articles, {w} w", archive, tmp / f"out-mem-{n}-{w}", w, src)
            peaks[(n, w)] = m
            print(_row(m, counts), " ", _inner(m))
            shutil.rmtree(tmp / f"out-mem-{n}-{w}", ignore_errors=True)
        shutil.rmtree(archive, ignore_errors=True)
    print()
    for w in workers:
        ratio = peaks[(10_000, w)].peak_rss_mb / peaks[(1_000, w)].peak_rss_mb
        print(f"  peak memory 10,000 / 1,000 articles, {w} worker(s): {ratio:.2f}   (target <= 1.20)")
    first = min(workers)
    for w in workers:
        if w != first:
            speedup = peaks[(10_000, first)].wall_s / peaks[(10_000, w)].wall_s
            print(f"  10,000 articles: {w} workers / {first} worker, throughput: {speedup:.2f}")


if __name__ == "__main__":
    sys.exit(main())
