"""accords: validate the tracker's data, scaffold new records, report softer issues, keep schemas current.

  accords validate [PATH ...]     every problem as file:line:col: field: message — hint; exit 1 if any
  accords check                   validate, then warnings a reviewer should see
  accords new KIND [--title …]    write a correct, commented record (agreement, actor, event, source …)
  accords draft SOURCE [--date …]  draft records from an article (saved page, text, PDF or URL), with evidence
  accords import TABLE --collection agreements|events|actors|…   one record per row of a CSV or XLSX table
  accords schemas [--check]       write (or verify) schemas/*.schema.json and the editor's schema settings from the model
  accords export --out DIR        write the open data (JSON, CSV, API, feeds, calendar) as the site publishes it
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import scaffold
from .duplicates import NAME_ALIKE, added_order
from .exports import Exporter, build_date
from .history import FileHistory, HistoryUnreadable, file_histories
from .kinds import KIND_NAMED, TYPE_OF_COLLECTION
from .lint import warnings
from .loader import check_data, load_dataset, shown_path
from .model import ACTOR_KINDS
from .names import NameIndex
from .problems import DataError, Problem
from .schema import EDITOR_SETTINGS, stale_editor_settings, stale_schemas, write_editor_settings, write_schemas


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except DataError as error:  # a data folder that cannot be read at all: its problems, never a traceback
        print(error, file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="accords", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def data_options(command: argparse.ArgumentParser) -> None:
        command.add_argument("--data", type=Path, default=Path("data"), help="the data folder (default: data)")
        command.add_argument(
            "--format", choices=["text", "github"],
            default="github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text",
            help="github: workflow annotations on the changed lines (default when GITHUB_ACTIONS=true)",
        )

    validate = commands.add_parser("validate", help="check the whole dataset, or only the given files")
    validate.add_argument("paths", nargs="*", type=Path, help="record files to check against the dataset")
    data_options(validate)
    validate.set_defaults(run=_validate)

    check = commands.add_parser("check", help="validate, then list warnings (unlinked records, missing summaries …)")
    data_options(check)
    check.set_defaults(run=_check)

    new = commands.add_parser("new", help="write a new record file")
    new_kinds = new.add_subparsers(dest="record_type", required=True, metavar="{" + ",".join(KIND_NAMED) + "}")
    for kind in KIND_NAMED.values():  # one command per kind of record, with the options its questions take
        command = new_kinds.add_parser(kind.name, help=f"a new {kind.name} in data/{kind.collection}/")
        command.add_argument("--data", type=Path, default=Path("data"))
        command.add_argument("--id", dest="record_id", help="the id (file name); default: from the title or name")
        for question in scaffold.questions(kind):
            command.add_argument(f"--{question.option}", dest=question.option.replace("-", "_"),
                                 action="append" if question.repeated else "store",
                                 help=question.prompt + ("; repeatable" if question.repeated else ""))
        command.set_defaults(run=_new)

    draft = commands.add_parser("draft", help="draft records from an article: a saved page, a text copy, a PDF or a URL")
    draft.add_argument("source", help="a .html, .txt or .pdf file, or an http(s) address")
    draft.add_argument("--data", type=Path, default=Path("data"), help="the data folder names are resolved in (default: data)")
    draft.add_argument("--out", type=Path, help="where to write the drafts (default: drafts/<source id>/)")
    draft.add_argument("--into", choices=["data"], help="write straight into the data folder (never overwriting)")
    draft.add_argument("--date", help="the publication date, YYYY-MM-DD, where the page does not give it")
    draft.add_argument("--publisher", help="the publisher, instead of what the page says")
    draft.add_argument("--title", help="the title, instead of what the page says")
    draft.add_argument("--url", help="the address of the page, where a saved file does not carry it")
    draft.set_defaults(run=_draft)

    table = commands.add_parser("import", help="records from a table (CSV or XLSX), one per row")
    table.add_argument("table", help="a .csv or .xlsx file; the first row names the columns")
    table.add_argument("--collection", required=True, choices=list(TYPE_OF_COLLECTION))
    table.add_argument("--map", action="append", metavar="'Column=field'", help="which field a column holds (repeatable)")
    table.add_argument("--dates", choices=["dmy", "mdy"], help="order of numeric dates such as 11.12.2025 (default: detected)")
    table.add_argument("--source", help="the source id every row cites, where the table has no source column")
    table.add_argument("--data", type=Path, default=Path("data"), help="the data folder (default: data)")
    table.add_argument("--out", type=Path, help="where to write (default: drafts/import-<table name>/)")
    table.add_argument("--into", choices=["data"], help="write straight into the data folder (never overwriting)")
    table.add_argument("--partial", action="store_true", help="write the rows that pass and list the others")
    table.set_defaults(run=_import)

    schemas = commands.add_parser("schemas", help="write the JSON Schemas to schemas/")
    schemas.add_argument("--check", action="store_true", help="fail if the committed schemas are stale")
    schemas.add_argument("--out", type=Path, default=Path("schemas"))
    schemas.set_defaults(run=_schemas)

    export = commands.add_parser("export", help="write the open-data files (the same a site build writes)")
    export.add_argument("--data", type=Path, default=Path("data"), help="the data folder (default: data)")
    export.add_argument("--out", type=Path, required=True, help="the folder to write into (the site folder in a build)")
    export.add_argument("--root", type=Path, default=Path("."), help="the repository, for git dates (default: .)")
    export.add_argument("--site-url", default="", help="the published address; without it, links are relative")
    export.set_defaults(run=_export)
    return parser


def _print(problems: Sequence[Problem], output_format: str) -> None:
    for problem in problems:
        print(problem.github() if output_format == "github" else str(problem))


def _validate(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not p.is_file()]
    if missing:
        for path in missing:
            print(f"{path}: no such file", file=sys.stderr)
        return 1
    dataset, problems = check_data(args.data, files=args.paths, root=Path.cwd(), strict_text=True)
    _print(problems, args.format)
    if problems:
        count = len(problems)
        print(f"{count} problem{'s' if count != 1 else ''} found", file=sys.stderr)
        return 1
    if args.paths:
        print(f"{len(args.paths)} file{'s' if len(args.paths) != 1 else ''} valid")
    elif dataset is not None:
        print("data is valid: " + ", ".join(f"{n} {kind}" for kind, n in dataset.counts().items()))
    return 0


def _check(args: argparse.Namespace) -> int:
    dataset, problems = check_data(args.data, root=Path.cwd(), strict_text=True)
    if problems or dataset is None:
        _print(problems, args.format)
        return 1
    histories = _histories(Path.cwd(), shown_path(args.data, Path.cwd()))
    found = warnings(dataset, order=added_order(histories, dataset.paths, Path.cwd()))
    _print(found, args.format)
    print(f"data is valid; {len(found)} warning{'s' if len(found) != 1 else ''}", file=sys.stderr)
    return 0


def _new(args: argparse.Namespace) -> int:
    kind = KIND_NAMED[args.record_type]
    given = scaffold.given_answers(kind, vars(args))
    ask = _prompt if sys.stdin.isatty() else None
    try:
        answers = scaffold.gather(kind, given, ask)
    except scaffold.MissingAnswer as error:
        print(f"accords new {kind.name}: {error}", file=sys.stderr)
        return 2
    names = _names(args.data)
    if names is not None:
        try:
            for line in scaffold.resolve_names(kind, answers, names):
                print(line)
        except scaffold.UnknownName as error:
            print(f"accords new {kind.name}: {error}", file=sys.stderr)
            print("nothing written", file=sys.stderr)
            return 1
    new_id = args.record_id or scaffold.record_id(kind, answers)
    path = scaffold.target_path(args.data, kind, new_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as file:  # "x": never overwrite
            file.write(scaffold.render(kind, answers))
    except FileExistsError:
        print(f"{path} already exists; choose another id with --id", file=sys.stderr)
        return 1
    _, problems = check_data(args.data, files=[path], root=Path.cwd())
    if problems:
        path.unlink()
        _print(problems, "text")
        print("nothing written: fix the values above and run again", file=sys.stderr)
        return 1
    print(f"wrote {path}: fill in what the sources say, then run `make validate` and `make serve`")
    if names is not None and kind.name == "actor":
        for match in names.match(str(answers["name"]), ACTOR_KINDS, cutoff=NAME_ALIKE):
            print(f"warning: probably the same as {match.record_id} ({names.dataset.data_path(match.record_id)}): "
                  f"'{answers['name']}' and '{match.name.text}' — keep one record, the other spelling as an alias")
    return 0


def _names(data_dir: Path) -> NameIndex | None:
    """The names of the records in `data_dir`, or None when it does not load (the validation after
    writing reports why)."""
    try:
        return NameIndex(load_dataset(data_dir, root=Path.cwd()))
    except DataError:
        return None


def _prompt(question: scaffold.Question) -> str:
    hint = f" [{'/'.join(question.choices)}]" if question.choices and len(question.choices) <= 8 else ""
    default = f" (default: {question.default})" if question.default else ""
    if question.choices and len(question.choices) > 8:
        print("  choices: " + ", ".join(question.choices))
    return input(f"{question.prompt}{hint}{default}: ").strip()


def _draft(args: argparse.Namespace) -> int:
    from .drafting.run import main_draft  # the extractors load only when drafting

    return main_draft(args)


def _import(args: argparse.Namespace) -> int:
    from .drafting.run import main_import

    return main_import(args)


def _schemas(args: argparse.Namespace) -> int:
    root = args.out.resolve().parent
    if args.check:
        stale = stale_schemas(args.out)
        for name in stale:
            print(f"{args.out / name}: out of date with the model — run `make schemas`", file=sys.stderr)
        if stale_editor_settings(root):
            print(f"{root / EDITOR_SETTINGS}: `yaml.schemas` does not map each data folder to its schema — run `make schemas`", file=sys.stderr)
            return 1
        return 1 if stale else 0
    for path in write_schemas(args.out):
        print(path)
    print(write_editor_settings(root))
    return 0


def _histories(root: Path, folder: str) -> dict[str, FileHistory]:
    """The files' git dates; a warning, and none, where the history cannot be read."""
    try:
        return file_histories(root, folder)
    except HistoryUnreadable as error:
        print(f"warning: {error}", file=sys.stderr)
        return {}


def _export(args: argparse.Namespace) -> int:
    try:
        dataset = load_dataset(args.data, root=args.root)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    histories = _histories(args.root, shown_path(args.data, args.root))  # none for data outside the repository
    written = Exporter(dataset, histories, args.site_url, build_date()).write(args.out)
    print(f"wrote {written} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
