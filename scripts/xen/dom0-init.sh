#!/bin/sh
# PID 1 of the dom0 initramfs that scripts/xen/run.sh boots under Xen.
#
# Brings up the toolstack (xenstored, xen-init-dom0, xenconsoled), creates
# every guest listed in /guest/guests (written by run.sh: one line per guest,
# "NAME MODE", MODE = run | shutdown | udp | moterun), waits until each has
# shut down, crashed or timed out, and reports on hvc0 (-> Xen console ->
# QEMU serial):
#
#   MOTE-XEN: ...                          progress, with dom0 uptimes
#   MOTE-XEN-CONSOLE-BEGIN NAME            the guest's PV console log ...
#   MOTE-XEN-CONSOLE-END NAME
#   MOTE-XEN-XL-BEGIN NAME                 `xl create` output and xl's log ...
#   MOTE-XEN-XL-END NAME
#   MOTE-XEN-MOTERUN-BEGIN/END NAME        what `mote run --xen` printed (moterun)
#   MOTE-XEN-GUEST NAME state=poweroff|crash|reboot|timeout|gone|create-failed
#                  reason=N seconds=S udp=ok|fail:... tcp=ok|fail:... moterun=RC
#   MOTE-XEN-DONE
#   MOTE-XEN-TICK UPTIME                   every 15 s until the results
#
# MODE shutdown: once the guest's console shows the text in /guest/NAME.marker,
# dom0 runs `xl shutdown NAME` (the toolstack's control/shutdown request).
# MODE udp: the marker starts a UDP (and, with NAME.tcpport, TCP) echo
# exchange over the guest's vif (bridge xenbr0, dom0 10.77.0.1/24; guest IP
# in /guest/NAME.ip). MODE moterun: `/guest/mote run --xen` creates the guest.
# Judging PASS/FAIL is the host's job (run.sh). Then dom0 powers off.
export PATH=/usr/lib/xen-4.17/bin:/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
mkdir -p /run/xen /run/xenstored /var/lib/xen /var/log/xen/console /var/lib/xenstored /run/lock

up() { cut -d' ' -f1 /proc/uptime; }
say() { echo "MOTE-XEN: $*"; }
arg() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" /proc/cmdline; }

say "dom0 init at uptime $(up)"
# A heartbeat on the serial line until the results are printed: run.sh's
# watchdog tells a stalled emulator (no line for minutes) from a slow one.
(while sleep 15; do echo "MOTE-XEN-TICK $(up)"; done) &
tick=$!
for m in xenfs xen-evtchn xen-gntdev xen-gntalloc xen-privcmd; do
  modprobe "$m" 2>/dev/null || say "modprobe $m failed"
done
mount -t xenfs xenfs /proc/xen
xenstored --pid-file /run/xenstored.pid
i=0
while ! xenstore-read -s / >/dev/null 2>&1 && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
xen-init-dom0 >/dev/null || say "xen-init-dom0 failed"
xenconsoled --pid-file=/run/xenconsoled.pid --log=guest --log-dir=/var/log/xen/console
say "toolstack up at uptime $(up): $(xl info | sed -n 's/^xen_version *: //p') $(xl info | sed -n 's/^virt_caps *: //p')"

