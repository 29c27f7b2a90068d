//! Typed, checked views over frame bytes (Ethernet II, IPv4, UDP, TCP,
//! ICMP, ARP) for the packet log and for the receive-side sanity checks
//! that drop and count malformed frames before the stack sees them.
//! Constructors check lengths, so accessors never index out of bounds.
//! Not here: building packets (smoltcp does that), IPv6, options parsing.

use core::fmt::Write;

pub const ETHERTYPE_IPV4: u16 = 0x0800;
pub const ETHERTYPE_ARP: u16 = 0x0806;
pub const PROTO_ICMP: u8 = 1;
pub const PROTO_TCP: u8 = 6;
pub const PROTO_UDP: u8 = 17;

fn be16(b: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([b[at], b[at + 1]])
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Why a received frame was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropReason {
    /// Shorter than the header it claims to carry.
    Truncated,
    /// IPv4 version not 4 or header length below 20 bytes.
    BadHeader,
    /// A length field disagrees with the bytes present.
    BadLength,
    IpChecksum,
    /// UDP, TCP or ICMP checksum wrong.
    L4Checksum,
}

pub struct Ethernet<'a>(&'a [u8]);

impl<'a> Ethernet<'a> {
    pub fn new_checked(b: &'a [u8]) -> Result<Self, DropReason> {
        if b.len() < 14 {
            return Err(DropReason::Truncated);
        }
        Ok(Ethernet(b))
    }
    pub fn dst(&self) -> [u8; 6] {
        self.0[0..6].try_into().unwrap()
    }
    pub fn src(&self) -> [u8; 6] {
        self.0[6..12].try_into().unwrap()
    }
    pub fn ethertype(&self) -> u16 {
        be16(self.0, 12)
    }
    pub fn payload(&self) -> &'a [u8] {
        &self.0[14..]
    }
}

pub struct Ipv4<'a>(&'a [u8]);

impl<'a> Ipv4<'a> {
    /// Checks version, header length and total length against `b`.
    pub fn new_checked(b: &'a [u8]) -> Result<Self, DropReason> {
        if b.len() < 20 {
            return Err(DropReason::Truncated);
        }
        let p = Ipv4(b);
        if p.version() != 4 || p.ihl() < 5 {
            return Err(DropReason::BadHeader);
        }
        let hl = p.ihl() as usize * 4;
        let total = p.total_length() as usize;
        if hl > b.len() || total < hl || total > b.len() {
            return Err(DropReason::BadLength);
        }
        Ok(p)
    }
    pub fn version(&self) -> u8 {
        self.0[0] >> 4
    }
    pub fn ihl(&self) -> u8 {
        self.0[0] & 0xF
    }
    pub fn dscp(&self) -> u8 {
        self.0[1] >> 2
    }
    pub fn ecn(&self) -> u8 {
        self.0[1] & 3
    }
    pub fn total_length(&self) -> u16 {
        be16(self.0, 2)
    }
    pub fn identification(&self) -> u16 {
        be16(self.0, 4)
    }
    /// The three flag bits (reserved, DF, MF) as 0..=7.
    pub fn flags(&self) -> u8 {
        self.0[6] >> 5
    }
    pub fn fragment_offset(&self) -> u16 {
        be16(self.0, 6) & 0x1FFF
    }
    pub fn ttl(&self) -> u8 {
        self.0[8]
    }
    pub fn protocol(&self) -> u8 {
        self.0[9]
    }
    pub fn checksum(&self) -> u16 {
        be16(self.0, 10)
    }
    pub fn src(&self) -> [u8; 4] {
        self.0[12..16].try_into().unwrap()
    }
    pub fn dst(&self) -> [u8; 4] {
        self.0[16..20].try_into().unwrap()
    }
    pub fn header(&self) -> &'a [u8] {
        &self.0[..self.ihl() as usize * 4]
    }
    /// The payload as the total length field delimits it (Ethernet padding excluded).
    pub fn payload(&self) -> &'a [u8] {
        &self.0[self.ihl() as usize * 4..self.total_length() as usize]
    }
    pub fn is_fragment(&self) -> bool {
        self.flags() & 1 != 0 || self.fragment_offset() != 0
    }
    /// Ones'-complement sum of the pseudo header for `len` bytes of `proto`.
    fn pseudo_sum(&self, len: usize) -> u32 {
        let (s, d) = (self.src(), self.dst());
        sum(&s, 0) + sum(&d, 0) + self.protocol() as u32 + len as u32
    }
}

/// Adds `b` as big-endian 16-bit words to `acc` (unfolded).
fn sum(b: &[u8], mut acc: u32) -> u32 {
    let mut chunks = b.chunks_exact(2);
    for c in &mut chunks {
        acc += u16::from_be_bytes([c[0], c[1]]) as u32;
    }
    if let [last] = chunks.remainder() {
        acc += (*last as u32) << 8;
    }
    acc
}

