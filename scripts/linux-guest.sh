#!/usr/bin/env bash
# Builds the Linux guest baseline of `mote bench` (issue 12): a Debian kernel and one
# initramfs holding busybox, the C echo (images/c-echo/main.c built for Linux), nginx,
# NSD and BIND 9 with the shared libraries they need, all from Debian bookworm packages.
#
# Nothing is installed on the host: packages are fetched with `apt-get download` and
# unpacked with `dpkg-deb -x` (installing nginx/nsd/bind9 would start daemons here).
#
# Cached and idempotent: the result lives in
#   ${MOTE_LINUX_GUEST_CACHE:-${XDG_CACHE_HOME:-~/.cache}/mote/linux-guest}/<key>/
# where <key> hashes this script, linux-guest-init.sh and the C echo's source, so editing
# any of them builds a new guest and an unchanged checkout reuses the old one. Downloaded
# .deb files are kept in debs/ beside it. Stdout is (progress goes to stderr):
#   kernel=PATH               the Debian kernel (bzImage) as packaged: what boots
#   bzimage=PATH              the same file (kept for callers that ask for it by name)
#   initramfs-SERVICE=PATH    base + one service (echo, nginx, nsd, bind), uncompressed cpio
#                             (what boots)
#   initramfs-SERVICE-gz=PATH the same, gzipped
#   initramfs=PATH            base + all four, gzipped (the whole guest, for size comparisons)
# The base is busybox, /init, the virtio-net modules and the static C echo.
#
# Why the bzImage and uncompressed archives: gunzipping the initramfs costs CPU under TCG
# (0.2 s for nginx's), so the guest boots the plain cpio. The kernel boots through its
# bzImage (QEMU's Linux boot protocol) although its xz decompressor costs about 2.5 s of
# QEMU CPU per boot under TCG: vmlinux unpacked from it boots by its Xen PVH entry note in
# 1.7 s instead of 4.2 s, but then takes a "divide error" at its first local_irq_enable()
# (start_kernel+0x5c7) in 1 to 3 boots of 8 on a loaded host, on microvm and pc alike,
# while 8 of 8 bzImage boots at the same load came up.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
cache=${MOTE_LINUX_GUEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/mote/linux-guest}
say() { printf '[linux-guest] %s\n' "$*" >&2; }
die() { printf 'linux-guest: %s\n' "$*" >&2; exit 1; }

init_src=$here/linux-guest-init.sh
echo_src=$root/images/c-echo/main.c
for f in "$init_src" "$echo_src"; do [ -f "$f" ] || die "missing $f"; done
key=$(cat "${BASH_SOURCE[0]}" "$init_src" "$echo_src" | sha256sum | cut -c1-16)
out=$cache/$key

report() {
  echo "kernel=$out/vmlinuz"
  echo "bzimage=$out/vmlinuz"
  for s in echo nginx nsd bind; do
    echo "initramfs-$s=$out/initramfs-$s.cpio"
    echo "initramfs-$s-gz=$out/initramfs-$s.cpio.gz"
  done
  echo "initramfs=$out/initramfs.cpio.gz"
}
if [ -f "$out/done" ]; then
  report
  exit 0
fi

for tool in apt-get apt-cache dpkg-deb cpio gzip gcc readelf objcopy flock sha256sum; do
  command -v "$tool" >/dev/null || die "$tool is missing: run scripts/setup.sh"
done

mkdir -p "$cache"
exec 9>"$cache/lock"
flock 9 # another build of the same cache (a parallel test, the bench) finishes first
if [ -f "$out/done" ]; then
  report
  exit 0
fi

# --- which packages -------------------------------------------------------------------
# The roots; their shared libraries come from the recursive Depends below.
roots=(busybox-static nginx nginx-common nsd bind9 bind9-libs)
if ! apt-cache show nsd >/dev/null 2>&1; then
  say "apt-get update (the package lists are missing)"
  apt-get update -qq >&2
