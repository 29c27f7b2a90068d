#!/usr/bin/env bash
# Boots real Xen 4.17 + a Debian PV dom0 inside QEMU (TCG; QEMU emulates SVM
# with nested paging, so Xen can run PVH guests) and runs Mote images as PVH
# domUs, all side by side in one Xen boot. Prints each guest's PV console and
# a PASS/FAIL line per guest; exits 0 only if every guest passed.
#
#   scripts/xen/run.sh [--timeout S] [--out DIR] [--mote-bin PATH] \
#       --guest NAME=IMAGE [--extra "CMDLINE"] [--memory MIB] [--cfg XLCFG]
#                          [--expect STATUS] [--expect-state poweroff|crash]
#                          [--shutdown-on TEXT] [--udp-echo IP[:PORT]] [--tcp-echo PORT] [--mote-run] ...
#
#   --guest        a Mote image to boot as domain NAME (options below apply to it)
#   --extra        the guest's command line (kernel options, then -- app args)
#   --cfg          use this xl config (e.g. from `mote xl`); kernel/name/on_* are
#                  rewritten for the harness
#   --expect       the exit status the guest must report (default 0); the status
#                  is the "mote: exit status N" line the kernel prints on Xen
#   --expect-state the domain's shutdown reason (default poweroff)
#   --shutdown-on  when the console shows TEXT, dom0 runs `xl shutdown NAME`
#   --udp-echo     give the guest a vif on dom0's bridge (10.77.0.1/24) and, once
#                  it prints "net-echo: ready" (selftest `ip=IP/24 -- net-echo`),
#                  send a datagram to IP:PORT (default 7) from dom0, then "quit"
#                  to IP:9; PASS needs the echo back. With --shutdown-on TEXT,
#                  TEXT starts the exchange and `xl shutdown` follows it.
#   --tcp-echo     with --udp-echo: also send 64 KiB through TCP IP:PORT and
#                  check they come back unchanged
#   --mote-run     boot this guest with `mote run --xen` inside dom0 (the
#                  binary from --mote-bin) instead of the harness's `xl create`:
#                  checks mote's xl config and its exit status (= the guest's)
#   --mote-bin     the `mote` binary to copy into dom0 (for --mote-run)
#   --timeout      seconds dom0 waits for the guests (default 120)
#
# Runs scripts/xen/build.sh first (cached: seconds when nothing changed).
# Work dir: $MOTE_XEN_WORK (default target/xen). Results of the last run in
# DIR (default $WORK/last): serial.log (everything QEMU printed),
# NAME.console, NAME.xl, NAME.moterun (what `mote run --xen` printed), summary.
# A Xen host whose serial line stays silent for $MOTE_XEN_STALL s (default
# 180; dom0 prints a heartbeat every 15 s) has stalled in the emulator: it
# is stopped and booted once more (serial-stalled.log keeps the first log).
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${MOTE_XEN_WORK:-$ROOT/target/xen}
TIMEOUT=120
OUT=""
MOTE_BIN=""

die() { printf '[xen-run] error: %s\n' "$*" >&2; exit 2; }
say() { printf '[xen-run] %s\n' "$*"; }

