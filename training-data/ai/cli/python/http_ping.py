"""Check that a list of URLs respond, and report status and latency.

Exit status is 0 when every URL returns an expected status, 1 when at least
one does not, and 2 on usage errors. Suitable for cron jobs and CI smoke tests.
"""

import argparse
import json
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

DEFAULT_TIMEOUT = 5.0
DEFAULT_WORKERS = 8
USER_AGENT = "http-ping/1.0"


def read_urls(path):
    """Read URLs from a file, one per line, ignoring blanks and ``#`` comments.

    :param path: file path, or ``-`` for standard input
    :returns: list of URL strings
    """
    handle = sys.stdin if path == "-" else open(path, encoding="utf-8")
    try:
        return [line.strip() for line in handle if line.strip() and not line.lstrip().startswith("#")]
    finally:
        if handle is not sys.stdin:
            handle.close()


def check_url(url, timeout, method="HEAD"):
    """Request ``url`` once and describe the outcome.

    :param url: an ``http://`` or ``https://`` URL
    :param timeout: socket timeout in seconds
    :param method: HTTP method to use
    :returns: dict with ``url``, ``status`` (int or None), ``ms`` and ``error``
    """
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    started = time.perf_counter()
    status, error = None, None
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except (urllib.error.URLError, OSError) as exc:
        error = str(getattr(exc, "reason", exc))
    elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
    return {"url": url, "status": status, "ms": elapsed_ms, "error": error}


def parse_expected(spec):
    """Turn ``"200,204,300-399"`` into a set of status codes.

    :raises argparse.ArgumentTypeError: if the spec is malformed
    """
    codes = set()
    try:
        for part in spec.split(","):
            low, _, high = part.strip().partition("-")
            codes.update(range(int(low), int(high or low) + 1))
    except ValueError:
        raise argparse.ArgumentTypeError("invalid status list: %r" % spec) from None
    return codes


def build_parser():
    parser = argparse.ArgumentParser(description="Ping HTTP endpoints.")
    parser.add_argument("urls", nargs="*", help="URLs to check")
    parser.add_argument("-f", "--file", help="read URLs from FILE ('-' for stdin)")
    parser.add_argument("-t", "--timeout", type=float, default=DEFAULT_TIMEOUT)
    parser.add_argument("-w", "--workers", type=int, default=DEFAULT_WORKERS)
    parser.add_argument("--get", action="store_true", help="use GET instead of HEAD")
    parser.add_argument("--expect", type=parse_expected, default=parse_expected("200-399"))
    parser.add_argument("--json", action="store_true", help="print results as JSON lines")
    return parser


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)

    urls = list(args.urls)
    if args.file:
        try:
            urls.extend(read_urls(args.file))
        except OSError as exc:
            print("http_ping: cannot read %s: %s" % (args.file, exc), file=sys.stderr)
            return 2
    if not urls:
        parser.print_usage(sys.stderr)
        return 2
    bad = [u for u in urls if not u.startswith(("http://", "https://"))]
    if bad:
        print("http_ping: not an http(s) URL: %s" % bad[0], file=sys.stderr)
        return 2

    method = "GET" if args.get else "HEAD"
    with ThreadPoolExecutor(max_workers=max(1, args.workers)) as pool:
        results = list(pool.map(lambda u: check_url(u, args.timeout, method), urls))

    failures = 0
    for result in results:
        ok = result["status"] in args.expect
        failures += not ok
        if args.json:
            print(json.dumps(dict(result, ok=ok)))
        else:
            status = result["status"] or "ERR"
            detail = result["error"] or ""
            print("%-4s %-5s %8.1f ms  %s %s" % ("OK" if ok else "FAIL", status, result["ms"], result["url"], detail))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
