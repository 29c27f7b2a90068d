#!/bin/sh
# /init of the Linux guest baseline (built into the initramfs by scripts/linux-guest.sh).
# Kernel command line: mote.service=echo|nginx|nsd|bind [mote.zone=NAME] [mote.port=N]
# Per-boot inputs from the appended cpio: /srv/www (web root), /srv/zone (zone file).
# Prints "MOTE-LINUX-READY service=NAME" once the service answers on its port.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin

mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev

fail() {
    echo "MOTE-LINUX-FAILED: $*"
    poweroff -f
    sleep 10
    exit 1
}

service=""
zone=""
port=""
for w in $(cat /proc/cmdline); do
    case $w in
    mote.service=*) service=${w#*=} ;;
    mote.zone=*) zone=${w#*=} ;;
    mote.port=*) port=${w#*=} ;;
    esac
done

for m in $(cat /lib/modules/load); do
    insmod "/lib/modules/$m.ko" 2>/dev/null
done

# the address QEMU's user network hands out by DHCP to the first guest (as Mote gets)
ip link set lo up
n=0
while [ ! -e /sys/class/net/eth0 ]; do
    n=$((n + 1))
    [ $n -gt 500 ] && fail "no eth0 (is the NIC a virtio-net device?)"
    usleep 10000
done
ip addr add 10.0.2.15/24 dev eth0
ip link set eth0 up
ip route add default via 10.0.2.2

# wait_port udp|tcp PORT: until a socket listens there (/proc/net/{udp,tcp}, hex port)
wait_port() {
    hex=$(printf '%04X' "$2")
    n=0
    case $1 in
    udp) pat=":$hex 00000000:0000 07" ;;
    tcp) pat=":$hex 00000000:0000 0A" ;;
    esac
    while ! grep -q "$pat" "/proc/net/$1"; do
        n=$((n + 1))
        [ $n -gt 3000 ] && fail "$service does not listen on $1 port $2"
        kill -0 "$pid" 2>/dev/null || fail "$service exited before listening"
        usleep 10000
    done
}

# wait_zone: until the server answers the zone's SOA with an answer (zone loaded)
wait_zone() {
    n=0
    while ! nslookup -type=soa "$zone." 127.0.0.1 >/dev/null 2>&1; do
        n=$((n + 1))
        [ $n -gt 3000 ] && fail "$service does not answer for $zone"
        kill -0 "$pid" 2>/dev/null || fail "$service exited before answering"
        usleep 10000
    done
}

case $service in
echo)
    c-echo "${port:-8080}" &
    pid=$!
    wait_port udp "${port:-8080}"
    ;;
nginx)
    [ -d /srv/www ] || fail "no web root in the initramfs (/srv/www)"
    mkdir -p /var/log/nginx /var/lib/nginx
    cat >/etc/nginx/nginx.conf <<EOF
worker_processes 1;
daemon off;
error_log stderr;
pid /run/nginx.pid;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    charset utf-8;
    access_log off;
    sendfile on;
    tcp_nodelay on;
    keepalive_requests 1000000;
    server {
        listen ${port:-8080};
        root /srv/www;
        index index.html;
    }
}
EOF
    nginx -c /etc/nginx/nginx.conf &
    pid=$!
    wait_port tcp "${port:-8080}"
    ;;
nsd)
    [ -f /srv/zone ] && [ -n "$zone" ] || fail "no zone (/srv/zone and mote.zone=)"
    mkdir -p /etc/nsd
    cat >/etc/nsd/nsd.conf <<EOF
server:
    ip-address: 0.0.0.0
    port: ${port:-53}
    do-ip6: no
    username: ""
    chroot: ""
    database: ""
    zonelistfile: "/var/lib/nsd/zone.list"
    xfrdfile: "/var/lib/nsd/xfrd.state"
    pidfile: ""
    server-count: 1
    verbosity: 0
    # Debian builds NSD with response rate limiting (200 answers/s per
    # client netblock by default): off, as every query of a benchmark
    # comes from one address (QEMU's user-networking gateway)
    rrl-ratelimit: 0
    rrl-whitelist-ratelimit: 0
remote-control:
    control-enable: no
zone:
    name: "$zone"
    zonefile: "/srv/zone"
EOF
    nsd -d -c /etc/nsd/nsd.conf &
    pid=$!
    wait_port udp "${port:-53}"
    wait_zone
    ;;
bind)
    [ -f /srv/zone ] && [ -n "$zone" ] || fail "no zone (/srv/zone and mote.zone=)"
    mkdir -p /etc/bind
    cat >/etc/bind/named.conf <<EOF
options {
    directory "/var/cache/bind";
    listen-on port ${port:-53} { any; };
    listen-on-v6 { none; };
    recursion no;
    allow-query { any; };
    dnssec-validation no;
    notify no;
    pid-file none;
};
controls { };
zone "$zone" { type primary; file "/srv/zone"; };
EOF
    named -g -4 -c /etc/bind/named.conf &
    pid=$!
    wait_port udp "${port:-53}"
    wait_zone
    ;;
*)
    fail "unknown mote.service=$service (use echo, nginx, nsd or bind)"
    ;;
esac

echo "MOTE-LINUX-READY service=$service"
wait "$pid"
fail "$service exited with status $?"
