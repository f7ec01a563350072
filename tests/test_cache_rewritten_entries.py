"""No cache entry, however it was rewritten, reaches the user as a traceback: an entry whose checksum matches
but whose data is nested deeper than JSON can read is a damaged entry, and the run works it out afresh with the
same output."""
import hashlib

from typer.testing import CliRunner

from screener.cli import app

RULES = ('title = "Data team"\n[[requirement]]\nid = "sql"\ngroup = "must-have"\ntext = "SQL"\ncheck = "keywords"\n'
         'any = ["SQL"]\n')


def screen(tmp_path) -> str:
    result = CliRunner().invoke(app, ["screen", str(tmp_path / "a.txt"), "--rules", str(tmp_path / "r.toml"),
                                      "--format", "csv", "--as-of", "2026-01-01", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_entries_rewritten_as_deeply_nested_json_are_worked_out_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "r.toml").write_text(RULES)
    (tmp_path / "a.txt").write_text("Analyst writing SQL reports since 2019")
    first = screen(tmp_path)
    nested = b"[" * 200_000 + b"]" * 200_000
    entries = list((tmp_path / "cache").glob("*/*.json"))
    assert any("-rules-toml-" in e.name for e in entries) and len(entries) >= 3
    for entry in entries:
        entry.write_bytes(hashlib.sha256(nested).hexdigest().encode() + b"\n" + nested)
    assert screen(tmp_path) == first
