"""The hook call's bytes: what the client writes is what the standby reads, and nothing else is read."""

from __future__ import annotations

import os

import pytest

from provenance.standby import request


def test_a_call_survives_the_trip_with_any_bytes_in_paths_and_variables() -> None:
    odd = os.fsdecode(b"caf\xe9 \xff")  # not UTF-8: the operating system's bytes, as the shell passed them
    call = request.HookCall(4242, f"/work/{odd}", ["hook", "commit-msg", f".git/{odd}"],
                            {"HOME": "/home/ada", "EMPTY": "", "WITH_EQUALS": "a=b=c", "ODD": odd})
    data = request.encode(call)
    assert int.from_bytes(data[:request.LENGTH_BYTES], "big") == len(data) - request.LENGTH_BYTES
    back = request.decode(data[request.LENGTH_BYTES:])
    assert back is not None
    assert (back.git_pid, back.cwd, back.argv, back.environ) == (call.git_pid, call.cwd, call.argv, call.environ)


@pytest.mark.parametrize("body", [
    b"",
    b"provenance-standby-0\x001\x00/\x000",  # another version
    b"provenance-standby-1\x00pid\x00/\x000",  # not a number
    b"provenance-standby-1\x001\x00/\x005\x00hook",  # fewer arguments than it says
    b"provenance-standby-1\x001\x00/\x00-1",
    b"provenance-standby-1\x001\x00/\x000\x00NO_EQUALS_SIGN",
])  # fmt: skip
def test_anything_else_is_no_call(body: bytes) -> None:
    assert request.decode(body) is None


def test_descriptors_round_trip() -> None:
    assert request.descriptors(request.descriptor_bytes((0, 1, 2, 1023))) == [0, 1, 2, 1023]
    assert request.descriptors(request.descriptor_bytes((7,)) + b"\x01") == [7]  # a torn tail is ignored
