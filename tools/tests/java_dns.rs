//! The authoritative DNS server image (images/dns), built with `mote build`,
//! booted in QEMU (TCG) with a UDP port forward, driven by `dig` (answers,
//! status, flags, EDNS, truncation) and by hand-made malformed queries from
//! a Rust socket (which must get FORMERR or nothing, and must not stop the
//! server answering good queries).

mod common;
use common::{build, build_folder, free_port, home, mote, out_dir, udp_client, Guest};
use std::net::UdpSocket;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const READY: &str = "dns: serving example.test (54 records) on UDP port 53";
const SOA: &str = "example.test. 300 IN SOA ns1.example.test. hostmaster.example.test. 2026112301 7200 3600 1209600 300";

/// What dig printed, section by section (records with single spaces).
#[derive(Debug, Default)]
struct Dig {
    status: String,
    flags: Vec<String>,
    edns_udp: Option<u32>,
    answer: Vec<String>,
    authority: Vec<String>,
    additional: Vec<String>,
    raw: String,
}

fn dig(port: u16, args: &[&str]) -> Dig {
    let out = Command::new("dig")
        .args([
            "@127.0.0.1",
            "-p",
            &port.to_string(),
            "+norec",
            "+time=3",
            "+tries=3",
        ])
        .args(args)
        .output()
        .expect("dig (apt-get install bind9-dnsutils)");
    let raw = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut d = Dig {
        raw: raw.clone(),
        ..Default::default()
    };
    let mut section = 0;
    for line in raw.lines() {
        if let Some(i) = line.find("status: ") {
            d.status = line[i + 8..].split(',').next().unwrap().to_string();
        }
        if let Some(rest) = line.strip_prefix(";; flags:") {
            d.flags = rest
                .split(';')
                .next()
                .unwrap()
                .split_whitespace()
                .map(String::from)
                .collect();
        }
        if line.starts_with("; EDNS:") {
            d.edns_udp = line
                .rsplit("udp: ")
                .next()
                .and_then(|u| u.trim().parse().ok());
        }
        if line.is_empty() {
            section = 0;
            continue;
        }
        match line {
            ";; ANSWER SECTION:" => section = 1,
            ";; AUTHORITY SECTION:" => section = 2,
            ";; ADDITIONAL SECTION:" => section = 3,
            _ if line.starts_with(';') => {}
            _ => {
                let rec = line.split_whitespace().collect::<Vec<_>>().join(" ");
                match section {
                    1 => d.answer.push(rec),
                    2 => d.authority.push(rec),
                    3 => d.additional.push(rec),
                    _ => {}
                }
            }
        }
    }
    assert!(!d.status.is_empty(), "dig {args:?}: no answer:\n{raw}");
    d
}

fn sorted(v: &[String]) -> Vec<String> {
    let mut v = v.to_vec();
    v.sort();
    v
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// Checks status, flags, answer and authority (order-insensitive within a section).
fn expect(
    port: u16,
    args: &[&str],
    status: &str,
    flags: &[&str],
    answer: &[&str],
    authority: &[&str],
) -> Dig {
    let d = dig(port, args);
    assert_eq!(d.status, status, "dig {args:?}:\n{}", d.raw);
    assert_eq!(d.flags, strs(flags), "dig {args:?}:\n{}", d.raw);
    assert_eq!(
        sorted(&d.answer),
        sorted(&strs(answer)),
        "dig {args:?}:\n{}",
        d.raw
    );
    assert_eq!(
        sorted(&d.authority),
        sorted(&strs(authority)),
        "dig {args:?}:\n{}",
        d.raw
    );
    d
}

/// A DNS query by hand: header, one question, optionally an OPT record.
fn query(id: u16, flags: u16, name: &str, qtype: u16, edns: Option<u16>) -> Vec<u8> {
    let mut q = Vec::new();
    q.extend_from_slice(&id.to_be_bytes());
    q.extend_from_slice(&flags.to_be_bytes());
    q.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0, if edns.is_some() { 1 } else { 0 }]);
    for l in name.split('.').filter(|l| !l.is_empty()) {
        q.push(l.len() as u8);
        q.extend_from_slice(l.as_bytes());
    }
    q.push(0);
    q.extend_from_slice(&qtype.to_be_bytes());
    q.extend_from_slice(&1u16.to_be_bytes());
    if let Some(size) = edns {
        q.extend_from_slice(&[0, 0, 41]);
        q.extend_from_slice(&size.to_be_bytes());
        q.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    }
    q
}

/// Sends `msg` and waits up to `wait` for a reply (one try).
fn try_ask(s: &UdpSocket, port: u16, msg: &[u8], wait: Duration) -> Option<Vec<u8>> {
    s.set_read_timeout(Some(wait)).unwrap();
    s.send_to(msg, ("127.0.0.1", port)).unwrap();
    let mut buf = vec![0u8; 65536];
    s.recv_from(&mut buf).ok().map(|(n, _)| buf[..n].to_vec())
}

/// A reply to a good query (resent: user networking may drop a datagram).
fn ask_dns(s: &UdpSocket, port: u16, msg: &[u8]) -> Vec<u8> {
    for _ in 0..5 {
        if let Some(r) = try_ask(s, port, msg, Duration::from_secs(3)) {
            if r.len() >= 2 && r[..2] == msg[..2] {
                return r;
            }
        }
    }
    panic!("no reply to {msg:02x?}");
}

fn u16_at(r: &[u8], i: usize) -> u16 {
    u16::from_be_bytes([r[i], r[i + 1]])
}

