import math
import secrets
import string
import sys

import click

AMBIGUOUS = set("Il1O0o")
SYMBOLS = "!@#$%^&*()-_=+[]{};:,.?"


def build_pool(lower: bool, upper: bool, digits: bool, symbols: bool, no_ambiguous: bool) -> list[str]:
    groups = []
    if lower:
        groups.append(string.ascii_lowercase)
    if upper:
        groups.append(string.ascii_uppercase)
    if digits:
        groups.append(string.digits)
    if symbols:
        groups.append(SYMBOLS)
    if no_ambiguous:
        groups = ["".join(c for c in g if c not in AMBIGUOUS) for g in groups]
    return [g for g in groups if g]


def make_password(length: int, groups: list[str]) -> str:
    alphabet = "".join(groups)
    while True:
        pw = [secrets.choice(alphabet) for _ in range(length)]
        if all(any(c in g for c in pw) for g in groups):
            return "".join(pw)


def make_passphrase(words: list[str], count: int, sep: str) -> str:
    return sep.join(secrets.choice(words) for _ in range(count))


def entropy_bits(pool_size: int, length: int) -> float:
    return length * math.log2(pool_size) if pool_size > 1 else 0.0


@click.command()
@click.option("-n", "--length", default=20, show_default=True, type=click.IntRange(4, 256))
@click.option("-c", "--count", default=1, show_default=True, type=click.IntRange(1, 1000))
@click.option("--lower/--no-lower", default=True)
@click.option("--upper/--no-upper", default=True)
@click.option("--digits/--no-digits", default=True)
@click.option("--symbols/--no-symbols", default=False)
@click.option("--no-ambiguous", is_flag=True, help="Skip look-alike characters.")
@click.option("--words", "wordlist", type=click.File("r"), help="Word list for passphrases.")
@click.option("--sep", default="-", show_default=True)
@click.option("-v", "--verbose", is_flag=True, help="Show estimated entropy.")
def cli(length: int, count: int, lower: bool, upper: bool, digits: bool, symbols: bool,
        no_ambiguous: bool, wordlist, sep: str, verbose: bool) -> None:
    if wordlist:
        words = sorted({w.strip().lower() for w in wordlist if w.strip().isalpha()})
        if len(words) < 100:
            raise click.UsageError("word list needs at least 100 words")
        n = max(4, length // 5)
        for _ in range(count):
            click.echo(make_passphrase(words, n, sep))
        if verbose:
            click.echo(f"~{entropy_bits(len(words), n):.0f} bits", err=True)
        return

    groups = build_pool(lower, upper, digits, symbols, no_ambiguous)
    if not groups:
        raise click.UsageError("enable at least one character class")
    if length < len(groups):
        raise click.UsageError(f"length must be >= {len(groups)}")
    for _ in range(count):
        click.echo(make_password(length, groups))
    if verbose:
        click.echo(f"~{entropy_bits(len(''.join(groups)), length):.0f} bits", err=True)


if __name__ == "__main__":
    sys.exit(cli())
