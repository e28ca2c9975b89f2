"""
Simple in-process publish/subscribe event bus.

Handlers are registered per event type (a class). Publishing an event calls
every handler registered for that class or any of its base classes, so a
handler for ``Event`` receives everything.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Awaitable, Callable, Union

log = logging.getLogger(__name__)

Handler = Callable[[Any], Union[None, Awaitable[None]]]


@dataclass(frozen=True)
class Event:
    """Base class for all events."""

    occurred_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc), kw_only=True
    )


@dataclass(frozen=True)
class UserRegistered(Event):
    user_id: int
    email: str


@dataclass(frozen=True)
class OrderPlaced(Event):
    order_id: str
    total_cents: int


class EventBus:
    def __init__(self, *, raise_on_error: bool = False) -> None:
        self._handlers: dict[type, list[Handler]] = defaultdict(list)
        self._raise_on_error = raise_on_error

    def subscribe(self, event_type: type[Event], handler: Handler) -> Callable[[], None]:
        """Register ``handler`` and return a function that unsubscribes it."""
        self._handlers[event_type].append(handler)

        def unsubscribe() -> None:
            try:
                self._handlers[event_type].remove(handler)
            except ValueError:
                pass

        return unsubscribe

    def on(self, event_type: type[Event]) -> Callable[[Handler], Handler]:
        """Decorator form of :meth:`subscribe`."""

        def decorator(handler: Handler) -> Handler:
            self.subscribe(event_type, handler)
            return handler

        return decorator

    def _handlers_for(self, event: Event) -> list[Handler]:
        handlers: list[Handler] = []
        for cls in type(event).__mro__:
            handlers.extend(self._handlers.get(cls, ()))
        return handlers

    def publish(self, event: Event) -> None:
        """Deliver ``event`` synchronously. Async handlers are not allowed here."""
        for handler in self._handlers_for(event):
            if inspect.iscoroutinefunction(handler):
                raise TypeError(f"{handler!r} is async; use publish_async()")
            self._invoke(handler, event)

    async def publish_async(self, event: Event) -> None:
        """Deliver ``event``, awaiting async handlers concurrently."""
        pending = []
        for handler in self._handlers_for(event):
            result = self._invoke(handler, event)
            if inspect.isawaitable(result):
                pending.append(result)
        if pending:
            results = await asyncio.gather(*pending, return_exceptions=True)
            for r in results:
                if isinstance(r, Exception):
                    self._handle_error(r, event)

    def _invoke(self, handler: Handler, event: Event) -> Any:
        try:
            return handler(event)
        except Exception as exc:  # noqa: BLE001 - handlers must not break publishers
            self._handle_error(exc, event)
            return None

    def _handle_error(self, exc: Exception, event: Event) -> None:
        if self._raise_on_error:
            raise exc
        log.exception("handler failed for %s", type(event).__name__, exc_info=exc)