fn fold(mut acc: u32) -> u16 {
    while acc > 0xFFFF {
        acc = (acc & 0xFFFF) + (acc >> 16);
    }
    acc as u16
}

/// Whether data (including its checksum field) sums to 0xFFFF.
pub fn checksum_ok(acc: u32) -> bool {
    fold(acc) == 0xFFFF
}

pub struct Udp<'a>(&'a [u8]);

impl<'a> Udp<'a> {
    pub fn new_checked(b: &'a [u8]) -> Result<Self, DropReason> {
        if b.len() < 8 {
            return Err(DropReason::Truncated);
        }
        let u = Udp(b);
        let len = u.length() as usize;
        if len < 8 || len > b.len() {
            return Err(DropReason::BadLength);
        }
        Ok(u)
    }
    pub fn src_port(&self) -> u16 {
        be16(self.0, 0)
    }
    pub fn dst_port(&self) -> u16 {
        be16(self.0, 2)
    }
    pub fn length(&self) -> u16 {
        be16(self.0, 4)
    }
    pub fn checksum(&self) -> u16 {
        be16(self.0, 6)
    }
}

pub struct Tcp<'a>(&'a [u8]);

impl<'a> Tcp<'a> {
    pub fn new_checked(b: &'a [u8]) -> Result<Self, DropReason> {
        if b.len() < 20 {
            return Err(DropReason::Truncated);
        }
        let t = Tcp(b);
        let off = t.data_offset() as usize * 4;
        if off < 20 || off > b.len() {
            return Err(DropReason::BadLength);
        }
        Ok(t)
    }
    pub fn src_port(&self) -> u16 {
        be16(self.0, 0)
    }
    pub fn dst_port(&self) -> u16 {
        be16(self.0, 2)
    }
    pub fn seq(&self) -> u32 {
        be32(self.0, 4)
    }
    pub fn ack(&self) -> u32 {
        be32(self.0, 8)
    }
    pub fn data_offset(&self) -> u8 {
        self.0[12] >> 4
    }
    pub fn flags(&self) -> u16 {
        be16(self.0, 12) & 0x1FF
    }
    pub fn window(&self) -> u16 {
        be16(self.0, 14)
    }
    pub fn checksum(&self) -> u16 {
        be16(self.0, 16)
    }
    pub fn payload_len(&self) -> usize {
        self.0.len() - self.data_offset() as usize * 4
    }
}

/// Checks a received frame's headers and checksums (IPv4 header; UDP, TCP
/// and ICMP checksums for unfragmented datagrams). Frames of other
/// ethertypes pass unchanged (the stack ignores what it does not know).
pub fn validate(frame: &[u8]) -> Result<(), DropReason> {
    let eth = Ethernet::new_checked(frame)?;
    match eth.ethertype() {
        ETHERTYPE_ARP if eth.payload().len() < 28 => Err(DropReason::Truncated),
        ETHERTYPE_IPV4 => {
            let ip = Ipv4::new_checked(eth.payload())?;
            if !checksum_ok(sum(ip.header(), 0)) {
                return Err(DropReason::IpChecksum);
            }
            if ip.is_fragment() {
                return Ok(());
            }
            let p = ip.payload();
            match ip.protocol() {
                PROTO_UDP => {
                    let u = Udp::new_checked(p)?;
                    let len = u.length() as usize;
                    if u.checksum() != 0 && !checksum_ok(sum(&p[..len], ip.pseudo_sum(len))) {
                        return Err(DropReason::L4Checksum);
                    }
                    Ok(())
                }
                PROTO_TCP => {
                    Tcp::new_checked(p)?;
                    if !checksum_ok(sum(p, ip.pseudo_sum(p.len()))) {
                        return Err(DropReason::L4Checksum);
                    }
                    Ok(())
                }
                PROTO_ICMP => {
                    if p.len() < 8 {
                        return Err(DropReason::Truncated);
                    }
                    if !checksum_ok(sum(p, 0)) {
                        return Err(DropReason::L4Checksum);
                    }
                    Ok(())
                }
                _ => Ok(()),
            }
        }
        _ => Ok(()),
    }
}

pub struct Mac(pub [u8; 6]);

impl core::fmt::Display for Mac {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        let m = self.0;
        write!(
            f,
            "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
            m[0], m[1], m[2], m[3], m[4], m[5]
        )
    }
}

pub struct Ip(pub [u8; 4]);

impl core::fmt::Display for Ip {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        let a = self.0;
        write!(f, "{}.{}.{}.{}", a[0], a[1], a[2], a[3])
    }
}

