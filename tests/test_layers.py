"""The package's layers, read from its import statements: imports point one way and never form a cycle.

cli -> run -> engine -> facts / checks / loaders / text -> models; reporters read results only. The engine and
what it reads never reach up into running files, the command line or output formats, and the engine does no I/O.
"""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "screener"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_only(tree: ast.AST) -> set[int]:
    """The import statements under `if TYPE_CHECKING:`, which never run."""
    return {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and getattr(node.test, "id", "") ==
            "TYPE_CHECKING" for n in ast.walk(node)}


def _imports(path: Path) -> set[str]:
    """The screener modules `path` imports when it runs, at any depth in the file (lazy imports count too)."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    tree = ast.parse(path.read_text())
    skip = _type_only(tree)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("screener")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.startswith("screener"):
                found.add(base)
                found |= {f"{base}.{a.name}" for a in node.names if _is_module(f"{base}.{a.name}")}
    return found


def _is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


GRAPH = {_module(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def _reaches(start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for name in GRAPH.get(todo.pop(), ()):
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


def _within(names: set[str], layer: str) -> set[str]:
    return {n for n in names if n == layer or n.startswith(layer + ".")}


# The README's architecture list, top to bottom: a module imports only from its own layer or the ones below.
LAYERS = ("screener.__main__", "screener.command", "screener.cli", "screener.config", "screener.api", "screener.run", "screener.blind",
          "screener.reporters", "screener.engine", "screener.rules", "screener.checks", "screener.facts",
          "screener.experience", "screener.loaders", "screener.degrees", "screener.degree_majors", "screener.degree_unfinished",
          "screener.degree_entry", "screener.text", "screener.deferred",
          "screener.models", "screener.errors", "screener")


def _layer(module: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if module == layer or module.startswith(layer + "."))


def test_every_import_points_down_the_layers():
    upward = [(m, i) for m, imports in GRAPH.items() for i in imports if _layer(i) < _layer(m)]
    assert upward == []


UPPER = ("screener.run", "screener.cli", "screener.reporters", "screener.api")


@pytest.mark.parametrize("module", ["screener.engine", "screener.facts", "screener.checks", "screener.text",
                                    "screener.experience", "screener.models"])
def test_the_engine_and_what_it_reads_never_import_a_layer_above_them(module):
    reached = _reaches(module)
    assert not set().union(*(_within(reached, upper) for upper in UPPER))


def test_the_engine_imports_no_module_that_reads_or_writes_files():
    reached = _reaches("screener.engine")
    assert not _within(reached, "screener.loaders") | _within(reached, "screener.rules")


def test_reporters_read_results_without_running_anything():
    assert not _within(_reaches("screener.reporters"), "screener.run") | _within(_reaches("screener.reporters"),
                                                                                    "screener.cli")


def test_no_module_imports_itself_through_others():
    cyclic = [m for m in GRAPH if m in _reaches(m) and not (PACKAGE / Path(*m.split(".")[1:]) / "__init__.py").exists()]
    assert cyclic == []
