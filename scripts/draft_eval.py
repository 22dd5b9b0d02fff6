#!/usr/bin/env python3
"""How well `accords draft` reads articles: recall and precision of agreements, events, dates (at the
stated precision), parties, signatories and links. Reports; asserts nothing (tests/test_draft.py does).

  1. each seed article (../shared/seeds) with a dataset of only countries, publishers, sources and topics,
     against the facts it states, written by hand (tests/drafting/seeds.yml);
  2. each seed article with the full dataset: every curated record must be recognised, nothing drafted
     twice;
  3. each fictional test article (tests/drafting/articles) against its hand-written expectations;
  4. real reports (tests/drafting/gold.yml: the facts each states, written by hand), in two halves fixed before
     any result was seen: the development half, and the held-out half, read once per change of design and never
     tuned against. Their texts are others' words and stay out of the repository: a git-ignored cache
     (.cache/reports/<source-id>.txt, or the folder in $ACCORDS_REPORT_CACHE); where it is missing this part says so.

    .venv/bin/python scripts/draft_eval.py [--held-out]
    .venv/bin/python scripts/draft_eval.py --reports FILE   # part 4 on the reports of FILE (gold.yml's format), all of them:
                                                           # a new batch read once before it is split, or a set of one's own
    .venv/bin/python scripts/draft_eval.py --ledger         # part 5: the reports the coverage ledger used (data/searches/),
                                                           # against the records written from them by hand
    .venv/bin/python scripts/draft_eval.py --blind          # part 7: the blind set of fictional reports (held-out: totals only)

  5. (--ledger) every report the coverage ledger records as used whose text is cached and which the gold file does not
     hold (its held-out half stays unread here), against the records in data/ that cite it: their facts written by hand
     by whoever added them. A record may hold facts of its other
     sources too, so this reading is looser than part 4's; it is a check at scale, not the held-out figure. Its reports are
     in two halves fixed by their ids: work on the development half, and read the check half's figures only, to see
     that what was learnt holds on reports not looked at.
  6. (--ledger) the same reports drafted against the full data, as a contributor drafts one: how many of the records
     that cite each are recognised (not drafted again), and how many agreements and events would be written anew.
  7. (--blind) the blind set (tests/drafting/blind.yml): fictional reports in the region's styles, written with their facts
     by people who had not seen the tool, in the repository because they are no one else's words; in two halves fixed
     at random before the tool read them. The development half's reports are printed with what each missed; the held-out
     half's totals only (English and Russian apart), to be read once per change of design.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import tempfile
from pathlib import Path

import yaml

from accords.dates import PartialDate
from accords.drafting.drafts import Drafts
from accords.drafting.evaluate import (
    Tally,
    base_data,
    evaluate,
    expected_from_dataset,
    expected_from_fixture,
    identify_with,
    read_cached_report,
    read_test_article,
)
from accords.drafting.extract import draft_article
from accords.drafting.reading import SourceError, read_source
from accords.drafting.write import Planner
from accords.loader import load_dataset
from accords.model import Source
from accords.names import NameIndex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = ROOT / "tests" / "drafting"


def seed_sources(dataset) -> dict[str, str]:
    """Seed file -> the id of the curated source it is (by title, else by publisher and date)."""
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        article = read_source(str(path))
        for source_id, source in dataset.of_type(Source):
            if (article.title and source.title == article.title) or (
                    article.publisher and source.publisher.startswith(article.publisher) and not article.title and source.title is None):
                found[path.name] = source_id
    return found


def report(name: str, tally: Tally) -> Tally:
    """Print one article's figures and what it missed; the tally, to add to the total."""
    print(f"  {name}: " + "; ".join(tally.lines()))
    for miss in tally.misses:
        print(f"    - {miss}")
    return tally


