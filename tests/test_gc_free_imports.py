"""Heavy imports pause the garbage collector and leave it as they found it (in a process of its own: freezing
the test session's heap would keep its garbage for good)."""

import subprocess
import sys

from pipelines.settings import PROJECT_ROOT

SCRIPT = """
import gc
from pipelines.gc_free_imports import gc_paused_for_imports

frozen = gc.get_freeze_count()
with gc_paused_for_imports():
    paused = not gc.isenabled()
    import json
print(paused, gc.isenabled(), gc.get_freeze_count() > frozen)
gc.disable()
with gc_paused_for_imports():
    pass
print(gc.isenabled())
"""


def test_imports_run_with_the_collector_paused_then_frozen_and_it_is_left_as_it_was():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True", "False"]
