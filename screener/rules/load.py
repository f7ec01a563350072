"""Rule files: TOML data -> RuleSet, validated against each check kind's declared parameters.

Nothing in a rule file is executed. Every mistake stops the run with one located line, because a rule that is
skipped or half-read would silently change verdicts.
"""
from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from importlib import resources
from pathlib import Path
from typing import Any

from .. import checks
from ..checks.base import BuildContext, Check
from ..errors import RuleFileError, unknown_key
from ..models import Group, Job, RequirementInfo, Status

DEFAULT_RULES = "senior-backend-team-lead.toml"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TOP_KEYS = {"title", "posting", "aliases", "requirement"}
_REQ_KEYS = {"id", "text", "group", "missing", "check"}
_TYPE_NAMES = {int: "number", float: "number", str: "string", list: "list", bool: "boolean (true or false)"}
_TOML_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)")

# How deep brackets may nest before a rule file is refused, and how deep composed checks may nest: a real rule
# file needs three or four levels, while thousands would exhaust Python's stack in the parser or the checks.
MAX_DEPTH = 100
MAX_CHECK_DEPTH = 20
_TOML_TOKENS = re.compile(r'"""(?:\\.|[^\\])*?"""' r"|'''.*?'''" r'|"(?:\\.|[^"\\\n])*"' r"|'[^'\n]*'"
                          r"|#[^\n]*|[][{}\n]", re.S)  # strings and comments hold brackets that do not nest


@dataclass(frozen=True)
class Requirement:
    """One line of a job posting and the check that decides it. `missing` is what no evidence means.

    The check is built on first use (`build` makes it), so a run answered from the cache never imports the check
    kinds' matching machinery; a rule file not known to be valid has every check built while it is loaded.
    """

    id: str
    text: str
    group: Group
    build: Callable[[], Check] = field(repr=False, compare=False)
    missing: Status = Status.FAIL

    @cached_property
    def check(self) -> Check:
        return self.build()


@dataclass(frozen=True)
class RuleSet:
    title: str
    source: str
    requirements: tuple[Requirement, ...]
    sha256: str = ""
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spec: str = field(default="", repr=False, compare=False)  # the validated requirement tables, as canonical JSON

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.requirements)

    @property
    def name(self) -> str:
        """Short label for results and reports: the rule file's name without its extension."""
        return Path(self.source).stem

    @cached_property
    def fingerprint(self) -> str:
        """A hash of everything the rules check (ids, groups, terms, parameters, aliases): results made by an
        identical rule set can be reused, whatever its file's name or comments. Hashed from the validated data,
        not from the built checks, so that knowing it never needs a check's matching machinery."""
        return hashlib.sha256(f"{self.spec}\0{json.dumps(sorted(self.aliases.items()))}".encode()).hexdigest()

    def build_checks(self) -> None:
        """Build every requirement's check now: before worker processes fork, so that they share them."""
        for r in self.requirements:
            r.check  # noqa: B018 - building is the point

    def job(self) -> Job:
        info = tuple(RequirementInfo(r.id, r.group, r.text) for r in self.requirements)
        return Job(self.name, self.title, self.source, self.sha256, info)


