"""What a user installs: the distribution name, the declared dependencies, the pre-commit hook and the Action."""
import ast
import re
import shlex
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import yaml
from typer.testing import CliRunner

from screener.cli import app

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def _dist(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", requirement).group()).lower()


def test_distribution_is_not_named_like_the_unrelated_screener_on_the_package_index_but_installs_the_command():
    assert PROJECT["name"] != "screener" and PROJECT["scripts"]["screener"] == "screener.command:main"


def test_every_third_party_module_the_package_imports_is_a_declared_dependency():
    imported = set()
    for path in (ROOT / "screener").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"screener"}
    declared = {_dist(r) for r in PROJECT["dependencies"]}
    providers = metadata.packages_distributions()
    undeclared = {m for m in third_party if not {_dist(d) for d in providers.get(m, [m])} & declared}
    assert not undeclared


def test_pre_commit_hook_selects_rule_files_and_validates_each():
    hook, = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    files = [p.relative_to(ROOT).as_posix() for p in (ROOT / "rules").glob("*.toml")]
    assert files and all(re.search(hook["files"], f) for f in files)
    assert hook["entry"].split()[0] == "screener"
    result = CliRunner().invoke(app, [*hook["entry"].split()[1:], *(str(ROOT / f) for f in files)])
    assert result.exit_code == 0 and result.stdout.count("ok: ") == len(files)


def test_action_steps_run_on_the_bundled_samples_with_their_default_inputs(tmp_path, monkeypatch):
    """Each step passes the inputs as environment variables (never spliced into the script) to a real command."""
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    defaults = {name: spec["default"] for name, spec in action["inputs"].items()}
    monkeypatch.chdir(ROOT)
    steps = [step for step in action["runs"]["steps"] if step["run"].startswith("screener ")]
    assert len(steps) == 2 and all("${{" not in step["run"] for step in steps)
    for step in steps:
        env = {name: re.sub(r"\$\{\{ inputs\.([\w-]+) \}\}", lambda m: defaults[m[1]], value)
               for name, value in step["env"].items()}
        env["JUNIT"] = str(tmp_path / "junit.xml")
        words = [w for word in shlex.split(step["run"])[1:]
                 for w in re.sub(r"\$(\w+)", lambda m: env[m[1]], word).split()]
        result = CliRunner().invoke(app, words)
        assert result.exit_code == 0, result.output
    assert (tmp_path / "junit.xml").read_text().startswith("<?xml")


def test_every_package_of_the_source_tree_is_installed():
    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "screener").rglob("__init__.py")}
    assert found <= declared