names=()
declare -A image extra memory cfg expect expect_state marker udp shut moterun tcp
cur=""
need_guest() { [ -n "$cur" ] || die "$1 must follow --guest NAME=IMAGE"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --timeout) TIMEOUT=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --mote-bin) MOTE_BIN=$(realpath "$2") || die "no mote binary $2"; shift 2 ;;
    --mote-run) need_guest "$1"; moterun[$cur]=1; shift ;;
    --guest)
      [[ "$2" == *=* ]] || die "--guest takes NAME=IMAGE"
      cur=${2%%=*}
      [[ "$cur" =~ ^[A-Za-z0-9_-]+$ ]] || die "guest name '$cur': letters, digits, - and _ only"
      [ -z "${image[$cur]:-}" ] || die "guest name '$cur' used twice"
      image[$cur]=$(realpath "${2#*=}") || die "no image ${2#*=}"
      [ -f "${image[$cur]}" ] || die "no image ${2#*=}"
      names+=("$cur"); extra[$cur]=""; memory[$cur]=64; cfg[$cur]=""
      expect[$cur]=0; expect_state[$cur]=poweroff; marker[$cur]=""; udp[$cur]=""; shut[$cur]=""; moterun[$cur]=""; tcp[$cur]=""
      shift 2 ;;
    --extra) need_guest "$1"; extra[$cur]=$2; shift 2 ;;
    --memory) need_guest "$1"; memory[$cur]=$2; shift 2 ;;
    --cfg) need_guest "$1"; cfg[$cur]=$(realpath "$2") || die "no config $2"; shift 2 ;;
    --expect) need_guest "$1"; expect[$cur]=$2; shift 2 ;;
    --expect-state) need_guest "$1"; expect_state[$cur]=$2; shift 2 ;;
    --shutdown-on) need_guest "$1"; shut[$cur]=$2; shift 2 ;;
    --udp-echo) need_guest "$1"; udp[$cur]=$2; shift 2 ;;
    --tcp-echo) need_guest "$1"; tcp[$cur]=$2; shift 2 ;;
    -h | --help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
