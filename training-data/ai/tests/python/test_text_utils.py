import pytest

from text_utils import camel_case, pluralize, slugify, snake_case, truncate, wrap_words


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Hello World", "hello-world"),
        ("  leading and trailing  ", "leading-and-trailing"),
        ("Multiple   spaces---and-dashes", "multiple-spaces-and-dashes"),
        ("Crème brûlée", "creme-brulee"),
        ("What's up?!", "whats-up"),
        ("", ""),
        (42, "42"),
    ],
)
def test_slugify(value, expected):
    assert slugify(value) == expected


def test_slugify_keeps_unicode_when_allowed():
    assert slugify("Москва 2024", allow_unicode=True) == "москва-2024"


def test_slugify_max_length_does_not_end_with_hyphen():
    result = slugify("a very long title indeed", max_length=7)
    assert result == "a-very"
    assert not result.endswith("-")


@pytest.mark.parametrize(
    "name, expected",
    [
        ("camelCase", "camel_case"),
        ("PascalCase", "pascal_case"),
        ("HTTPServerError", "http_server_error"),
        ("already_snake", "already_snake"),
        ("with spaces-and-dashes", "with_spaces_and_dashes"),
    ],
)
def test_snake_case(name, expected):
    assert snake_case(name) == expected


def test_camel_case():
    assert camel_case("user_id") == "userId"
    assert camel_case("user_id", upper_first=True) == "UserId"
    assert camel_case("") == ""
    assert camel_case("__private__name") == "privateName"


class TestTruncate:
    def test_short_text_is_unchanged(self):
        assert truncate("short", 10) == "short"

    def test_breaks_on_word_boundary(self):
        assert truncate("The quick brown fox jumps", 15) == "The quick..."

    def test_hard_cut_when_no_nearby_space(self):
        assert truncate("abcdefghijklmnop", 8) == "abcde..."

    def test_width_smaller_than_placeholder(self):
        assert truncate("abcdef", 2) == ".."

    def test_custom_placeholder(self):
        assert truncate("hello wonderful world", 12, placeholder="…") == "hello wonde…"


@pytest.mark.parametrize(
    "word, count, expected",
    [
        ("cat", 1, "cat"),
        ("cat", 2, "cats"),
        ("cat", 0, "cats"),
        ("city", 3, "cities"),
        ("day", 2, "days"),
        ("box", 2, "boxes"),
        ("church", 2, "churches"),
    ],
)
def test_pluralize(word, count, expected):
    assert pluralize(word, count) == expected


def test_pluralize_irregular():
    assert pluralize("person", 2, plural="people") == "people"


def test_wrap_words_respects_width():
    text = "lorem ipsum dolor sit amet consectetur adipiscing elit"
    lines = wrap_words(text, width=20)
    assert all(len(line) <= 20 for line in lines)
    assert " ".join(lines) == text


def test_wrap_words_long_word_gets_own_line():
    assert wrap_words("a supercalifragilistic b", width=5) == ["a", "supercalifragilistic", "b"]
