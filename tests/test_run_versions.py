"""Library versions for the cache's fingerprint, read from dist-info folder names as importlib.metadata finds them."""
import sys
from importlib import metadata

from screener.run.cache import _RESULT_LIBRARIES
from screener.run.versions import NOT_INSTALLED, installed_versions


def _dist_info(folder, name, version=None):
    info = folder / (f"{name}-{version}.dist-info" if version else f"{name}.egg-info")
    info.mkdir(parents=True)
    (info / ("METADATA" if version else "PKG-INFO")).write_text(f"Metadata-Version: 2.1\nName: {name}\n"
                                                                f"Version: {version or '7.7'}\n")
    return folder


def test_every_fingerprinted_library_has_the_version_importlib_metadata_gives():
    assert installed_versions(_RESULT_LIBRARIES) == {name: metadata.version(name) for name in _RESULT_LIBRARIES}


def test_a_library_is_found_under_its_normalised_name(tmp_path):
    _dist_info(tmp_path, "pdfminer_six", "20240101")
    assert installed_versions(["pdfminer.six"], [str(tmp_path)]) == {"pdfminer.six": "20240101"}


def test_the_first_folder_on_the_path_that_names_a_library_wins(tmp_path):
    first, second = _dist_info(tmp_path / "a", "rapidfuzz", "2.0"), _dist_info(tmp_path / "b", "rapidfuzz", "1.0")
    assert installed_versions(["rapidfuzz"], [str(first), str(second)]) == {"rapidfuzz": "2.0"}


def test_a_library_on_no_folder_of_the_path_is_not_installed(tmp_path):
    assert installed_versions(["no-such-library"], [str(tmp_path), str(tmp_path / "missing")]) == {
        "no-such-library": NOT_INSTALLED}


def test_an_egg_info_folder_is_read_by_importlib_metadata(tmp_path, monkeypatch):
    _dist_info(tmp_path, "oldstyle")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert installed_versions(["oldstyle"]) == {"oldstyle": "7.7"}


def test_a_zip_on_the_path_is_left_to_importlib_metadata(tmp_path, monkeypatch):
    archive = tmp_path / "libs.zip"
    archive.write_bytes(b"not really a zip")
    asked = []
    monkeypatch.setattr(metadata, "version", lambda name: asked.append(name) or "3.3")
    assert installed_versions(["zipped"], [str(archive)]) == {"zipped": "3.3"}
    assert asked == ["zipped"]


def test_answering_does_not_import_the_email_package():
    import subprocess

    code = ("import sys; from screener.run.cache import code_fingerprint; code_fingerprint(); "
            "print('email' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_with_another_finder_of_distributions_on_the_meta_path_importlib_metadata_answers(tmp_path, monkeypatch):
    class Finder:
        @staticmethod
        def find_spec(*args):
            return None

        @staticmethod
        def find_distributions(context=None):
            return iter(())
    _dist_info(tmp_path, "rapidfuzz", "0.1")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder])
    asked = []
    monkeypatch.setattr(metadata, "version", lambda name: asked.append(name) or "9.9")
    assert installed_versions(["rapidfuzz"]) == {"rapidfuzz": "9.9"} and asked == ["rapidfuzz"]
