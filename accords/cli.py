"""`accords`: check the data and keep the published JSON Schemas in step with the model."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .loader import load_dataset, load_files
from .problems import DataError
from .schema import stale_schemas, write_schemas


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="accords", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check the whole dataset, or only the given files")
    validate.add_argument("paths", nargs="*", type=Path, help="record files (default: all of data/)")
    validate.add_argument("--data", type=Path, default=Path("data"), help="the data folder (default: data)")
    schemas = commands.add_parser("schemas", help="write the JSON Schemas to schemas/")
    schemas.add_argument("--check", action="store_true", help="fail if the committed schemas are stale")
    schemas.add_argument("--out", type=Path, default=Path("schemas"))
    args = parser.parse_args(argv)

    if args.command == "validate":
        return _validate(args.data, args.paths)
    if args.check:
        stale = stale_schemas(args.out)
        for name in stale:
            print(f"{args.out / name}: out of date with the model — run `make schemas`", file=sys.stderr)
        return 1 if stale else 0
    for path in write_schemas(args.out):
        print(path)
    return 0


def _validate(data_dir: Path, paths: list[Path]) -> int:
    root = data_dir.resolve().parent
    if paths:
        problems = load_files(paths, root)
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    try:
        dataset = load_dataset(data_dir, root=root)
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {kind}" for kind, n in dataset.counts().items())
    print(f"data is valid: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
