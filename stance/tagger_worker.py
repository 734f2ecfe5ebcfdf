"""The child process of `stance.storage.TaggerProcess`: an attribution tagger that reads batches of
texts on stdin and writes their spans on stdout.

Run as ``python -m stance.tagger_worker <tagger folder> <precision>``. It is a plain interpreter
started by `subprocess`, not a `multiprocessing` child: the caller's main script is never imported
again in it. Frames are a 4-byte big-endian length and a pickle: the first frame out is ``"ready"``
(or an error message), then one list of span lists per list of texts read, in order.
"""
from __future__ import annotations

import sys

import torch

from .storage import load_tagger, read_frame, write_frame

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    path, precision = (argv if argv is not None else sys.argv[1:])[:2]
    out, inp = sys.stdout.buffer, sys.stdin.buffer
    torch.set_num_threads(1)  # the parent's parse has the other core
    try:
        tagger = load_tagger(path, precision=precision)
    except Exception as err:  # noqa: BLE001 - reported to the parent, which tags in its own process
        write_frame(out, f"{type(err).__name__}: {err}")
        return 1
    write_frame(out, "ready")
    while True:
        try:
            texts = read_frame(inp)
        except EOFError:
            return 0
        write_frame(out, [tagger.spans(t) if t.strip() else [] for t in texts])


if __name__ == "__main__":
    sys.exit(main())
