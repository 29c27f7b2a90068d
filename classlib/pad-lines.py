#!/usr/bin/env python3
"""Pads Java sources so chosen lines land on HotSpot 17's line numbers.

Stack traces print `File.java:N`; for frames of java.base that programs commonly
see (Thread.run, ThreadPoolExecutor.runWorker, FutureTask.run, ...) we place the
calls on the same line numbers as in HotSpot's class library, so traces are
identical. In a source file, a line ending in `// @line N` must end up as line
N; blank lines are inserted after the nearest preceding line that is exactly
`// @pad` (indentation allowed), replacing the blank lines already there.
Usage: pad-lines.py FILE...   (rewrites the files in place)
"""
import sys


def pad(path):
    lines = open(path).read().split("\n")
    # Drop old padding: blank lines right after a @pad marker.
    out = []
    skipping = False
    for l in lines:
        if skipping and l.strip() == "":
            continue
        skipping = l.strip() == "// @pad"
        out.append(l)
    lines = out
    i = 0
    last_pad = None
    while i < len(lines):
        l = lines[i]
        if l.strip() == "// @pad":
            last_pad = i
        elif "// @line " in l:
            want = int(l.rsplit("// @line ", 1)[1].split()[0])
            have = i + 1
            if have > want:
                sys.exit(f"{path}: line {have} must be {want}: too late")
            if have < want:
                if last_pad is None:
                    sys.exit(f"{path}: no // @pad before line {have}")
                n = want - have
                lines[last_pad + 1:last_pad + 1] = [""] * n
                i += n
            last_pad = None
        i += 1
    open(path, "w").write("\n".join(lines))


for p in sys.argv[1:]:
    pad(p)