[ ${#names[@]} -gt 0 ] || die "no guests (--guest NAME=IMAGE)"

# Cached: a no-op unless something is missing or dom0-init.sh changed.
"$HERE/build.sh" || exit 2
OUT=${OUT:-$WORK/last}
rm -rf "$OUT" && mkdir -p "$OUT/stage/guest"
OUT=$(realpath "$OUT")

# The guests travel as a second cpio archive appended to dom0's initramfs
# (Linux unpacks concatenated archives in order), so adding a guest never
# rebuilds the big one.
: >"$OUT/stage/guest/guests"
for n in "${names[@]}"; do
  g=$OUT/stage/guest
  cp "${image[$n]}" "$g/$n.elf"
  if [ -n "${cfg[$n]}" ]; then
    grep -v -E '^[[:space:]]*(name|kernel|on_poweroff|on_crash|on_reboot)[[:space:]]*=' "${cfg[$n]}" >"$g/$n.cfg"
    [ -z "${extra[$n]}" ] || { grep -v -E '^[[:space:]]*extra[[:space:]]*=' "$g/$n.cfg" >"$g/$n.tmp"; mv "$g/$n.tmp" "$g/$n.cfg"; }
  else
    printf 'type = "pvh"\nmemory = %s\nvcpus = 1\n' "${memory[$n]}" >"$g/$n.cfg"
  fi
  {
    printf 'name = "%s"\nkernel = "/guest/%s.elf"\n' "$n" "$n"
    [ -z "${extra[$n]}" ] || printf 'extra = "%s"\n' "${extra[$n]//\"/\\\"}"
    # preserve: the harness reads the shutdown reason and drains the console, then destroys
    printf 'on_poweroff = "preserve"\non_crash = "preserve"\non_reboot = "preserve"\n'
    [ -z "${udp[$n]}" ] || grep -q '^[[:space:]]*vif' "$g/$n.cfg" || printf "vif = [ 'bridge=xenbr0' ]\n"
  } >>"$g/$n.cfg"
  if [ -n "${moterun[$n]}" ]; then
    [ -n "$MOTE_BIN" ] || die "--mote-run needs --mote-bin PATH"
    cp "$MOTE_BIN" "$g/mote"
    printf '%s\n' "${extra[$n]}" >"$g/$n.append"
    echo "$n moterun" >>"$g/guests"
  elif [ -n "${udp[$n]}" ]; then
    printf '%s\n' "${shut[$n]:-net-echo: ready}" >"$g/$n.marker"
    [ -z "${shut[$n]}" ] || touch "$g/$n.then-shutdown"
    printf '%s\n' "${udp[$n]%%:*}" >"$g/$n.ip"
    port=7; [[ "${udp[$n]}" != *:* ]] || port=${udp[$n]#*:}
    printf '%s\n' "$port" >"$g/$n.port"
    [ -z "${tcp[$n]}" ] || printf '%s\n' "${tcp[$n]}" >"$g/$n.tcpport"
    echo "$n udp" >>"$g/guests"
  elif [ -n "${shut[$n]}" ]; then
    printf '%s\n' "${shut[$n]}" >"$g/$n.marker"
    echo "$n shutdown" >>"$g/guests"
  else
    echo "$n run" >>"$g/guests"
  fi
done
(cd "$OUT/stage" && find . | cpio -o -H newc --quiet | gzip -1) >"$OUT/guests.cpio.gz"
cat "$WORK/dom0.cpio.gz" "$OUT/guests.cpio.gz" >"$OUT/initrd.gz"

CPU=${MOTE_XEN_CPU:-max} # TCG "max" has SVM + NPT: Xen gets HVM with HAP (needed for PVH)
XEN_CMDLINE="console=com1 com1=115200,8n1 dom0_mem=512M,max:512M loglvl=warning guest_loglvl=all ${MOTE_XEN_XEN_ARGS:-}"
# QEMU splits -initrd on commas: the dom0 command line must have none.
DOM0_CMDLINE="console=hvc0 quiet loglevel=3 mote_xen_timeout=$TIMEOUT ${MOTE_XEN_DOM0_ARGS:-}"
QEMU_TIMEOUT=${MOTE_XEN_QEMU_TIMEOUT:-$((TIMEOUT + 900))} # Xen + dom0 boot: ~15 s idle, minutes on a loaded host
# Xen inside QEMU's TCG has been seen to stall for good (every vCPU idle,
# guest time frozen) while creating a domain. dom0 prints a heartbeat every
# 15 s, so a serial line silent for STALL seconds is a stalled emulator,
# not a slow one: stop it and boot again, once.
STALL=${MOTE_XEN_STALL:-180}
boot_xen() {
  rm -f "$OUT/qemu.pid" "$OUT/stalled"
  timeout "$QEMU_TIMEOUT" qemu-system-x86_64 -accel tcg -cpu "$CPU" -m 1536 -smp 2 \
    -nographic -no-reboot -nic none -monitor none -serial stdio -pidfile "$OUT/qemu.pid" \
    -kernel "$WORK/xen.elf" -append "$XEN_CMDLINE" \
    -initrd "$WORK/vmlinuz $DOM0_CMDLINE,$OUT/initrd.gz" </dev/null 2>&1 |
    sed -u 's/\r//g' >"$OUT/serial.log" &
  local pipe=$! last=-1 quiet=0 size
  while kill -0 "$pipe" 2>/dev/null; do
    sleep 5
    size=$(stat -c %s "$OUT/serial.log" 2>/dev/null || echo 0)
    if [ "$size" = "$last" ]; then quiet=$((quiet + 5)); else quiet=0; last=$size; fi
    if [ "$quiet" -ge "$STALL" ] && ! grep -aq MOTE-XEN-DONE "$OUT/serial.log"; then
      touch "$OUT/stalled"
      kill "$(cat "$OUT/qemu.pid" 2>/dev/null)" 2>/dev/null
      break
    fi
  done
  wait "$pipe"
}
for attempt in 1 2; do
  say "booting Xen + dom0 in QEMU (TCG, -cpu $CPU) with ${#names[@]} guest(s): ${names[*]}"
  start=$(date +%s.%N)
  boot_xen
  qrc=$?
  wall=$(awk "BEGIN{printf \"%.1f\", $(date +%s.%N)-$start}")
  [ -e "$OUT/stalled" ] && [ "$attempt" = 1 ] || break
  cp "$OUT/serial.log" "$OUT/serial-stalled.log"
  say "the emulated Xen host stalled (no serial output for $STALL s after $wall s; last dom0 line: $(grep -a 'MOTE-XEN' "$OUT/serial.log" | tail -n 1)); its log is $OUT/serial-stalled.log; booting it again"
done
grep -a 'MOTE-XEN: ' "$OUT/serial.log" | sed 's/^.*MOTE-XEN: /[dom0] /'
if ! grep -aq MOTE-XEN-DONE "$OUT/serial.log"; then
  why="QEMU status $qrc after $wall s"
  [ -e "$OUT/stalled" ] && why="stalled again: no serial output for $STALL s, stopped after $wall s"
  say "dom0 did not finish ($why); last lines of $OUT/serial.log:"
  tail -n 40 "$OUT/serial.log"
fi

fails=0
: >"$OUT/summary"
for n in "${names[@]}"; do
  sed -n "/MOTE-XEN-CONSOLE-BEGIN $n\$/,/MOTE-XEN-CONSOLE-END $n\$/p" "$OUT/serial.log" | sed '1d;$d' >"$OUT/$n.console"
  sed -n "/MOTE-XEN-XL-BEGIN $n\$/,/MOTE-XEN-XL-END $n\$/p" "$OUT/serial.log" | sed '1d;$d' >"$OUT/$n.xl"
  sed -n "/MOTE-XEN-MOTERUN-BEGIN $n\$/,/MOTE-XEN-MOTERUN-END $n\$/p" "$OUT/serial.log" | sed '1d;$d' >"$OUT/$n.moterun"
  line=$(grep -a -o "MOTE-XEN-GUEST $n .*" "$OUT/serial.log" | tail -n 1)
  state=$(sed -n 's/.* state=\([^ ]*\).*/\1/p' <<<"$line")
  secs=$(sed -n 's/.* seconds=\([^ ]*\).*/\1/p' <<<"$line")
  status=$(sed -n 's/.*mote: exit status \([0-9]*\).*/\1/p' "$OUT/$n.console" | tail -n 1)
  sed "s/^/[$n] /" "$OUT/$n.console"
  why=""
  [ "$state" = "${expect_state[$n]}" ] || why="domain state ${state:-unknown}, expected ${expect_state[$n]}"
  [ "$status" = "${expect[$n]}" ] || why="${why:+$why; }exit status ${status:-none}, expected ${expect[$n]}"
  if [ -n "${moterun[$n]}" ]; then
    mrc=$(sed -n 's/.* moterun=\([^ ]*\).*/\1/p' <<<"$line")
    [ "$mrc" = "${expect[$n]}" ] || why="${why:+$why; }mote run --xen exited ${mrc:-?}, expected ${expect[$n]}"
  fi
  udp_res=$(sed -n 's/.* udp=\([^ ]*\).*/\1/p' <<<"$line")
  [ -z "${udp[$n]}" ] || [ "$udp_res" = ok ] || why="${why:+$why; }UDP echo: ${udp_res:-not tried}"
  tcp_res=$(sed -n 's/.* tcp=\([^ ]*\).*/\1/p' <<<"$line")
  [ -z "${tcp[$n]}" ] || [ "$tcp_res" = ok ] || why="${why:+$why; }TCP echo: ${tcp_res:-not tried}"
  if [ -z "$why" ]; then
    r="XEN-GUEST $n: PASS (state $state, exit status $status${udp[$n]:+, UDP echo ok}${tcp[$n]:+, TCP 64 KiB echo ok}${moterun[$n]:+, mote run --xen exit $mrc}, done within ${secs}s of xl create)"
  else
    r="XEN-GUEST $n: FAIL ($why; console $OUT/$n.console, xl log $OUT/$n.xl)"
    fails=$((fails + 1))
  fi
  echo "$r" | tee -a "$OUT/summary"
done
echo "XEN-RUN: wall ${wall}s, dom0 ready at uptime $(sed -n 's/.*MOTE-XEN: toolstack up at uptime \([0-9.]*\).*/\1/p' "$OUT/serial.log" | head -n 1)s, ${#names[@]} guest(s), $fails failed" | tee -a "$OUT/summary"
[ $fails = 0 ]
