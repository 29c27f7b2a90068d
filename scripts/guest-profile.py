#!/usr/bin/env python3
"""Where a running guest spends its time: samples the vCPU's RIP through
QEMU's human monitor (stop, info registers, cont, about 100 times a second)
and maps the addresses to functions with `nm` on the image's .debug ELF.

Start the guest with a monitor socket and put it under load, then sample:

    ./mote run IMAGE.mote -p tcp:18080:8080 -- -monitor unix:/tmp/mon.sock,server,nowait &
    wrk -t1 -c8 -d30s http://127.0.0.1:18080/ &
    scripts/guest-profile.py /tmp/mon.sock IMAGE.mote.debug 20

Stopping the VM for each sample is what makes the figure honest under TCG:
without it, QEMU reports the RIP of the last instruction that synchronised
the guest state (a trapping MMIO access, `int`, `iretq`), which credits
whole stretches of translated code to those instructions. The cost is a
few percent of throughput while sampling.
"""
import bisect
import collections
import re
import socket
import subprocess
import sys
import time


def usage(msg: str) -> None:
    sys.exit(f"guest-profile: {msg}\nusage: guest-profile.py MONITOR_SOCKET IMAGE.debug SECONDS [TOP]")


def main() -> None:
    if len(sys.argv) not in (4, 5):
        usage("wrong number of arguments")
    mon, debug = sys.argv[1], sys.argv[2]
    try:
        secs = float(sys.argv[3])
        top = int(sys.argv[4]) if len(sys.argv) == 5 else 40
    except ValueError:
        usage("SECONDS and TOP are numbers")
    nm = subprocess.run(["nm", "-C", "--defined-only", debug], capture_output=True, text=True)
    if nm.returncode != 0:
        usage(f"nm could not read {debug}: {nm.stderr.strip()}")
    syms = []
    for line in nm.stdout.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[1] in "tTwW":
            syms.append((int(parts[0], 16), parts[2]))
    if not syms:
        usage(f"{debug} has no function symbols")
    syms.sort()
    addrs = [a for a, _ in syms]

    s = socket.socket(socket.AF_UNIX)
    try:
        s.connect(mon)
    except OSError as e:
        usage(f"cannot connect to the monitor at {mon}: {e}")
    s.settimeout(5)

    def cmd(c: str) -> str:
        s.sendall((c + "\n").encode())
        buf = b""
        while not buf.rstrip().endswith(b"(qemu)"):
            chunk = s.recv(65536)
            if not chunk:
                sys.exit("guest-profile: the monitor closed (did the guest exit?)")
            buf += chunk
        return buf.decode(errors="replace")

    cmd("")
    rips = []
    end = time.time() + secs
    while time.time() < end:
        cmd("stop")
        out = cmd("info registers")
        cmd("cont")
        m = re.search(r"RIP=([0-9a-f]+)", out)
        if m:
            rips.append(int(m.group(1), 16))
        time.sleep(0.01)
    if not rips:
        sys.exit("guest-profile: no samples")
    counts = collections.Counter()
    for r in rips:
        i = bisect.bisect_right(addrs, r) - 1
        counts[syms[i][1][:110] if i >= 0 else hex(r)] += 1
    print(f"{len(rips)} samples over {secs:g} s")
    for name, n in counts.most_common(top):
        print(f"{100 * n / len(rips):5.1f}% {name}")


if __name__ == "__main__":
    main()
