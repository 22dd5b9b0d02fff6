"""`accords draft SOURCE`: from a saved page, a text copy, a PDF or a URL to draft records."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from ..dates import PartialDate
from ..loader import check_data, load_dataset
from ..names import NameIndex
from ..problems import DataError
from .extract import Extractor
from .reading import Article, SourceError, read_source
from .sentences import sentences
from .write import Planner, render


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
    try:
        dataset = load_dataset(data_dir, root=root)
    except DataError as error:
        raise DraftError(f"the data in {data_dir} does not load, so names cannot be resolved:\n{error}") from None
    names = NameIndex(dataset)
    drafts = Extractor(dataset, names, article.date).read(sentences(article.paragraphs))
    if not drafts.agreements and not drafts.events:
        raise DraftError(f"{source}: the text states no agreement or event (nothing signed, adopted, held or planned was found)")
    plan = Planner(dataset, names, article, drafts, article.date).plan()
    folder = data_dir if into_data else (out or root / "drafts" / plan.source_id)
    targets = [(folder / f.collection / f"{f.record_id}.yml", f) for f in plan.files]
    existing = [path for path, _ in targets if path.exists()]
    if existing:
        raise DraftError("nothing written: these files exist already (drafts are never overwritten):\n  "
                         + "\n  ".join(str(p) for p in existing))
    written = []
    for path, file in targets:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(render(file, folder))
        written.append(path)
    _review(echo, article, plan, written)
    if written:
        _, problems = check_data(data_dir, files=written, root=root)
        if problems:
            echo("\nThe drafts do not validate yet:")
            for problem in problems:
                echo(f"  {problem}")
        else:
            echo(f"\nThe drafts validate against {data_dir} (accords validate {' '.join(str(p) for p in written[:2])} …).")
    return written


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
