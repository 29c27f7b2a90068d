#!/usr/bin/env bash
# Runs every test: host unit tests, JVM/filesystem suites and the boot tests
# that build real images and boot them in QEMU. Installs what is missing first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
# Tests run under TCG: deterministic, and KVM here is a PVM that faults on SSE.
export MOTE_ACCEL="${MOTE_ACCEL:-tcg}"
cargo test --workspace --release --no-fail-fast
