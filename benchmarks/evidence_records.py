#!/usr/bin/env python3
"""Records at volume: N MB of what AI tools on a developer's machine write, in each tool's real
on-disk format, under a folder that stands in for HOME.

    .venv/bin/python benchmarks/evidence_records.py OUT --mb 200 [--repo REPO] [--seed 1]

Writes OUT/home with a few hundred sessions spread across the sources git-provenance reads —
Claude Code and Qwen Code JSONL transcripts, Codex CLI rollouts, Gemini CLI chat recordings
(JSONL and whole-JSON), Cline task files, Jan threads, OpenCode's SQLite store, aider's chat
history (in REPO), Ollama's server log, a llama.cpp ``--log-file`` and a vLLM log (the last named
in the user's evidence settings, as vLLM has no place of its own) — and prints the environment to
run git-provenance against them (``export NAME=VALUE`` lines: HOME, XDG_CONFIG_HOME, the index's
place, LLAMA_ARG_LOG_FILE). Sessions last up to an hour; ``--recent`` of them (default half, a
heavy user) were written in the last 20 hours, inside the default 24-hour window, the rest over
the 30 days before. About one in ten ran in REPO and wrote files there; one of those, the last,
wrote ``src/evidence_target.py`` (its content in OUT/staged.py), so staging that file in REPO
gives a commit the evidence matches. The padding — tool results, file contents read, log noise —
is random words, so the volume is what a reader must parse, not what compresses.

Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Share of the bytes per source (the rest of the volume follows from --mb).
SHARES = {"claude": 0.40, "codex": 0.22, "gemini": 0.08, "gemini-json": 0.02, "qwen": 0.04, "cline": 0.03,
          "jan": 0.02, "opencode": 0.05, "aider": 0.01, "ollama": 0.07, "llama": 0.03, "vllm": 0.03}
SESSIONS = {"claude": 120, "codex": 66, "gemini": 24, "gemini-json": 6, "qwen": 12, "cline": 9, "jan": 6,
            "opencode": 18}
WORDS = ("value result index buffer parser token stream client retry backoff request handler config cache "
         "window record session reader writer commit branch remote digest schema table column row query "
         "limit offset total count error status model tool edit patch line file path folder").split()
TARGET_LINES = [f"def evidence_target_{n}(values, limit={n}):" for n in range(6)] + [
    f"    return [v * {n} for v in values if v > limit]" for n in range(6)]


class Volume:
    """Random words and code-like lines from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.pool = [" ".join(self.random.choice(WORDS) for _ in range(self.random.randint(4, 14)))
                     for _ in range(4000)]
        self.counter = 0

    def text(self, size: int) -> str:
        """About ``size`` bytes of lines of words."""
        out, total = [], 0
        while total < size:
            line = self.random.choice(self.pool)
            out.append(line)
            total += len(line) + 1
        return "\n".join(out)

    def code(self, lines: int) -> str:
        """Lines a tool writes: distinct, non-trivial."""
        made = []
        for _ in range(lines):
            self.counter += 1
            made.append(f"{self.random.choice(WORDS)}_{self.counter} = {self.random.choice(WORDS)}({self.counter})")
        return "\n".join(made) + "\n"


