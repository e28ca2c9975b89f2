"""
aiohttp server that receives GitHub webhooks, verifies their signature and
dispatches them to handlers by event type.

Run with:
    GITHUB_WEBHOOK_SECRET=... python github_webhook.py
"""

import hashlib
import hmac
import json
import logging
import os
from typing import Any, Awaitable, Callable

from aiohttp import web

logger = logging.getLogger("webhook")

EventHandler = Callable[[dict[str, Any]], Awaitable[None]]
_handlers: dict[str, list[EventHandler]] = {}


def handles(event: str) -> Callable[[EventHandler], EventHandler]:
    """Register a coroutine as a handler for a GitHub event type."""

    def register(func: EventHandler) -> EventHandler:
        _handlers.setdefault(event, []).append(func)
        return func

    return register


def verify_signature(secret: bytes, body: bytes, header: str | None) -> bool:
    """Check the ``X-Hub-Signature-256`` header against the request body."""
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    # compare_digest avoids leaking timing information
    return hmac.compare_digest(expected, header.removeprefix("sha256="))


@handles("push")
async def on_push(payload: dict[str, Any]) -> None:
    repo = payload["repository"]["full_name"]
    branch = payload["ref"].removeprefix("refs/heads/")
    commits = len(payload.get("commits", []))
    logger.info("push to %s@%s with %d commit(s)", repo, branch, commits)


@handles("pull_request")
async def on_pull_request(payload: dict[str, Any]) -> None:
    pr = payload["pull_request"]
    logger.info("PR #%s %s: %s", pr["number"], payload["action"], pr["title"])


@handles("ping")
async def on_ping(payload: dict[str, Any]) -> None:
    logger.info("ping received: %s", payload.get("zen"))


async def webhook(request: web.Request) -> web.Response:
    secret: bytes = request.app["secret"]
    body = await request.read()

    if not verify_signature(secret, body, request.headers.get("X-Hub-Signature-256")):
        logger.warning("rejected delivery with bad signature from %s", request.remote)
        raise web.HTTPUnauthorized(text="invalid signature")

    event = request.headers.get("X-GitHub-Event", "")
    delivery = request.headers.get("X-GitHub-Delivery", "?")
    try:
        payload = json.loads(body)
    except json.JSONDecodeError:
        raise web.HTTPBadRequest(text="body is not valid JSON")

    handlers = _handlers.get(event, [])
    if not handlers:
        logger.debug("no handler for event %r (delivery %s)", event, delivery)
        return web.json_response({"status": "ignored", "event": event}, status=202)

    for handler in handlers:
        try:
            await handler(payload)
        except Exception:
            logger.exception("handler %s failed for delivery %s", handler.__name__, delivery)
            raise web.HTTPInternalServerError(text="handler error")

    return web.json_response({"status": "ok", "event": event, "handlers": len(handlers)})


async def health(_: web.Request) -> web.Response:
    return web.json_response({"status": "healthy"})


def create_app(secret: str) -> web.Application:
    app = web.Application(client_max_size=5 * 1024 * 1024)
    app["secret"] = secret.encode()
    app.router.add_post("/webhook", webhook)
    app.router.add_get("/healthz", health)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    secret = os.environ.get("GITHUB_WEBHOOK_SECRET")
    if not secret:
        raise SystemExit("GITHUB_WEBHOOK_SECRET is not set")
    web.run_app(create_app(secret), port=int(os.environ.get("PORT", "8080")))