/// The server still answers a good query (ns1.example.test A).
fn still_answers(s: &UdpSocket, port: u16) {
    let r = ask_dns(s, port, &query(0x7777, 0, "ns1.example.test", 1, None));
    assert_eq!(u16_at(&r, 2), 0x8400, "{r:02x?}");
    assert_eq!(&r[r.len() - 4..], &[192, 0, 2, 53], "{r:02x?}");
}

fn check_answers(port: u16) {
    let aa = &["qr", "aa"];
    // A, AAAA, MX (with glue in additional), TXT, SOA, NS
    expect(
        port,
        &["example.test", "A"],
        "NOERROR",
        aa,
        &["example.test. 3600 IN A 192.0.2.1"],
        &[],
    );
    expect(
        port,
        &["example.test", "AAAA"],
        "NOERROR",
        aa,
        &["example.test. 3600 IN AAAA 2001:db8::1"],
        &[],
    );
    expect(
        port,
        &["full.example.test", "AAAA"],
        "NOERROR",
        aa,
        &["full.example.test. 3600 IN AAAA 2001:db8::1:2:3:4"],
        &[],
    );
    let mx = expect(
        port,
        &["example.test", "MX"],
        "NOERROR",
        aa,
        &[
            "example.test. 3600 IN MX 10 mail.example.test.",
            "example.test. 3600 IN MX 20 mail2.example.net.",
        ],
        &[],
    );
    assert_eq!(
        sorted(&mx.additional),
        strs(&[
            "mail.example.test. 3600 IN A 192.0.2.25",
            "mail.example.test. 3600 IN AAAA 2001:db8:0:1::25"
        ]),
        "{}",
        mx.raw
    );
    expect(
        port,
        &["example.test", "TXT"],
        "NOERROR",
        aa,
        &["example.test. 3600 IN TXT \"v=spf1 mx -all\""],
        &[],
    );
    expect(
        port,
        &["example.test", "SOA"],
        "NOERROR",
        aa,
        &[&SOA.replace(" 300 IN", " 3600 IN")],
        &[],
    );
    expect(
        port,
        &["example.test", "NS"],
        "NOERROR",
        aa,
        &[
            "example.test. 3600 IN NS ns1.example.test.",
            "example.test. 3600 IN NS ns2.example.test.",
        ],
        &[],
    );
    // TTL forms: "600 IN", "IN 120"
    expect(
        port,
        &["ns2.example.test", "A"],
        "NOERROR",
        aa,
        &["ns2.example.test. 600 IN A 192.0.2.54"],
        &[],
    );
    expect(
        port,
        &["ftp.example.test", "A"],
        "NOERROR",
        aa,
        &["ftp.example.test. 120 IN A 192.0.2.21"],
        &[],
    );
    // multi-string TXT, quotes, escapes, a ';' inside quotes
    expect(
        port,
        &["deep.a.b.example.test", "TXT"],
        "NOERROR",
        aa,
        &["deep.a.b.example.test. 3600 IN TXT \"deep\" \"two strings\""],
        &[],
    );
    expect(
        port,
        &["quote.example.test", "TXT"],
        "NOERROR",
        aa,
        &["quote.example.test. 3600 IN TXT \"say \\\"hi\\\"; not a comment\" \"ABC\""],
        &[],
    );
    // CNAME chain inside the zone, then the target's records
    let chain = [
        "www.example.test. 3600 IN CNAME web.example.test.",
        "web.example.test. 3600 IN CNAME host.example.test.",
        "host.example.test. 300 IN A 192.0.2.80",
        "host.example.test. 300 IN A 192.0.2.81",
    ];
    expect(port, &["www.example.test", "A"], "NOERROR", aa, &chain, &[]);
    // asking for the CNAME itself does not chase
    expect(
        port,
        &["www.example.test", "CNAME"],
        "NOERROR",
        aa,
        &chain[..1],
        &[],
    );
    // chain ending in a name without that type: NODATA at the end
    expect(
        port,
        &["www.example.test", "MX"],
        "NOERROR",
        aa,
        &chain[..2],
        &[SOA],
    );
    // chain leaving the zone: just the CNAME
    expect(
        port,
        &["ext.example.test", "A"],
        "NOERROR",
        aa,
        &["ext.example.test. 3600 IN CNAME www.example.net."],
        &[],
    );
    // chain to a name that does not exist: NXDOMAIN (RFC 6604)
    expect(
        port,
        &["dangling.example.test", "A"],
        "NXDOMAIN",
        aa,
        &["dangling.example.test. 3600 IN CNAME nowhere.example.test."],
        &[SOA],
    );
    // a CNAME loop ends
    expect(
        port,
        &["loop1.example.test", "A"],
        "NOERROR",
        aa,
        &[
            "loop1.example.test. 3600 IN CNAME loop2.example.test.",
            "loop2.example.test. 3600 IN CNAME loop1.example.test.",
        ],
        &[],
    );
    // NXDOMAIN and NODATA (also for an empty non-terminal)
    expect(
        port,
        &["nope.example.test", "A"],
        "NXDOMAIN",
        aa,
        &[],
        &[SOA],
    );
    expect(
        port,
        &["x.nope.example.test", "A"],
        "NXDOMAIN",
        aa,
        &[],
        &[SOA],
    );
    expect(
        port,
        &["mail.example.test", "TXT"],
        "NOERROR",
        aa,
        &[],
        &[SOA],
    );
    expect(port, &["a.b.example.test", "A"], "NOERROR", aa, &[], &[SOA]);
    expect(port, &["b.example.test", "TXT"], "NOERROR", aa, &[], &[SOA]);
    // outside the zone, other classes
    expect(port, &["example.com", "A"], "REFUSED", &["qr"], &[], &[]);
    expect(port, &["test", "SOA"], "REFUSED", &["qr"], &[], &[]);
    expect(
        port,
        &["example.test", "CH", "TXT"],
        "REFUSED",
        &["qr"],
        &[],
        &[],
    );
    expect(
        port,
        &["version.bind", "CH", "TXT"],
        "REFUSED",
        &["qr"],
        &[],
        &[],
    );
    // case-insensitive; the question's case is kept
    let d = dig(port, &["HoSt2.ExAmPlE.TeSt", "A"]);
    assert_eq!(d.status, "NOERROR", "{}", d.raw);
    assert_eq!(
        d.answer,
        strs(&["HoSt2.ExAmPlE.TeSt. 3600 IN A 198.51.100.7"]),
        "{}",
        d.raw
    );
    assert!(d.raw.contains(";HoSt2.ExAmPlE.TeSt.\t"), "{}", d.raw);
    expect(
        port,
        &["MAIL.example.TEST", "A"],
        "NOERROR",
        aa,
        &["MAIL.example.TEST. 3600 IN A 192.0.2.25"],
        &[],
    );
    // RD is copied, never RA
    expect(
        port,
        &["+rec", "ftp.example.test", "A"],
        "NOERROR",
        &["qr", "aa", "rd"],
        &["ftp.example.test. 120 IN A 192.0.2.21"],
        &[],
    );
    // EDNS: an OPT comes back (our size, 1232); none without EDNS
    let d = dig(port, &["ftp.example.test", "A"]);
    assert_eq!(d.edns_udp, Some(1232), "{}", d.raw);
    let d = dig(port, &["+noedns", "ftp.example.test", "A"]);
    assert_eq!(d.edns_udp, None, "{}", d.raw);
    // EDNS version 1: BADVERS
    let d = dig(port, &["+edns=1", "+noednsneg", "ftp.example.test", "A"]);
    assert_eq!(d.status, "BADVERS", "{}", d.raw);
    assert!(d.answer.is_empty(), "{}", d.raw);
    // 5 TXT strings of 200 bytes (~1.1 KB): TC at 512, whole at 1232;
    // 12 of them (~2.6 KB): TC whatever the advertised size
    for args in [
        &["+noedns", "+ignore"][..],
        &["+bufsize=512", "+ignore"],
        &["+bufsize=600", "+ignore"],
    ] {
        let mut a = args.to_vec();
        a.extend(["big.example.test", "TXT"]);
        expect(port, &a, "NOERROR", &["qr", "aa", "tc"], &[], &[]);
    }
    for size in ["+bufsize=1232", "+bufsize=4096", "+bufsize=65535"] {
        expect(
            port,
            &[size, "+ignore", "huge.example.test", "TXT"],
            "NOERROR",
            &["qr", "aa", "tc"],
            &[],
            &[],
        );
    }
}