def main() -> int:
    full = load_dataset(ROOT / "data")
    full_names = NameIndex(full)
    identify = identify_with(full_names)
    sources = seed_sources(full)
    total = Tally()
    with tempfile.TemporaryDirectory() as tmp:
        base_dir = Path(tmp) / "data"
        base_data(ROOT / "data", base_dir)
        base = load_dataset(base_dir)
        base_names = NameIndex(base)
        print("1. Seed articles, from a dataset of countries, publishers, sources and topics only")
        for seed, entry in yaml.safe_load((FIXTURES / "seeds.yml").read_text(encoding="utf-8")).items():
            article = read_source(str(SEEDS / seed))
            drafts = draft_article(base, base_names, article.date or PartialDate.parse(str(entry["published"])), article)
            total.merge(report(seed, evaluate(drafts, *expected_from_fixture(entry), identify)))
        other = Path(sys.argv[sys.argv.index("--reports") + 1]) if "--reports" in sys.argv[:-1] else None
        gold = real_reports(base, base_names, identify, held_out="--held-out" in sys.argv, reports=other)
    print("\n   All seeds: " + "; ".join(total.lines()))
    fields = ["dates (at the stated precision)", "parties"]
    right = sum(total.counts.get(f, [0, 0])[0] for f in fields)
    out_of = sum(total.counts.get(f, [0, 0])[1] for f in fields)
    print(f"   Dated fields and parties right: {right} of {out_of} ({right / out_of:.0%})")

    print("\n2. Seed articles with the full dataset: what is recorded is recognised, nothing drafted twice")
    for seed, source_id in sources.items():
        article = read_source(str(SEEDS / seed))
        published = article.date or full.get(source_id).date
        drafts = draft_article(full, full_names, published, article)
        plan = Planner(full, full_names, article, drafts, published).plan()
        recorded, _ = expected_from_dataset(full, source_id)
        recognised = {existing for _, existing, _ in plan.duplicates}
        drafted = [f"{f.collection}/{f.record_id}" for f in plan.files if f.collection in ("agreements", "events")]
        missing = sorted({e.label for e in recorded} - recognised)
        print(f"  {seed}: {len(recognised & {e.label for e in recorded})} of {len(recorded)} recorded agreements recognised"
              + (f"; not recognised: {', '.join(missing)}" if missing else "")
              + (f"; drafted again: {', '.join(drafted)}" if drafted else "; nothing drafted twice"))

    print("\n3. Fictional test articles, with the full dataset")
    expectations = yaml.safe_load((FIXTURES / "expected.yml").read_text(encoding="utf-8"))
    fixtures = Tally()
    for name, entry in expectations.items():
        article = read_test_article(FIXTURES / "articles" / name)
        published = article.date
        drafts = draft_article(full, full_names, published, article)
        agreements, events = expected_from_fixture(entry)
        fixtures.merge(report(name, evaluate(drafts, agreements, events, identify)))
    print("\n   All test articles: " + "; ".join(fixtures.lines()))
    print("\n" + gold)
    if "--ledger" in sys.argv:
        print("\n" + ledger_reports(full, base, base_names, identify))
        print("\n" + recorded_again(full, full_names))
    if "--blind" in sys.argv:
        print("\n" + blind_reports(identify))
    return 0


def blind_reports(identify) -> str:
    """Part 7, as text: the blind set from a dataset of countries, publishers, sources and topics only: each development
    report with what it missed, and each half's totals, English and Russian apart (the held-out half's totals only)."""
    entries = yaml.safe_load((FIXTURES / "blind.yml").read_text(encoding="utf-8"))
    lines = ["7. The blind set: fictional reports written with their facts by people who had not seen the tool, from a dataset of "
             "countries, publishers, sources and topics only"]
    with tempfile.TemporaryDirectory() as tmp:
        base_data(ROOT / "data", Path(tmp) / "data")
        base = load_dataset(Path(tmp) / "data")
        names = NameIndex(base)
        for half in ("development", "held-out"):
            for language, russian in (("English", False), ("Russian", True)):
                tally, read = Tally(), 0
                for name, entry in entries.items():
                    if entry["half"] != half or name.removesuffix(".txt").endswith("-ru") != russian:
                        continue
                    article = read_test_article(FIXTURES / "blind" / name)
                    published = article.date or PartialDate.parse(str(entry["published"]))
                    one = evaluate(draft_article(base, names, published, article), *expected_from_fixture(entry), identify)
                    if half == "development":
                        lines += [f"   {name}: " + "; ".join(one.lines())] + [f"     - {miss}" for miss in one.misses]
                    tally.merge(one)
                    read += 1
                lines.append(f"   {half}, {language}: {read} reports read")
                lines += ["     " + line for line in tally.lines()]
    return "\n".join(lines)


def cache_folder() -> Path:
    """Where the reports' texts are: .cache/reports, or the folder $ACCORDS_REPORT_CACHE names (read when asked)."""
    return Path(os.environ.get("ACCORDS_REPORT_CACHE", ROOT / ".cache" / "reports"))


def read_reports(base, base_names, identify, reports) -> tuple[Tally, int, list[str]]:
    """Each report of `reports` (source id, its publication date, what it states) whose text is cached, drafted against
    the base dataset and compared with what it states: the summed tally, how many were read, and those not cached."""
    tally, read, missing = Tally(), 0, []
    for source_id, published, expected in reports:
        text = cache_folder() / f"{source_id}.txt"
        if not text.exists():
            missing.append(source_id)
            continue
        try:
            article = read_cached_report(text)
        except SourceError:  # a copy in a script the reader takes for no prose (Urdu): none of its facts found
            article = None
        drafts = draft_article(base, base_names, article.date or published, article) if article else Drafts()
        agreements, events = expected()
        tally.merge(evaluate(drafts, agreements, events, identify))
        read += 1
    return tally, read, missing


