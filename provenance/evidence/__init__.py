"""Local evidence: what AI tools on this machine recorded, held against a commit's added lines.

Agent transcripts (Claude Code, Codex CLI, Gemini CLI, aider's chat history in the repository) and
local inference server logs (Ollama) are read by one small module each in ``readers/``, listed in
``registry``. Each reader turns a tool's records into ``records.EvidenceRecord`` summaries: tool,
model, session, time (UTC), where the session ran, the file it wrote and the *hashes* of the lines
it wrote (``lines``) — never prompt or code text. ``scan`` finds and reads the files (paths and
switches from the user's own ``settings``, never from a repository), skipping and counting what
it cannot read; ``matching`` ties records to a repository, a time window and the staged or
committed added lines, and says per tool how many non-trivial lines it wrote.

Reading never fails a caller: an unreadable, truncated, huge or malformed record is skipped with a
reason (file and line). Only an invalid user configuration is an error (exit 3).

May import: provenance.core and provenance.gitio (the staged diff, HEAD's date, the work trees).
"""