#[test]
fn dns_image_serves_its_zone_and_survives_malformed_queries() {
    let img = build("dns");
    let port = free_port(true);
    let g = Guest::start(&img, &[format!("udp:{port}:53")], READY);
    check_answers(port);
    check_wildcards(port);
    check_delegations(port);
    check_big(port);
    check_wire(port);
    check_malformed(port);
    let console = g.console();
    assert!(!console.contains("dropped a query"), "{console}");
}

/// Wildcards (RFC 4592), from the zone's `*.wild`, `host.wild`,
/// `x.ent.wild` and `*.cw` records: a name below `wild` that does not exist
/// is answered from `*.wild` under its own name; names that exist (also the
/// empty non-terminal `ent.wild`, and `wild` itself) are never.
fn check_wildcards(port: u16) {
    let aa = &["qr", "aa"];
    let soa: &[&str] = &[SOA];
    for name in ["anything.wild.example.test", "a.b.wild.example.test"] {
        expect(
            port,
            &[name, "A"],
            "NOERROR",
            aa,
            &[&format!("{name}. 3600 IN A 192.0.2.99")],
            &[],
        );
    }
    // the question's case comes back in the synthesised owner
    expect(
        port,
        &["Foo.WILD.example.test", "TXT"],
        "NOERROR",
        aa,
        &["Foo.WILD.example.test. 3600 IN TXT \"wildcard\""],
        &[],
    );
    // MX from the wildcard, with the target's addresses as additional data
    let mx = expect(
        port,
        &["x.wild.example.test", "MX"],
        "NOERROR",
        aa,
        &["x.wild.example.test. 3600 IN MX 10 mail.example.test."],
        &[],
    );
    assert_eq!(
        sorted(&mx.additional),
        strs(&[
            "mail.example.test. 3600 IN A 192.0.2.25",
            "mail.example.test. 3600 IN AAAA 2001:db8:0:1::25"
        ]),
        "{}",
        mx.raw
    );
    // the wildcard has no AAAA: NODATA
    expect(
        port,
        &["x.wild.example.test", "AAAA"],
        "NOERROR",
        aa,
        &[],
        soa,
    );
    // an existing name gets its own data, never the wildcard's
    expect(
        port,
        &["host.wild.example.test", "A"],
        "NOERROR",
        aa,
        &["host.wild.example.test. 3600 IN A 192.0.2.100"],
        &[],
    );
    expect(
        port,
        &["host.wild.example.test", "TXT"],
        "NOERROR",
        aa,
        &[],
        soa,
    );
    expect(
        port,
        &["ent.wild.example.test", "A"],
        "NOERROR",
        aa,
        &[],
        soa,
    );
    expect(port, &["wild.example.test", "A"], "NOERROR", aa, &[], soa);
    // below ent.wild the closest encloser is ent.wild, which has no wildcard
    expect(
        port,
        &["y.ent.wild.example.test", "A"],
        "NXDOMAIN",
        aa,
        &[],
        soa,
    );
    // the wildcard asked for by its own name
    expect(
        port,
        &["*.wild.example.test", "A"],
        "NOERROR",
        aa,
        &["*.wild.example.test. 3600 IN A 192.0.2.99"],
        &[],
    );
    // a wildcard CNAME is followed
    expect(
        port,
        &["foo.cw.example.test", "A"],
        "NOERROR",
        aa,
        &[
            "foo.cw.example.test. 3600 IN CNAME host.example.test.",
            "host.example.test. 300 IN A 192.0.2.80",
            "host.example.test. 300 IN A 192.0.2.81",
        ],
        &[],
    );
}

