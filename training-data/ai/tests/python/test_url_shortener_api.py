"""
Tests for the FastAPI URL shortener.

They use FastAPI's TestClient, so no server needs to be running. Each test
gets a fresh in-memory store through the `client` fixture, which keeps the
tests independent of each other.
"""

import pytest
from fastapi.testclient import TestClient

import shortener.main as main_module
from shortener.main import LinkStore, app


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> TestClient:
    # Replace the module-level store so state doesn't leak between tests
    monkeypatch.setattr(main_module, "store", LinkStore())
    return TestClient(app, follow_redirects=False)


def create(client: TestClient, url: str = "https://example.com/a/very/long/path", **extra) -> dict:
    """Helper: create a link and return the JSON body."""
    response = client.post("/links", json={"url": url, **extra})
    assert response.status_code == 201, response.text
    return response.json()


def test_create_link_returns_code_and_short_url(client: TestClient) -> None:
    body = create(client)

    assert len(body["code"]) == 7
    assert body["short_url"].endswith("/" + body["code"])
    assert body["clicks"] == 0


def test_custom_alias_is_used(client: TestClient) -> None:
    body = create(client, alias="spring-sale")
    assert body["code"] == "spring-sale"


def test_duplicate_alias_is_rejected(client: TestClient) -> None:
    create(client, alias="promo")
    response = client.post("/links", json={"url": "https://example.org", "alias": "promo"})

    assert response.status_code == 409
    assert "already in use" in response.json()["detail"]


@pytest.mark.parametrize("bad_url", ["not a url", "ftp//missing-colon", ""])
def test_invalid_url_is_rejected(client: TestClient, bad_url: str) -> None:
    response = client.post("/links", json={"url": bad_url})
    # Pydantic validation errors come back as 422 Unprocessable Entity
    assert response.status_code == 422


@pytest.mark.parametrize("alias", ["ab", "has space", "emoji-😀", "x" * 33])
def test_invalid_alias_is_rejected(client: TestClient, alias: str) -> None:
    response = client.post("/links", json={"url": "https://example.com", "alias": alias})
    assert response.status_code == 422


def test_redirect_and_click_counting(client: TestClient) -> None:
    body = create(client, url="https://example.com/target")

    # Follow the short link twice
    for _ in range(2):
        response = client.get(f"/{body['code']}")
        assert response.status_code == 307
        assert response.headers["location"] == "https://example.com/target"

    details = client.get(f"/links/{body['code']}").json()
    assert details["clicks"] == 2


def test_unknown_code_returns_404(client: TestClient) -> None:
    assert client.get("/doesnotexist").status_code == 404
    assert client.get("/links/doesnotexist").status_code == 404


def test_delete_link(client: TestClient) -> None:
    body = create(client)

    assert client.delete(f"/links/{body['code']}").status_code == 204
    # A second delete and a redirect attempt should both 404 now
    assert client.delete(f"/links/{body['code']}").status_code == 404
    assert client.get(f"/{body['code']}").status_code == 404