fi
kpkg=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
[ -n "$kpkg" ] || die "cannot find the kernel package linux-image-amd64 depends on"
# Recursive Depends without recommends; of these only the libraries matter (adduser,
# debconf, perl and friends are for the maintainer scripts, which never run here).
mapfile -t libs < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances "${roots[@]}" 2>/dev/null |
  grep -v '^[ <]' | grep -E '^(lib|zlib)' | grep -vE -- '-(perl|common|bin|modules)$|^libperl' | sort -u)
pkgs=("$kpkg" "${roots[@]}" "${libs[@]}")

debs=$cache/debs
mkdir -p "$debs"
missing=()
for p in "${pkgs[@]}"; do
  ver=$(apt-cache policy "$p" | awk '/Candidate:/{print $2; exit}')
  [ -n "$ver" ] && [ "$ver" != "(none)" ] || die "package $p has no candidate version (apt-get update?)"
  ver=${ver//:/%3a}
  ls "$debs/${p}_${ver}_"*.deb >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "downloading ${#missing[@]} Debian packages: ${missing[*]}"
  (cd "$debs" && apt-get download -q "${missing[@]}" 2>&1 | grep -vE '^(Get:|W: Download is performed unsandboxed)' >&2 || true)
  for p in "${missing[@]}"; do
    ls "$debs/${p}_"*.deb >/dev/null 2>&1 || die "apt-get download $p failed"
  done
fi

# --- unpack everything into a staging root --------------------------------------------
work=$(mktemp -d "$cache/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
stage=$work/stage
mkdir -p "$stage"
for p in "${pkgs[@]}"; do
  ver=$(apt-cache policy "$p" | awk '/Candidate:/{print $2; exit}')
  deb=$(ls "$debs/${p}_${ver//:/%3a}_"*.deb | head -1)
  dpkg-deb -x "$deb" "$stage"
done
say "unpacked ${#pkgs[@]} packages"

# --- the initramfs tree ---------------------------------------------------------------
rd=$work/initramfs
mkdir -p "$rd"/{bin,sbin,usr/bin,usr/sbin,lib/x86_64-linux-gnu,lib64,etc,proc,sys,dev,tmp,run,var/log,var/cache/bind,var/lib/nsd,srv,lib/modules}
chmod 1777 "$rd/tmp"

# busybox and its applet links
cp "$stage/bin/busybox" "$rd/bin/busybox"
for applet in $("$rd/bin/busybox" --list-full); do
  [ -e "$rd/$applet" ] || ln -s /bin/busybox "$rd/$applet"
done

# the kernel and the modules for the NIC (virtio-net on virtio-mmio for microvm,
# virtio-pci for pc); Debian builds them as modules, not into the kernel
kver=${kpkg#linux-image-}
cp "$stage/boot/vmlinuz-$kver" "$work/vmlinuz"
moddir=$stage/lib/modules/$kver/kernel
modpath() { find "$moddir" -name "$1.ko" -o -name "$1.ko.xz" | head -1; }
moddeps() { # the depends= field of a module's .modinfo section
  objcopy -O binary --only-section=.modinfo "$1" "$work/modinfo" 2>/dev/null
  tr '\0' '\n' <"$work/modinfo" | sed -n 's/^depends=//p' | tr ',' ' '
}
load=()
addmod() { # dependencies first
  local m=$1 f d
  for d in "${load[@]}"; do [ "$d" = "$m" ] && return 0; done
  f=$(modpath "$m")
  [ -n "$f" ] || die "kernel module $m not found in $kpkg"
  case $f in *.xz) xz -dc "$f" >"$work/$m.ko"; f=$work/$m.ko ;; esac
  for d in $(moddeps "$f"); do addmod "${d//-/_}"; done
  cp "$f" "$rd/lib/modules/$m.ko"
  load+=("$m")
}
for m in virtio_mmio virtio_pci virtio_net; do addmod "$m"; done
printf '%s\n' "${load[@]}" >"$rd/lib/modules/load"

# the C echo, from the same source as the Mote image, static
gcc -O2 -static -o "$rd/usr/bin/c-echo" "$echo_src"
strip "$rd/usr/bin/c-echo"

# the servers, each with every shared library it needs (ELF NEEDED closure, from the
# packages), in its own layer: initramfs-SERVICE = base + that layer
libdirs=("$stage/lib/x86_64-linux-gnu" "$stage/usr/lib/x86_64-linux-gnu")
findlib() {
  local d
  for d in "${libdirs[@]}"; do
    [ -e "$d/$1" ] && { echo "$d/$1"; return 0; }
  done
  return 1
}
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
# layer DIR BINARY...: copies the binaries and their library closure into DIR
layer() {
  local dir=$1 b f lib src
  shift
  mkdir -p "$dir/usr/sbin" "$dir/lib/x86_64-linux-gnu" "$dir/lib64"
  local queue=() extra=(libgcc_s.so.1) # glibc loads libgcc_s at run time (thread unwinding)
  declare -A have=()
  for b in "$@"; do
    [ -f "$stage/$b" ] || die "$b is not in the unpacked packages"
    cp "$stage/$b" "$dir/$b"
    queue+=("$dir/$b")
  done
  while [ ${#queue[@]} -gt 0 ]; do
    f=${queue[0]}
    queue=("${queue[@]:1}")
    for lib in $(needed "$f") "${extra[@]}"; do
      [ -n "${have[$lib]:-}" ] && continue
      src=$(findlib "$lib") || die "shared library $lib (needed by ${f#"$dir"/}) is in none of the downloaded packages"
      cp -L "$src" "$dir/lib/x86_64-linux-gnu/$lib"
      have[$lib]=1
      queue+=("$dir/lib/x86_64-linux-gnu/$lib")
    done
    extra=()
  done
  ln -sf /lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 "$dir/lib64/ld-linux-x86-64.so.2"
  say "$(basename "$dir"): $* + ${#have[@]} libraries"
}
layer "$work/layer-nginx" usr/sbin/nginx
layer "$work/layer-nsd" usr/sbin/nsd
layer "$work/layer-bind" usr/sbin/named

# configuration that does not depend on the boot
mkdir -p "$rd/etc/nginx"
cp "$stage/etc/nginx/mime.types" "$rd/etc/nginx/mime.types"
cat >"$rd/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
bind:x:100:100:bind:/var/cache/bind:/bin/false
nsd:x:101:101:nsd:/var/lib/nsd:/bin/false
www-data:x:33:33:www-data:/srv:/bin/false
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
cat >"$rd/etc/group" <<'EOF'
root:x:0:
www-data:x:33:
bind:x:100:
nsd:x:101:
nogroup:x:65534:
EOF
printf 'passwd: files\ngroup: files\nhosts: files\n' >"$rd/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n10.0.2.15 guest\n' >"$rd/etc/hosts"
echo guest >"$rd/etc/hostname"

install -m 0755 "$init_src" "$rd/init"

# --- pack -----------------------------------------------------------------------------
# initramfs-SERVICE.cpio.gz boots one service (what `mote` boots); initramfs.cpio.gz holds
# all four (the guest as one unit, for the size comparison)
mkdir -p "$out.tmp"
pack() { # pack TREE OUTPUT(.cpio): the archive and its gzipped copy OUTPUT.gz
  (cd "$1" && find . -mindepth 1 | LC_ALL=C sort |
    cpio -o -H newc --owner=0:0 --reproducible --quiet) >"$2"
  gzip -n -6 <"$2" >"$2.gz"
}
pack "$rd" "$out.tmp/initramfs-echo.cpio"
all=$work/all
cp -a "$rd" "$all"
for s in nginx nsd bind; do
  cp -a "$rd" "$work/tree-$s"
  cp -a "$work/layer-$s/." "$work/tree-$s/"
  cp -a "$work/layer-$s/." "$all/"
  pack "$work/tree-$s" "$out.tmp/initramfs-$s.cpio"
done
pack "$all" "$out.tmp/initramfs.cpio"
rm "$out.tmp/initramfs.cpio"
cp "$work/vmlinuz" "$out.tmp/"
echo "$kpkg" >"$out.tmp/kernel-package"
printf '%s\n' "${pkgs[@]}" >"$out.tmp/packages"
rm -rf "$out"
mv "$out.tmp" "$out"
touch "$out/done"
say "built $out ($kpkg): $(cd "$out" && stat -c '%n %s' vmlinuz initramfs*.cpio* | tr '\n' ' ')"
report
