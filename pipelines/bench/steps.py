"""The benchmark's step names: rows in bench.json carry them, and the targets look rows up by them."""

BASELINE = "baseline read+insert"
EXTRACTION = "extraction alone, 1 core"
READING = "reading alone, all cores"
EMPTY = "empty folder"
COLD = "cold"
UNCHANGED = "unchanged"
ONE_PERCENT = "1% edited + 1% added"
# After the runs: the warehouse published into a new DuckLake (SQLite catalog), then again with nothing changed.
PUBLISH_NEW = "publish into a new lake"
PUBLISH_UNCHANGED = "publish, nothing new"
# The steps that run the pipeline itself, whose peak memory the memory target compares.
PIPELINE_RUNS = (EMPTY, COLD, UNCHANGED, ONE_PERCENT)