def bundled_rules(name: str = DEFAULT_RULES) -> Path:
    """Path of a rule file shipped inside the package (works after a non-editable install, from any directory).

    From a source checkout that was never installed, the repository's own rules/ folder is used.
    """
    try:
        return Path(str(resources.files("screener.bundled_rules").joinpath(name)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "rules" / name  # screener/rules/load.py -> the checkout


def bundled_aliases() -> dict[str, tuple[str, ...]]:
    raw = tomllib.loads(resources.files("screener.data").joinpath("aliases.toml").read_text("utf-8"))
    return {k: tuple(v) for k, v in raw.items()}


def load_rules(path: Path | None = None, validated_before: Callable[[str, str], bool] | None = None,
               remembered: Callable[..., dict[str, Any]] | None = None) -> RuleSet:
    """Read and validate a rule file (the bundled default when `path` is None).

    `validated_before(sha256, spec)` says whether this very file (by its content hash), read as these requirement
    tables (RuleSet.spec), passed validation by this very code before (a cache remembers it): then only its
    requirements' own keys are checked here, and each check is built on first use.
    `remembered(sha256, parse, afresh=False)`, when given, is the file's TOML as read before (a cache keeps it;
    parsing takes a warm run's tenth), else `parse()`. Data read back is vouched for only by its own tables, so
    a cached copy that is not the file's TOML is validated in full, and on any error the file itself is parsed
    again (`afresh`) and kept instead.
    """
    path = path or bundled_rules()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleFileError(f"{path}: cannot read rule file: {exc.strerror or exc}") from exc
    sha256 = hashlib.sha256(raw).hexdigest()
    parsed: list[bool] = []

    def parse() -> dict[str, Any]:
        parsed.append(True)
        return _toml(raw, path)

    data = remembered(sha256, parse) if remembered else parse()
    try:
        return _checked_rules(data, str(path), sha256, validated_before)
    except Exception:  # noqa: BLE001 - from the cache's copy only: the file decides, and replaces the copy
        if parsed or remembered is None:
            raise
    return _checked_rules(remembered(sha256, parse, True), str(path), sha256, validated_before)


def _checked_rules(data: dict[str, Any], source: str, sha256: str,
                   validated_before: Callable[[str, str], bool] | None) -> RuleSet:
    """parse_rules, building checks on first use only when these very requirement tables validated before."""
    reqs = data.get("requirement")
    spec = _spec(reqs) if validated_before is not None and isinstance(reqs, list) else None
    vouched = spec is not None and validated_before is not None and validated_before(sha256, spec)
    return parse_rules(data, source, sha256, build_now=not vouched, spec=spec)


def _toml(raw: bytes, path: Path) -> dict[str, Any]:
    """The rule file's TOML data; a file that is not UTF-8 or not TOML is a RuleFileError saying where."""
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # the byte order mark Windows editors write
        return tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise RuleFileError(f"{path}: not UTF-8 text") from exc
    except RecursionError:  # tomllib recurses once per bracket
        raise RuleFileError(f"{path}:{_too_deep_line(text)}: arrays or tables nested more than {MAX_DEPTH} deep "
                            "(a rule file needs a few levels)") from None
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = _TOML_LINE.search(msg)
        where = f"{path}:{m[1]}" if m else str(path)
        raise RuleFileError(f"{where}: TOML syntax: {_TOML_LINE.sub('', msg)}"
                            + (f" (column {m[2]})" if m else "")) from exc


def _too_deep_line(text: str) -> int:
    """The line where brackets, outside strings and comments, first nest deeper than MAX_DEPTH."""
    depth, line = 0, 1
    for token in _TOML_TOKENS.finditer(text):
        t = token.group()
        line += t.count("\n")
        depth += {"[": 1, "{": 1, "]": -1, "}": -1}.get(t, 0)
        if depth > MAX_DEPTH:
            return line
    return line


def parse_rules(data: dict[str, Any], source: str, sha256: str = "", build_now: bool = True,
                spec: str | None = None) -> RuleSet:
    """Validate already-parsed rule data; errors are 'SOURCE: requirement ID: what is wrong'. `build_now`
    False leaves building (and validating) each check to its first use (see load_rules); `spec` is the
    requirement tables' canonical JSON (_spec) when the caller made it already."""

    def fail(msg: str) -> RuleFileError:
        return RuleFileError(f"{source}: {msg}")

    if extra := unknown_key(data, _TOP_KEYS):
        raise fail(f"unknown key {extra!r} (allowed: {', '.join(sorted(_TOP_KEYS))})")
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise fail("'title' must be a non-empty string")
    aliases = dict(bundled_aliases())
    user_aliases = data.get("aliases", {})
    if not isinstance(user_aliases, dict):
        raise fail("'aliases' must be a table of term = [spellings]")
    for term, spellings in user_aliases.items():
        if not isinstance(spellings, list) or not all(isinstance(s, str) and s.strip() for s in spellings):
            raise fail(f"aliases: {term!r} must map to a list of non-empty strings")
        aliases[term] = tuple(spellings)
    reqs = data.get("requirement")
    if not isinstance(reqs, list) or not reqs:
        raise fail("no requirements: add at least one [[requirement]] table")
    fields = {t["id"]: t["field"] for t in reqs if isinstance(t, dict) and isinstance(t.get("id"), str)
              and t.get("check") == "years" and "field" in t}
    seen: set[str] = set()
    out = []
    for n, table in enumerate(reqs, 1):
        rid = table.get("id") if isinstance(table, dict) else None
        label = f"requirement {rid}" if isinstance(rid, str) and rid else f"requirement #{n}"
        try:
            req = _requirement(table, aliases, fields)
            if build_now:
                req.check  # noqa: B018 - builds and validates it here, in the file's order
        except RuleFileError as exc:
            raise fail(f"{label}: {exc}") from None
        if req.id in seen:
            raise fail(f"{label}: duplicate id (ids must be unique)")
        seen.add(req.id)
        out.append(req)
    return RuleSet(title.strip(), source, tuple(out), sha256, aliases, _spec(reqs) if spec is None else spec)


def _spec(tables: list[dict[str, Any]]) -> str:
    """Validated requirement tables as one canonical string: key order and spacing in the file do not count."""
    return json.dumps(tables, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _requirement(table: Any, aliases: dict[str, tuple[str, ...]], fields: dict[str, Any]) -> Requirement:
    if not isinstance(table, dict):
        raise RuleFileError("must be a table")
    rid = table.get("id")
    if not isinstance(rid, str) or not _ID.match(rid):
        raise RuleFileError(f"'id' must be a kebab-case slug such as 'team-leadership', got {rid!r}")
    text = table.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RuleFileError("'text' must be the posting's wording, a non-empty string")
    group = table.get("group")
    if group not in [g.value for g in Group]:
        raise RuleFileError(f"'group' must be one of {', '.join(g.value for g in Group)}, got {group!r}")
    missing = table.get("missing", "fail")
    if missing not in ("fail", "unknown"):
        raise RuleFileError(f"'missing' must be 'fail' or 'unknown', got {missing!r}")
    params = {k: v for k, v in table.items() if k not in _REQ_KEYS - {"check"}}
    build = partial(_build_check, params, "", aliases, fields)  # a partial, not a closure: workers may be spawned
    return Requirement(rid, text.strip(), Group(group), build, Status(missing))


class _Located(RuleFileError):
    """An error from a nested check that already names where it is, so outer levels pass it on unchanged."""


def _build_check(table: dict[str, Any], path: str, aliases: dict[str, tuple[str, ...]],
                 fields: dict[str, Any]) -> Check:
    """Validate one check table against its kind's PARAMS and build it; nested checks recurse with a path."""
    prefix = f"{path}: " if path else ""
    if path and path.count(" > ") + 1 > MAX_CHECK_DEPTH:
        raise _Located(f"checks composed more than {MAX_CHECK_DEPTH} deep")
    kind, kinds = table.get("check"), checks.CHECKS  # the kinds are imported here, on the first check built
    if not isinstance(kind, str) or kind not in kinds:
        raise _Located(f"{prefix}unknown check {kind!r} (allowed: {', '.join(kinds)})")
    cls = kinds[kind]
    if extra := unknown_key(table, {*cls.PARAMS, "check"}):
        raise _Located(f"{prefix}unknown key {extra!r} for a {kind} check "
                       f"(allowed: {', '.join(sorted(cls.PARAMS))})")
    params: dict[str, Any] = {}
    for name, (types, default) in cls.PARAMS.items():
        value = table.get(name, default)
        if name in table and ((isinstance(value, bool) and bool not in types) or not isinstance(value, types)):
            expected = " or ".join(dict.fromkeys(_TYPE_NAMES[t] for t in types))
            raise _Located(f"{prefix}{name!r} must be a {expected}, got {value!r}")
        params[name] = value

    def build(sub: dict[str, Any], where: str) -> Check:
        return _build_check(sub, f"{path} > {where}" if path else where, aliases, fields)

    try:
        return cls.from_params(params, BuildContext(aliases, build, fields))
    except _Located:
        raise
    except RuleFileError as exc:
        raise _Located(f"{prefix}{exc}") from None
