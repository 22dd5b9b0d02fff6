"""`accords draft SOURCE`: from a saved page, a text copy, a PDF or a URL to draft records."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

from ..dates import PartialDate
from ..loader import RecordCache, check_data, load_dataset
from ..names import NameIndex
from ..problems import DataError
from .extract import draft_article
from .reading import Article, SourceError, read_source
from .russian_text import is_russian
from .write import Planner, render, schema_address, write_new


class DraftError(Exception):
    """Nothing was written: the message says why and what to do."""


def draft(source: str, data_dir: Path, *, out: Path | None = None, into_data: bool = False, date: str | None = None,
          publisher: str | None = None, title: str | None = None, url: str | None = None, root: Path | None = None,
          echo=print) -> list[Path]:
    """Write draft records for what the source states; the files written. Raises DraftError, having
    written nothing, when the source cannot be read, has no date, or states no agreement or event."""
    root = root or Path.cwd()
    try:
        article = read_source(source)
    except SourceError as error:
        raise DraftError(str(error)) from None
    article = _override(article, date, publisher, title, url)
    if article.date is None:
        raise DraftError(f"{source}: the publication date is not on the page; give it with --date YYYY-MM-DD "
                         "(the date the source was published, not of what it reports)")
    if not article.paragraphs:
        raise DraftError(f"{source}: no article text found")
    # The check of the drafts at the end reads the data again: the files read here are not parsed twice.
    records = RecordCache()
    try:
        dataset = load_dataset(data_dir, root=root, cache=records)
    except DataError as error:
        raise DraftError(f"the data in {data_dir} does not load, so names cannot be resolved:\n{error}") from None
    names = NameIndex(dataset)
    drafts = draft_article(dataset, names, article.date, article)
    if not drafts.agreements and not drafts.events:
        raise DraftError(f"{source}: the text states no agreement or event (nothing signed, adopted, held or planned was found)"
                         + _language_hint(article))
    plan = Planner(dataset, names, article, drafts, article.date).plan()
    folder = data_dir if into_data else (out or root / "drafts" / plan.source_id)
    try:
        written = write_new([(folder / f.collection / f"{f.record_id}.yml", render(f, folder)) for f in plan.files])
    except FileExistsError as error:
        raise DraftError("nothing written: these files exist already (drafts are never overwritten):\n  "
                         + "\n  ".join(str(p) for p in error.args[0])) from None
    _review(echo, article, plan, written)
    if written:
        _, problems = check_data(data_dir, files=written, root=root, cache=records)
        if problems:
            echo("\nThe drafts do not validate yet:")
            for problem in problems:
                echo(f"  {problem}")
        else:
            echo(f"\nThe drafts validate against {data_dir} (accords validate {' '.join(str(p) for p in written[:2])} …).")
    return written


# Words that any English text of a paragraph or more holds.
ENGLISH_WORDS = frozenset("the and of to in a is was for on with by that".split())


def _language_hint(article: Article) -> str:
    """A hint where the text is in neither language the drafting reads ("Türkiye ve Katar arasında … imzalandı"): it reads
    English and Russian, and says so, rather than that such a report states nothing."""
    text = " ".join(article.paragraphs)
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words or is_russian(text) or sum(word in ENGLISH_WORDS for word in words) * 20 >= len(words):
        return ""
    return ("; the drafting reads reports in English and Russian, and this text seems to be in neither: draft from an English "
            "or Russian report of the same news, or write the records by hand (CONTRIBUTING.md)")


def _override(article: Article, date: str | None, publisher: str | None, title: str | None, url: str | None) -> Article:
    found = dict(article.found)
    changes: dict[str, object] = {}
    if date:
        try:
            changes["date"] = PartialDate.parse(date)
        except ValueError as error:
            raise DraftError(f"--date: {error}") from None
    for name, value in (("publisher", publisher), ("title", title), ("url", url)):
        if value:
            changes[name] = value
    for name in changes:
        found.pop(name, None)
    return replace(article, found=found, **changes)  # type: ignore[arg-type]


def _review(echo, article: Article, plan, written: list[Path]) -> None:
    echo(f"Read {article.location}: {len(article.paragraphs)} paragraphs of text"
         + (f", published {article.date}" if article.date else "") + (f" by {article.publisher}" if article.publisher else "")
         + (f" via {article.via}" if article.via else ""))
    for name, where in article.found.items():
        echo(f"  {name} from {where}")
    if plan.duplicates:
        echo("\nAlready recorded (not drafted again); what the text adds is a proposed change:")
        for what, existing, proposed in plan.duplicates:
            echo(f"  {what} is {existing}")
            for line in proposed:
                echo(f"    + {line}" if not line.startswith("matched") else f"    {line}")
    if plan.linked:
        echo("\nLinked to existing records: " + ", ".join(f"{record_id} ({n}×)" for record_id, n in plan.linked.items()))
    if written:
        echo("\nDrafted (each field's sentence is in the file, above the field):")
        for file in plan.files:
            for line in file.summary:
                echo(f"  {line}")
        echo("\nWritten:")
        for path in written:
            echo(f"  {path}")
    else:
        echo("\nNothing new to draft: everything the text states is recorded already.")


def main_draft(args) -> int:
    try:
        draft(args.source, args.data, out=args.out, into_data=args.into == "data", date=args.date, publisher=args.publisher,
              title=args.title, url=args.url)
    except DraftError as error:
        print(f"accords draft: {error}", file=sys.stderr)
        return 1
    return 0


def main_import(args) -> int:
    """`accords import TABLE --collection …`: every row a record, or nothing written."""
    from .tables import ImportError_, import_rows, read_table
    from .tables import render as render_row

    table = Path(args.table)
    records = RecordCache()  # the check of the written rows at the end reads the data again: not parsed twice
    try:
        rows = read_table(table)
        dataset = load_dataset(args.data, root=Path.cwd(), cache=records)
    except ImportError_ as error:
        print(f"accords import: {error}", file=sys.stderr)
        return 1
    except DataError as error:
        print(f"accords import: the data in {args.data} does not load:\n{error}", file=sys.stderr)
        return 1
    mapping = {}
    for item in args.map or []:
        column, separator, field_name = item.partition("=")
        if not separator:
            print(f"accords import: --map '{item}': write 'Column=field'", file=sys.stderr)
            return 2
        mapping[column.strip()] = field_name.strip()
    result = import_rows(rows, args.collection, dataset, NameIndex(dataset), mapping, args.dates, args.source)
    for problem in result.problems:
        print(problem.text(str(table)), file=sys.stderr)
    if result.problems and not args.partial:
        count = len(result.problems)
        print(f"nothing written: {count} problem{'s' if count != 1 else ''} (fix them, or give --partial to write the good rows)", file=sys.stderr)
        return 1
    folder = args.data if args.into == "data" else (args.out or Path("drafts") / f"import-{table.stem}")
    schema = schema_address(args.collection, folder)
    targets = [(folder / args.collection / f"{record_id}.yml", row, record) for row, record_id, record in result.records]
    try:
        write_new([(path, render_row(args.collection, record, str(table), row).replace("{schema}", schema)) for path, row, record in targets])
    except FileExistsError as error:
        print("accords import: nothing written: these files exist already:\n  " + "\n  ".join(str(p) for p in error.args[0]), file=sys.stderr)
        return 1
    for path, row, _ in targets:
        print(f"wrote {path} (row {row})")
    if targets:
        _, problems = check_data(args.data, files=[p for p, _, _ in targets], root=Path.cwd(), cache=records)
        for found in problems:
            print(f"  {found}", file=sys.stderr)
    print(f"{len(targets)} of {len(targets) + len({p.row for p in result.problems})} rows imported")
    return 1 if result.problems else 0
