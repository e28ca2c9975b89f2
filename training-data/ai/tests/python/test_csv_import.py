import csv
import io
import textwrap

import pytest

from importer import ImportError_, import_contacts, parse_row


@pytest.fixture
def csv_file(tmp_path):
    def _write(content, name="contacts.csv"):
        path = tmp_path / name
        path.write_text(textwrap.dedent(content).lstrip(), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def db():
    # minimal in-memory stand-in for the repository used by import_contacts
    class FakeRepo:
        def __init__(self):
            self.saved = []

        def exists(self, email):
            return any(c["email"] == email for c in self.saved)

        def save(self, contact):
            self.saved.append(contact)

    return FakeRepo()


def test_parse_row_strips_and_lowercases_email():
    row = {"name": "  Ada Lovelace ", "email": " ADA@Example.COM ", "phone": ""}
    assert parse_row(row) == {"name": "Ada Lovelace", "email": "ada@example.com", "phone": None}


@pytest.mark.parametrize("phone, expected", [
    ("+44 20 7946 0958", "+442079460958"),
    ("(555) 123-4567", "5551234567"),
    ("", None),
])
def test_parse_row_normalises_phone(phone, expected):
    row = {"name": "X", "email": "x@example.com", "phone": phone}
    assert parse_row(row)["phone"] == expected


@pytest.mark.parametrize("bad_email", ["", "no-at-sign", "a@", "@b.com"])
def test_parse_row_rejects_invalid_email(bad_email):
    with pytest.raises(ImportError_):
        parse_row({"name": "X", "email": bad_email, "phone": ""})


def test_import_happy_path(csv_file, db):
    path = csv_file("""
        name,email,phone
        Ada,ada@example.com,
        Grace,grace@example.com,555-0100
    """)
    report = import_contacts(path, db)
    assert report.imported == 2
    assert report.skipped == 0
    assert [c["name"] for c in db.saved] == ["Ada", "Grace"]


def test_import_skips_duplicates(csv_file, db):
    db.save({"name": "Ada", "email": "ada@example.com", "phone": None})
    path = csv_file("""
        name,email,phone
        Ada again,ADA@example.com,
        Linus,linus@example.com,
    """)
    report = import_contacts(path, db)
    assert report.imported == 1
    assert report.skipped == 1
    assert len(db.saved) == 2


def test_import_collects_errors_with_line_numbers(csv_file, db):
    path = csv_file("""
        name,email,phone
        Good,good@example.com,
        Bad,not-an-email,
        ,missing-name@example.com,
    """)
    report = import_contacts(path, db)
    assert report.imported == 1
    assert [line for line, _ in report.errors] == [3, 4]


def test_import_missing_required_column(csv_file, db):
    path = csv_file("""
        name,phone
        Ada,123
    """)
    with pytest.raises(ImportError_, match="email"):
        import_contacts(path, db)


def test_import_handles_bom_and_semicolons(tmp_path, db):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    writer.writerow(["name", "email", "phone"])
    writer.writerow(["Zoë", "zoe@example.com", ""])
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

    report = import_contacts(path, db)
    assert report.imported == 1
    assert db.saved[0]["name"] == "Zoë"


def test_empty_file(csv_file, db):
    path = csv_file("name,email,phone\n")
    report = import_contacts(path, db)
    assert report.imported == report.skipped == 0
    assert report.errors == []
