"""Concurrent file downloader, refactored from threads to asyncio.

The previous version started one ``threading.Thread`` per URL, shared a
results dict guarded by a lock, and joined every thread at the end. With a few
thousand URLs that meant thousands of OS threads and no limit on open sockets.

This version:

* uses a single event loop with ``aiohttp`` and an ``asyncio.Semaphore`` to cap
  the number of concurrent requests (``MAX_CONCURRENCY``);
* streams bodies to disk in chunks instead of holding them in memory;
* returns a list of ``DownloadResult`` objects instead of mutating shared state,
  so no lock is needed;
* writes to a ``.part`` file and renames on success, so an interrupted run
  never leaves a truncated file with the final name.
"""

import asyncio
import logging
import os
from collections import namedtuple
from pathlib import Path
from urllib.parse import unquote, urlparse

import aiohttp

MAX_CONCURRENCY = 8
CHUNK_SIZE = 64 * 1024
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=120, sock_connect=10)

log = logging.getLogger(__name__)

DownloadResult = namedtuple("DownloadResult", "url path ok error bytes")


def target_path(url, dest_dir):
    """Derive a local file name from the last path segment of ``url``.

    :raises ValueError: if the URL has no usable file name
    """
    name = unquote(os.path.basename(urlparse(url).path))
    if not name or name in (".", ".."):
        raise ValueError(f"cannot derive a file name from {url!r}")
    return Path(dest_dir) / name


async def download_one(session, semaphore, url, dest_dir):
    """Download a single URL; never raises, failures are returned as results."""
    try:
        path = target_path(url, dest_dir)
    except ValueError as exc:
        return DownloadResult(url, None, False, str(exc), 0)

    partial = path.with_name(path.name + ".part")
    written = 0
    async with semaphore:
        try:
            async with session.get(url) as response:
                response.raise_for_status()
                with open(partial, "wb") as fh:
                    async for chunk in response.content.iter_chunked(CHUNK_SIZE):
                        fh.write(chunk)
                        written += len(chunk)
            os.replace(partial, path)
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            partial.unlink(missing_ok=True)
            log.warning("failed %s: %s", url, exc)
            return DownloadResult(url, path, False, str(exc) or type(exc).__name__, written)

    log.info("saved %s (%d bytes)", path, written)
    return DownloadResult(url, path, True, None, written)


async def download_all(urls, dest_dir, concurrency=MAX_CONCURRENCY):
    """Download ``urls`` into ``dest_dir`` with at most ``concurrency`` in flight.

    :returns: list of ``DownloadResult``, one per unique URL, in first-seen order
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    Path(dest_dir).mkdir(parents=True, exist_ok=True)
    semaphore = asyncio.Semaphore(concurrency)
    async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as session:
        tasks = [download_one(session, semaphore, url, dest_dir) for url in dict.fromkeys(urls)]
        return await asyncio.gather(*tasks)


def main(url_file, dest_dir):
    """Read URLs from ``url_file`` and download them; returns an exit code."""
    with open(url_file, encoding="utf-8") as fh:
        urls = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    results = asyncio.run(download_all(urls, dest_dir))
    failed = [r for r in results if not r.ok]
    total = sum(r.bytes for r in results if r.ok)
    print(f"{len(results) - len(failed)} downloaded ({total} bytes), {len(failed)} failed")
    for r in failed:
        print(f"  {r.url}: {r.error}")
    return 1 if failed else 0


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "downloads"))
