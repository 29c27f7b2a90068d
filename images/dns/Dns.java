import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import mote.net.Udp;

/**
 * dns: an authoritative DNS server for one zone, over UDP.
 *
 * The zone comes from a master file (RFC 1035 section 5: $ORIGIN, $TTL, @,
 * relative and absolute names, parentheses across lines, comments; records
 * SOA, NS, A, AAAA, CNAME, MX, TXT) in the sealed filesystem. Queries get
 * authoritative answers (CNAME chains followed inside the zone), NXDOMAIN or
 * NODATA with the SOA in the authority section, REFUSED outside the zone,
 * FORMERR for malformed queries, NOTIMP for other opcodes; replies use name
 * compression, EDNS0 (RFC 6891: the advertised size is honoured, an OPT is
 * echoed, replies are at most 1232 bytes) and the TC bit when the answer
 * does not fit.
 *
 * Arguments: [port] [zone file] [--memo] [--tcp] [--origin=NAME]. With --memo
 * the encoded replies are kept per question (the MirageOS "memo" variant);
 * with --tcp queries are answered over TCP as well (threads on
 * java.net sockets instead of mote.net.Udp).
 */
public class Dns {
    static final int A = 1, NS = 2, CNAME = 5, SOA = 6, MX = 15, TXT = 16, AAAA = 28, OPT = 41;
    static final int IXFR = 251, AXFR = 252, ANY = 255;
    static final int NOERROR = 0, FORMERR = 1, NXDOMAIN = 3, NOTIMP = 4, REFUSED = 5, BADVERS = 16;
    /** The largest reply: 1232 bytes, as the DNS flag day 2020 advises (and the
     *  guest network sends no IP fragments, so one datagram must fit one frame). */
    static final int OUR_UDP_SIZE = 1232;

    /** One resource record; names are lower case, without the final dot ("" is the root). */
    static final class Rr {
        final String owner;
        final int type;
        final long ttl;
        final String[] names; // the domain names in the rdata, in order
        final byte[] before;  // rdata bytes before the names (MX preference; all of A/AAAA/TXT)
        final byte[] after;   // rdata bytes after the names (SOA numbers)

        Rr(String owner, int type, long ttl, String[] names, byte[] before, byte[] after) {
            this.owner = owner;
            this.type = type;
            this.ttl = ttl;
            this.names = names;
            this.before = before;
            this.after = after;
        }
    }

    static final class ZoneError extends Exception {
        ZoneError(String m) {
            super(m);
        }
    }

    // ---- the zone ---------------------------------------------------------

    static String origin;
    static final HashMap<String, ArrayList<Rr>> byName = new HashMap<>();
    static final HashSet<String> existing = new HashSet<>(); // owners and empty non-terminals
    static Rr soa, negativeSoa;
    static int recordCount;

    static boolean inZone(String name) {
        return name.equals(origin) || origin.isEmpty() || name.endsWith("." + origin);
    }

    static String lower(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) b = new StringBuilder(s.substring(0, i));
                b.append((char) (c + 32));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** A logical entry of the master file: its tokens, quoted ones start with '"'. */
    static final class Entry {
        final int line;
        final boolean blankOwner;
        final ArrayList<String> tokens = new ArrayList<>();

        Entry(int line, boolean blankOwner) {
            this.line = line;
            this.blankOwner = blankOwner;
        }
    }

    /** Characters standing for raw bytes written as \DDD inside quotes. */
    static final char RAW = '\uF000';

