#!/usr/bin/env bash
# Installs everything Mote needs on Debian bookworm, idempotently.
# Safe to run again: each step checks first and only acts when something is missing.
set -euo pipefail

say() { printf '[setup] %s\n' "$*"; }
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# --- apt: bookworm-backports for QEMU 10 -------------------------------------
# Use the same Debian archive apt already uses.
mirror=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -e "$f" ] || continue
  mirror=$(awk '/^URIs:/{print $2; exit}' "$f")
  [ -n "$mirror" ] && break
done
[ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$mirror" ] || mirror="http://deb.debian.org/debian"

backports=/etc/apt/sources.list.d/mote-bookworm-backports.sources
if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  say "adding bookworm-backports from $mirror"
  $SUDO tee "$backports" >/dev/null <<SRC
Types: deb
URIs: $mirror
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt_updated=""
fi

need_pkgs=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for p in openjdk-17-jdk-headless netcat-openbsd socat curl gcc libc6-dev binutils python3 gdb \
         debootstrap cpio xz-utils iproute2 iputils-ping tshark bind9-dnsutils; do
  have_pkg "$p" || need_pkgs+=("$p")
done
# `mote bench compare` (issue 12): load generators and the plots' font
for p in wrk dnsperf fonts-dejavu-core; do
  have_pkg "$p" || need_pkgs+=("$p")
done
# scripts/http-insns.sh: instruction counts of the hosted JVM (callgrind)
have_pkg valgrind || need_pkgs+=(valgrind)

qemu_ok() {
  command -v qemu-system-x86_64 >/dev/null &&
    qemu-system-x86_64 --version | awk 'NR==1{split($4,v,"."); exit !(v[1]>=10)}'
}

if [ ${#need_pkgs[@]} -gt 0 ] || ! qemu_ok; then
  say "apt-get update"
  $SUDO apt-get update -qq
fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
  say "installing: ${need_pkgs[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi
if ! qemu_ok; then
  say "installing qemu-system-x86 from bookworm-backports"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -t bookworm-backports \
    qemu-system-x86 >/dev/null
fi
qemu_ok || { echo "setup: QEMU >= 10 is still missing after install" >&2; exit 1; }

# --- Rust --------------------------------------------------------------------
if ! command -v cargo >/dev/null; then
  [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null; then
  say "installing rustup (stable toolchain)"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  export PATH="$HOME/.cargo/bin:$PATH"
fi
if command -v rustup >/dev/null; then
  for c in rustfmt clippy rust-src; do
    rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
  done
fi

# --- the Linux guest baseline (mote bench, mote linux-guest): built once, then cached ---
"$(dirname "${BASH_SOURCE[0]}")/linux-guest.sh" >/dev/null

say "ok: $(qemu-system-x86_64 --version | head -1); $(java -version 2>&1 | head -1); $(cargo --version)"