/// Delegations: `sub` (NS ns1.sub with glue, and ns.elsewhere.net) and
/// `other` (NS ns1, in the zone). Names at or below a cut get a referral:
/// no answer, the NS set in AUTHORITY, the servers' addresses in
/// ADDITIONAL, AA off.
fn check_delegations(port: u16) {
    let sub_ns = &[
        "sub.example.test. 3600 IN NS ns1.sub.example.test.",
        "sub.example.test. 3600 IN NS ns.elsewhere.net.",
    ];
    let glue = strs(&[
        "ns1.sub.example.test. 3600 IN A 192.0.2.200",
        "ns1.sub.example.test. 3600 IN AAAA 2001:db8::200",
    ]);
    for (name, ty) in [
        ("www.sub.example.test", "A"),
        ("sub.example.test", "NS"),
        ("sub.example.test", "A"),
        ("ns1.sub.example.test", "A"),
        ("a.b.c.sub.example.test", "MX"),
    ] {
        let d = expect(port, &[name, ty], "NOERROR", &["qr"], &[], sub_ns);
        assert_eq!(sorted(&d.additional), glue, "{name} {ty}: {}", d.raw);
    }
    let d = expect(
        port,
        &["x.other.example.test", "A"],
        "NOERROR",
        &["qr"],
        &[],
        &["other.example.test. 3600 IN NS ns1.example.test."],
    );
    assert_eq!(
        sorted(&d.additional),
        strs(&[
            "ns1.example.test. 3600 IN A 192.0.2.53",
            "ns1.example.test. 3600 IN AAAA 2001:db8::53"
        ]),
        "{}",
        d.raw
    );
    // the apex's own NS answer is authoritative, with the servers' addresses
    let d = expect(
        port,
        &["example.test", "NS"],
        "NOERROR",
        &["qr", "aa"],
        &[
            "example.test. 3600 IN NS ns1.example.test.",
            "example.test. 3600 IN NS ns2.example.test.",
        ],
        &[],
    );
    assert_eq!(
        sorted(&d.additional),
        strs(&[
            "ns1.example.test. 3600 IN A 192.0.2.53",
            "ns1.example.test. 3600 IN AAAA 2001:db8::53",
            "ns2.example.test. 600 IN A 192.0.2.54",
        ]),
        "{}",
        d.raw
    );
}

/// The big TXT set comes whole with a 1232-byte (or larger) buffer.
fn check_big(port: u16) {
    for size in ["+bufsize=1232", "+bufsize=4096"] {
        let d = dig(port, &[size, "+ignore", "big.example.test", "TXT"]);
        assert_eq!(d.flags, strs(&["qr", "aa"]), "{}", d.raw);
        let mut want: Vec<String> = (0..5u8)
            .map(|i| {
                format!(
                    "big.example.test. 3600 IN TXT \"{}\"",
                    ((b'a' + i) as char).to_string().repeat(200)
                )
            })
            .collect();
        want.sort();
        assert_eq!(sorted(&d.answer), want, "{}", d.raw);
    }
}

/// Header bits, ID, compression, sizes, on the wire.
fn check_wire(port: u16) {
    let s = udp_client();
    // MX at the apex: answers point back at the question name (offset 12)
    let q = query(0xbeef, 0x0100, "example.test", 15, None);
    let r = ask_dns(&s, port, &q);
    assert_eq!(u16_at(&r, 0), 0xbeef);
    assert_eq!(u16_at(&r, 2), 0x8500, "QR AA RD, NOERROR: {r:02x?}");
    assert_eq!(&r[4..12], &[0, 1, 0, 2, 0, 0, 0, 2], "{r:02x?}");
    assert_eq!(&r[12..q.len()], &q[12..], "question echoed");
    let a = q.len();
    // first answer: owner pointer, MX, IN, TTL 3600, rdlen 9 = pref + "mail" + pointer
    assert_eq!(
        &r[a..a + 19],
        &[0xc0, 12, 0, 15, 0, 1, 0, 0, 0x0e, 0x10, 0, 9, 0, 10, 4, b'm', b'a', b'i', b'l'],
        "{r:02x?}"
    );
    assert_eq!(&r[a + 19..a + 21], &[0xc0, 12], "{r:02x?}");
    // 2 answers (21, 33) + mail A and AAAA, owners compressed (16, 28)
    assert_eq!(r.len(), a + 21 + 33 + 16 + 28, "{r:02x?}");
    // CD copied too; EDNS size below 512 counts as 512
    let r = ask_dns(
        &s,
        port,
        &query(1, 0x0010, "ftp.example.test", 1, Some(100)),
    );
    assert_eq!(u16_at(&r, 2), 0x8410, "{r:02x?}");
    assert_eq!(
        &r[r.len() - 11..],
        &[0, 0, 41, 0x04, 0xd0, 0, 0, 0, 0, 0, 0],
        "OPT echoed: {r:02x?}"
    );
    // TC with EDNS 1232: header + question + OPT only
    let q = query(2, 0, "huge.example.test", 16, Some(1232));
    let r = ask_dns(&s, port, &q);
    assert_eq!(u16_at(&r, 2), 0x8600, "{r:02x?}");
    assert_eq!(&r[4..12], &[0, 1, 0, 0, 0, 0, 0, 1], "{r:02x?}");
    assert_eq!(r.len(), q.len(), "{r:02x?}");
    // NOTIMP for other opcodes (STATUS = 2, NOTIFY = 4), RD kept
    for op in [2u16, 4, 5] {
        let r = ask_dns(
            &s,
            port,
            &query(3, (op << 11) | 0x0100, "example.test", 6, None),
        );
        assert_eq!(
            u16_at(&r, 2),
            0x8000 | (op << 11) | 0x0100 | 4,
            "opcode {op}: {r:02x?}"
        );
    }
    // no zone transfers over UDP
    let r = ask_dns(&s, port, &query(4, 0, "example.test", 252, None));
    assert_eq!(u16_at(&r, 2) & 0xf, 4, "{r:02x?}");
    // ANY: every record at the name
    let r = ask_dns(&s, port, &query(5, 0, "ns1.example.test", 255, None));
    assert_eq!(u16_at(&r, 2), 0x8400, "{r:02x?}");
    assert_eq!(u16_at(&r, 6), 2, "{r:02x?}");
    // a name with a '.' inside a label is not the name with two labels
    let mut q = query(6, 0, "x", 1, None);
    q.truncate(12);
    q.extend_from_slice(b"\x0bns1.example\x04test\x00\x00\x01\x00\x01");
    let r = ask_dns(&s, port, &q);
    assert_eq!(u16_at(&r, 2) & 0xf, 5, "REFUSED: {r:02x?}");
}

