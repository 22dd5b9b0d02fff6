#!/usr/bin/env python3
"""Write a synthetic dataset of N agreements (for benchmarks) to OUT/data. Never into data/.

    python scripts/generate_synthetic.py 10000 --out build/synthetic-10000
    TRACKER_DATA=build/synthetic-10000/data mkdocs build
"""

import argparse
import sys
from pathlib import Path

from accords.synthetic import generate

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="number of agreements")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (its data/ is replaced)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.out.resolve() == ROOT or ROOT / "data" in [args.out.resolve(), *args.out.resolve().parents]:
        parser.error("write synthetic data outside the project's data/ folder")
    counts = generate(args.out, args.n, args.seed)
    print(f"wrote {args.out / 'data'}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
