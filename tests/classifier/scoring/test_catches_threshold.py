"""The classifier flags a score equal to the model's threshold, and the shipped model's scores
mean something: AI-looking code above human-looking code, a known file at its recorded score.

Caught here: the threshold comparison flipped at equality (``>`` for ``>=``) in the pipeline, in
classify's output or in verify's C1 rule; a model change that moves scores without anyone noticing.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from provenance.classifier.features.languages import language_for_path
from provenance.classifier.scoring.hunks import score_commits_hunks
from provenance.classifier.scoring.pipeline import default_model_path, load_scoring_model, score_bytes
from provenance.cli import main
from tests.gitutil import commit_file
from tests.paths import CLASSIFIER_FIXTURES, PROJECT_ROOT

TRAINING_AI = PROJECT_ROOT / "training-data" / "ai"

# Code in the style of a quick contest or script solution: terse names, no docs, one-line bodies.
HUMAN_LOOKING = {
    "terse.py": """import sys,os
def f(a,b):
  if a>b: return a-b
  x=0
  for i in range(a,b): x+=i*i
  return x
# hack: old box has no argparse
if len(sys.argv)>2:
  a=int(sys.argv[1]);b=int(sys.argv[2])
  print(f(a,b))
else:
  print("usage: sq A B");sys.exit(1)
def g(s):
  r=[]
  for c in s:
    if c.isdigit(): r.append(int(c))
  return sum(r)
print(g(os.environ.get('N','123')))
""",
    "Main.java": """import java.util.*;
import java.io.*;

public class Main {
  static int n,m;
  static int[] a;
  public static void main(String[] args) throws IOException {
    BufferedReader br=new BufferedReader(new InputStreamReader(System.in));
    StringTokenizer st=new StringTokenizer(br.readLine());
    n=Integer.parseInt(st.nextToken()); m=Integer.parseInt(st.nextToken());
    a=new int[n];
    st=new StringTokenizer(br.readLine());
    for(int i=0;i<n;i++) a[i]=Integer.parseInt(st.nextToken());
    long s=0; int j=0;
    for(int i=0;i<n;i++){ s+=a[i]; while(s>m){ s-=a[j++]; } }
    System.out.println(s);
  }
}
""",
}
# Files of the project's own AI-written training data that the shipped model scores high.
AI_LOOKING = {"terse.py": TRAINING_AI / "algo" / "python" / "sparse_table_rmq.py",
              "Main.java": TRAINING_AI / "algo" / "java" / "BipartiteCheck.java"}

# Scores of the shipped model, recorded when it was built; a retrained model must update them
# deliberately (and MODEL_CARD.md with them).
RECORDED_SCORES = {
    CLASSIFIER_FIXTURES / "sample.py": 0.4424779,
    CLASSIFIER_FIXTURES / "Sample.java": 0.855615,
    CLASSIFIER_FIXTURES / "sample.go": 0.5928382,
    AI_LOOKING["terse.py"]: 0.8666667,
    AI_LOOKING["Main.java"]: 0.9655172,
}


def exact_score(data: bytes, path: str) -> float:
    result = score_bytes(data, path, language_for_path(path), load_scoring_model())
    assert result.score is not None, result.skipped
    return result.score


def model_with_threshold(tmp_path: Path, threshold: float) -> Path:
    document = json.loads(Path(default_model_path()).read_text(encoding="utf-8"))
    document["threshold"] = threshold
    path = tmp_path / f"threshold-{threshold!r}.json"
    path.write_text(json.dumps(document))  # repr of a float reads back to the same float
    return path


def classify_flags(path: Path, model: Path, capsys: pytest.CaptureFixture[str]) -> list[bool]:
    assert main(["classify", "--format", "json", "--model", str(model), str(path)]) == 0
    return [result["flagged"] for result in json.loads(capsys.readouterr().out)]


def test_a_file_scoring_exactly_the_threshold_is_flagged_and_one_just_below_is_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture = CLASSIFIER_FIXTURES / "sample.py"
    score = exact_score(fixture.read_bytes(), str(fixture))
    assert 0.0 < score < 1.0
    assert classify_flags(fixture, model_with_threshold(tmp_path, score), capsys) == [True]
    assert classify_flags(fixture, model_with_threshold(tmp_path, math.nextafter(score, 1.0)), capsys) == [False]
    # Text output says the same.
    assert main(["classify", "--model", str(model_with_threshold(tmp_path, score)), str(fixture)]) == 0
    assert capsys.readouterr().out.rstrip("\n").endswith("likely AI")


CODE = (CLASSIFIER_FIXTURES / "sample.py").read_text()


def test_verify_reports_a_hunk_scoring_exactly_the_threshold(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sha = commit_file(repo, "Add sample\n\nAI-Assisted: none\n", name="sample.py", content=CODE)
    hunks = score_commits_hunks(repo, [sha])[sha]
    assert len(hunks) == 1
    (hunk,) = hunks
    monkeypatch.chdir(repo)

    def c1_findings(threshold: float) -> list[dict[str, object]]:
        model = model_with_threshold(tmp_path, threshold)
        main(["verify", "--range", "HEAD", "--format", "json", "-c", "classifier=on",
              "-c", f"classifier-model={model}"])
        (commit,) = json.loads(capsys.readouterr().out)["commits"]
        return [f for f in commit["findings"] if f["id"] == "C1"]

    (finding,) = c1_findings(hunk.score)
    assert finding["severity"] == "warning" and finding["line"] == hunk.start_line
    assert c1_findings(math.nextafter(hunk.score, 1.0)) == []


@pytest.mark.parametrize("name", sorted(HUMAN_LOOKING))
def test_the_shipped_model_scores_ai_looking_code_far_above_human_looking_code(name: str) -> None:
    human = exact_score(HUMAN_LOOKING[name].encode(), name)
    ai = exact_score(AI_LOOKING[name].read_bytes(), name)
    threshold = load_scoring_model().threshold
    assert human < 0.1 < threshold <= ai


@pytest.mark.parametrize("path", list(RECORDED_SCORES), ids=lambda path: path.name)
def test_known_files_keep_their_recorded_scores(path: Path) -> None:
    assert exact_score(path.read_bytes(), str(path)) == pytest.approx(RECORDED_SCORES[path], abs=1e-6)