fn ip_flags(f: u8) -> &'static str {
    match f & 3 {
        0 => "none",
        1 => "MF",
        2 => "DF",
        _ => "DF,MF",
    }
}

fn tcp_flags(f: u16, out: &mut dyn Write) -> core::fmt::Result {
    const NAMES: [(u16, &str); 9] = [
        (0x100, "NS"),
        (0x080, "CWR"),
        (0x040, "ECE"),
        (0x020, "URG"),
        (0x010, "ACK"),
        (0x008, "PSH"),
        (0x004, "RST"),
        (0x002, "SYN"),
        (0x001, "FIN"),
    ];
    let mut first = true;
    for (bit, name) in NAMES {
        if f & bit != 0 {
            if !first {
                out.write_char(',')?;
            }
            out.write_str(name)?;
            first = false;
        }
    }
    if first {
        out.write_str("none")?;
    }
    Ok(())
}

/// Writes the packet-log record of one frame: a FROM line, one line per
/// header with its fields as `name=value`, an END line.
pub fn log_frame(frame: &[u8], out: &mut dyn Write) -> core::fmt::Result {
    let eth = match Ethernet::new_checked(frame) {
        Ok(e) => e,
        Err(_) => {
            return writeln!(
                out,
                "==== FROM: ? ====\nmalformed frame: {} bytes\n==== END: ? ====",
                frame.len()
            )
        }
    };
    let from = Mac(eth.src());
    writeln!(out, "==== FROM: {from} ====")?;
    writeln!(
        out,
        "ethernet dst={} src={} type=0x{:04x} length={}",
        Mac(eth.dst()),
        from,
        eth.ethertype(),
        frame.len()
    )?;
    match eth.ethertype() {
        ETHERTYPE_IPV4 => match Ipv4::new_checked(eth.payload()) {
            Ok(ip) => {
                writeln!(
                    out,
                    "ipv4 version={} ihl={} dscp={} ecn={} total_length={} identification={} flags={} fragment_offset={} ttl={} protocol={} checksum=0x{:04x} src={} dst={}",
                    ip.version(),
                    ip.ihl(),
                    ip.dscp(),
                    ip.ecn(),
                    ip.total_length(),
                    ip.identification(),
                    ip_flags(ip.flags()),
                    ip.fragment_offset(),
                    ip.ttl(),
                    ip.protocol(),
                    ip.checksum(),
                    Ip(ip.src()),
                    Ip(ip.dst())
                )?;
                let p = ip.payload();
                match ip.protocol() {
                    _ if ip.fragment_offset() != 0 => {}
                    PROTO_UDP => match Udp::new_checked(p) {
                        Ok(u) => writeln!(
                            out,
                            "udp src_port={} dst_port={} length={} checksum=0x{:04x}",
                            u.src_port(),
                            u.dst_port(),
                            u.length(),
                            u.checksum()
                        )?,
                        Err(e) => writeln!(out, "udp malformed: {e:?}")?,
                    },
                    PROTO_TCP => match Tcp::new_checked(p) {
                        Ok(t) => {
                            write!(
                                out,
                                "tcp src_port={} dst_port={} seq={} ack={} data_offset={} flags=",
                                t.src_port(),
                                t.dst_port(),
                                t.seq(),
                                t.ack(),
                                t.data_offset()
                            )?;
                            tcp_flags(t.flags(), out)?;
                            writeln!(
                                out,
                                " window={} checksum=0x{:04x} payload={}",
                                t.window(),
                                t.checksum(),
                                t.payload_len()
                            )?
                        }
                        Err(e) => writeln!(out, "tcp malformed: {e:?}")?,
                    },
                    PROTO_ICMP if p.len() >= 4 => writeln!(
                        out,
                        "icmp type={} code={} checksum=0x{:04x}",
                        p[0],
                        p[1],
                        be16(p, 2)
                    )?,
                    _ => {}
                }
            }
            Err(e) => writeln!(out, "ipv4 malformed: {e:?}")?,
        },
        ETHERTYPE_ARP if eth.payload().len() >= 28 => {
            let a = eth.payload();
            writeln!(
                out,
                "arp operation={} sender_mac={} sender_ip={} target_mac={} target_ip={}",
                be16(a, 6),
                Mac(a[8..14].try_into().unwrap()),
                Ip(a[14..18].try_into().unwrap()),
                Mac(a[18..24].try_into().unwrap()),
                Ip(a[24..28].try_into().unwrap())
            )?;
        }
        _ => {}
    }
    writeln!(out, "==== END: {from} ====")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A UDP datagram 10.0.0.1:4660 -> 10.0.0.2:7 with payload "hello",
    /// checksums computed here.
    fn udp_frame() -> Vec<u8> {
        let mut f = vec![
            0x52, 0x54, 0, 0x12, 0x34, 0x56, 0x02, 0, 0, 0, 0, 1, 0x08, 0x00,
        ];
        let payload = b"hello";
        let total = 20 + 8 + payload.len();
        let mut ip = vec![
            0x45,
            0xB9,
            0,
            total as u8,
            0x12,
            0x34,
            0x40,
            0,
            64,
            17,
            0,
            0,
            10,
            0,
            0,
            1,
            10,
            0,
            0,
            2,
        ];
        let c = !fold(sum(&ip, 0));
        ip[10..12].copy_from_slice(&c.to_be_bytes());
        let mut udp = vec![0x12, 0x34, 0, 7, 0, 13, 0, 0];
        udp.extend_from_slice(payload);
        let ipv = Ipv4::new_checked(&ip[..]).map(|_| ()).err();
        assert_eq!(ipv, Some(DropReason::BadLength), "header alone is short");
        let mut all = ip.clone();
        all.extend_from_slice(&udp);
        let p = Ipv4(&all);
        let c = !fold(sum(&udp, p.pseudo_sum(udp.len())));
        udp[6..8].copy_from_slice(&c.to_be_bytes());
        f.extend_from_slice(&ip);
        f.extend_from_slice(&udp);
        f
    }

    #[test]
    fn good_frame_passes_and_logs_fields() {
        let f = udp_frame();
        assert_eq!(validate(&f), Ok(()));
        let mut s = String::new();
        log_frame(&f, &mut s).unwrap();
        assert!(s.starts_with("==== FROM: 02:00:00:00:00:01 ===="), "{s}");
        assert!(s.contains("ipv4 version=4 ihl=5 dscp=46 ecn=1 total_length=33 identification=4660 flags=DF fragment_offset=0 ttl=64 protocol=17"), "{s}");
        assert!(s.contains("src=10.0.0.1 dst=10.0.0.2"), "{s}");
        assert!(s.contains("udp src_port=4660 dst_port=7 length=13"), "{s}");
        assert!(
            s.trim_end().ends_with("==== END: 02:00:00:00:00:01 ===="),
            "{s}"
        );
    }

    /// Random mutations of good UDP and TCP frames: validation and the
    /// packet log never panic, and a frame that passes has consistent lengths.
    #[test]
    fn mutated_frames_never_panic() {
        let udp = udp_frame();
        let mut tcp = udp.clone();
        tcp[14 + 9] = PROTO_TCP;
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut passed = 0;
        for i in 0..200_000 {
            let mut f = if i % 2 == 0 { udp.clone() } else { tcp.clone() };
            for _ in 0..1 + next() % 4 {
                let at = (next() as usize) % f.len();
                f[at] = next() as u8;
            }
            let cut = (next() as usize) % (f.len() + 8);
            f.truncate(cut);
            if validate(&f).is_ok() {
                passed += 1;
                if let Ok(eth) = Ethernet::new_checked(&f) {
                    if eth.ethertype() == ETHERTYPE_IPV4 {
                        let ip = Ipv4::new_checked(eth.payload()).unwrap();
                        assert!(ip.total_length() as usize <= eth.payload().len());
                    }
                }
            }
            let mut s = String::new();
            log_frame(&f, &mut s).unwrap();
        }
        assert!(
            passed > 0,
            "some mutations (e.g. of the payload only) stay valid"
        );
    }

    #[test]
    fn malformed_frames_are_classified() {
        let f = udp_frame();
        assert_eq!(validate(&f[..10]), Err(DropReason::Truncated));
        assert_eq!(validate(&f[..30]), Err(DropReason::Truncated));
        let mut bad = f.clone();
        bad[14 + 11] ^= 1;
        assert_eq!(validate(&bad), Err(DropReason::IpChecksum));
        let mut bad = f.clone();
        bad[f.len() - 1] ^= 0x40;
        assert_eq!(validate(&bad), Err(DropReason::L4Checksum));
        let mut bad = f.clone();
        bad[14] = 0x65; // version 6
        assert_eq!(validate(&bad), Err(DropReason::BadHeader));
        let mut bad = f.clone();
        bad[14 + 3] = 200; // total length past the frame
        assert_eq!(validate(&bad), Err(DropReason::BadLength));
        assert_eq!(validate(&f[..f.len() - 2]), Err(DropReason::BadLength));
        // every prefix of a good frame is rejected or accepted without panicking
        for n in 0..f.len() {
            let _ = validate(&f[..n]);
            let mut s = String::new();
            log_frame(&f[..n], &mut s).unwrap();
        }
    }
}
