from pathlib import Path

import pytest

from wordcount.cli import main


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    p = tmp_path / "sample.txt"
    p.write_text("the quick brown fox\njumps over the lazy dog\nThe end\n", encoding="utf-8")
    return p


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_default_counts(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(sample))
    assert code == 0
    assert out.split()[:3] == ["3", "11", "52"]


def test_top_words_case_insensitive(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--top", "1", "--ignore-case", str(sample))
    assert code == 0
    assert out.strip() == "the\t3"


def test_top_words_case_sensitive(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--top", "2", str(sample))
    lines = out.strip().splitlines()
    assert lines[0] == "the\t2"


def test_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO("a b c\n"))
    code, out, _ = run(capsys, "-")
    assert code == 0
    assert out.split()[:2] == ["1", "3"]


def test_multiple_files_prints_total(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text("one two\n", encoding="utf-8")
    _, out, _ = run(capsys, str(sample), str(other))
    last = out.strip().splitlines()[-1].split()
    assert last[:2] == ["4", "13"]
    assert last[-1] == "total"


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tmp_path / "nope.txt"))
    assert code == 1
    assert "nope.txt" in err


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "empty.txt"
    p.touch()
    code, out, _ = run(capsys, str(p))
    assert code == 0
    assert out.split()[:3] == ["0", "0", "0"]


@pytest.mark.parametrize("flag", ["--top=0", "--top=-3"])
def test_bad_top_value(flag: str, sample: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main([flag, str(sample)])
    assert exc.value.code == 2
