"""Signed attestations (issue 11): what a commit's author-side check saw, signed with an SSH key.

``statement`` is the signed record and its canonical bytes (versioned, with upgraders);
``sshsig`` is OpenSSH's SSHSIG signature format (sign in-process with ed25519, verify ed25519,
ECDSA and RSA); ``ed25519`` checks one ed25519 signature (libsodium, else OpenSSL); ``keys``
makes signing keys; ``openssh_key`` reads an unencrypted ed25519 private key; ``signing`` signs
in-process, or through ``ssh-keygen -Y sign`` for keys only ssh-keygen or ssh-agent can use;
``wire`` is SSH's binary encoding; ``trust`` reads an OpenSSH ``allowed_signers`` file and decides
whether a key may sign for a principal at a time; ``verification`` puts them together into one
typed result; ``principal`` says who signs (the committer).

The ``cryptography`` and ``nacl`` libraries are imported lazily, inside the functions that sign or verify, so
merely importing this package costs nothing.

May import: provenance.core, provenance.gitio (the runner starts ssh-keygen and git)."""
