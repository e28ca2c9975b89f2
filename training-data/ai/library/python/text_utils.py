import re
import unicodedata

_slug_strip = re.compile(r"[^\w\s-]")
_slug_hyphenate = re.compile(r"[-\s]+")
_camel_boundary = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def slugify(value, allow_unicode=False, max_length=None):
    value = str(value)
    if allow_unicode:
        value = unicodedata.normalize("NFKC", value)
    else:
        value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = _slug_strip.sub("", value.lower())
    value = _slug_hyphenate.sub("-", value).strip("-_")
    if max_length and len(value) > max_length:
        value = value[:max_length].rstrip("-")
    return value


def snake_case(name):
    name = _camel_boundary.sub("_", name)
    return re.sub(r"[\s\-]+", "_", name).lower()


def camel_case(name, upper_first=False):
    parts = [p for p in re.split(r"[_\-\s]+", name) if p]
    if not parts:
        return ""
    head = parts[0].capitalize() if upper_first else parts[0].lower()
    return head + "".join(p.capitalize() for p in parts[1:])


def truncate(text, width, placeholder="..."):
    if len(text) <= width:
        return text
    if width <= len(placeholder):
        return placeholder[:width]
    cut = text[: width - len(placeholder)]
    # prefer breaking on a word boundary if there is one reasonably close
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip() + placeholder


def strip_accents(text):
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    )


def normalize_whitespace(text):
    return " ".join(text.split())


def pluralize(word, count, plural=None):
    if count == 1:
        return word
    if plural:
        return plural
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def wrap_words(text, width=80):
    lines, current = [], []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(" ".join(current))
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines
