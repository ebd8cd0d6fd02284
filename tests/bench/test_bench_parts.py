"""The benchmark's parts on a small corpus: what they measure, not how fast (speed lives in `make bench`)."""

import platform
from pathlib import Path

from pipelines.bench.corpus import write_corpus
from pipelines.bench.extraction import measure_extraction, sample_paths
from pipelines.bench.machine import describe_machine
from pipelines.bench.reading import measure_reading


def test_synthetic_corpus_mixes_formats_at_realistic_sizes(tmp_path):
    paths = write_corpus(tmp_path, 30)
    sizes = [p.stat().st_size for p in paths]
    assert len(paths) == 30
    assert {p.suffix for p in paths} == {".txt", ".html"}
    assert all(2_500 <= size <= 20_000 for size in sizes), sizes


def test_extraction_sample_spreads_over_the_corpus(tmp_path):
    write_corpus(tmp_path, 30)
    sample = sample_paths(tmp_path, 10)
    assert len(sample) == 10
    assert {p.suffix for p in sample} == {".txt", ".html"}


def test_extraction_alone_reports_a_per_core_rate(tmp_path):
    write_corpus(tmp_path, 12)
    figures = measure_extraction(tmp_path, sample=12)
    assert figures["articles"] == 12
    assert figures["articles_per_s_per_core"] > 0
    assert abs(figures["ms_per_article"] * figures["articles_per_s_per_core"] - 1000) < 50


def test_reading_alone_reads_every_file_of_the_corpus(tmp_path):
    paths = write_corpus(tmp_path, 12)
    figures = measure_reading(tmp_path, workers=1)
    assert figures["articles"] == 12 and figures["workers"] == 1
    assert figures["seconds"] > 0
    # Cleaned text is shorter than the files: HTML loses its markup, and nothing is read twice.
    assert 0 < figures["characters"] < sum(p.stat().st_size for p in paths)


def test_figures_name_the_interpreter_they_were_measured_with():
    machine = describe_machine()
    assert machine["cores"] >= 1
    assert machine["python"] == platform.python_version()
    assert Path(machine["python_executable"]).is_file()
    assert machine["python_compiler"]