# Guests with a vif: netback, and a bridge with dom0 at 10.77.0.1/24.
if grep -q '^vif' /guest/*.cfg 2>/dev/null; then
  for m in xen-netback bridge; do modprobe "$m" 2>/dev/null || say "modprobe $m failed"; done
  ip link add xenbr0 type bridge && ip addr add 10.77.0.1/24 dev xenbr0 && ip link set xenbr0 up ||
    say "bridge xenbr0 setup failed"
fi

# MODE udp: once the marker shows (selftest net-echo: "net-echo: ready"), dom0
# sends a datagram to the guest's UDP echo port (NAME.port), checks the reply,
# then sends "quit" to port 9
# (bash's /dev/udp; `head` reads each datagram whole). With NAME.then-shutdown,
# `xl shutdown NAME` follows.
udp_check() {
  ip=$(cat "/guest/$1.ip")
  port=$(cat "/guest/$1.port")
  reply=$(bash -c "exec 3<>/dev/udp/$ip/$port && printf mote-xen-echo >&3 && timeout 10 head -c 13 <&3" 2>&1)
  if [ "$reply" = mote-xen-echo ]; then echo ok >"/tmp/udp-$1"; else echo "fail:$reply" | tr ' ' _ >"/tmp/udp-$1"; fi
  say "udp echo with $1 ($ip:$port): $(cat "/tmp/udp-$1") at uptime $(up)"
  if [ -e "/guest/$1.tcpport" ]; then # 64 KiB through the guest's TCP echo and back
    tport=$(cat "/guest/$1.tcpport")
    head -c 65536 /dev/urandom >"/tmp/blob-$1"
    timeout 30 bash -c "exec 3<>/dev/tcp/$ip/$tport || exit 1; cat /tmp/blob-$1 >&3 & head -c 65536 <&3 >/tmp/back-$1" 2>/dev/null
    if cmp -s "/tmp/blob-$1" "/tmp/back-$1"; then echo ok; else echo "fail:$(wc -c <"/tmp/back-$1")_of_65536_bytes"; fi >"/tmp/tcp-$1"
    say "tcp echo of 64 KiB with $1 ($ip:$tport): $(cat "/tmp/tcp-$1") at uptime $(up)"
  fi
  if [ -e "/guest/$1.then-shutdown" ]; then
    say "xl shutdown $1 at uptime $(up)"
    xl shutdown "$1" >/dev/null 2>&1 || say "xl shutdown $1 failed"
  else
    bash -c "exec 3<>/dev/udp/$ip/9 && printf quit >&3" 2>/dev/null
  fi
}

TIMEOUT=$(arg mote_xen_timeout)
[ -n "$TIMEOUT" ] || TIMEOUT=120
log_of() { echo "/var/log/xen/console/guest-$1.log"; }

# Create every guest first: they boot side by side (one Xen boot, many guests).
names=""
# MODE moterun: `mote run --xen` creates the domain (its own xl config, `xl
# create -c`) and exits with the guest's status; stdin is a pipe that stays
# open so the console client never sees end-of-file.
moterun() {
  mkfifo "/tmp/in-$1"
  sleep 100000 >"/tmp/in-$1" &
  holder=$!
  /guest/mote run --xen --append "$(cat "/guest/$1.append")" "/guest/$1.elf" \
    <"/tmp/in-$1" >"/tmp/moterun-$1.out" 2>&1
  echo $? >"/tmp/moterun-$1.rc"
  kill $holder 2>/dev/null
}
created() {
  if [ "$2" = moterun ]; then
    moterun "$1" &
    i=0
    while ! xl domid "$1" >/dev/null 2>&1; do
      [ $i -lt 300 ] && [ ! -e "/tmp/moterun-$1.rc" ] || return 1
      sleep 0.1; i=$((i + 1))
    done
    cp "/tmp/moterun-$1.out" "/tmp/create-$1.out"
  else
    xl create "/guest/$1.cfg" >"/tmp/create-$1.out" 2>&1
    rc=$?
    # xl itself has crashed here now and then (SIGSEGV inside the emulated
    # dom0, before the guest ran): clean up and try once more, and say so.
    if [ $rc -ge 128 ]; then
      say "xl create $1 died with signal $((rc - 128)); destroying what it left and retrying once"
      xl destroy "$1" >/dev/null 2>&1
      xl create "/guest/$1.cfg" >"/tmp/create-$1.out" 2>&1
      rc=$?
    fi
    # xl's domain-monitoring child has also crashed after the domain was
    # built: xl reports failure, but the guest exists and runs
    if [ $rc -ne 0 ] && xl domid "$1" >/dev/null 2>&1; then
      say "xl create $1 reported failure but the domain exists; following it"
      rc=0
    fi
    return $rc
  fi
}

while read -r name mode; do
  [ -n "$name" ] || continue
  s=$(up)
  if created "$name" "$mode"; then
    say "created $name (domid $(xl domid "$name" 2>/dev/null)) at uptime $s, took $(awk "BEGIN{print $(up)-$s}") s"
    echo "$s" >"/tmp/start-$name"
    echo "$mode" >"/tmp/mode-$name"
    names="$names $name"
  else
    say "xl create $name failed"
    echo "create-failed" >"/tmp/state-$name"
  fi
done </guest/guests

# Wait until every guest is done; send `xl shutdown` to those that asked for it.
deadline=$(awk "BEGIN{print $(up)+$TIMEOUT}")
while :; do
  pending=0
  for name in $names; do
    [ -e "/tmp/state-$name" ] && continue
    st=$(xl list "$name" 2>/dev/null | awk 'NR==2{print $5}')
    if [ -z "$st" ]; then
      echo gone >"/tmp/state-$name"
    elif echo "$st" | grep -q '[sc]'; then
      echo stopped >"/tmp/state-$name"
      echo "$st" >"/tmp/flags-$name"
    else
      pending=1
      if [ "$(cat "/tmp/mode-$name")" = udp ] && [ ! -e "/tmp/udp-$name" ] &&
        grep -qF -f "/guest/$name.marker" "$(log_of "$name")" 2>/dev/null; then
        udp_check "$name"
      fi
      if [ "$(cat "/tmp/mode-$name")" = shutdown ] && [ ! -e "/tmp/sent-$name" ] &&
        grep -qF -f "/guest/$name.marker" "$(log_of "$name")" 2>/dev/null; then
        say "xl shutdown $name at uptime $(up)"
        xl shutdown "$name" >"/tmp/shutdown-$name.out" 2>&1 || say "xl shutdown $name failed: $(cat "/tmp/shutdown-$name.out")"
        touch "/tmp/sent-$name"
      fi
      continue
    fi
    echo "$(awk "BEGIN{print $(up)-$(cat "/tmp/start-$name")}")" >"/tmp/secs-$name"
  done
  [ $pending = 0 ] && break
  if awk "BEGIN{exit !($(up) > $deadline)}"; then
    for name in $names; do
      [ -e "/tmp/state-$name" ] || { echo timeout >"/tmp/state-$name"; echo "$TIMEOUT" >"/tmp/secs-$name"; }
    done
    break
  fi
  sleep 0.2
done
sleep 0.3 # let xenconsoled write out what the guests put in their rings last
kill "$tick" 2>/dev/null
wait "$tick" 2>/dev/null

for name in $(sed -n 's/^\([^ ]*\).*/\1/p' /guest/guests); do
  state=$(cat "/tmp/state-$name")
  reason=-
  if [ "$state" = stopped ] || [ "$state" = gone ]; then
    # xl's monitor logs "Domain N has shut down, reason code R 0xR" (it may
    # lag behind the state xl list shows: wait a little)
    i=0
    while :; do
      reason=$(sed -n 's/.*has shut down, reason code \([0-9]*\).*/\1/p' "/var/log/xen/xl-$name.log" 2>/dev/null | tail -n 1)
      [ -z "$reason" ] && [ $i -lt 30 ] || break
      sleep 0.1; i=$((i + 1))
    done
    if [ -z "$reason" ] && [ -e "/tmp/flags-$name" ]; then # xl list: c = crashed, s = shut down
      if grep -q c "/tmp/flags-$name"; then reason=3; else reason=0; fi
    fi
    case "$reason" in
      0) state=poweroff ;; 1) state=reboot ;; 3) state=crash ;; 4) state=watchdog ;;
      "") reason=- ;;
      *) state=shutdown ;;
    esac
  fi
  echo "MOTE-XEN-CONSOLE-BEGIN $name"
  cat "$(log_of "$name")" 2>/dev/null
  echo "MOTE-XEN-CONSOLE-END $name"
  echo "MOTE-XEN-XL-BEGIN $name"
  cat "/tmp/create-$name.out" "/var/log/xen/xl-$name.log" 2>/dev/null | grep -v '^$' | tail -n 40
  [ "$state" = timeout ] && xl list "$name" 2>/dev/null
  echo "MOTE-XEN-XL-END $name"
  if [ -e "/tmp/moterun-$name.out" ]; then
    # `mote run --xen` returns once xl has cleaned the domain up, which took
    # more than 5 s in the emulated dom0 on a loaded host (a CI run had the
    # guest's status printed but no exit code yet): wait up to 30 s
    i=0; while [ ! -e "/tmp/moterun-$name.rc" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
    echo "MOTE-XEN-MOTERUN-BEGIN $name"; cat "/tmp/moterun-$name.out"; echo "MOTE-XEN-MOTERUN-END $name"
  fi
  echo "MOTE-XEN-GUEST $name state=$state reason=$reason seconds=$(cat "/tmp/secs-$name" 2>/dev/null || echo -) udp=$(cat "/tmp/udp-$name" 2>/dev/null || echo -) tcp=$(cat "/tmp/tcp-$name" 2>/dev/null || echo -) moterun=$(cat "/tmp/moterun-$name.rc" 2>/dev/null || echo -)"
  xl destroy "$name" >/dev/null 2>&1
done
say "all done at uptime $(up)"
echo "MOTE-XEN-DONE"
[ -e /guest/shell ] && exec /bin/sh
# minbase has no poweroff binary: ask the kernel (-> SCHEDOP_shutdown of dom0,
# Xen powers the machine off and QEMU exits). PID 1 must not exit meanwhile.
echo o >/proc/sysrq-trigger
sleep 30