    static ArrayList<Entry> tokenize(List<String> lines) throws ZoneError {
        ArrayList<Entry> out = new ArrayList<>();
        Entry cur = null;
        int depth = 0;
        for (int ln = 0; ln < lines.size(); ln++) {
            String s = lines.get(ln);
            int i = 0, n = s.length();
            if (depth == 0) cur = new Entry(ln + 1, n > 0 && (s.charAt(0) == ' ' || s.charAt(0) == '\t'));
            while (i < n) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\r') {
                    i++;
                } else if (c == ';') {
                    break;
                } else if (c == '(') {
                    depth++;
                    i++;
                } else if (c == ')') {
                    if (depth == 0) throw new ZoneError("line " + (ln + 1) + ": ')' without '('");
                    depth--;
                    i++;
                } else if (c == '"') {
                    StringBuilder b = new StringBuilder("\"");
                    boolean closed = false;
                    i++;
                    while (i < n) {
                        c = s.charAt(i);
                        if (c == '"') {
                            closed = true;
                            i++;
                            break;
                        }
                        if (c == '\\' && i + 1 < n) {
                            if (i + 3 < n && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))) {
                                int v = (s.charAt(i + 1) - '0') * 100 + (s.charAt(i + 2) - '0') * 10 + (s.charAt(i + 3) - '0');
                                if (v > 255) throw new ZoneError("line " + (ln + 1) + ": bad escape");
                                b.append((char) (RAW + v));
                                i += 4;
                            } else {
                                b.append(s.charAt(i + 1));
                                i += 2;
                            }
                            continue;
                        }
                        b.append(c);
                        i++;
                    }
                    if (!closed) throw new ZoneError("line " + (ln + 1) + ": unclosed quote");
                    cur.tokens.add(b.toString());
                } else {
                    StringBuilder b = new StringBuilder();
                    while (i < n && " \t\r;()\"".indexOf(s.charAt(i)) < 0) {
                        c = s.charAt(i);
                        if (c == '\\' && i + 3 < n && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))) {
                            int v = (s.charAt(i + 1) - '0') * 100 + (s.charAt(i + 2) - '0') * 10 + (s.charAt(i + 3) - '0');
                            if (v > 255) throw new ZoneError("line " + (ln + 1) + ": bad escape");
                            b.append((char) (RAW + v));
                            i += 4;
                        } else if (c == '\\' && i + 1 < n) {
                            b.append(s.charAt(i + 1));
                            i += 2;
                        } else {
                            b.append(c);
                            i++;
                        }
                    }
                    cur.tokens.add(b.toString());
                }
            }
            if (depth == 0 && !cur.tokens.isEmpty()) out.add(cur);
        }
        if (depth > 0) throw new ZoneError("'(' not closed at the end of the file");
        return out;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A TTL: digits, or BIND-style 1h30m (s, m, h, d, w). -1 when it is not one. */
    static long ttlOf(String t) {
        if (t.isEmpty() || !isDigit(t.charAt(0))) return -1;
        long total = 0, num = 0;
        boolean digits = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isDigit(c)) {
                num = num * 10 + (c - '0');
                if (num > 0xffffffffL) return -1;
                digits = true;
                continue;
            }
            if (!digits) return -1;
            long unit;
            switch (Character.toLowerCase(c)) {
                case 's': unit = 1; break;
                case 'm': unit = 60; break;
                case 'h': unit = 3600; break;
                case 'd': unit = 86400; break;
                case 'w': unit = 604800; break;
                default: return -1;
            }
            total += num * unit;
            num = 0;
            digits = false;
        }
        total += num;
        return total > 0x7fffffffL ? -1 : total;
    }

    static String nameOf(String tok, int line) throws ZoneError {
        if (tok.startsWith("\"") || tok.indexOf('\\') >= 0)
            throw new ZoneError("line " + line + ": unsupported name " + tok);
        String n;
        if (tok.equals("@")) {
            if (origin == null) throw new ZoneError("line " + line + ": '@' without $ORIGIN");
            return origin;
        } else if (tok.equals(".")) {
            return "";
        } else if (tok.endsWith(".")) {
            n = lower(tok.substring(0, tok.length() - 1));
        } else {
            if (origin == null) throw new ZoneError("line " + line + ": relative name without $ORIGIN");
            n = lower(tok) + (origin.isEmpty() ? "" : "." + origin);
        }
        int wire = 1, start = 0;
        for (int i = 0; i <= n.length(); i++) {
            if (i == n.length() || n.charAt(i) == '.') {
                int len = i - start;
                if (len == 0 || len > 63) throw new ZoneError("line " + line + ": bad label in " + tok);
                wire += len + 1;
                start = i + 1;
            } else if (n.charAt(i) > 0x7e || n.charAt(i) <= ' ') {
                throw new ZoneError("line " + line + ": bad character in " + tok);
            }
        }
        if (wire > 255) throw new ZoneError("line " + line + ": name too long: " + tok);
        return n;
    }

    static long number(String t, int line, long max) throws ZoneError {
        long v = ttlOf(t);
        if (v < 0 || v > max) throw new ZoneError("line " + line + ": bad number " + t);
        return v;
    }

    static byte[] ipv4(String s, int line) throws ZoneError {
        String[] parts = split(s, '.');
        if (parts.length != 4) throw new ZoneError("line " + line + ": bad IPv4 address " + s);
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3) throw new ZoneError("line " + line + ": bad IPv4 address " + s);
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                if (!isDigit(p.charAt(k))) throw new ZoneError("line " + line + ": bad IPv4 address " + s);
                v = v * 10 + (p.charAt(k) - '0');
            }
            if (v > 255) throw new ZoneError("line " + line + ": bad IPv4 address " + s);
            out[i] = (byte) v;
        }
        return out;
    }

    static byte[] ipv6(String s, int line) throws ZoneError {
        int dbl = s.indexOf("::");
        String[] head, tail;
        if (dbl >= 0) {
            if (s.indexOf("::", dbl + 1) >= 0) throw new ZoneError("line " + line + ": bad IPv6 address " + s);
            head = dbl == 0 ? new String[0] : split(s.substring(0, dbl), ':');
            tail = dbl + 2 == s.length() ? new String[0] : split(s.substring(dbl + 2), ':');
            if (head.length + tail.length > 7) throw new ZoneError("line " + line + ": bad IPv6 address " + s);
        } else {
            head = split(s, ':');
            tail = new String[0];
            if (head.length != 8) throw new ZoneError("line " + line + ": bad IPv6 address " + s);
        }
        byte[] out = new byte[16];
        for (int i = 0; i < head.length; i++) group(out, 2 * i, head[i], s, line);
        for (int i = 0; i < tail.length; i++) group(out, 16 - 2 * (tail.length - i), tail[i], s, line);
        return out;
    }

    static void group(byte[] out, int at, String g, String s, int line) throws ZoneError {
        if (g.isEmpty() || g.length() > 4) throw new ZoneError("line " + line + ": bad IPv6 address " + s);
        int v = 0;
        for (int i = 0; i < g.length(); i++) {
            int d = Character.digit(g.charAt(i), 16);
            if (d < 0) throw new ZoneError("line " + line + ": bad IPv6 address " + s);
            v = v * 16 + d;
        }
        out[at] = (byte) (v >> 8);
        out[at + 1] = (byte) v;
    }

    static String[] split(String s, char sep) {
        ArrayList<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return parts.toArray(new String[0]);
    }

    /** One character-string (RFC 1035 3.3): UTF-8, with \DDD bytes kept raw. */
    static void charString(java.io.ByteArrayOutputStream out, String tok, int line) throws ZoneError {
        String t = tok.startsWith("\"") ? tok.substring(1) : tok;
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= RAW && c <= RAW + 255) {
                b.write(c - RAW);
            } else if (c < 0x80) {
                b.write(c);
            } else {
                byte[] u = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                b.write(u, 0, u.length);
            }
        }
        if (b.size() > 255) throw new ZoneError("line " + line + ": TXT string longer than 255 bytes");
        out.write(b.size());
        byte[] bytes = b.toByteArray();
        out.write(bytes, 0, bytes.length);
    }

    static void load(String file, String originArg) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(file));
        origin = originArg;
        String prevOwner = null;
        long defaultTtl = -1, lastTtl = -1;
        for (Entry e : tokenize(lines)) {
            ArrayList<String> t = e.tokens;
            int line = e.line;
            String first = t.get(0);
            if (first.startsWith("$")) {
                if (first.equalsIgnoreCase("$ORIGIN") && t.size() == 2) {
                    if (!t.get(1).endsWith(".")) throw new ZoneError("line " + line + ": $ORIGIN must be absolute");
                    origin = nameOf(t.get(1), line);
                } else if (first.equalsIgnoreCase("$TTL") && t.size() == 2) {
                    defaultTtl = number(t.get(1), line, 0x7fffffffL);
                } else {
                    throw new ZoneError("line " + line + ": unsupported directive " + first);
                }
                continue;
            }
            int k = 0;
            String owner;
            if (e.blankOwner) {
                if (prevOwner == null) throw new ZoneError("line " + line + ": no owner name");
                owner = prevOwner;
            } else {
                owner = nameOf(t.get(k++), line);
            }
            long ttl = -1;
            for (int round = 0; round < 2 && k < t.size(); round++) {
                String w = t.get(k);
                if (ttl < 0 && ttlOf(w) >= 0) {
                    ttl = ttlOf(w);
                    k++;
                } else if (w.equalsIgnoreCase("IN")) {
                    k++;
                } else if (w.equalsIgnoreCase("CH") || w.equalsIgnoreCase("HS") || w.equalsIgnoreCase("CS")) {
                    throw new ZoneError("line " + line + ": only class IN is served");
                }
            }
            if (k >= t.size()) throw new ZoneError("line " + line + ": no record type");
            String type = t.get(k++).toUpperCase();
            if (ttl < 0) ttl = defaultTtl >= 0 ? defaultTtl : lastTtl;
            if (ttl < 0 && !type.equals("SOA")) throw new ZoneError("line " + line + ": no TTL and no $TTL");
            int nargs = t.size() - k;
            Rr rr;
            switch (type) {
                case "A":
                    need(nargs, 1, line, type);
                    rr = new Rr(owner, A, ttl, new String[0], ipv4(t.get(k), line), new byte[0]);
                    break;
                case "AAAA":
                    need(nargs, 1, line, type);
                    rr = new Rr(owner, AAAA, ttl, new String[0], ipv6(t.get(k), line), new byte[0]);
                    break;
                case "NS":
                case "CNAME":
                    need(nargs, 1, line, type);
                    rr = new Rr(owner, type.equals("NS") ? NS : CNAME, ttl,
                                new String[] {nameOf(t.get(k), line)}, new byte[0], new byte[0]);
                    break;
                case "MX": {
                    need(nargs, 2, line, type);
                    long pref = number(t.get(k), line, 65535);
                    rr = new Rr(owner, MX, ttl, new String[] {nameOf(t.get(k + 1), line)},
                                new byte[] {(byte) (pref >> 8), (byte) pref}, new byte[0]);
                    break;
                }
                case "TXT": {
                    if (nargs < 1) throw new ZoneError("line " + line + ": TXT needs a string");
                    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                    for (int i = k; i < t.size(); i++) charString(b, t.get(i), line);
                    if (b.size() > 65535) throw new ZoneError("line " + line + ": TXT too long");
                    rr = new Rr(owner, TXT, ttl, new String[0], b.toByteArray(), new byte[0]);
                    break;
                }
                case "SOA": {
                    need(nargs, 7, line, type);
                    byte[] nums = new byte[20];
                    for (int i = 0; i < 5; i++) {
                        long v = number(t.get(k + 2 + i), line, 0xffffffffL);
                        nums[4 * i] = (byte) (v >> 24);
                        nums[4 * i + 1] = (byte) (v >> 16);
                        nums[4 * i + 2] = (byte) (v >> 8);
                        nums[4 * i + 3] = (byte) v;
                    }
                    if (ttl < 0) ttl = number(t.get(k + 6), line, 0x7fffffffL);
                    rr = new Rr(owner, SOA, ttl, new String[] {nameOf(t.get(k), line), nameOf(t.get(k + 1), line)},
                                new byte[0], nums);
                    if (soa != null) throw new ZoneError("line " + line + ": a second SOA");
                    soa = rr;
                    break;
                }
                default:
                    throw new ZoneError("line " + line + ": unsupported record type " + type);
            }
            lastTtl = ttl;
            prevOwner = owner;
            add(rr);
        }
        if (soa == null) throw new ZoneError("no SOA record");
        origin = soa.owner;
        for (String owner : byName.keySet()) {
            if (!inZone(owner)) throw new ZoneError("record outside the zone " + origin + ": " + owner);
            String n = owner;
            while (!n.equals(origin)) {
                existing.add(n);
                n = n.substring(n.indexOf('.') + 1);
            }
            existing.add(origin);
            ArrayList<Rr> rrs = byName.get(owner);
            boolean cname = false;
            for (Rr r : rrs) cname |= r.type == CNAME;
            if (cname && rrs.size() > 1) throw new ZoneError("CNAME and other data at " + owner);
        }
        long min = ((soa.after[16] & 0xffL) << 24) | ((soa.after[17] & 0xff) << 16) | ((soa.after[18] & 0xff) << 8) | (soa.after[19] & 0xff);
        negativeSoa = new Rr(soa.owner, SOA, Math.min(soa.ttl, min), soa.names, soa.before, soa.after);
    }

    static void need(int have, int want, int line, String type) throws ZoneError {
        if (have != want) throw new ZoneError("line " + line + ": " + type + " needs " + want + " field(s), not " + have);
    }

    static void add(Rr rr) {
        ArrayList<Rr> list = byName.get(rr.owner);
        if (list == null) {
            list = new ArrayList<>();
            byName.put(rr.owner, list);
        }
        for (Rr r : list) { // identical records are one record (RFC 2181 5)
            if (r.type == rr.type && java.util.Arrays.equals(r.before, rr.before)
                    && java.util.Arrays.equals(r.names, rr.names) && java.util.Arrays.equals(r.after, rr.after)) return;
        }
        list.add(rr);
        recordCount++;
    }

    // ---- answering --------------------------------------------------------

    /** Fills the sections for (qname, qtype); the RCODE. */
    static int lookup(String qname, int qtype, ArrayList<Rr> ans, ArrayList<Rr> auth, ArrayList<Rr> extra) {
        String cur = qname;
        HashSet<String> seen = new HashSet<>();
        seen.add(cur);
        for (int hops = 0; hops < 16; hops++) {
            if (!existing.contains(cur)) {
                auth.add(negativeSoa);
                return NXDOMAIN;
            }
            ArrayList<Rr> rrs = byName.get(cur);
            boolean found = false;
            Rr cname = null;
            if (rrs != null) {
                for (Rr r : rrs) {
                    if (qtype == ANY || r.type == qtype) {
                        ans.add(r);
                        found = true;
                    }
                    if (r.type == CNAME) cname = r;
                }
            }
            if (found) {
                for (Rr r : ans) {
                    if (r.type != MX && r.type != NS) continue;
                    String target = r.names[0];
                    ArrayList<Rr> t = byName.get(target);
                    if (t == null) continue;
                    for (Rr x : t) {
                        if ((x.type == A || x.type == AAAA) && !extra.contains(x)) extra.add(x);
                    }
                }
                return NOERROR;
            }
            if (cname != null) {
                ans.add(cname);
                cur = cname.names[0];
                if (!inZone(cur) || !seen.add(cur)) return NOERROR;
                continue;
            }
            auth.add(negativeSoa);
            return NOERROR;
        }
        return NOERROR;
    }

    /** A growing reply with name compression. */
    static final class Out {
        byte[] b = new byte[512];
        int len;
        final HashMap<String, Integer> names = new HashMap<>();

        void u8(int v) {
            if (len == b.length) {
                byte[] g = new byte[b.length * 2];
                System.arraycopy(b, 0, g, 0, len);
                b = g;
            }
            b[len++] = (byte) v;
        }

        void u16(int v) {
            u8(v >> 8);
            u8(v);
        }

        void u32(long v) {
            u16((int) (v >> 16) & 0xffff);
            u16((int) v & 0xffff);
        }

        void bytes(byte[] src, int from, int to) {
            for (int i = from; i < to; i++) u8(src[i]);
        }

        void put16(int at, int v) {
            b[at] = (byte) (v >> 8);
            b[at + 1] = (byte) v;
        }

        void name(String n) {
            String s = n;
            while (!s.isEmpty()) {
                Integer at = names.get(s);
                if (at != null) {
                    u16(0xC000 | at);
                    return;
                }
                if (len < 0x4000) names.put(s, len);
                int dot = s.indexOf('.');
                String label = dot < 0 ? s : s.substring(0, dot);
                u8(label.length());
                for (int i = 0; i < label.length(); i++) u8(label.charAt(i));
                s = dot < 0 ? "" : s.substring(dot + 1);
            }
            u8(0);
        }

        void rr(Rr r) {
            name(r.owner);
            u16(r.type);
            u16(1);
            u32(r.ttl);
            int at = len;
            u16(0);
            bytes(r.before, 0, r.before.length);
            for (String n : r.names) name(n);
            bytes(r.after, 0, r.after.length);
            put16(at, len - at - 2);
        }

        /** Forgets everything from `mark` on. */
        void cut(int mark) {
            len = mark;
            names.values().removeIf(v -> v >= mark);
        }

        byte[] done() {
            byte[] r = new byte[len];
            System.arraycopy(b, 0, r, 0, len);
            return r;
        }
    }

    static int u16(byte[] q, int at) {
        return ((q[at] & 0xff) << 8) | (q[at + 1] & 0xff);
    }

    /** A reply of just the header (no sections): for FORMERR and NOTIMP. */
    static byte[] headerOnly(byte[] q, int rcode) {
        byte[] r = new byte[12];
        r[0] = q[0];
        r[1] = q[1];
        int flags = u16(q, 2);
        int out = 0x8000 | (flags & 0x7800) | (flags & 0x0100) | rcode;
        r[2] = (byte) (out >> 8);
        r[3] = (byte) out;
        return r;
    }

    /** Skips a name in a section after the question; the offset after it, or -1. */
    static int skipName(byte[] q, int p) {
        int total = 0;
        while (true) {
            if (p >= q.length) return -1;
            int len = q[p] & 0xff;
            if (len == 0) return p + 1;
            if ((len & 0xC0) == 0xC0) return p + 2 <= q.length ? p + 2 : -1; // not followed
            if (len > 63) return -1;
            total += len + 1;
            if (total > 255) return -1;
            p += 1 + len;
        }
    }

    static boolean memo;
    static final HashMap<String, byte[]> memoTable = new HashMap<>();
    static long queries;

    static byte[] handle(byte[] q) {
        return handle(q, false);
    }

    /** The reply to one query (null for none); over TCP nothing is truncated. */
    static synchronized byte[] handle(byte[] q, boolean tcp) {
        if (q.length < 12) return null; // not even a header: nothing to answer
        int flags = u16(q, 2);
        if ((flags & 0x8000) != 0) return null; // a response: never answer one
        queries++;
        int opcode = (flags >> 11) & 0xf;
        if (opcode != 0) return headerOnly(q, NOTIMP);
        if (u16(q, 4) != 1) return headerOnly(q, FORMERR);
        int others = u16(q, 6) + u16(q, 8) + u16(q, 10);
        int[] labelAt = new int[128];
        String[] labels = new String[128];
        int nlabels = 0, p = 12, wire = 1;
        while (true) {
            if (p >= q.length) return headerOnly(q, FORMERR);
            int len = q[p] & 0xff;
            if (len == 0) {
                p++;
                break;
            }
            if (len > 63) return headerOnly(q, FORMERR); // pointers have nothing to point to here
            if (p + 1 + len > q.length) return headerOnly(q, FORMERR);
            wire += len + 1;
            if (wire > 255) return headerOnly(q, FORMERR);
            StringBuilder l = new StringBuilder(len);
            for (int i = p + 1; i <= p + len; i++) {
                int c = q[i] & 0xff;
                if (c >= 'A' && c <= 'Z') c += 32;
                if (c == '.') c = 0x100; // a dot inside a label matches no zone name
                l.append((char) c);
            }
            labelAt[nlabels] = p;
            labels[nlabels++] = l.toString();
            p += 1 + len;
        }
        if (p + 4 > q.length) return headerOnly(q, FORMERR);
        int qtype = u16(q, p), qclass = u16(q, p + 2);
        int qend = p + 4;

        int ednsSize = -1, ednsVersion = 0;
        boolean dnssecOk = false;
        p = qend;
        for (int i = 0; i < others; i++) {
            int start = p;
            p = skipName(q, p);
            if (p < 0 || p + 10 > q.length) return headerOnly(q, FORMERR);
            int type = u16(q, p), cls = u16(q, p + 2), rdlen = u16(q, p + 8);
            if (p + 10 + rdlen > q.length) return headerOnly(q, FORMERR);
            if (type == OPT) {
                if (i < u16(q, 6) + u16(q, 8) || ednsSize >= 0 || q[start] != 0) return headerOnly(q, FORMERR);
                ednsSize = Math.max(512, cls);
                ednsVersion = q[p + 5] & 0xff;
                dnssecOk = (q[p + 6] & 0x80) != 0;
            }
            p += 10 + rdlen;
        }

        String key = null;
        if (memo) {
            StringBuilder k = new StringBuilder(qend);
            for (int i = 12; i < qend; i++) k.append((char) (q[i] & 0xff));
            k.append('|').append(tcp).append('|').append(flags & 0x0110).append('|').append(ednsSize).append('|')
             .append(ednsVersion).append('|').append(dnssecOk);
            key = k.toString();
            byte[] hit = memoTable.get(key);
            if (hit != null) {
                byte[] r = hit.clone();
                r[0] = q[0];
                r[1] = q[1];
                return r;
            }
        }

        StringBuilder qn = new StringBuilder();
        for (int i = 0; i < nlabels; i++) {
            if (i > 0) qn.append('.');
            qn.append(labels[i]);
        }
        String qname = qn.toString();

        ArrayList<Rr> ans = new ArrayList<>(), auth = new ArrayList<>(), extra = new ArrayList<>();
        int rcode;
        boolean aa = false;
        if (ednsSize >= 0 && ednsVersion != 0) {
            rcode = BADVERS;
        } else if (qtype == AXFR || qtype == IXFR) {
            rcode = NOTIMP; // no zone transfers
        } else if ((qclass != 1 && qclass != ANY) || !inZone(qname)) {
            rcode = REFUSED;
        } else {
            aa = true;
            rcode = lookup(qname, qtype, ans, auth, extra);
        }

        int limit = tcp ? 65535 : ednsSize >= 0 ? Math.min(ednsSize, OUR_UDP_SIZE) : 512;
        int room = limit - (ednsSize >= 0 ? 11 : 0);
        Out o = new Out();
        o.u16(u16(q, 0));
        o.u16(0);
        o.u16(1);
        o.u16(0);
        o.u16(0);
        o.u16(0);
        o.bytes(q, 12, qend); // the question as asked (case kept)
        for (int i = 0; i < nlabels; i++) {
            StringBuilder s = new StringBuilder(labels[i]);
            for (int j = i + 1; j < nlabels; j++) s.append('.').append(labels[j]);
            o.names.put(s.toString(), labelAt[i]);
        }
        int afterQuestion = o.len;
        boolean tc = false;
        for (Rr r : ans) o.rr(r);
        for (Rr r : auth) o.rr(r);
        int nans = ans.size(), nauth = auth.size(), nextra = 0;
        if (o.len > room) {
            tc = true;
            o.cut(afterQuestion);
            nans = nauth = 0;
        } else {
            for (Rr r : extra) {
                int mark = o.len;
                o.rr(r);
                if (o.len > room) {
                    o.cut(mark);
                    break;
                }
                nextra++;
            }
        }
        if (ednsSize >= 0) {
            o.u8(0);
            o.u16(OPT);
            o.u16(OUR_UDP_SIZE);
            o.u8(rcode >> 4);
            o.u8(0);
            o.u8(dnssecOk ? 0x80 : 0);
            o.u8(0);
            o.u16(0);
            nextra++;
        }
        int out = 0x8000 | (aa ? 0x0400 : 0) | (tc ? 0x0200 : 0) | (flags & 0x0100) | (flags & 0x0010) | (rcode & 0xf);
        o.put16(2, out);
        o.put16(6, nans);
        o.put16(8, nauth);
        o.put16(10, nextra);
        byte[] reply = o.done();
        if (memo) {
            if (memoTable.size() >= 10000) memoTable.clear();
            memoTable.put(key, reply);
        }
        return reply;
    }

    /** UDP (DatagramSocket) and TCP (RFC 1035 4.2.2: 2-byte length prefix) side by side. */
    static void serveBoth(int port) {
        Thread udp = new Thread(() -> {
            try (java.net.DatagramSocket ds = new java.net.DatagramSocket(port)) {
                byte[] buf = new byte[65536];
                for (;;) {
                    java.net.DatagramPacket p = new java.net.DatagramPacket(buf, buf.length);
                    ds.receive(p);
                    byte[] q = new byte[p.getLength()];
                    System.arraycopy(buf, 0, q, 0, q.length);
                    byte[] r = safeHandle(q, false);
                    if (r != null) ds.send(new java.net.DatagramPacket(r, r.length, p.getSocketAddress()));
                }
            } catch (java.io.IOException e) {
                System.out.println("dns: UDP failed: " + e);
                System.exit(1);
            }
        });
        udp.start();
        try (java.net.ServerSocket ss = new java.net.ServerSocket(port)) {
            System.out.println("dns: serving " + (origin.isEmpty() ? "." : origin) + " (" + recordCount
                               + " records) on UDP and TCP port " + port);
            for (;;) {
                java.net.Socket c = ss.accept();
                Thread t = new Thread(() -> serveTcp(c));
                t.start();
            }
        } catch (java.io.IOException e) {
            System.out.println("dns: TCP failed: " + e);
            System.exit(1);
        }
    }

    static void serveTcp(java.net.Socket c) {
        try (java.net.Socket s = c) {
            s.setSoTimeout(10000);
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(s.getInputStream()));
            java.io.OutputStream out = s.getOutputStream();
            for (;;) {
                int len;
                try {
                    len = in.readUnsignedShort();
                } catch (java.io.EOFException e) {
                    return;
                }
                byte[] q = new byte[len];
                in.readFully(q);
                byte[] r = safeHandle(q, true);
                if (r == null) return; // nothing sensible to say: close
                byte[] framed = new byte[r.length + 2];
                framed[0] = (byte) (r.length >> 8);
                framed[1] = (byte) r.length;
                System.arraycopy(r, 0, framed, 2, r.length);
                out.write(framed);
                out.flush();
            }
        } catch (java.io.IOException e) {
            // the client went away or was idle for 10 s
        }
    }

    static byte[] safeHandle(byte[] q, boolean tcp) {
        try {
            return handle(q, tcp);
        } catch (RuntimeException e) {
            System.out.println("dns: dropped a query: " + e);
            return null;
        }
    }

    static boolean tcp;

    public static void main(String[] args) {
        int port = 53;
        String file = "/example.test.zone", originArg = null;
        for (String a : args) {
            if (a.equals("--memo")) memo = true;
            else if (a.equals("--tcp")) tcp = true;
            else if (a.startsWith("--origin=")) originArg = a.substring(9);
            else if (!a.isEmpty() && isDigit(a.charAt(0))) port = Integer.parseInt(a);
            else file = a;
        }
        if (originArg == null) {
            String base = file.substring(file.lastIndexOf('/') + 1);
            originArg = base.endsWith(".zone") ? base.substring(0, base.length() - 5) : null;
        }
        try {
            if (originArg != null) originArg = lower(originArg.endsWith(".") ? originArg.substring(0, originArg.length() - 1) : originArg);
            load(file, originArg);
        } catch (ZoneError e) {
            System.out.println("dns: " + file + ": " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.out.println("dns: cannot read " + file + ": " + e);
            System.exit(1);
        }
        if (memo) System.out.println("dns: memoising replies");
        if (tcp) {
            serveBoth(port);
            return;
        }
        Udp.bind(port, data -> {
            try {
                return handle(data);
            } catch (RuntimeException e) {
                System.out.println("dns: dropped a query: " + e);
                return null;
            }
        });
        System.out.println("dns: serving " + (origin.isEmpty() ? "." : origin) + " (" + recordCount
                           + " records) on UDP port " + port);
        Udp.listen();
    }
}
