"""`git provenance attest`: check the commits of the current branch again and re-sign them (rewrites them)."""

from __future__ import annotations

import click

from provenance.cli.options import config_options, load


@click.command()
@click.option("--range", "range_spec", metavar="A..B",
              help="Commits to attest, ending at HEAD (default: merge base with the default branch up to HEAD).")
@click.option("--last", type=int, metavar="N", help="Attest the last N commits of HEAD instead.")
@click.option("--key", "key_path", metavar="PATH",
              help="Signing key (default: ~/.config/git-provenance/signing_key; a .pub file signs through ssh-agent).")
@config_options
def attest(range_spec: str | None, last: int | None, key_path: str | None, config_file: str | None,
           config_overrides: tuple[str, ...]) -> int:
    """Re-check and re-sign the commits of the current branch, rewriting each one.

    For commits you rebased or cherry-picked for someone else (you are their committer now), or
    made before the hook signed. Prints every commit it rewrites; `git reset --hard ORIG_HEAD` undoes.
    """
    import os

    from provenance.attestation.keys import default_key_path
    from provenance.verify.attest import attest_range
    from provenance.verify.run import open_repo
    from provenance.verify.selection import select

    repo = open_repo()
    config = load(config_file, config_overrides, repo.top)
    selection = select(repo, config, range_spec, last, os.environ)
    rewritten = attest_range(repo, config, selection.rev_args, key_path or str(default_key_path()))
    for commit in reversed(rewritten):
        what = "attested" if commit.attested else "new parent"
        click.echo(f"{commit.old[:12]} -> {commit.new[:12]} {what:<10} {commit.subject}")
    attested = sum(commit.attested for commit in rewritten)
    click.echo(f"rewrote {len(rewritten)} commit(s) of {selection.description}, {attested} attested; "
               "the old tip is ORIG_HEAD (git reset --hard ORIG_HEAD undoes this)")
    return 0
