#!/usr/bin/env bash
# Instructions per GET of images/java-http on the hosted JVM (mote-jvm under
# valgrind's callgrind): 300 keep-alive GETs on 2 connections to warm up,
# then 1,500 counted. Deterministic enough to compare interpreter changes
# on a loaded machine, where CPU time is not.
# Usage: scripts/http-insns.sh [path/to/mote-jvm] [port]
set -euo pipefail
home=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cargo build -q --release -p jvm-glue --bin mote-jvm --manifest-path "$home/Cargo.toml" --target-dir "$home/target"
bin=${1:-$home/target/release/mote-jvm}
port=${2:-18193}
java_base=$(ls -td "$home"/target/release/build/mote-classlib-*/out/java.base | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac --system=none --module-path "$java_base" -nowarn -d "$work/classes" "$home/images/java-http/Http.java"
cat >"$work/client.py" <<'PY'
import http.client, sys
port, n = int(sys.argv[1]), int(sys.argv[2])
conns = [http.client.HTTPConnection("127.0.0.1", port, timeout=60) for _ in range(2)]
for i in range(n):
    c = conns[i % 2]
    c.request("GET", "/")
    r = c.getresponse()
    r.read()
    assert r.status == 200, r.status
PY
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$bin" --cp "$work/classes" Http "$port" \
    "$home/images/java-http/www/index.html" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 60); do
    sleep 0.5
    curl -s -o /dev/null "http://127.0.0.1:$port/" && break
done
python3 "$work/client.py" "$port" 300
callgrind_control -d "$pid" >/dev/null 2>&1   # dump 1: start-up and warm-up
python3 "$work/client.py" "$port" 1500
callgrind_control -d "$pid" >/dev/null 2>&1   # dump 2: the counted requests
sleep 1
kill "$pid"
wait "$pid" 2>/dev/null || true
total=$(awk '/^summary:/ {print $2}' "$work/cg.out.2")
echo "java-http on $(basename "$bin"): $((total / 1500)) instructions per GET (callgrind, 1,500 GETs)"
