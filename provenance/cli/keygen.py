"""`git provenance keygen`: make an ed25519 signing key for attestations and say how to trust it."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option("--file", "key_file", metavar="PATH", type=click.Path(dir_okay=False),
              help="Where to write the private key (default: ~/.config/git-provenance/signing_key; "
                   "the public key goes to PATH.pub).")
@click.option("--force", is_flag=True, help="Replace an existing key.")
def keygen(key_file: str | None, force: bool) -> int:
    """Make an unencrypted ed25519 key for signing attestations (mode 0600).

    Prints the public key and the line to add to the team's allowed_signers trust file.
    """
    from provenance.attestation.keys import default_key_path
    from provenance.attestation.keys import keygen as make_key
    from provenance.attestation.principal import committer_email

    email = committer_email()
    path = Path(key_file).expanduser() if key_file else default_key_path()
    key = make_key(path, comment=email or "", force=force)
    click.echo(f"Wrote {key.private_path} (private, mode 0600) and {key.public_path}.")
    click.echo(key.public_line)
    if email is None:
        click.echo("git has no user.email here; put the committer email first in the line below.", err=True)
    click.echo("Add this line to the allowed_signers trust file:")
    click.echo(key.allowed_signers_line(email or "YOUR-EMAIL"))
    return 0
