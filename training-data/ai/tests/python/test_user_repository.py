"""Integration tests for ``accounts.repository.UserRepository`` on SQLite.

Each test gets its own in-memory database, created from the project's schema
file, so tests can run in any order and in parallel.
"""

import sqlite3
from pathlib import Path

import pytest

from accounts.repository import DuplicateEmailError, UserNotFoundError, UserRepository

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "accounts" / "schema.sql"
ALICE = {"email": "alice@example.com", "display_name": "Alice"}
BOB = {"email": "bob@example.com", "display_name": "Bob"}


@pytest.fixture
def conn():
    """Yield a fresh in-memory connection with the schema applied."""
    connection = sqlite3.connect(":memory:")
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    connection.executescript(SCHEMA_PATH.read_text(encoding="utf-8"))
    yield connection
    connection.close()


@pytest.fixture
def repo(conn):
    """A repository bound to the per-test connection."""
    return UserRepository(conn)


@pytest.fixture
def alice(repo):
    """A user that already exists in the database."""
    return repo.create(**ALICE)


def test_create_assigns_id_and_timestamps(repo):
    user = repo.create(**BOB)

    assert user.id is not None
    assert user.email == BOB["email"]
    assert user.created_at is not None
    assert user.created_at == user.updated_at


def test_get_by_id_round_trips(repo, alice):
    loaded = repo.get(alice.id)

    assert loaded == alice


def test_get_missing_raises(repo):
    with pytest.raises(UserNotFoundError) as excinfo:
        repo.get(9999)
    assert "9999" in str(excinfo.value)


def test_email_lookup_is_case_insensitive(repo, alice):
    assert repo.find_by_email("ALICE@Example.COM").id == alice.id


def test_find_by_email_returns_none_when_absent(repo):
    assert repo.find_by_email("nobody@example.com") is None


def test_duplicate_email_rejected(repo, alice):
    with pytest.raises(DuplicateEmailError):
        repo.create(email="Alice@example.com", display_name="Other Alice")


@pytest.mark.parametrize("bad_email", ["", "no-at-sign", "a@", "@b.com"])
def test_create_validates_email(repo, bad_email):
    with pytest.raises(ValueError, match="email"):
        repo.create(email=bad_email, display_name="X")


def test_update_changes_fields_and_bumps_updated_at(repo, alice):
    updated = repo.update(alice.id, display_name="Alice Liddell")

    assert updated.display_name == "Alice Liddell"
    assert updated.email == alice.email
    assert updated.updated_at >= alice.updated_at


def test_update_unknown_field_rejected(repo, alice):
    with pytest.raises(TypeError):
        repo.update(alice.id, is_admin=True)


def test_delete_removes_row(repo, alice, conn):
    repo.delete(alice.id)

    count = conn.execute("SELECT COUNT(*) FROM users").fetchone()[0]
    assert count == 0
    with pytest.raises(UserNotFoundError):
        repo.get(alice.id)


def test_list_is_paginated_and_ordered(repo):
    for i in range(25):
        repo.create(email=f"user{i:02d}@example.com", display_name=f"User {i}")

    first = repo.list(limit=10, offset=0)
    third = repo.list(limit=10, offset=20)

    assert [u.email for u in first] == [f"user{i:02d}@example.com" for i in range(10)]
    assert len(third) == 5


def test_failed_create_leaves_no_partial_rows(repo, alice, conn):
    before = conn.execute("SELECT COUNT(*) FROM users").fetchone()[0]
    with pytest.raises(DuplicateEmailError):
        repo.create(**ALICE)
    after = conn.execute("SELECT COUNT(*) FROM users").fetchone()[0]

    assert before == after
