"""No import cycles: every module of stance imports on its own, in a fresh state.

One interpreter imports the modules one at a time, removing every stance module from
``sys.modules`` before each (third-party packages stay loaded, which keeps this fast). Each module
is imported twice: as a user would (``import stance.score.read`` runs ``stance/__init__.py`` and
``stance/score/__init__.py`` first), and bare, with its packages' ``__init__`` not run, so that a
cycle hidden by the order in which an ``__init__`` happens to import its modules shows up too.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "stance"

SCRIPT = r"""
import importlib, json, sys, traceback, types
from pathlib import Path

package_dir, names = Path(sys.argv[1]), json.loads(sys.argv[2])


def clear():
    for name in [m for m in sys.modules if m == "stance" or m.startswith("stance.")]:
        del sys.modules[name]


def bare_packages(name):
    # Empty modules for the packages above `name` (their __init__ not run), so that only the
    # module itself and what it imports get imported.
    parts = name.split(".")
    for i in range(1, len(parts)):
        package = ".".join(parts[:i])
        stub = types.ModuleType(package)
        stub.__path__ = [str(package_dir.parent.joinpath(*parts[:i]))]
        sys.modules[package] = stub


failures = {}
for name in names:
    for how in ("package", "bare"):
        clear()
        if how == "bare":
            if name.endswith(".__init__"):
                continue
            bare_packages(name)
        try:
            importlib.import_module(name.removesuffix(".__init__"))
        except BaseException:
            failures[f"{name} ({how})"] = traceback.format_exc(limit=-4)
print(json.dumps(failures))
"""


def _module_names() -> list[str]:
    """Every module of stance as a dotted name; a package as 'stance.score.__init__'."""
    return [".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts) for p in sorted(PACKAGE.rglob("*.py"))]


def test_every_module_found():
    names = _module_names()
    assert {"stance.__init__", "stance.model", "stance.score.corpus", "stance.research.corpora"} <= set(names)


def test_every_module_imports_alone():
    names = _module_names()
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(PACKAGE), json.dumps(names)], capture_output=True,
                          text=True, timeout=120, cwd=PACKAGE.parent)
    assert done.returncode == 0, done.stderr[-3000:]
    failures = json.loads(done.stdout.strip().splitlines()[-1])
    assert not failures, "\n".join(f"{name}:\n{tb}" for name, tb in failures.items())
