"""`python -m analysis`: the commands the README documents, run as a user runs them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True)


def test_build_then_check_the_samples(tmp_path: Path) -> None:
    built = run("build", "data/articles", "--out", str(tmp_path / "store"))
    assert built.returncode == 0, built.stderr
    assert built.stdout.splitlines()[0].startswith("read 5 article(s): 5 added, 0 already present")
    checked = run("check", str(tmp_path / "store"))
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.startswith("articles: 5 rows")


def test_nothing_readable_exits_non_zero_with_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_text("\n\n", encoding="utf-8")
    built = run("build", str(tmp_path / "blank.txt"), "--out", str(tmp_path / "store"))
    assert built.returncode == 1
    assert built.stderr.strip().splitlines()[-1].startswith("error: nothing could be read; 1 input(s) rejected")
    assert (tmp_path / "store" / "rejected.csv").exists()


def test_a_missing_input_next_to_a_good_one_still_exits_zero(tmp_path: Path) -> None:
    built = run("build", "data/articles", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "store"))
    assert built.returncode == 0, built.stderr
    assert "nope.txt" in built.stdout


def test_check_reports_a_broken_store(tmp_path: Path) -> None:
    checked = run("check", str(tmp_path))
    assert checked.returncode == 1
    assert "articles: missing" in checked.stdout
