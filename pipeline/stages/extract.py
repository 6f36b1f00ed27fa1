"""DVC stage ``extract``: the bundled corpus -> datasets, with the settings of ``params.yaml``.

Usage:
    python -m pipeline.stages.extract [--params params.yaml]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.cli import extract_command
from pipeline.stages.params import load_params


def main(argv: list[str] | None = None) -> int:
    """Run the stage; returns the command's exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--params", type=Path, default=Path("params.yaml"))
    params = load_params(parser.parse_args(argv).params).extract
    return extract_command(params.input_dir, params.output_dir, params.model)


if __name__ == "__main__":
    raise SystemExit(main())
