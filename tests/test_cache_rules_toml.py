"""The cache keeps a rule file's TOML data by the file's bytes, so an unchanged rule file is not parsed again;
what is read back is what tomllib gave, and a file whose data JSON cannot hold, or an entry that is not such
data, is simply parsed afresh."""
import glob
import hashlib
import json
import os
import tomllib

import pytest

from screener.errors import RuleFileError
from screener.rules import load as rules_load
from screener.rules.load import load_rules
from screener.run.cache import Cache

RULES = '''title = "Backend lead"
[aliases]
postgres = ["Postgres", "PostgreSQL"]
[[requirement]]
id = "database"
group = "must-have"
text = "Postgres"
check = "keywords"
any = ["postgres"]
'''


@pytest.fixture
def parses(monkeypatch):
    """How many times a rule file's TOML was parsed."""
    count = [0]
    real = rules_load._toml

    def counting(raw, path):
        count[0] += 1
        return real(raw, path)
    monkeypatch.setattr(rules_load, "_toml", counting)
    return count


def load(path, cache):
    return load_rules(path, cache.knows_valid_rules, cache.parsed_rules)


def entries(cache):
    return glob.glob(os.path.join(cache.folder, "*", "*-rules-toml-*.json"))


def test_an_unchanged_rule_file_is_parsed_once_and_reads_back_the_same(tmp_path, parses):
    cache, path = Cache(tmp_path / "cache"), tmp_path / "r.toml"
    path.write_text(RULES)
    first, second = load(path, cache), load(path, cache)
    assert parses[0] == 1
    assert (second.fingerprint, second.ids, second.title, second.aliases) == (
        first.fingerprint, first.ids, first.title, first.aliases)
    assert second.fingerprint == load_rules(path).fingerprint


def test_a_changed_rule_file_is_parsed_afresh(tmp_path, parses):
    cache, path = Cache(tmp_path / "cache"), tmp_path / "r.toml"
    path.write_text(RULES)
    load(path, cache)
    path.write_text(RULES.replace("Backend lead", "Backend manager"))
    assert load(path, cache).title == "Backend manager"
    assert parses[0] == 2


def test_a_rule_file_json_cannot_hold_is_parsed_every_run_and_judged_the_same(tmp_path, parses):
    cache, path = Cache(tmp_path / "cache"), tmp_path / "r.toml"
    path.write_text(RULES.replace('"Backend lead"', "1979-05-27"))
    messages = []
    for _ in range(2):
        with pytest.raises(RuleFileError) as error:
            load(path, cache)
        messages.append(str(error.value))
    assert messages[0] == messages[1] and "title" in messages[0]
    assert parses[0] == 2 and entries(cache) == []


def test_a_syntax_error_is_said_as_without_the_cache(tmp_path):
    cache, path = Cache(tmp_path / "cache"), tmp_path / "r.toml"
    path.write_text(RULES + "oops = \n")
    with pytest.raises(RuleFileError) as cached:
        load(path, cache)
    with pytest.raises(RuleFileError) as plain:
        load_rules(path)
    assert str(cached.value) == str(plain.value)
    assert entries(cache) == []


def test_an_entry_that_is_not_a_rule_files_data_is_parsed_afresh(tmp_path, parses):
    cache, path = Cache(tmp_path / "cache"), tmp_path / "r.toml"
    path.write_text(RULES)
    load(path, cache)
    [entry] = entries(cache)
    payload = b"[1, 2, 3]"
    with open(entry, "wb") as f:
        f.write(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    assert load(path, cache).ids == ("database",)
    assert parses[0] == 2


def test_a_damaged_entry_is_parsed_afresh(tmp_path, parses):
    cache, path = Cache(tmp_path / "cache"), tmp_path / "r.toml"
    path.write_text(RULES)
    load(path, cache)
    [entry] = entries(cache)
    with open(entry, "r+b") as f:
        f.truncate(os.path.getsize(entry) // 2)
    assert load(path, cache).ids == ("database",)
    assert parses[0] == 2


def test_screen_parses_an_unchanged_rule_file_once_across_runs(tmp_path, parses, monkeypatch):
    from typer.testing import CliRunner

    from screener.cli import app

    monkeypatch.setenv("SCREENER_CACHE_DIR", str(tmp_path / "cache"))
    path, resume = tmp_path / "r.toml", tmp_path / "a.txt"
    path.write_text(RULES)
    resume.write_text("Postgres")
    for _ in range(2):
        result = CliRunner().invoke(app, ["screen", str(resume), "--rules", str(path), "--format", "csv",
                                          "--as-of", "2026-01-01", "--jobs", "1"])
        assert result.exit_code == 0, result.output
    assert parses[0] == 1


def rewrite(entry: str, payload: bytes) -> None:
    """Replace an entry's data, with the checksum that matches it (as a bug or a hand could)."""
    with open(entry, "wb") as f:
        f.write(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)


def load_as_the_cli_does(path, cache):
    rules = load(path, cache)
    cache.remember_valid_rules(rules.sha256, rules.spec)
    return rules


def test_an_entry_nested_deeper_than_json_can_read_is_parsed_afresh(tmp_path, parses):
    cache, path = Cache(tmp_path / "cache"), tmp_path / "r.toml"
    path.write_text(RULES)
    load(path, cache)
    [entry] = entries(cache)
    rewrite(entry, b"[" * 200_000 + b"]" * 200_000)
    assert load(path, cache).ids == ("database",)
    assert parses[0] == 2


def test_a_well_formed_entry_that_is_not_a_valid_rule_set_is_parsed_afresh_with_the_same_result(tmp_path, parses):
    cache, path = Cache(tmp_path / "cache"), tmp_path / "r.toml"
    path.write_text(RULES)
    first = load_as_the_cli_does(path, cache)
    [entry] = entries(cache)
    data = tomllib.loads(RULES)
    data["requirement"][0]["any"] = 5
    rewrite(entry, json.dumps(data).encode())
    again = load_as_the_cli_does(path, cache)
    assert parses[0] == 2
    assert (again.fingerprint, again.ids, again.title) == (first.fingerprint, first.ids, first.title)
    assert again.requirements[0].check is not None
    load_as_the_cli_does(path, cache)
    assert parses[0] == 2  # the file's own data replaced the copy


def test_the_valid_rules_record_vouches_only_for_the_tables_that_passed(tmp_path):
    cache, path = Cache(tmp_path / "cache"), tmp_path / "r.toml"
    path.write_text(RULES)
    rules = load_as_the_cli_does(path, cache)
    assert cache.knows_valid_rules(rules.sha256, rules.spec)
    assert not cache.knows_valid_rules(rules.sha256, rules.spec.replace("postgres", "mysql"))
