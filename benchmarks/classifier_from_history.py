"""Benchmark `git provenance train --from-history` on a synthetic repository with known labels.

Builds a real git repository in benchmarks/.work/history-bench/repo-<scenario>-seed<N> (git init and one commit per
change, through subprocess):

- AI commits add files of training-data/ai and disclose it the ways tools do: a `Generated-by:`
  trailer, a `Co-authored-by: Claude <noreply@anthropic.com>` trailer, or aider's "(aider)" author
  suffix; dated 2023-2025;
- human commits add source/test files of the fetched human corpus (fetch_human_corpus.py): half
  undisclosed and dated before the 2021-06-29 cutoff, half with `AI-Assisted: none` interleaved with
  the AI commits in 2023-2025;
- a few undisclosed recent commits (unlabelled by default) add noise.

Then it runs the real CLI, `git-provenance train --from-history`, which holds out the newest fifth of
the labelled commits and prints the calibrated model's AUROC next to the base model's on them.

A fair base model must not have seen the repository's files. The shipped default was trained on all
of training-data/ai and on the human corpus, so by default this script first trains a base model
with the default recipe (classifier_train_default.py) WITHOUT the files it puts in the repository
(half of the training-data/ai tasks, chosen by seed, and the human projects in REPO_PROJECTS), and
passes it as --base-model. `--shipped-default` compares against the shipped model instead (its
figure is then optimistic: it saw these files in training).

    python benchmarks/fetch_human_corpus.py
    python benchmarks/classifier_from_history.py [--scenario ordinary|unseen-generator] [--seed N]
                                                 [--start default|scratch] [--shipped-default]
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from classifier_datasets import (
    DEFAULT_RECIPE,
    WORK,
    featurise_cached,
    human_corpus_samples,
    research_samples,
    training_data_ai_samples,
)

from provenance.classifier.model.format import save_model
from provenance.classifier.training.data import LabelledSample
from provenance.classifier.training.fit import fit_matrix

BENCH = WORK / "history-bench"
# Human projects whose files go into the repository (and so are left out of the fair base model).
REPO_PROJECTS = ("pypi-human/click", "pypi-human/flask", "pypi-human/requests", "pypi-human/tablib",
                 "pypi-human/responses", "pypi-human/httpie", "pypi-human/rich", "npm-human/express",
                 "npm-human/async")  # fmt: skip
HUMAN_FILES = 240
AI_TRAILERS = (
    "Generated-by: Claude Code claude-sonnet-4",
    "Co-authored-by: Claude <noreply@anthropic.com>",
    "Assisted-by: Copilot:gpt-4o",
    None,  # aider: author name suffix instead of a trailer
)


def _env(name: str, email: str, when: datetime.datetime) -> dict[str, str]:
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=email, GIT_COMMITTER_NAME=name, GIT_COMMITTER_EMAIL=email,
               GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp, GIT_CONFIG_NOSYSTEM="1", HOME=str(BENCH))  # fmt: skip
    return env


def _git(repo: Path, *arguments: str, env: dict[str, str] | None = None, message: str | None = None) -> None:
    subprocess.run(["git", *arguments], cwd=repo, env=env, check=True, capture_output=True,
                   input=message.encode() if message is not None else None)  # fmt: skip


def _in_half(group: str, seed: int) -> bool:
    return hashlib.sha256(f"{seed}:{group}".encode()).digest()[0] % 2 == 0


def choose_files(seed: int, scenario: str = "ordinary") -> tuple[list[LabelledSample], list[LabelledSample]]:
    rng = random.Random(seed)
    if scenario == "unseen-generator":
        # A repository whose AI tool and code style the base model never saw: codenet-gpt solutions
        # (an OpenAI model) and the human AIZU solutions of the same problems; the base model is
        # trained without the codenet-gpt data set at all.
        corpus = [s for s in research_samples() if s.dataset == "codenet-gpt"]
        problems = sorted({s.group for s in corpus})
        chosen = set(rng.sample(problems, 180))
        ai = [s for s in corpus if s.group in chosen and s.label == 1][:70]
        human = [s for s in corpus if s.group in chosen and s.label == 0][:170]
        return ai, human
    ai = [s for s in training_data_ai_samples() if _in_half(s.group, seed)]
    human = [s for s in human_corpus_samples() if s.group in REPO_PROJECTS]
    human = rng.sample(human, min(HUMAN_FILES, len(human)))
    return ai, human


def build_repository(
    ai: list[LabelledSample], human: list[LabelledSample], seed: int, scenario: str = "ordinary"
) -> tuple[Path, int]:
    repo = BENCH / f"repo-{scenario}-seed{seed}"
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    env = _env("Setup", "setup@example.com", datetime.datetime(2019, 1, 1, tzinfo=datetime.timezone.utc))
    _git(repo, "init", "-q", "-b", "main", env=env)
    rng = random.Random(seed)
    rng.shuffle(ai)
    rng.shuffle(human)
    # Changes: 1-2 files each. Old human changes first, then AI and declared-human changes interleaved.
    changes: list[tuple[str, list[LabelledSample]]] = []
    old_human, new_human = human[: len(human) // 2], human[len(human) // 2 :]
    for kind, files in (("old-human", old_human), ("ai", ai), ("new-human", new_human)):
        index = 0
        while index < len(files):
            size = 1 + rng.random().__lt__(0.4)
            changes.append((kind, files[index : index + size]))
            index += size
    old = [change for change in changes if change[0] == "old-human"]
    recent = [change for change in changes if change[0] != "old-human"]
    rng.shuffle(recent)
    start_old = datetime.datetime(2019, 3, 1, tzinfo=datetime.timezone.utc)
    start_new = datetime.datetime(2023, 2, 1, tzinfo=datetime.timezone.utc)
    plan = [(start_old + datetime.timedelta(days=3 * i), change) for i, change in enumerate(old)]
    plan += [(start_new + datetime.timedelta(days=4 * i), change) for i, change in enumerate(recent)]
    noise = 0
    for number, (when, (kind, files)) in enumerate(plan):
        for sample in files:
            target = repo / "src" / sample.language / f"{number:04d}-{Path(sample.path).name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(sample.text)
            _git(repo, "add", str(target.relative_to(repo)), env=env)
        subject = f"Add {', '.join(Path(s.path).stem for s in files)}"
        name, email, trailer = "Grace Hopper", "grace@example.com", None
        if kind == "ai":
            trailer = AI_TRAILERS[number % len(AI_TRAILERS)]
            if trailer is None:
                name = "Grace Hopper (aider)"
        elif kind == "new-human":
            trailer = "AI-Assisted: none"
        message = subject + "\n\nSome explanation of the change.\n" + (f"\n{trailer}\n" if trailer else "")
        _git(repo, "commit", "-q", "--no-verify", "-F", "-", env=_env(name, email, when), message=message)
        if kind != "old-human" and number % 10 == 0:  # undisclosed recent edit: unlabelled noise
            notes = repo / "NOTES.md"
            notes.write_text((notes.read_text() if notes.exists() else "") + f"- note {number}\n")
            _git(repo, "add", "NOTES.md", env=env)
            _git(repo, "commit", "-q", "--no-verify", "-m", f"Notes {number}",
                 env=_env(name, email, when + datetime.timedelta(hours=1)))  # fmt: skip
            noise += 1
    return repo, len(plan) + noise


def fair_base_model(ai_in_repo: list[LabelledSample], seed: int, scenario: str) -> Path:
    """The default recipe, trained without any file the repository contains."""
    excluded_groups = {s.group for s in ai_in_repo} | set(REPO_PROJECTS)
    samples = research_samples() + training_data_ai_samples() + human_corpus_samples()
    if scenario == "unseen-generator":
        samples = [s for s in samples if s.dataset != "codenet-gpt"]
    else:
        samples = [s for s in samples if s.group not in excluded_groups]
    model, _ = fit_matrix(featurise_cached(samples), DEFAULT_RECIPE, featuriser=featurise_cached,
                          metadata={"purpose": f"classifier_from_history.py base model, seed {seed}"})  # fmt: skip
    path = BENCH / f"base-model-{scenario}-seed{seed}.json"
    save_model(model, path)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shipped-default", action="store_true", help="compare with the shipped default model")
    parser.add_argument("--start", choices=["default", "scratch"], default="default")
    parser.add_argument("--scenario", choices=["ordinary", "unseen-generator"], default="ordinary",
                        help="ordinary: training-data/ai vs the human corpus (as specified); unseen-generator: "
                        "codenet-gpt AI vs human solutions, base model trained without codenet-gpt")  # fmt: skip
    arguments = parser.parse_args()
    if arguments.scenario == "ordinary" and not human_corpus_samples():
        raise SystemExit("no human corpus: run benchmarks/fetch_human_corpus.py first")

    started = time.perf_counter()
    BENCH.mkdir(parents=True, exist_ok=True)
    ai, human = choose_files(arguments.seed, arguments.scenario)
    repo, commits = build_repository(list(ai), list(human), arguments.seed, arguments.scenario)
    print(f"built {repo} with {commits} commits ({len(ai)} AI files, {len(human)} human files) "
          f"in {time.perf_counter() - started:.0f}s", flush=True)  # fmt: skip
    output = BENCH / f"history-model-{arguments.scenario}-seed{arguments.seed}-{arguments.start}.json"
    command = [sys.executable, "-m", "provenance", "train", "--from-history", "--start", arguments.start,
               "--output", str(output)]  # fmt: skip
    if not arguments.shipped_default:
        base = fair_base_model(ai, arguments.seed, arguments.scenario)
        print(f"trained the base model without the repository's files: {base}", flush=True)
        command += ["--base-model", str(base)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    completed = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    print(completed.stdout + completed.stderr, end="")
    shipped_default = " --shipped-default" if arguments.shipped_default else ""
    print(f"(total {time.perf_counter() - started:.0f}s; command: python benchmarks/classifier_from_history.py "
          f"--scenario {arguments.scenario} --seed {arguments.seed} --start {arguments.start}"
          f"{shipped_default})")  # fmt: skip
    return completed.returncode


if __name__ == "__main__":
    sys.exit(main())