def iso(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{int(seconds * 1000) % 1000:03d}Z"


class Session:
    """One session's place and time: where it ran, whether in REPO, when it started and ended."""

    def __init__(self, volume: Volume, number: int, repo: str, recent: float, now: float) -> None:
        rng = volume.random
        self.number = number
        self.in_repo = rng.random() < 0.1
        self.cwd = repo if self.in_repo else f"/home/dev/project-{rng.randint(1, 40)}"
        ago = rng.uniform(600, 20 * 3600) if rng.random() < recent else rng.uniform(24 * 3600 + 600, 31 * 86400)
        self.end = now - ago
        self.start = self.end - rng.uniform(60, 3600)
        self.id = hashlib.sha256(f"session-{number}".encode()).hexdigest()[:32]

    def times(self, count: int) -> list[float]:
        step = (self.end - self.start) / max(count, 1)
        return [self.start + step * (i + 1) for i in range(count)]

    def written_path(self, volume: Volume) -> str:
        return f"{self.cwd}/src/{volume.random.choice(WORDS)}_{volume.random.randint(1, 30)}.py"


def _write_lines(path: Path, lines: list[str], mtime: float) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(line + "\n" for line in lines)
    path.write_text(data, encoding="utf-8")
    os.utime(path, (mtime, mtime))
    return len(data)


def _turns(budget: int, per_turn: int) -> int:
    return max(2, budget // per_turn)


# --------------------------------------------------------------------------- per source


def claude(home: Path, session: Session, volume: Volume, budget: int, target: str | None = None) -> int:
    lines, times = [], session.times(_turns(budget, 6000))
    base = {"sessionId": session.id, "cwd": session.cwd, "version": "2.0.69", "gitBranch": "main"}
    for n, when in enumerate(times):
        pad = {"type": "tool_result", "tool_use_id": f"t{n}", "content": volume.text(5000)}
        lines.append(json.dumps({**base, "type": "user", "timestamp": iso(when), "uuid": f"u{n}",
                                 "message": {"role": "user", "content": [pad]}}))
        content = TARGET_LINES_TEXT if target and n == len(times) - 1 else volume.code(8)
        tool = {"type": "tool_use", "id": f"t{n}", "name": "Write" if n % 3 == 0 else "Edit",
                "input": {"file_path": target or session.written_path(volume), "content": content,
                          "old_string": "x", "new_string": content}}
        lines.append(json.dumps({**base, "type": "assistant", "timestamp": iso(when + 1), "uuid": f"a{n}",
                                 "message": {"model": "claude-sonnet-4-5-20250929", "role": "assistant",
                                             "content": [{"type": "text", "text": volume.text(300)}, tool]}}))
    slug = session.cwd.replace("/", "-")
    return _write_lines(home / ".claude" / "projects" / slug / f"{session.id}.jsonl", lines, session.end)


def codex(home: Path, session: Session, volume: Volume, budget: int) -> int:
    times = session.times(_turns(budget, 6000))
    meta = {"id": session.id, "timestamp": iso(session.start), "cwd": session.cwd, "originator": "codex_cli_rs",
            "cli_version": "0.58.0", "source": "cli",
            "git": {"repository_url": "git@example.com:dev/project.git", "branch": "main"}}
    lines = [json.dumps({"timestamp": iso(session.start), "type": "session_meta", "payload": meta}),
             json.dumps({"timestamp": iso(session.start), "type": "turn_context",
                         "payload": {"cwd": session.cwd, "model": "gpt-5-codex", "approval_policy": "on-request"}})]
    for n, when in enumerate(times):
        lines.append(json.dumps({"timestamp": iso(when), "type": "response_item", "payload": {
            "type": "function_call_output", "call_id": f"c{n}", "output": volume.text(5000)}}))
        added = "".join(f"+{line}\n" for line in volume.code(8).splitlines())
        patch = f"*** Begin Patch\n*** Add File: src/{volume.random.choice(WORDS)}_{n}.py\n{added}*** End Patch\n"
        lines.append(json.dumps({"timestamp": iso(when + 1), "type": "response_item", "payload": {
            "type": "custom_tool_call", "name": "apply_patch", "call_id": f"p{n}", "input": patch}}))
    day = time.strftime("%Y/%m/%d", time.gmtime(session.start))
    name = f"rollout-{time.strftime('%Y-%m-%dT%H-%M-%S', time.gmtime(session.start))}-{session.id}.jsonl"
    return _write_lines(home / ".codex" / "sessions" / day / name, lines, session.end)


def _gemini_messages(session: Session, volume: Volume, budget: int) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    for n, when in enumerate(session.times(_turns(budget, 5000))):
        messages.append({"id": f"u{n}", "timestamp": iso(when), "type": "user", "content": volume.text(4500)})
        call = {"id": f"c{n}", "name": "write_file", "status": "success", "timestamp": iso(when + 1),
                "args": {"file_path": session.written_path(volume), "content": volume.code(8)}}
        messages.append({"id": f"g{n}", "timestamp": iso(when + 1), "type": "gemini", "model": "gemini-2.5-pro",
                         "content": volume.text(200), "toolCalls": [call]})
    return messages


def gemini(home: Path, session: Session, volume: Volume, budget: int) -> int:
    project = hashlib.sha256(session.cwd.encode()).hexdigest()
    meta = {"sessionId": session.id, "projectHash": project, "startTime": iso(session.start),
            "lastUpdated": iso(session.end), "kind": "main"}
    lines = [json.dumps(meta)] + [json.dumps(m) for m in _gemini_messages(session, volume, budget)]
    path = home / ".gemini" / "tmp" / project / "chats" / f"session-{int(session.start)}-{session.id[:8]}.jsonl"
    return _write_lines(path, lines, session.end)


def gemini_json(home: Path, session: Session, volume: Volume, budget: int) -> int:
    project = hashlib.sha256(session.cwd.encode()).hexdigest()
    document = {"sessionId": session.id, "projectHash": project, "startTime": iso(session.start),
                "lastUpdated": iso(session.end), "messages": _gemini_messages(session, volume, budget)}
    path = home / ".gemini" / "tmp" / project / "chats" / f"session-{int(session.start)}-{session.id[:8]}.json"
    return _write_lines(path, [json.dumps(document)], session.end)


def qwen(home: Path, session: Session, volume: Volume, budget: int) -> int:
    lines = []
    base = {"sessionId": session.id, "cwd": session.cwd, "version": "0.0.14", "gitBranch": "main"}
    for n, when in enumerate(session.times(_turns(budget, 5000))):
        lines.append(json.dumps({**base, "uuid": f"u{n}", "timestamp": iso(when), "type": "user",
                                 "message": {"role": "user", "parts": [{"text": volume.text(4500)}]}}))
        call = {"functionCall": {"name": "write_file", "args": {"file_path": session.written_path(volume),
                                                                "content": volume.code(8)}}}
        lines.append(json.dumps({**base, "uuid": f"a{n}", "timestamp": iso(when + 1), "type": "assistant",
                                 "model": "qwen3-coder-plus", "message": {"role": "model", "parts": [call]}}))
    slug = session.cwd.replace("/", "-")
    return _write_lines(home / ".qwen" / "projects" / slug / "chats" / f"{session.id}.jsonl", lines, session.end)


def cline(home: Path, session: Session, volume: Volume, budget: int) -> int:
    storage = home / ".config" / "Code" / "User" / "globalStorage" / "saoudrizwan.claude-dev"
    messages = []
    for n, when in enumerate(session.times(_turns(budget, 5000))):
        messages.append({"ts": int(when * 1000), "type": "say", "say": "text", "text": volume.text(4500)})
        tool = {"tool": "newFileCreated", "path": f"src/{volume.random.choice(WORDS)}_{n}.py",
                "content": volume.code(8)}
        messages.append({"ts": int(when * 1000) + 1, "type": "ask", "ask": "tool", "text": json.dumps(tool),
                         "modelInfo": {"modelId": "claude-sonnet-4-5", "providerId": "anthropic"}})
    folder = storage / "tasks" / session.id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "history_item.json").write_text(json.dumps({"id": session.id, "workspace": session.cwd}))
    return _write_lines(folder / "ui_messages.json", [json.dumps(messages)], session.end)


def jan(home: Path, session: Session, volume: Volume, budget: int) -> int:
    folder = home / ".config" / "Jan" / "data" / "threads" / session.id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "thread.json").write_text(json.dumps({"id": session.id, "assistants": [{"model": {"id": "qwen3:8b"}}]}))
    lines = []
    for n, when in enumerate(session.times(_turns(budget, 5000))):
        for role in ("user", "assistant"):
            lines.append(json.dumps({"id": f"{role}{n}", "thread_id": session.id, "role": role,
                                     "created_at": int(when * 1000), "content": [{"type": "text", "text": {
                                         "value": volume.text(2400)}}]}))
    return _write_lines(folder / "messages.jsonl", lines, session.end)


