#!/usr/bin/env bash
# Builds what scripts/xen/run.sh needs to boot real Xen inside QEMU (TCG):
#
#   $WORK/xen.elf        the Xen 4.17 hypervisor (Debian bookworm), gunzipped:
#                        QEMU's multiboot loader does not take the .gz
#   $WORK/vmlinuz        the Debian kernel, booted as Xen's PV dom0
#   $WORK/dom0.cpio.gz   dom0's root filesystem as an initramfs: debootstrap
#                        minbase + xen-utils-4.17, trimmed, with our init
#                        (scripts/xen/dom0-init.sh) as /init
#
# WORK is $MOTE_XEN_WORK, default target/xen in the repository. Nothing is
# installed on the host: the .debs are unpacked with `dpkg -x`, the root
# filesystem is made with debootstrap into $WORK. Every step is cached and
# skipped when its output exists; a changed dom0-init.sh repacks the
# initramfs only. Needs root (debootstrap, chroot) and the Debian archive
# apt uses (network on first run). `--force` rebuilds everything.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${MOTE_XEN_WORK:-$ROOT/target/xen}
XEN_PKG=xen-hypervisor-4.17-amd64
SUITE=bookworm

say() { printf '[xen-build] %s\n' "$*"; }
die() { printf '[xen-build] error: %s\n' "$*" >&2; exit 1; }

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# debootstrap mounts /proc (and /sys) inside the root filesystem while it
# runs; killed half way, they stay mounted, and a later rm -rf of $WORK would
# walk into the host's /proc. Unmount whatever is mounted under $WORK on the
# way out and before removing anything.
unmount_under() {
  local dir
  dir=$(realpath -m "$1")
  awk -v d="$dir/" 'index($2, d) == 1 {print $2}' /proc/mounts | sort -r |
    while read -r m; do $SUDO umount -l "$m" || true; done
}
trap 'unmount_under "$WORK"' EXIT
unmount_under "$WORK"

[ "${1:-}" = "--force" ] && { say "--force: removing $WORK"; rm -rf "$WORK"; }

for t in debootstrap cpio dpkg apt-get gzip chroot; do
  command -v "$t" >/dev/null || die "missing host tool '$t' (run scripts/setup.sh)"
done

# The archive apt already uses (deb822 sources first, then sources.list).
MIRROR=${MOTE_XEN_MIRROR:-}
if [ -z "$MIRROR" ]; then
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    MIRROR=$(awk '/^URIs:/{print $2; exit}' "$f")
    [ -n "$MIRROR" ] && break
  done
fi
[ -n "$MIRROR" ] || MIRROR=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$MIRROR" ] || MIRROR=http://deb.debian.org/debian

mkdir -p "$WORK"
cd "$WORK"
t_start=$(date +%s)

# 1. Hypervisor and dom0 kernel: download and unpack the .debs (no install).
if [ ! -e debs/.done ]; then
  say "downloading $XEN_PKG and the Debian kernel"
  rm -rf debs && mkdir -p debs/x
  kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
  [ -n "$kpkg" ] || die "apt-cache knows no linux-image-amd64 (run apt-get update)"
  (cd debs && apt-get download -q "$XEN_PKG" "$kpkg" >/dev/null) ||
    die "apt-get download failed (network? apt-get update?)"
  for d in debs/*.deb; do dpkg -x "$d" debs/x; done
  touch debs/.done
else
  say "cached: hypervisor and kernel packages"
fi
KVER=$(ls debs/x/lib/modules | head -n 1)
[ -n "$KVER" ] || die "no kernel modules in debs/x (remove $WORK/debs and retry)"
if [ ! -s xen.elf ] || [ debs/.done -nt xen.elf ]; then
  zcat debs/x/boot/xen-4.17-amd64.gz >xen.elf.tmp && mv xen.elf.tmp xen.elf
  cp debs/x/boot/vmlinuz-"$KVER" vmlinuz
fi
say "hypervisor: $(ls debs/*.deb | sed -n 's#.*/\(xen-hypervisor[^/]*\)\.deb#\1#p'), dom0 kernel $KVER"

# 2. dom0 root filesystem (the slow step, ~1 min, once).
if [ ! -e rootfs/.done ]; then
  say "debootstrap $SUITE minbase + xen-utils-4.17 from $MIRROR (about a minute)"
  $SUDO rm -rf rootfs
  $SUDO debootstrap --variant=minbase --include=xen-utils-4.17,iproute2,procps,kmod \
    "$SUITE" rootfs "$MIRROR" >debootstrap.log 2>&1 ||
    die "debootstrap failed; see $WORK/debootstrap.log"
  $SUDO touch rootfs/.done
else
  say "cached: dom0 root filesystem"
fi

# 3. The initramfs: a trimmed copy of rootfs + the kernel's Xen modules + our
#    init. Repacked only when its inputs changed.
stamp=$( (sha256sum "$HERE/dom0-init.sh" "$HERE/build.sh"; echo "$KVER") | sha256sum | cut -c1-16)
if [ ! -s dom0.cpio.gz ] || [ "$(cat dom0.stamp 2>/dev/null)" != "$stamp" ]; then
  say "packing the dom0 initramfs"
  $SUDO rm -rf dom0
  $SUDO cp -a rootfs dom0
  # Not needed to run the toolstack: docs, locales, apt state, python (xl is C).
  $SUDO rm -rf dom0/var/cache/* dom0/var/lib/apt/lists/* dom0/usr/share/doc \
    dom0/usr/share/man dom0/usr/share/locale dom0/usr/share/info dom0/usr/share/zoneinfo \
    dom0/usr/lib/udev/hwdb.bin dom0/usr/lib/python3* dom0/usr/lib/xen-4.17/lib/python
  # Modules the toolstack needs: xenfs, evtchn, gntdev, gntalloc, privcmd,
  # netback, and the bridge (with stp/llc) that guests' vifs join.
  mods=debs/x/lib/modules/$KVER
  $SUDO mkdir -p "dom0/lib/modules/$KVER"
  $SUDO cp "$mods/modules.order" "$mods/modules.builtin" "$mods/modules.builtin.modinfo" \
    "dom0/lib/modules/$KVER/"
  (cd "$mods" && find kernel/drivers/xen kernel/drivers/net/xen-netback kernel/net/bridge \
    kernel/net/802 kernel/net/llc -name '*.ko*' |
    $SUDO cpio -pdm --quiet "$WORK/dom0/lib/modules/$KVER")
  $SUDO chroot dom0 /sbin/depmod "$KVER"
  $SUDO install -m 0755 "$HERE/dom0-init.sh" dom0/init
  $SUDO mkdir -p dom0/guest
  (cd dom0 && $SUDO find . | $SUDO cpio -o -H newc --quiet | gzip -1) >dom0.cpio.gz.tmp
  mv dom0.cpio.gz.tmp dom0.cpio.gz
  $SUDO rm -rf dom0
  echo "$stamp" >dom0.stamp
else
  say "cached: dom0 initramfs"
fi
say "ready in $(($(date +%s) - t_start)) s: $WORK/{xen.elf,vmlinuz,dom0.cpio.gz} ($(du -h dom0.cpio.gz | cut -f1) initramfs)"