def ledger_reports(full, base, base_names, identify) -> str:
    """Part 5, as text: the reports the coverage ledger used, each against the records that cite it, in two halves
    fixed by their ids (ledger_half): one to work on, one to check that what was learnt there holds."""
    used = ledger_used(full)
    lines = ["5. The coverage ledger's reports used, against the records written from them (data/), from a dataset of countries, "
             "publishers, sources and topics only"]
    for half in ("development", "check"):
        tally, read, missing = read_reports(base, base_names, identify, (
            (source_id, full.get(source_id).date, functools.partial(expected_from_dataset, full, source_id))
            for source_id in used if ledger_half(source_id) == half))
        lines.append(f"   {half}: {read} reports read" + (f", {len(missing)} not in the cache ({cache_folder()})" if missing else ""))
        lines += ["     " + line for line in tally.lines()]
    return "\n".join(lines)


def ledger_half(source_id: str) -> str:
    """The ledger half of a report, fixed by its id alone (the first byte of its SHA-256 even or odd), before any result."""
    return "development" if hashlib.sha256(source_id.encode()).digest()[0] % 2 == 0 else "check"


def ledger_used(full) -> dict[str, None]:
    """The sources the coverage ledger used whose reports the gold file does not hold (those are part 4's)."""
    from accords.model import ReportOutcome, Search

    gold = yaml.safe_load((FIXTURES / "gold.yml").read_text(encoding="utf-8")) or {}
    return dict.fromkeys(r.source for _, search in full.of_type(Search) for r in search.reports
                         if r.outcome is ReportOutcome.used and r.source and r.source not in gold)


def recorded_again(full, full_names) -> str:
    """Part 6, as text: part 5's reports drafted against the full data, as a contributor drafts a report: how many of the
    records that cite each are recognised (agreements by the plan's duplicates, events linked or recognised), and how
    many agreements and events would be written anew."""
    recognised = [0, 0, 0, 0]  # agreements recognised, cited; events recognised, cited
    anew = [0, 0]
    read = 0
    for source_id in ledger_used(full):
        text = cache_folder() / f"{source_id}.txt"
        if not text.exists():
            continue
        try:
            article = read_cached_report(text)
        except SourceError:
            continue
        published = article.date or full.get(source_id).date
        drafts = draft_article(full, full_names, published, article)
        plan = Planner(full, full_names, article, drafts, published).plan()
        agreements, events = expected_from_dataset(full, source_id)
        known = {existing for _, existing, _ in plan.duplicates} | set(drafts.linked) | {e.existing for e in drafts.events if e.existing}
        recognised[0] += len({e.label for e in agreements} & known)
        recognised[1] += len(agreements)
        recognised[2] += len({e.label for e in events} & known)
        recognised[3] += len(events)
        anew[0] += sum(f.collection == "agreements" for f in plan.files)
        anew[1] += sum(f.collection == "events" for f in plan.files)
        read += 1
    return "\n".join([
        "6. The same reports drafted against the full data, as a contributor drafts one: what is recorded is recognised",
        f"   {read} reports read",
        f"     recorded agreements recognised: {recognised[0]} of {recognised[1]}",
        f"     recorded events recognised: {recognised[2]} of {recognised[3]}",
        f"     written anew: {anew[0]} agreements, {anew[1]} events (new documents, and documents and events not recognised)"])


def real_reports(base, base_names, identify, held_out: bool, reports: Path | None = None) -> str:
    """Part 4, as text: each half's tally, from the cached texts of the reports in tests/drafting/gold.yml (or all the
    reports of another file of that format)."""
    gold = reports or FIXTURES / "gold.yml"
    entries = yaml.safe_load(gold.read_text(encoding="utf-8")) if gold.exists() else {}
    halves = ["all"] if reports else ["development", "held-out"] if held_out else ["development"]
    lines = [f"4. Real reports, from a dataset of countries, publishers, sources and topics only ({', '.join(halves)} "
             + (f"of {reports})" if reports else "half)")]
    for half in halves:
        tally, read, missing = read_reports(base, base_names, identify, (
            (source_id, PartialDate.parse(str(entry["published"])), functools.partial(expected_from_fixture, entry))
            for source_id, entry in entries.items() if half == "all" or entry["half"] == half))
        lines.append(f"   {half}: {read} reports read" + (f", {len(missing)} not in the cache ({cache_folder()})" if missing else ""))
        lines += ["     " + line for line in tally.lines()]
    if not held_out and not reports:
        lines.append("   (the held-out half is read with --held-out, once per change of design)")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
