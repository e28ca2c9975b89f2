import pytest

from versioning import InvalidVersion, bump, parse_version


@pytest.mark.parametrize("text,expected", [
    ("1.2.3", (1, 2, 3, None)),
    ("v0.0.1", (0, 0, 1, None)),
    ("10.20.30-rc.1", (10, 20, 30, "rc.1")),
    ("1.0.0-alpha+build.7", (1, 0, 0, "alpha")),
])
def test_parse_valid(text, expected):
    v = parse_version(text)
    assert (v.major, v.minor, v.patch, v.pre) == expected


@pytest.mark.parametrize("text", ["", "1", "1.2", "1.2.3.4", "01.2.3", "1.2.x", "-1.2.3", None])
def test_parse_invalid(text):
    with pytest.raises(InvalidVersion):
        parse_version(text)


def test_ordering():
    ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0"]
    shuffled = ordered[::2] + ordered[1::2][::-1]
    assert [str(v) for v in sorted(map(parse_version, shuffled))] == ordered


def test_build_metadata_ignored_in_equality():
    assert parse_version("1.0.0+a") == parse_version("1.0.0+b")


@pytest.mark.parametrize("start,part,expected", [
    ("1.2.3", "patch", "1.2.4"),
    ("1.2.3", "minor", "1.3.0"),
    ("1.2.3", "major", "2.0.0"),
    ("1.2.3-rc.1", "patch", "1.2.3"),
    ("0.9.9", "minor", "0.10.0"),
])
def test_bump(start, part, expected):
    assert str(bump(parse_version(start), part)) == expected


def test_bump_unknown_part():
    with pytest.raises(ValueError, match="part"):
        bump(parse_version("1.0.0"), "micro")


def test_str_roundtrip():
    for s in ["0.1.0", "3.4.5-beta.2", "7.0.0+sha.abc"]:
        assert str(parse_version(s)) == s
