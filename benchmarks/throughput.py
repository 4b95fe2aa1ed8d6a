"""Throughput of eventwire's full extraction against plain spaCy on the same news texts.

    .venv/bin/python benchmarks/throughput.py                  # 600 articles
    .venv/bin/python benchmarks/throughput.py --articles 1000 --json bench.json

The corpus is the real article texts of the gold files (shared dev gold, the
repository's held-out gold) and examples/, repeated with their paragraphs
shuffled (a fixed seed) until there are N articles. Two phases time the same texts:

- plain:     ``eventwire.nlp.plain_pipeline()`` then ``list(nlp.pipe(texts, batch_size=32))``
- eventwire: ``list(eventwire.process(articles))``: the pipeline with eventwire's
             components, then events, quotes, actors, places and dates

Each phase runs in its own child process so that its peak memory is its own; both
pipelines are loaded and warmed up (first batch run) before the clock starts, so
load time is not counted. The headline is the ratio eventwire/plain in articles
per second (target >= 0.5: extraction at least half as fast as spaCy alone).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import platform
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO.parent / "shared" / "gold" / "dev.jsonl", REPO / "tests" / "gold" / "heldout.jsonl")
EXAMPLES = REPO / "examples"
TARGET_RATIO = 0.5
# The first articles of the corpus, run through each pipeline before timing, so lazy
# loads (gazetteer, actor dictionary, spaCy's first allocations) are not counted.
WARMUP_ARTICLES = 8


def source_articles() -> list[dict[str, Any]]:
    """Real article texts with their publication dates: gold files, then examples/*.txt."""
    found: list[dict[str, Any]] = []
    for path in SOURCES:
        if not path.exists():
            print(f"note: {path} not found, skipped", file=sys.stderr)
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                found.append({"text": record["text"], "published": record.get("published")})
    for path in sorted(EXAMPLES.glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        found.append({"text": body.strip("\n") if "Title" in fields else path.read_text(encoding="utf-8"),
                      "published": fields.get("Date")})
    if not found:
        raise SystemExit("no source articles found (gold files and examples/ are missing)")
    return found


def build_corpus(count: int, seed: int) -> list[dict[str, Any]]:
    """``count`` articles: the sources once as written, then paragraph-shuffled variants."""
    sources = source_articles()
    rng = random.Random(seed)
    corpus = []
    for index in range(count):
        source = sources[index % len(sources)]
        text = source["text"]
        if index >= len(sources):
            paragraphs = text.split("\n\n")
            rng.shuffle(paragraphs)
            text = "\n\n".join(paragraphs)
        corpus.append({"id": f"bench-{index:05}", "text": text, "published": source["published"]})
    return corpus


def _peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    scale = 1024 * 1024 if platform.system() == "Darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def _current_rss_mb() -> float | None:
    try:
        fields = Path("/proc/self/statm").read_text().split()
    except OSError:
        return None
    return int(fields[1]) * resource.getpagesize() / (1024 * 1024)


def _run_plain(corpus: list[dict[str, Any]], batch_size: int, repeat: int) -> dict[str, Any]:
    from eventwire.nlp import plain_pipeline

    texts = [item["text"] for item in corpus]
    nlp = plain_pipeline()
    list(nlp.pipe(texts[:WARMUP_ARTICLES], batch_size=batch_size))
    ready_rss = _current_rss_mb()
    seconds: list[float] = []
    cpu: list[float] = []
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe(texts, batch_size=batch_size))
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    return {"seconds": min(seconds), "all_seconds": seconds, "cpu_seconds": min(cpu), "articles": len(docs), "tokens": sum(len(doc) for doc in docs),
            "rss_ready_mb": ready_rss, "peak_rss_mb": _peak_rss_mb()}


def _run_eventwire(corpus: list[dict[str, Any]], batch_size: int, repeat: int) -> dict[str, Any]:
    import datetime as dt

    import eventwire
    from eventwire.nlp import load_pipeline

    options = eventwire.Options(batch_size=batch_size)
    articles = [eventwire.Article(id=item["id"], text=item["text"], origin=item["id"],
                                  published=dt.date.fromisoformat(item["published"]) if item["published"] else None)
                for item in corpus]
    load_pipeline()
    list(eventwire.process(articles[:WARMUP_ARTICLES], options))
    ready_rss = _current_rss_mb()
    seconds: list[float] = []
    cpu: list[float] = []
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        results = list(eventwire.process(articles, options))
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    return {"seconds": min(seconds), "all_seconds": seconds, "cpu_seconds": min(cpu), "articles": len(results),
            "events": sum(len(result.events) for result in results),
            "quotes": sum(len(result.quotes) for result in results),
            "failed": sum(bool(result.errors) for result in results),
            "rss_ready_mb": ready_rss, "peak_rss_mb": _peak_rss_mb()}


PHASES = {"plain": _run_plain, "eventwire": _run_eventwire}


def _child(phase: str, corpus: list[dict[str, Any]], batch_size: int, repeat: int, queue: Any) -> None:
    queue.put(PHASES[phase](corpus, batch_size, repeat))


def run_phase(phase: str, corpus: list[dict[str, Any]], batch_size: int, repeat: int) -> dict[str, Any]:
    """One phase in a fresh process: its own load, warm-up, timed run(s) (best kept) and peak memory."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child, args=(phase, corpus, batch_size, repeat, queue))
    process.start()
    result = queue.get()
    process.join()
    if process.exitcode:
        raise SystemExit(f"{phase} phase failed with exit code {process.exitcode}")
    # Throughput on CPU time: the machine is shared, and wall time would charge one phase for
    # whatever else ran during it. Wall time is reported beside it.
    result["articles_per_second"] = result["articles"] / result["cpu_seconds"]
    result["wall_articles_per_second"] = result["articles"] / result["seconds"]
    return result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="corpus size (default 600)")
    parser.add_argument("--batch-size", type=int, default=32, help="spaCy batch size for both phases (default 32)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="timed passes per phase; the fastest is reported (default 1)")
    parser.add_argument("--seed", type=int, default=13, help="seed of the paragraph shuffles")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    corpus = build_corpus(args.articles, args.seed)
    words = sum(len(item["text"].split()) for item in corpus)
    print(f"corpus: {len(corpus)} articles, {words:,} words ({words / len(corpus):.0f} per article), "
          f"batch size {args.batch_size}, best of {args.repeat}", flush=True)
    plain = run_phase("plain", corpus, args.batch_size, args.repeat)
    full = run_phase("eventwire", corpus, args.batch_size, args.repeat)
    ratio = full["articles_per_second"] / plain["articles_per_second"]
    wall_ratio = full["wall_articles_per_second"] / plain["wall_articles_per_second"]

    print(f"{'phase':<10} {'articles/s (CPU)':>17} {'words/s':>9} {'CPU s':>7} {'wall s':>7} {'RSS ready MB':>13} "
          f"{'peak RSS MB':>12}")
    for name, figures in (("plain", plain), ("eventwire", full)):
        ready = figures["rss_ready_mb"]
        print(f"{name:<10} {figures['articles_per_second']:>17.1f} {words / figures['cpu_seconds']:>9,.0f} "
              f"{figures['cpu_seconds']:>7.2f} {figures['seconds']:>7.2f} "
              f"{ready if ready is not None else float('nan'):>13.0f} {figures['peak_rss_mb']:>12.0f}")
    print(f"wall-clock ratio (noisy on a shared machine): {wall_ratio:.2f}")
    verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
    print(f"ratio eventwire/plain: {ratio:.2f} ({verdict} the {TARGET_RATIO} target); "
          f"{full['events']} events, {full['quotes']} quotes, {full['failed']} failed articles")

    report = {"articles": len(corpus), "words": words, "batch_size": args.batch_size, "seed": args.seed,
              "repeat": args.repeat,
              "plain": plain, "eventwire": full, "ratio": round(ratio, 3), "wall_ratio": round(wall_ratio, 3), "target_ratio": TARGET_RATIO,
              "python": platform.python_version(), "machine": platform.machine()}
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    main()
