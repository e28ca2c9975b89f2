from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional, Protocol

logger = logging.getLogger(__name__)

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PBKDF2_ITERATIONS = 600_000
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


@dataclass
class User:
    id: int
    email: str
    password_hash: str
    failed_logins: int = 0
    locked_until: Optional[datetime] = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


class UserStore(Protocol):
    def by_email(self, email: str) -> Optional[User]: ...
    def add(self, email: str, password_hash: str) -> User: ...
    def update(self, user: User) -> None: ...


class AuthError(Exception):
    """Raised for any authentication failure; message is safe to show users."""


def hash_password(password: str, *, salt: Optional[bytes] = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERATIONS)
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algo, iterations, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if algo != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


class UserService:
    """Registration and login.

    Previously this logic lived in the Flask view functions and talked to the
    database directly; it now depends only on the ``UserStore`` protocol.
    """

    def __init__(self, store: UserStore, clock=lambda: datetime.now(timezone.utc)) -> None:
        self._store = store
        self._now = clock

    def register(self, email: str, password: str) -> User:
        email = email.strip().lower()
        if not EMAIL_RE.match(email):
            raise ValueError("invalid email address")
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        if self._store.by_email(email) is not None:
            raise ValueError("an account with this email already exists")
        user = self._store.add(email, hash_password(password))
        logger.info("registered user %s", user.id)
        return user

    def authenticate(self, email: str, password: str) -> User:
        user = self._store.by_email(email.strip().lower())
        now = self._now()
        if user is None:
            # run a hash anyway so response time doesn't reveal unknown emails
            verify_password(password, hash_password("dummy-password"))
            raise AuthError("invalid email or password")
        if user.is_locked(now):
            raise AuthError("account temporarily locked; try again later")

        if not verify_password(password, user.password_hash):
            self._record_failure(user, now)
            raise AuthError("invalid email or password")

        if user.failed_logins:
            user.failed_logins = 0
            user.locked_until = None
            self._store.update(user)
        return user

    def _record_failure(self, user: User, now: datetime) -> None:
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCKOUT
            logger.warning("locking user %s after %d failed logins", user.id, user.failed_logins)
        self._store.update(user)
