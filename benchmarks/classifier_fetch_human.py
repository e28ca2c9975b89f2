"""Download human-written code from old, permissively licensed releases into benchmarks/.work/.

Extra negative (human) examples from outside competitive programming, so that the false-positive
rate is measured on the kind of code reviewers actually see. Every release predates mid-2021 (before
AI coding assistants were in wide use), and each licence is recorded in SOURCES below and in the
model card. Downloads go through the ordinary package clients (pip, npm) by exact name and version;
this script is run by hand or by the training script, never by the tool at run time.

    python benchmarks/classifier_fetch_human.py        # fills benchmarks/.work/human-extra/
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

WORK = Path(__file__).resolve().parent / ".work"
DESTINATION = WORK / "human-extra"

# (registry, package, version, licence, release year)
SOURCES: tuple[tuple[str, str, str, str, int], ...] = (
    ("pypi", "requests", "2.25.1", "Apache-2.0", 2020),
    ("pypi", "click", "7.1.2", "BSD-3-Clause", 2020),
    ("pypi", "Flask", "1.1.2", "BSD-3-Clause", 2020),
    ("pypi", "attrs", "20.3.0", "MIT", 2020),
    ("pypi", "urllib3", "1.26.2", "MIT", 2020),
    ("pypi", "Jinja2", "2.11.2", "BSD-3-Clause", 2020),
    ("pypi", "Werkzeug", "1.0.1", "BSD-3-Clause", 2020),
    ("pypi", "python-dateutil", "2.8.1", "Apache-2.0 OR BSD-3-Clause", 2019),
    ("pypi", "packaging", "20.8", "Apache-2.0 OR BSD-2-Clause", 2020),
    ("pypi", "tabulate", "0.8.7", "MIT", 2020),
    ("pypi", "docopt", "0.6.2", "MIT", 2014),
    ("pypi", "pyparsing", "2.4.7", "MIT", 2020),
    ("pypi", "cachetools", "4.2.0", "MIT", 2020),
    ("pypi", "pycodestyle", "2.6.0", "MIT", 2020),
    ("pypi", "pyflakes", "2.2.0", "MIT", 2020),
    ("pypi", "marshmallow", "3.9.1", "MIT", 2020),
    ("pypi", "humanize", "3.2.0", "MIT", 2020),
    ("pypi", "tqdm", "4.54.1", "MIT AND MPL-2.0", 2020),
    ("npm", "lodash", "4.17.20", "MIT", 2020),
    ("npm", "express", "4.17.1", "MIT", 2019),
    ("npm", "commander", "6.2.1", "MIT", 2020),
    ("npm", "moment", "2.29.1", "MIT", 2020),
    ("npm", "rxjs", "6.6.3", "Apache-2.0", 2020),
    ("npm", "async", "3.2.0", "MIT", 2020),
)


def _fetch_pypi(package: str, version: str, into: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
         "-d", str(into), f"{package}=={version}"],
        check=True,
    )  # fmt: skip
    return next(into.iterdir())


def _fetch_npm(package: str, version: str, into: Path) -> Path:
    subprocess.run(["npm", "pack", "--silent", f"{package}@{version}"], cwd=into, check=True, capture_output=True)
    return next(into.iterdir())


def _unpack(archive: Path, into: Path) -> None:
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as bundle:
            bundle.extractall(into)
    else:
        with tarfile.open(archive) as bundle:
            bundle.extractall(into, filter="data")


def main() -> int:
    DESTINATION.mkdir(parents=True, exist_ok=True)
    for registry, package, version, licence, year in SOURCES:
        target = DESTINATION / f"{package}-{version}"
        if target.exists():
            continue
        with tempfile.TemporaryDirectory() as scratch:
            download = Path(scratch, "download")
            download.mkdir()
            try:
                archive = (_fetch_pypi if registry == "pypi" else _fetch_npm)(package, version, download)
            except (subprocess.CalledProcessError, FileNotFoundError, StopIteration) as error:
                print(f"skipped {registry}:{package}=={version}: {error}", file=sys.stderr)
                continue
            unpacked = Path(scratch, "unpacked")
            _unpack(archive, unpacked)
            shutil.move(str(unpacked), target)
        (target / "SOURCE.txt").write_text(f"{registry} {package} {version} licence {licence} released {year}\n")
        print(f"fetched {registry}:{package}=={version} ({licence}, {year})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