def opencode(home: Path, sessions: list[Session], volume: Volume, budget: int) -> int:
    path = home / ".local" / "share" / "opencode" / "opencode.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    connection.executescript(
        "CREATE TABLE message (id TEXT PRIMARY KEY, session_id TEXT NOT NULL, time_created INTEGER NOT NULL, "
        "time_updated INTEGER NOT NULL, data TEXT NOT NULL);"
        "CREATE TABLE part (id TEXT PRIMARY KEY, message_id TEXT NOT NULL, session_id TEXT NOT NULL, "
        "time_created INTEGER NOT NULL, time_updated INTEGER NOT NULL, data TEXT NOT NULL);")
    for session in sessions:
        message_id = f"m-{session.id}"
        data = {"role": "assistant", "modelID": "qwen3-coder", "providerID": "ollama",
                "path": {"cwd": session.cwd, "root": session.cwd}}
        at = int(session.start * 1000)
        connection.execute("INSERT INTO message VALUES (?, ?, ?, ?, ?)", (message_id, session.id, at, at,
                                                                          json.dumps(data)))
        for n, when in enumerate(session.times(_turns(budget // len(sessions), 5000))):
            ms = int(when * 1000)
            text_part = {"type": "text", "text": volume.text(4500)}
            tool = {"type": "tool", "tool": "write", "state": {"status": "completed", "time": {"start": ms},
                    "input": {"filePath": session.written_path(volume), "content": volume.code(8)}}}
            for k, part in enumerate((text_part, tool)):
                connection.execute("INSERT INTO part VALUES (?, ?, ?, ?, ?, ?)",
                                   (f"p-{session.id}-{n}-{k}", message_id, session.id, ms, ms, json.dumps(part)))
    connection.commit()
    connection.close()
    last = max(session.end for session in sessions)
    os.utime(path, (last, last))
    return path.stat().st_size


def aider(repo: Path, volume: Volume, budget: int, now: float) -> int:
    out, written = [], 0
    start = now - 3 * 86400
    while written < budget:
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(start))
        block = [f"\n# aider chat started at {stamp}\n", "> Main model: ollama_chat/qwen2.5-coder:32b with diff "
                 "edit format\n", f"#### {volume.text(200)}\n", "src/helpers.py", "```python", "<<<<<<< SEARCH",
                 "=======", volume.code(8).rstrip("\n"), ">>>>>>> REPLACE", "```", "",
                 "> Applied edit to src/helpers.py", volume.text(2000), ""]
        text = "\n".join(block)
        out.append(text)
        written += len(text)
        start += 1800
    path = repo / ".aider.chat.history.md"
    path.write_text("".join(out), encoding="utf-8")
    os.utime(path, (now - 3600, now - 3600))
    return written


def ollama(home: Path, volume: Volume, budget: int, now: float) -> int:
    lines, written, n = [], 0, 0
    moment = now - 30 * 86400
    step = 30 * 86400 / max(budget // 700, 1)
    while written < budget:
        n += 1
        moment = min(moment + step, now - 1800)  # nothing in the last half hour: runs minutes apart agree
        if n % 50 == 1:
            line = (f'time={iso(moment)} level=INFO source=server.go:391 msg="starting llama server" '
                    f'cmd="/usr/bin/ollama runner --model /usr/share/ollama/.ollama/models/blobs/sha256-'
                    f'{n:064x} --ctx-size 8192 --port 40000"')
        elif n % 3 == 0:
            local = time.strftime("%Y/%m/%d - %H:%M:%S", time.localtime(moment))
            line = f'[GIN] {local} | 200 |  2.504s |  127.0.0.1 | POST     "/api/chat"'
        else:
            line = f"time={iso(moment)} level=DEBUG source=runner.go:1 msg=\"{volume.text(500)[:600]}\""
        lines.append(line)
        written += len(line) + 1
    return _write_lines(home / ".ollama" / "logs" / "server.log", lines, now - 300)


def llama(path: Path, volume: Volume, budget: int, now: float) -> int:
    lines, written, n = ["llama_model_loader: loaded meta data with 30 key-value pairs from /models/q.gguf",
                         "print_info: general.name = Qwen3 8B Instruct"], 0, 0
    while written < budget:
        n += 1
        minutes, seconds = divmod(n, 60)
        stamp = f"{minutes}.{seconds:02d}.{n % 1000:03d}.000"
        line = (f"{stamp} I srv  log_server_r: request: POST /v1/chat/completions 127.0.0.1 200" if n % 4 == 0
                else f"{stamp} D slot update_slots: {volume.text(300)[:300]}")
        lines.append(line)
        written += len(line) + 1
    return _write_lines(path, lines, now - 600)


def vllm(path: Path, volume: Volume, budget: int, now: float) -> int:
    lines, written, n = [], 0, 0
    moment = now - 20 * 3600
    while written < budget:
        n += 1
        moment = min(moment + 2, now - 1800)
        stamp = time.strftime("%m-%d %H:%M:%S", time.localtime(moment))
        line = (f"INFO {stamp} [logger.py:39] Received request chatcmpl-{n}: prompt: {volume.text(300)[:300]!r}"
                if n % 2 else 'INFO:     127.0.0.1:5000 - "POST /v1/chat/completions HTTP/1.1" 200 OK')
        if n == 1:
            line = f"INFO {stamp} [model_runner.py:1] Starting to load model Qwen/Qwen3-8B..."
        lines.append(line)
        written += len(line) + 1
    return _write_lines(path, lines, now - 600)


TARGET_LINES_TEXT = "\n".join(TARGET_LINES) + "\n"
PER_SESSION: dict[str, Callable[[Path, Session, Volume, int], int]] = {
    "claude": claude, "codex": codex, "gemini": gemini, "gemini-json": gemini_json, "qwen": qwen, "cline": cline,
    "jan": jan}


def generate(out: Path, megabytes: float, repo: Path, seed: int = 1, recent: float = 0.5) -> dict[str, str]:
    """Write the records; the environment that points git-provenance at them."""
    home, volume, now = out / "home", Volume(seed), time.time()
    total = int(megabytes * 1024 * 1024)
    number = 0
    for name, writer in PER_SESSION.items():
        count = SESSIONS[name]
        for _ in range(count):
            number += 1
            writer(home, Session(volume, number, str(repo), recent, now), volume, int(total * SHARES[name] / count))
    sessions = []
    for _ in range(SESSIONS["opencode"]):
        number += 1
        sessions.append(Session(volume, number, str(repo), recent, now))
    opencode(home, sessions, volume, int(total * SHARES["opencode"]))
    aider(repo, volume, int(total * SHARES["aider"]), now)
    ollama(home, volume, int(total * SHARES["ollama"]), now)
    logs = out / "logs"
    llama(logs / "llama-server.log", volume, int(total * SHARES["llama"]), now)
    vllm(logs / "vllm.log", volume, int(total * SHARES["vllm"]), now)
    target = Session(volume, number + 1, str(repo), 1.0, now)
    target.end = now - 120
    target.start = target.end - 600
    claude(home, target, volume, 60_000, target=f"{repo}/src/evidence_target.py")
    (out / "staged.py").write_text(TARGET_LINES_TEXT)
    config = home / ".config" / "git-provenance"
    config.mkdir(parents=True, exist_ok=True)
    (config / "evidence.toml").write_text(f'[sources.vllm]\npaths = ["{logs / "vllm.log"}"]\n')
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(out / "cache"), "LLAMA_ARG_LOG_FILE": str(logs / "llama-server.log")}


def append_megabyte(out: Path, seed: int = 2, megabytes: float = 1.0) -> int:
    """Append about ``megabytes`` to the most recent transcripts and the Ollama log, as tools
    would while a developer works; the bytes appended."""
    volume, now = Volume(seed), time.time()
    home = out / "home"
    recent = sorted((home / ".claude" / "projects").rglob("*.jsonl"), key=lambda p: p.stat().st_mtime)[-5:]
    budget, written = int(megabytes * 1024 * 1024), 0
    for n, path in enumerate(recent * 1000):
        if written >= budget:
            break
        line = json.dumps({"type": "user", "sessionId": path.stem, "cwd": "/home/dev/project-1",
                           "timestamp": iso(now - 60 + n / 1000), "version": "2.0.69", "message": {"role": "user",
                           "content": [{"type": "tool_result", "tool_use_id": f"x{n}",
                                        "content": volume.text(8000)}]}}) + "\n"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(line)
        written += len(line)
    with (home / ".ollama" / "logs" / "server.log").open("a", encoding="utf-8") as handle:
        local = time.strftime("%Y/%m/%d - %H:%M:%S", time.localtime(now - 30))
        handle.write(f'[GIN] {local} | 200 |  1.000s |  127.0.0.1 | POST     "/api/chat"\n')
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (its home/ is the HOME to use)")
    parser.add_argument("--mb", type=float, default=200.0, help="megabytes of records (default 200)")
    parser.add_argument("--repo", type=Path, help="the benchmarked repository (default OUT/repo, created)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--recent", type=float, default=0.5, help="share of sessions in the last 20 hours")
    args = parser.parse_args()
    repo = args.repo or args.out / "repo"
    repo.mkdir(parents=True, exist_ok=True)
    environment = generate(args.out, args.mb, repo.resolve(), args.seed, args.recent)
    for name, value in environment.items():
        print(f"export {name}={value}")


if __name__ == "__main__":
    main()
