"""The benchmark's step names: rows in bench.json carry them, and the targets look rows up by them."""

BASELINE = "baseline read+insert"
EXTRACTION = "extraction alone, 1 core"
READING = "reading alone, all cores"
EMPTY = "empty folder"
COLD = "cold"
UNCHANGED = "unchanged"
ONE_PERCENT = "1% edited + 1% added"
# The steps that run the pipeline itself, whose peak memory the memory target compares.
PIPELINE_RUNS = (EMPTY, COLD, UNCHANGED, ONE_PERCENT)
