"""Signing with a key ssh-agent holds through the agent's own protocol, without starting ssh-keygen.

A key named by its ``.pub`` file signs as ``ssh-keygen -Y sign -n git-provenance -f KEY.pub``
would have it sign: the agent gets the same SSHSIG bytes (``sshsig.signed_data``, SHA-512) and
returns the signature; an RSA key is asked for rsa-sha2-512, as ssh-keygen asks. Starting
ssh-keygen costs the commit-msg hook ~7 ms; this is one round trip on the agent's socket
(draft-miller-ssh-agent: SSH_AGENTC_SIGN_REQUEST). Whatever it cannot do -- no agent, an agent
without the key or refusing, a certificate, a damaged .pub file -- gives None, and ssh-keygen
signs instead (and says what is wrong). Like ssh-keygen it waits as long as the agent takes (a
confirmation prompt, a security key's touch).
"""

from __future__ import annotations

import _socket
import binascii
import os
from collections.abc import Mapping

from provenance.attestation import sshsig, wire
from provenance.attestation.errors import MalformedError

SIGN_REQUEST = 13  # SSH_AGENTC_SIGN_REQUEST
SIGN_RESPONSE = 14  # SSH_AGENT_SIGN_RESPONSE
RSA_SHA2_512 = 4  # SSH_AGENT_RSA_SHA2_512
_MAX_REPLY = 256 * 1024  # OpenSSH's own limit on an agent message


def public_key_blob(pub_path: str | os.PathLike[str]) -> bytes | None:
    """The key in a ``.pub`` file (``TYPE BASE64 [COMMENT]``) in SSH wire encoding, or None."""
    try:
        with open(pub_path, "rb") as handle:
            fields = handle.read().split()
        blob = binascii.a2b_base64(fields[1])
        sshsig.key_type(blob)
    except (OSError, IndexError, binascii.Error, MalformedError):
        return None
    return blob


def sign(public_key: bytes, message: bytes, environ: Mapping[str, str]) -> sshsig.SshSignature | None:
    """``message`` signed by the agent at SSH_AUTH_SOCK with ``public_key``'s private half, or None."""
    socket_path = environ.get("SSH_AUTH_SOCK")
    key_type = sshsig.key_type(public_key)
    if not socket_path or key_type.endswith("-cert-v01@openssh.com"):
        return None
    flags = RSA_SHA2_512 if key_type == "ssh-rsa" else 0
    data = sshsig.signed_data(message, sshsig.NAMESPACE, sshsig.DEFAULT_HASH)
    request = bytes([SIGN_REQUEST]) + wire.string(public_key) + wire.string(data) + flags.to_bytes(4, "big")
    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.connect(socket_path)
        connection.sendall(wire.string(request))
        reply = _read_message(connection)
    except OSError:
        return None
    finally:
        connection.close()
    if reply is None or reply[:1] != bytes([SIGN_RESPONSE]):
        return None  # SSH_AGENT_FAILURE: the agent does not hold the key, or refused
    try:
        reader = wire.Reader(reply[1:], "ssh-agent's signature")
        signature = reader.string()
        reader.end()
        algorithm = wire.Reader(signature, "ssh-agent's signature").text()
    except MalformedError:
        return None
    # As ssh-keygen checks: an agent that ignored the rsa-sha2-512 flag answers with a SHA-1
    # "ssh-rsa" signature, which verify refuses.
    if algorithm != ("rsa-sha2-512" if key_type == "ssh-rsa" else key_type):
        return None
    return sshsig.SshSignature(public_key, sshsig.NAMESPACE, sshsig.DEFAULT_HASH, signature)


def _read_message(connection: _socket.socket) -> bytes | None:
    header = _read_exactly(connection, 4)
    if header is None:
        return None
    length = int.from_bytes(header, "big")
    return _read_exactly(connection, length) if 0 < length <= _MAX_REPLY else None


def _read_exactly(connection: _socket.socket, count: int) -> bytes | None:
    data = b""
    while len(data) < count:
        chunk = connection.recv(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data
