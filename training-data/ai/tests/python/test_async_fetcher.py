import asyncio
import unittest
from unittest.mock import AsyncMock, patch

from crawler.fetcher import FetchError, Fetcher


class FakeResponse:
    def __init__(self, status: int, body: bytes = b"", delay: float = 0.0) -> None:
        self.status = status
        self._body = body
        self._delay = delay

    async def read(self) -> bytes:
        if self._delay:
            await asyncio.sleep(self._delay)
        return self._body


class FetcherTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self) -> None:
        self.get = AsyncMock()
        self.fetcher = Fetcher(get=self.get, concurrency=2, timeout=0.2, retries=1)

    async def test_fetch_returns_body(self) -> None:
        self.get.return_value = FakeResponse(200, b"hello")
        self.assertEqual(await self.fetcher.fetch("https://a.test/"), b"hello")
        self.get.assert_awaited_once_with("https://a.test/")

    async def test_non_200_raises(self) -> None:
        self.get.return_value = FakeResponse(404)
        with self.assertRaises(FetchError) as cm:
            await self.fetcher.fetch("https://a.test/missing")
        self.assertEqual(cm.exception.status, 404)

    async def test_retries_on_5xx(self) -> None:
        self.get.side_effect = [FakeResponse(503), FakeResponse(200, b"ok")]
        with patch("crawler.fetcher.asyncio.sleep", new=AsyncMock()) as sleep:
            body = await self.fetcher.fetch("https://a.test/")
        self.assertEqual(body, b"ok")
        self.assertEqual(self.get.await_count, 2)
        sleep.assert_awaited()

    async def test_timeout(self) -> None:
        self.get.return_value = FakeResponse(200, b"slow", delay=1.0)
        with self.assertRaises(FetchError):
            await self.fetcher.fetch("https://a.test/slow")

    async def test_fetch_many_keeps_order_and_collects_errors(self) -> None:
        responses = {
            "https://a.test/1": FakeResponse(200, b"1"),
            "https://a.test/2": FakeResponse(500),
            "https://a.test/3": FakeResponse(200, b"3"),
        }
        self.get.side_effect = lambda url: responses[url]
        results = await self.fetcher.fetch_many(list(responses))
        self.assertEqual(results[0], b"1")
        self.assertIsInstance(results[1], FetchError)
        self.assertEqual(results[2], b"3")

    async def test_concurrency_limit(self) -> None:
        running = 0
        peak = 0

        async def slow_get(url: str) -> FakeResponse:
            nonlocal running, peak
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.01)
            running -= 1
            return FakeResponse(200, url.encode())

        self.get.side_effect = slow_get
        await self.fetcher.fetch_many([f"https://a.test/{i}" for i in range(8)])
        self.assertLessEqual(peak, 2)


if __name__ == "__main__":
    unittest.main()
