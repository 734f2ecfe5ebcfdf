"""The package's layering: the user API never imports the research tooling (`stance.research`),
imports between the library's modules go one way (no import inside a function to dodge a cycle),
no module imports another's private names, and the `stance` command keeps all its subcommands."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from stance.cli import main

PACKAGE = Path(__file__).resolve().parents[1] / "stance"


def _modules(names: tuple[str, ...]) -> tuple[str, ...]:
    """Module paths relative to stance/, without '.py'; a subpackage ('extract') stands for all
    its modules ('extract/__init__', 'extract/quotes', ...)."""
    out: list[str] = []
    for name in names:
        if (PACKAGE / f"{name}.py").exists() or not (PACKAGE / name).is_dir():
            out.append(name)
        else:
            out += [f"{name}/{p.stem}" for p in sorted((PACKAGE / name).glob("*.py"))]
    return tuple(out)


#: The modules behind `import stance` and the `stance` command.
USER_API = _modules(("__init__", "analyze", "card", "cli", "data", "evaluate", "extract", "fast", "gate", "lexical",
                     "metrics", "model", "score", "storage", "targets", "train"))
#: Modules that import nothing of stance (the modules of a subpackage import only each other).
LEAVES = _modules(("metrics", "card", "data", "fast", "extract"))
#: Modules of stance/extract/ that import no third-party package (no spaCy): quotation scanning is
#: pure string code.
PURE_EXTRACT = ("extract/quotes", "extract/lexicon", "extract/text")


def _imports(path: Path, *, top_level: bool) -> list[tuple[str, list[str], int]]:
    """(absolute module, imported names, line) of the stance imports in a file: the module-level
    ones (top_level=True) or those inside functions and classes."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # the package a relative import starts from: the folder of the module (or of __init__.py)
    package = ".".join(path.relative_to(PACKAGE.parent).parts[:-1])
    module_level = set(map(id, tree.body))
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Import, ast.ImportFrom)) or (id(node) in module_level) != top_level:
            continue
        if isinstance(node, ast.Import):
            out += [(a.name, [], node.lineno) for a in node.names if a.name.split(".")[0] == "stance"]
            continue
        if node.level:
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            module = ".".join(base + ([node.module] if node.module else []))
        else:
            module = node.module or ""
        if module.split(".")[0] == "stance":
            out.append((module, [a.name for a in node.names], node.lineno))
    return out


def test_import_stance_does_not_import_research():
    code = ("import sys, stance, stance.cli; "
            "print([m for m in sys.modules if m.startswith('stance.research')])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("name", USER_API)
def test_user_api_imports_no_research_at_module_level(name):
    found = [(m, line) for m, _, line in _imports(PACKAGE / f"{name}.py", top_level=True)
             if m.startswith("stance.research")]
    assert not found, f"stance/{name}.py imports the research tooling at module level: {found}"


@pytest.mark.parametrize("name", USER_API)
def test_no_stance_import_inside_functions(name):
    """Only the research commands of cli.py import (the research tooling) lazily."""
    found = [(m, line) for m, _, line in _imports(PACKAGE / f"{name}.py", top_level=False)
             if not (name == "cli" and m.startswith("stance.research."))]
    assert not found, f"stance/{name}.py imports stance modules inside functions: {found}"


@pytest.mark.parametrize("name", LEAVES)
def test_leaf_modules_import_nothing_of_stance(name):
    own = "stance." + name.split("/")[0] if "/" in name else None  # a subpackage's modules: each other
    found = [(m, line) for top in (True, False) for m, _, line in _imports(PACKAGE / f"{name}.py", top_level=top)
             if own is None or not (m == own or m.startswith(own + "."))]
    assert not found, f"stance/{name}.py imports stance modules: {found}"


def test_extract_subpackage_is_covered():
    assert {"extract/__init__", "extract/quotes", "extract/speakers", "extract/pipeline"} <= set(LEAVES) & set(USER_API)
    assert not (PACKAGE / "extract.py").exists()


def test_score_subpackage_is_covered():
    assert {"score/__init__", "score/corpus", "score/read", "score/parts", "score/ray_data"} <= set(USER_API)
    assert not (PACKAGE / "score.py").exists()


@pytest.mark.parametrize("name", PURE_EXTRACT)
def test_quote_scanning_needs_no_spacy(name):
    tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
    outside = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            outside += [a.name for a in node.names if a.name.split(".")[0] not in sys.stdlib_module_names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if node.level > 1 or f"extract/{node.module}" not in PURE_EXTRACT:
                    outside.append("." * node.level + (node.module or ""))
            elif node.module.split(".")[0] not in sys.stdlib_module_names | {"__future__"}:
                outside.append(node.module)
    assert not outside, f"stance/{name}.py imports {outside}"


def test_no_private_names_across_modules():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for top_level in (True, False):
            for module, names, line in _imports(path, top_level=top_level):
                found += [f"{path.relative_to(PACKAGE.parent)}:{line} {module}.{n}" for n in names
                          if n.startswith("_") and n != "__version__"]
    assert not found


def test_lexical_does_not_import_the_model():
    modules = {m for top in (True, False) for m, _, _ in _imports(PACKAGE / "lexical.py", top_level=top)}
    assert modules <= {"stance.data", "stance.metrics"}


def test_score_help_from_cli_main(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["score", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for option in ("--output", "--target", "--mode", "--resume", "--ngram-heads-genre", "--precision"):
        assert option in out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "score" in capsys.readouterr().out


def test_contradicting_head_flags_exit_from_the_cli():
    from stance.cli import ngram_heads_option

    assert ngram_heads_option(False, None) is True and ngram_heads_option(True, None) is False
    assert ngram_heads_option(False, "news", default=None) == "news"
    with pytest.raises(SystemExit):
        ngram_heads_option(True, "news")


def test_research_data_paths_point_into_the_repository():
    from stance.research.default_model import EXAMPLES_DIR
    from stance.research.news_stance import DATA_DIR

    root = PACKAGE.parent
    assert DATA_DIR == root / "data" / "news_stance" and (DATA_DIR / "items.tsv").exists()
    assert EXAMPLES_DIR == root / "data" / "examples" and EXAMPLES_DIR.is_dir()
