"""
A small URL shortener built with FastAPI.

Endpoints:
    POST /links            create a short link
    GET  /{code}           redirect to the original URL
    GET  /links/{code}     show link details and click count
    DELETE /links/{code}   remove a link

Storage is an in-memory dict so the example stays self-contained;
swap `LinkStore` for a database-backed class in production.
"""

import secrets
import string
from datetime import datetime, timezone
from threading import Lock

from fastapi import FastAPI, HTTPException, Request, status
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field, HttpUrl

# Characters used for generated codes (no look-alikes like 0/O or 1/l)
ALPHABET = "".join(c for c in string.ascii_letters + string.digits if c not in "0O1lI")
CODE_LENGTH = 7


class LinkCreate(BaseModel):
    url: HttpUrl
    # Optional custom alias, e.g. "spring-sale"
    alias: str | None = Field(default=None, min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_-]+$")


class LinkOut(BaseModel):
    code: str
    url: str
    short_url: str
    clicks: int
    created_at: datetime


class LinkStore:
    """Thread-safe in-memory storage for short links."""

    def __init__(self) -> None:
        self._links: dict[str, dict] = {}
        self._lock = Lock()

    def create(self, url: str, alias: str | None = None) -> dict:
        with self._lock:
            if alias:
                if alias in self._links:
                    raise KeyError(alias)
                code = alias
            else:
                # Keep generating until we find an unused code (collisions are rare)
                code = self._random_code()
                while code in self._links:
                    code = self._random_code()
            record = {"code": code, "url": url, "clicks": 0, "created_at": datetime.now(timezone.utc)}
            self._links[code] = record
            return record

    def get(self, code: str) -> dict | None:
        return self._links.get(code)

    def hit(self, code: str) -> dict | None:
        # Increment the click counter atomically
        with self._lock:
            record = self._links.get(code)
            if record:
                record["clicks"] += 1
            return record

    def delete(self, code: str) -> bool:
        with self._lock:
            return self._links.pop(code, None) is not None

    @staticmethod
    def _random_code() -> str:
        return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


app = FastAPI(title="Tiny URL Shortener")
store = LinkStore()


def to_out(record: dict, request: Request) -> LinkOut:
    """Convert a stored record into the public response model."""
    short_url = str(request.base_url).rstrip("/") + "/" + record["code"]
    return LinkOut(short_url=short_url, **record)


@app.post("/links", response_model=LinkOut, status_code=status.HTTP_201_CREATED)
def create_link(payload: LinkCreate, request: Request) -> LinkOut:
    try:
        record = store.create(str(payload.url), payload.alias)
    except KeyError:
        # The custom alias is already taken
        raise HTTPException(status_code=409, detail=f"Alias '{payload.alias}' is already in use")
    return to_out(record, request)


@app.get("/links/{code}", response_model=LinkOut)
def link_details(code: str, request: Request) -> LinkOut:
    record = store.get(code)
    if record is None:
        raise HTTPException(status_code=404, detail="Link not found")
    return to_out(record, request)


@app.delete("/links/{code}", status_code=status.HTTP_204_NO_CONTENT)
def delete_link(code: str) -> None:
    if not store.delete(code):
        raise HTTPException(status_code=404, detail="Link not found")


@app.get("/{code}")
def follow_link(code: str) -> RedirectResponse:
    record = store.hit(code)
    if record is None:
        raise HTTPException(status_code=404, detail="Link not found")
    # 307 keeps the method; use 301 if you want browsers to cache the redirect
    return RedirectResponse(record["url"], status_code=status.HTTP_307_TEMPORARY_REDIRECT)


if __name__ == "__main__":
    # Run with:  python url_shortener_api.py
    # Then try:  curl -X POST localhost:8000/links -H 'content-type: application/json' \
    #                 -d '{"url": "https://example.com/some/long/path"}'
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=8000)
