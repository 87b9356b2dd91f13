"""The extractor's work counted, not timed: run it under ``valgrind --tool=callgrind``.

``python bench/extract_passes.py N`` extracts each dev article once (lexicons loaded, caches
warm), then N more times. Under callgrind with ``PYTHONHASHSEED=0`` the run with 3 passes less
the run with 1, over 2, is the instruction count of one pass over the five articles: it
repeats to a few thousand instructions whatever else the machine is doing, where the wall
clock of ``bench/extract.py`` moves by a quarter.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.1 \\
        .venv/bin/python bench/extract_passes.py 1
"""

from __future__ import annotations

import sys

from extract import _dev_texts

from tiendo.extract.engine import extract_text


def main(passes: int) -> None:
    texts = _dev_texts()
    for text in texts:
        extract_text(text)
    for _ in range(passes):
        for text in texts:
            extract_text(text)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
