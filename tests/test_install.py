"""A built wheel is a working install: the default model travels inside it, and `stance analyze`
runs from a folder outside the checkout, in a fresh virtual environment that sees the
dependencies (already installed here) but not the source tree."""
from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds a wheel holding the shipped model and runs it

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "examples" / "harbour_bridge.txt"


def _run(*cmd, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # build from a copy of what the distribution holds, so that no build/ folder of the checkout
    # (stale modules included) takes part, and none is left behind
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "stance", src / "stance", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "models" / "default", src / "models" / "default")
    shutil.copytree(ROOT / "models" / "tagger", src / "models" / "tagger")
    out = tmp_path_factory.mktemp("wheel")
    done = _run(sys.executable, "-m", "pip", "wheel", src, "--no-deps", "--no-build-isolation", "-q", "-w", out,
                cwd=out)
    assert done.returncode == 0, done.stderr
    (path,) = out.glob("stance-*.whl")
    return path


def test_wheel_carries_the_default_model(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    model = {Path(n).name for n in names if n.startswith("stance/_default_model/")}
    assert {"config.json", "stance_delta.safetensors", "tokenizer.json", "README.md"} <= model
    tagger = {Path(n).name for n in names if n.startswith("stance/_tagger/")}
    assert {"config.json", "stance_delta.safetensors", "tokenizer.json", "README.md"} <= tagger
    assert not any(n.startswith(("models/", "tests/", "data/")) for n in names)
    assert "stance/research/__init__.py" in names
    assert {"stance/extract/__init__.py", "stance/extract/quotes.py", "stance/extract/speakers.py"} <= names
    assert {"stance/score/__init__.py", "stance/score/corpus.py", "stance/storage.py",
            "stance/research/loaders.py"} <= names


def test_wheel_install_analyzes_from_another_folder(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp_path).stdout.strip())
    # the dependencies of this environment, as a plain path entry: its .pth files (among them the
    # editable install of the checkout) are not processed, so only the wheel provides `stance`
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", wheel, cwd=tmp_path)
    assert done.returncode == 0, done.stderr

    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "article.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    where = _run(python, "-c", "import stance, stance.model as m; print(stance.__file__); print(m.default_model_dir())",
                 cwd=work)
    assert where.returncode == 0, where.stderr
    package, model_dir = where.stdout.split()
    assert Path(package).is_relative_to(site) and Path(model_dir).is_relative_to(site)

    script = python.parent / "stance"
    done = _run(script, "analyze", "article.txt", "--target", "the Harbour Bridge toll", "--format", "jsonl", cwd=work)
    assert done.returncode == 0, done.stderr
    assert "Elena Vasquez" in done.stdout and "the Harbour Bridge toll" in done.stdout