/// Malformed queries: FORMERR (or nothing), and the server keeps going.
fn check_malformed(port: u16) {
    let s = udp_client();
    let good = query(0x1234, 0, "example.test", 1, None);
    let header = |qd: u16, an: u16, ns: u16, ar: u16| -> Vec<u8> {
        let mut h = vec![0x12, 0x34, 0, 0];
        for c in [qd, an, ns, ar] {
            h.extend_from_slice(&c.to_be_bytes());
        }
        h
    };
    let with = |h: Vec<u8>, rest: &[u8]| -> Vec<u8> { [h, rest.to_vec()].concat() };
    let long_name: Vec<u8> = {
        let mut v = Vec::new();
        for _ in 0..5 {
            v.push(63);
            v.extend_from_slice(&[b'a'; 63]);
        }
        v.extend_from_slice(&[0, 0, 1, 0, 1]);
        v
    };
    let formerr: Vec<(&str, Vec<u8>)> = vec![
        ("qdcount 0", header(0, 0, 0, 0)),
        (
            "qdcount 0 with a question",
            with(header(0, 0, 0, 0), &good[12..]),
        ),
        (
            "qdcount 2",
            with(header(2, 0, 0, 0), &[&good[12..], &good[12..]].concat()),
        ),
        ("no question", header(1, 0, 0, 0)),
        (
            "label past the end",
            with(
                header(1, 0, 0, 0),
                b"\x07example\x09test\x00\x00\x01\x00\x01",
            ),
        ),
        (
            "label length 64",
            with(
                header(1, 0, 0, 0),
                &[&[64u8][..], &[b'a'; 64], b"\x00\x00\x01\x00\x01"].concat(),
            ),
        ),
        (
            "label type 0x80",
            with(header(1, 0, 0, 0), b"\x80\x00\x00\x01\x00\x01"),
        ),
        (
            "pointer to itself",
            with(header(1, 0, 0, 0), b"\xc0\x0c\x00\x01\x00\x01"),
        ),
        (
            "pointer loop",
            with(header(1, 0, 0, 0), b"\x01a\xc0\x0e\x00\x01\x00\x01"),
        ),
        (
            "pointer past the end",
            with(header(1, 0, 0, 0), b"\xff\xff\x00\x01\x00\x01"),
        ),
        ("name over 255 bytes", with(header(1, 0, 0, 0), &long_name)),
        (
            "no qtype",
            with(header(1, 0, 0, 0), b"\x07example\x04test\x00\x00"),
        ),
        (
            "additional promised, missing",
            with(header(1, 0, 0, 1), &good[12..]),
        ),
        (
            "additional cut short",
            with(
                header(1, 0, 0, 1),
                &[&good[12..], b"\x00\x00\x29\x10"].concat(),
            ),
        ),
        (
            "OPT rdlen past the end",
            with(
                header(1, 0, 0, 1),
                &[&good[12..], b"\x00\x00\x29\x10\x00\x00\x00\x00\x00\x00\x08"].concat(),
            ),
        ),
        (
            "two OPTs",
            with(
                header(1, 0, 0, 2),
                &[
                    &good[12..],
                    &[0, 0, 41, 16, 0, 0, 0, 0, 0, 0, 0],
                    &[0, 0, 41, 16, 0, 0, 0, 0, 0, 0, 0],
                ]
                .concat(),
            ),
        ),
        (
            "OPT with an owner",
            with(
                header(1, 0, 0, 1),
                &[&good[12..], &[1, b'x', 0, 0, 41, 16, 0, 0, 0, 0, 0, 0, 0]].concat(),
            ),
        ),
        (
            "OPT in the answer section",
            with(
                header(1, 1, 0, 0),
                &[&good[12..], &[0, 0, 41, 16, 0, 0, 0, 0, 0, 0, 0]].concat(),
            ),
        ),
    ];
    for (what, msg) in &formerr {
        let r = ask_dns(&s, port, msg);
        assert_eq!(r.len(), 12, "{what}: {r:02x?}");
        assert_eq!(u16_at(&r, 0), 0x1234, "{what}");
        assert_eq!(u16_at(&r, 2), 0x8001, "{what}: QR, FORMERR: {r:02x?}");
        assert_eq!(&r[4..12], &[0; 8], "{what}");
        still_answers(&s, port);
    }
    // no reply at all: a short header, a response
    let mut response = good.clone();
    response[2] |= 0x80;
    for (what, msg) in [
        ("empty", vec![]),
        ("5 bytes", good[..5].to_vec()),
        ("11 bytes", good[..11].to_vec()),
        ("a response", response),
    ] {
        let r = try_ask(&s, port, &msg, Duration::from_millis(1500));
        assert!(r.is_none(), "{what}: {r:02x?}");
        still_answers(&s, port);
    }
    // noise: random datagrams (a fixed LCG), each gets FORMERR, some other
    // reply with the same ID, or nothing; the server keeps answering
    let mut x: u64 = 0x2545F4914F6CDD1D;
    let mut next = || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) as u32
    };
    let t0 = Instant::now();
    for i in 0..300 {
        let len = (next() % 80) as usize;
        let mut msg: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        if i % 2 == 0 && len > 12 {
            // plausible headers: a query, one question
            msg[2] &= 0x07;
            msg[4] = 0;
            msg[5] = 1;
        }
        s.send_to(&msg, ("127.0.0.1", port)).unwrap();
    }
    // drain whatever came back
    s.set_read_timeout(Some(Duration::from_millis(500)))
        .unwrap();
    let mut buf = [0u8; 65536];
    while s.recv_from(&mut buf).is_ok() {}
    still_answers(&s, port);
    eprintln!("noise: 300 datagrams in {:?}", t0.elapsed());
}

