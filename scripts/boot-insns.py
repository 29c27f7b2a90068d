#!/usr/bin/env python3
"""Counts the guest instructions QEMU's TCG translated in the kernel from the
PVH entry up to the service's main (`kernel::service::call_main`), per function.

Under TCG every distinct instruction is translated once, about a microsecond
each on the project's machine, so this count is what the PVH-entry -> app-entry
time mostly follows, and unlike the time it does not depend on the host load.

    ./mote build images/hello -o hello.mote
    qemu-system-x86_64 -M microvm -accel tcg -cpu max -nodefaults -no-user-config \\
        -nographic -no-reboot -serial stdio -monitor none \\
        -device isa-debug-exit,iobase=0xf4,iosize=4 -m 64M -kernel hello.mote \\
        -append "" -d in_asm -D insns.log
    scripts/boot-insns.py insns.log hello.mote.debug
"""
import bisect
import collections
import re
import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    log, elf = sys.argv[1], sys.argv[2]
    stop = sys.argv[3] if len(sys.argv) > 3 else "kernel::service::call_main"
    nm = subprocess.run(["nm", "-C", "--defined-only", elf],
                        capture_output=True, text=True, check=True).stdout
    syms = []
    for line in nm.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[1] in "tTwW":
            syms.append((int(parts[0], 16), parts[2]))
    syms.sort()
    addrs = [a for a, _ in syms]
    text_end = next((a for a, n in syms if n == "__text_end"), None)
    if text_end is None:
        sys.exit(f"{elf}: no __text_end symbol (not a Mote image's debug file?)")
    per_fn = collections.Counter()
    tbs = 0
    first = False
    for line in open(log, errors="replace"):
        if line.startswith("IN:"):
            first = True
            continue
        m = re.match(r"^0x([0-9a-f]+):", line)
        if not m:
            continue
        a = int(m.group(1), 16)
        if not 0x100000 <= a < text_end:
            continue  # firmware
        name = syms[bisect.bisect_right(addrs, a) - 1][1]
        if name == stop:
            break
        per_fn[name] += 1
        tbs += first
        first = False
    total = sum(per_fn.values())
    print(f"{total} instructions in {tbs} translated blocks before {stop}")
    for name, n in per_fn.most_common(25):
        print(f"{n:7}  {name[:110]}")


if __name__ == "__main__":
    main()
