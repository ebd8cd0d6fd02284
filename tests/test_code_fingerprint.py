"""Fingerprints that decide when rows made by older code are made again."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipelines.code_fingerprint import PIPELINES, code_fingerprint
from pipelines.extract.version import extractor_sources, extractor_version
from pipelines.readers.version import reader_sources, reader_version


def test_an_edit_to_any_source_changes_the_fingerprint(tmp_path: Path):
    first, second = tmp_path / "a.py", tmp_path / "b.py"
    first.write_text("X = 1\n")
    second.write_text("Y = 2\n")
    before = code_fingerprint([first, second])
    assert code_fingerprint([first, second]) == before
    second.write_text("Y = 3\n")
    assert code_fingerprint([first, second]) != before


def test_an_installed_library_counts_by_its_version_and_a_missing_one_still_fingerprints(tmp_path: Path):
    source = tmp_path / "a.py"
    source.write_text("X = 1\n")
    bare = code_fingerprint([source])
    assert code_fingerprint([source], ["duckdb"]) != bare
    missing = code_fingerprint([source], ["no-such-distribution-here"])
    assert missing not in (bare, code_fingerprint([source], ["duckdb"]))


def _pipelines_modules_imported_by(package: str) -> set[Path]:
    """Files of the project modules outside the package that its row-making code imports, read off its imports."""
    imported = set()
    for source in (PIPELINES / package).glob("*.py"):
        if source.name == "version.py":  # the fingerprint's own code makes no rows
            continue
        for module in re.findall(r"^from (pipelines(?:\.\w+)+) import", source.read_text(), re.MULTILINE):
            if not module.startswith(f"pipelines.{package}"):
                imported.add(PIPELINES.parent.joinpath(*module.split(".")).with_suffix(".py"))
    return imported


@pytest.mark.parametrize(("package", "sources"), [("extract", extractor_sources), ("readers", reader_sources)])
def test_every_module_a_package_imports_from_the_project_is_in_its_fingerprint(package, sources):
    imported = _pipelines_modules_imported_by(package)
    assert PIPELINES / "model.py" in imported  # the parse finds the imports at all
    assert imported <= set(sources())


def test_readers_and_extractors_have_their_own_fingerprints():
    assert reader_version() != extractor_version()
    assert len(reader_version()) == len(extractor_version()) == 16
