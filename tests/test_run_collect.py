"""Collecting PATH arguments: folders walked in path order, what is not a resume skipped with a reason."""
from screener.run.collect import collect


def test_a_folder_is_walked_recursively_in_path_order(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.pdf", "b/c.docx"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in collect([tmp_path]).files] == ["a.pdf", "b/c.docx", "b/z.txt"]


def test_hidden_files_and_folders_are_skipped_and_a_hidden_file_is_said(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "cv.txt").write_text("x")
    (tmp_path / ".draft.txt").write_text("x")
    found = collect([tmp_path])
    assert found.files == () and [line.rsplit(": ", 1)[1] for line in found.skipped] == ["hidden file"]


def test_a_walked_file_that_is_no_resume_is_skipped_but_a_legacy_format_is_kept_to_say_how_to_convert_it(tmp_path):
    (tmp_path / "notes.xyz").write_text("x")
    (tmp_path / "old.doc").write_text("x")
    found = collect([tmp_path])
    assert [p.name for p in found.files] == ["old.doc"] and found.skipped[0].endswith("unsupported type .xyz")


def test_a_file_named_directly_is_always_kept_and_named_twice_is_kept_once(tmp_path):
    odd = tmp_path / "notes.xyz"
    odd.write_text("x")
    assert collect([odd, odd]).files == (odd,)