/// Memoised replies are byte-for-byte the replies computed afresh.
#[test]
fn dns_memo_gives_the_same_replies() {
    let img = build("dns");
    let (plain, memo) = (free_port(true), free_port(true));
    let g1 = Guest::start(&img, &[format!("udp:{plain}:53")], READY);
    let log = out_dir().join(format!("dns-memo.log-{}", std::process::id()));
    let mut child: Child = mote()
        .arg("run")
        .arg(&img)
        .args(["--timeout", "240", "-p", &format!("udp:{memo}:53")])
        .args(["--append", "-- 53 /example.test.zone --memo"])
        .stdout(Stdio::from(std::fs::File::create(&log).unwrap()))
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    while !std::fs::read_to_string(&log)
        .unwrap_or_default()
        .contains(READY)
    {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(std::fs::read_to_string(&log)
        .unwrap()
        .contains("dns: memoising replies"));
    let s = udp_client();
    let names = [
        "example.test",
        "www.example.test",
        "nope.example.test",
        "MAIL.example.test",
        "big.example.test",
        "huge.example.test",
        "example.com",
        "any.wild.example.test",
        "ent.wild.example.test",
        "x.y.ent.wild.example.test",
        "foo.cw.example.test",
        "www.sub.example.test",
        "x.other.example.test",
        "loop1.example.test",
    ];
    // round 0 asks in the names' own case, rounds 1 to 3 (memo hits) in
    // other cases (3: all lower case, after the others): the reply must
    // carry each query's ID and question bytes
    let recase = |n: &str, round: u16| -> String {
        n.chars()
            .enumerate()
            .map(|(k, c)| match round {
                1 => c.to_ascii_uppercase(),
                2 if k % 2 == 1 => c.to_ascii_uppercase(),
                2 | 3 => c.to_ascii_lowercase(),
                _ => c,
            })
            .collect()
    };
    let mut asked = 0;
    for round in 0..4u16 {
        for (i, n) in names.iter().enumerate() {
            let n = recase(n, round);
            for t in [1u16, 2, 15, 16, 28] {
                for edns in [None, Some(1232), Some(4096)] {
                    for flags in [0u16, 0x0100] {
                        let id = 0x1000 * round + i as u16 * 40 + t;
                        let q = query(id, flags, &n, t, edns);
                        let a = ask_dns(&s, plain, &q);
                        let b = ask_dns(&s, memo, &q);
                        assert_eq!(a, b, "{n} {t} {edns:?} {flags:x} round {round}");
                        // the ID and the question exactly as asked
                        let qend = 12 + n.len() + 2 + 4;
                        assert_eq!(b[..2], q[..2], "{n} {t}");
                        assert_eq!(b[12..qend], q[12..qend], "{n} {t}: {b:02x?}");
                        asked += 1;
                    }
                }
            }
        }
    }
    eprintln!("memo: {asked} queries, identical replies");
    let _ = child.kill();
    let _ = child.wait();
    drop(g1);
    let _ = home();
}

/// Starts the image with extra app arguments (`--append "-- ..."`).
fn start_with(
    img: &std::path::Path,
    forwards: &[String],
    app_args: &str,
    ready: &str,
    tag: &str,
) -> Child {
    let log = out_dir().join(format!("dns-{tag}.log-{}", std::process::id()));
    let mut c = mote();
    c.arg("run").arg(img).args(["--timeout", "240"]);
    for f in forwards {
        c.args(["-p", f]);
    }
    let mut child = c
        .args(["--append", &format!("-- {app_args}")])
        .stdout(Stdio::from(std::fs::File::create(&log).unwrap()))
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    while !std::fs::read_to_string(&log)
        .unwrap_or_default()
        .contains(ready)
    {
        if t0.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!(
                "never ready:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child
}

/// One query over a TCP connection (2-byte length prefix each way).
fn tcp_ask(c: &mut std::net::TcpStream, msg: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut framed = (msg.len() as u16).to_be_bytes().to_vec();
    framed.extend_from_slice(msg);
    c.write_all(&framed).unwrap();
    let mut len = [0u8; 2];
    c.read_exact(&mut len).unwrap();
    let mut r = vec![0u8; u16::from_be_bytes(len) as usize];
    c.read_exact(&mut r).unwrap();
    r
}

/// With --tcp: the same UDP answers (on java.net sockets), and TCP for
/// what UDP truncates (dig's own fallback, +tcp, several queries per
/// connection, FORMERR over TCP).
#[test]
fn dns_over_tcp_gives_whole_answers() {
    let img = build("dns");
    let port = free_port(false);
    let mut child = start_with(
        &img,
        &[format!("udp:{port}:53"), format!("tcp:{port}:53")],
        "53 /example.test.zone --tcp",
        "dns: serving example.test (54 records) on UDP and TCP port 53",
        "tcp",
    );
    check_answers(port);
    check_wildcards(port);
    check_delegations(port);
    check_big(port);
    check_wire(port);
    check_malformed(port);
    let mut want: Vec<String> = (0..12u8)
        .map(|i| {
            format!(
                "huge.example.test. 3600 IN TXT \"{}\"",
                ((b'a' + i) as char).to_string().repeat(200)
            )
        })
        .collect();
    want.sort();
    // dig retries over TCP after TC; +tcp asks over TCP at once
    for args in [
        &["huge.example.test", "TXT"][..],
        &["+tcp", "huge.example.test", "TXT"],
        &["+noedns", "huge.example.test", "TXT"],
    ] {
        let d = dig(port, args);
        assert_eq!(d.flags, strs(&["qr", "aa"]), "{args:?}: {}", d.raw);
        assert_eq!(sorted(&d.answer), want, "{args:?}: {}", d.raw);
    }
    expect(
        port,
        &["+tcp", "nope.example.test", "A"],
        "NXDOMAIN",
        &["qr", "aa"],
        &[],
        &[SOA],
    );
    // several queries on one connection, one of them malformed
    let mut c = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let r = tcp_ask(&mut c, &query(0x0a0a, 0, "huge.example.test", 16, None));
    assert_eq!(u16_at(&r, 0), 0x0a0a);
    assert_eq!(u16_at(&r, 2), 0x8400, "no TC over TCP");
    assert_eq!(u16_at(&r, 6), 12);
    let r = tcp_ask(&mut c, &[0x0b, 0x0b, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0]);
    assert_eq!(
        r,
        [0x0b, 0x0b, 0x80, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        "FORMERR over TCP"
    );
    let r = tcp_ask(&mut c, &query(0x0c0c, 0, "ns1.example.test", 1, None));
    assert_eq!(u16_at(&r, 2), 0x8400);
    assert_eq!(&r[r.len() - 4..], &[192, 0, 2, 53]);
    drop(c);
    let _ = child.kill();
    let _ = child.wait();
}

/// Zone files the server must refuse, each with the line at fault; run on
/// the hosted JVM (no QEMU: the server stops before serving).
#[test]
fn dns_zone_errors_name_the_line() {
    let classes = out_dir().join("dns-hosted");
    common::javac_against_java_base(&[home().join("images/dns/Dns.java")], &classes);
    let head = "$ORIGIN example.test.\n$TTL 60\n@ SOA ns hm 1 2 3 4 5\n";
    let cases: &[(&str, &str)] = &[
        ("www A 1.2.3\n", "line 4: bad IPv4 address 1.2.3"),
        ("www A 1.2.3.256\n", "line 4: bad IPv4 address"),
        ("www AAAA 2001:db8::1::2\n", "line 4: bad IPv6 address"),
        ("www AAAA 1:2:3:4:5:6:7\n", "line 4: bad IPv6 address"),
        ("www MX mail\n", "line 4: MX needs 2 field(s), not 1"),
        ("www MX 70000 mail\n", "line 4: bad number 70000"),
        ("www TXT \"unclosed\n", "line 4: unclosed quote"),
        (
            "www ( A\n 1.2.3.4\n",
            "'(' not closed at the end of the file",
        ),
        ("www A 1.2.3.4 )\n", "line 4: ')' without '('"),
        ("www HINFO a b\n", "line 4: unsupported record type HINFO"),
        ("www CH A 1.2.3.4\n", "line 4: only class IN is served"),
        (
            "$INCLUDE other.zone\n",
            "line 4: unsupported directive $INCLUDE",
        ),
        (
            "www CNAME a\nwww A 1.2.3.4\n",
            "CNAME and other data at www.example.test",
        ),
        (
            "www.example.org. A 1.2.3.4\n",
            "record outside the zone example.test: www.example.org",
        ),
        ("@ SOA ns hm 1 2 3 4 5\n", "line 4: a second SOA"),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa A 1.2.3.4\n",
            "line 4: bad label",
        ),
    ];
    let mut all = vec![(
        "no SOA",
        "$TTL 60\nwww A 1.2.3.4\n".to_string(),
        "no SOA record",
    )];
    for (i, (rest, want)) in cases.iter().enumerate() {
        all.push((
            ["case ", &i.to_string()].concat().leak(),
            format!("{head}{rest}"),
            want,
        ));
    }
    all.push((
        "TXT string of 256 bytes",
        format!("{head}www TXT \"{}\"\n", "x".repeat(256)),
        "line 4: TXT string longer than 255 bytes",
    ));
    all.push((
        "no TTL",
        "$ORIGIN example.test.\nwww A 1.2.3.4\n".into(),
        "line 2: no TTL and no $TTL",
    ));
    for (i, (what, zone, want)) in all.iter().enumerate() {
        let path = out_dir().join(format!("dns-bad-{i}.zone"));
        std::fs::write(&path, zone).unwrap();
        let mut r = mote()
            .args(["run", "--hosted", "--cp"])
            .arg(&classes)
            .args(["Dns", "--tcp", "0"])
            .arg(&path)
            .arg("--origin=example.test")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // a zone that loads would be served forever: give up after 30 s
        let t0 = Instant::now();
        while r.try_wait().unwrap().is_none() {
            if t0.elapsed() > Duration::from_secs(30) {
                let _ = r.kill();
                let _ = r.wait();
                panic!("{what}: the zone loaded (want {want:?})");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let r = r.wait_with_output().unwrap();
        let out =
            String::from_utf8_lossy(&r.stdout).into_owned() + &String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(1), "{what}: {out}");
        assert!(
            out.contains(&format!("dns: {}: ", path.display())),
            "{what}: {out}"
        );
        assert!(out.contains(*want), "{what}: want {want:?} in {out}");
    }
}

/// A generated zone of 10,000 records (A, AAAA, MX, TXT, CNAME, a wildcard
/// and a delegation) builds into an image with the manifest's memory,
/// boots, and answers as the zone says, with and without --memo (the same
/// bytes from both). The expected answers are computed here from the
/// generator, not taken from the server.
#[test]
fn dns_serves_a_generated_10000_record_zone() {
    let n = 10_000;
    let dir = out_dir().join(format!("dns-big-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("zone")).unwrap();
    std::fs::copy(home().join("images/dns/Dns.java"), dir.join("Dns.java")).unwrap();
    let manifest = std::fs::read_to_string(home().join("images/dns/mote.toml"))
        .unwrap()
        .replace("name = \"dns\"", "name = \"dns-big-test\"")
        .replace("/example.test.zone", "/big.test.zone");
    std::fs::write(dir.join("mote.toml"), manifest).unwrap();
    // SOA, 2 NS, 2 glue-less server names, a wildcard, a delegation with glue
    let mut z = String::from(
        "$ORIGIN big.test.\n$TTL 300\n@ SOA ns1 hm 7 3600 600 86400 60\n@ NS ns1\n@ NS ns2\n\
         ns1 A 192.0.2.1\nns2 A 192.0.2.2\n*.any TXT \"wild\"\nkid NS ns.kid\nns.kid A 192.0.2.9\n",
    );
    let fixed = 8;
    let a = |i: usize| format!("10.{}.{}.{}", i >> 16, (i >> 8) & 255, i & 255);
    for i in 0..n - fixed {
        match i % 5 {
            0 => z += &format!("h{i} AAAA 2001:db8::{:x}\n", i + 1),
            1 => z += &format!("h{i} MX 5 h{}\n", i + 1),
            2 => z += &format!("h{i} CNAME h{}\n", i + 1),
            _ => z += &format!("h{i} A {}\n", a(i)),
        }
    }
    std::fs::write(dir.join("zone/big.test.zone"), &z).unwrap();
    let img = out_dir().join("dns-big.mote");
    build_folder(&dir, &img);
    let ready = format!("dns: serving big.test ({n} records) on UDP port 53");
    let plain = free_port(true);
    let g = Guest::start(&img, &[format!("udp:{plain}:53")], &ready);
    let memo = free_port(true);
    let mut child = start_with(
        &img,
        &[format!("udp:{memo}:53")],
        "53 /big.test.zone --memo",
        &ready,
        "big-memo",
    );
    let aa = &["qr", "aa"];
    for port in [plain, memo] {
        for i in [0usize, 1, 2, 3, 4, 4_990, 9_987, 9_990] {
            let name = format!("h{i}.big.test");
            let (ty, answer): (&str, Vec<String>) = match i % 5 {
                0 => (
                    "AAAA",
                    vec![format!("{name}. 300 IN AAAA 2001:db8::{:x}", i + 1)],
                ),
                1 => (
                    "MX",
                    vec![format!("{name}. 300 IN MX 5 h{}.big.test.", i + 1)],
                ),
                2 => (
                    "A",
                    vec![
                        format!("{name}. 300 IN CNAME h{}.big.test.", i + 1),
                        format!("h{}.big.test. 300 IN A {}", i + 1, a(i + 1)),
                    ],
                ),
                _ => ("A", vec![format!("{name}. 300 IN A {}", a(i))]),
            };
            let want: Vec<&str> = answer.iter().map(String::as_str).collect();
            expect(port, &[&name, ty], "NOERROR", aa, &want, &[]);
        }
        let soa = "big.test. 60 IN SOA ns1.big.test. hm.big.test. 7 3600 600 86400 60";
        expect(port, &["h10000.big.test", "A"], "NXDOMAIN", aa, &[], &[soa]);
        expect(port, &["h3.big.test", "TXT"], "NOERROR", aa, &[], &[soa]);
        expect(
            port,
            &["x.y.any.big.test", "TXT"],
            "NOERROR",
            aa,
            &["x.y.any.big.test. 300 IN TXT \"wild\""],
            &[],
        );
        let d = expect(
            port,
            &["www.kid.big.test", "A"],
            "NOERROR",
            &["qr"],
            &[],
            &["kid.big.test. 300 IN NS ns.kid.big.test."],
        );
        assert_eq!(d.additional, strs(&["ns.kid.big.test. 300 IN A 192.0.2.9"]));
    }
    // the same bytes from both, for a spread of names
    let s = udp_client();
    for i in (0..n - fixed).step_by(97) {
        for t in [1u16, 15, 28] {
            let q = query(i as u16, 0, &format!("H{i}.Big.Test"), t, Some(1232));
            assert_eq!(ask_dns(&s, plain, &q), ask_dns(&s, memo, &q), "h{i} {t}");
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    drop(g);
    let _ = std::fs::remove_dir_all(&dir);
}
