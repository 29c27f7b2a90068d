import java.nio.file.Files;
import java.nio.file.Path;
import mote.net.Udp;

/**
 * dns: an authoritative DNS server for one zone, over UDP (and TCP).
 *
 * The zone comes from a master file (RFC 1035 section 5: $ORIGIN, $TTL, @,
 * relative and absolute names, parentheses across lines, comments; records
 * SOA, NS, A, AAAA, CNAME, MX, TXT) in the sealed filesystem. Queries get
 * authoritative answers (CNAME chains followed inside the zone, wildcards
 * as in RFC 4592), referrals for delegations (NS records below the apex:
 * the NS set in AUTHORITY, addresses of the name servers in ADDITIONAL, AA
 * off), NXDOMAIN or NODATA with the SOA in the authority section, REFUSED
 * outside the zone, FORMERR for malformed queries, NOTIMP for other opcodes
 * and zone transfers; MX and NS answers carry the targets' A/AAAA records
 * in ADDITIONAL. Replies use name compression, EDNS0 (RFC 6891: the
 * advertised size is honoured, an OPT is echoed, UDP replies are at most
 * 1232 bytes) and the TC bit when the answer does not fit.
 *
 * Arguments: [port] [zone file] [--memo] [--tcp] [--origin=NAME]. With --memo
 * the encoded replies are kept per query (the MirageOS "memo" variant): the
 * key is the whole query after its ID, with the question name's case
 * folded, and a hit is the stored reply with the ID and the question's
 * bytes (their case) copied in, byte for byte what computing it afresh
 * gives. With --tcp queries are answered over TCP as well (threads on
 * java.net sockets instead of mote.net.Udp).
 *
 * Speed: names are a tree of interned labels (no String per query); a query
 * is parsed in place, looked up label by label from the root with hashes
 * over the raw bytes, and encoded into one reused buffer, compressing names
 * by marks on the tree's nodes.
 */
public class Dns {
    static final int A = 1, NS = 2, CNAME = 5, SOA = 6, MX = 15, TXT = 16, AAAA = 28, OPT = 41;
    static final int IXFR = 251, AXFR = 252, ANY = 255;
    static final int NOERROR = 0, FORMERR = 1, NXDOMAIN = 3, NOTIMP = 4, REFUSED = 5, BADVERS = 16;
    /** The largest reply: 1232 bytes, as the DNS flag day 2020 advises (and the
     *  guest network sends no IP fragments, so one datagram must fit one frame). */
    static final int OUR_UDP_SIZE = 1232;

    // ---- names ------------------------------------------------------------

    /** A domain name: one label (lower case) under its parent; interned, so
     *  equal names are the same object. */
    static final class Name {
        final byte[] label;
        final Name parent;
        final int hash;
        final int depth; // labels, the root has 0
        Name next;       // chain in the name table
        Rr rrs, lastRr;  // the records owned by this name
        boolean exists;  // an owner or an empty non-terminal inside the zone
        boolean owner, hasNs, hasCname;
        Name wild;       // the existing "*" child, if any
        int mark, at;    // compression: written in reply number `mark` at offset `at`
        int seen;        // CNAME loop detection: visited in reply number `seen`
        byte[] wire;     // the whole name in wire form (lower case)

        int wireLen() {
            int n = 1;
            for (Name y = this; y.parent != null; y = y.parent) n += 1 + y.label.length;
            return n;
        }

        Name(byte[] label, Name parent, int hash) {
            this.label = label;
            this.parent = parent;
            this.hash = hash;
            this.depth = parent == null ? 0 : parent.depth + 1;
        }

        public String toString() {
            if (parent == null) return "";
            StringBuilder b = new StringBuilder();
            for (Name n = this; n.parent != null; n = n.parent) {
                if (b.length() > 0) b.append('.');
                for (byte c : n.label) b.append((char) (c & 0xff));
            }
            return b.toString();
        }
    }

    static final Name root = new Name(new byte[0], null, 0);
    static Name[] wireNames, byWire; // open addressing by Arrays.hashCode of the wire form
    static int[] wireHashes;

    /** The name whose wire form is `key` (lower case), or null. */
    static Name byWire(byte[] key) {
        Name[] t = byWire;
        int h = java.util.Arrays.hashCode(key), mask = t.length - 1;
        for (int i = h & mask; t[i] != null; i = (i + 1) & mask) {
            if (wireHashes[i] == h && java.util.Arrays.equals(t[i].wire, key)) return t[i];
        }
        return null;
    }
    static Name[] table = new Name[1024];
    static int names;

    static int labelHash(byte[] b, int s, int n) {
        int h = n;
        for (int i = s; i < s + n; i++) h = h * 31 + (b[i] | 0x20);
        return h;
    }

    static int mix(int parent, int label) {
        return (parent * 0x01000193) ^ label;
    }

    /** The child of `parent` whose label is b[s, s+n) (any case), or null. */
    static Name find(Name parent, byte[] b, int s, int n, int h) {
        for (Name x = table[h & (table.length - 1)]; x != null; x = x.next) {
            if (x.hash != h || x.parent != parent) continue;
            byte[] l = x.label;
            if (l.length != n) continue;
            int i = 0;
            while (i < n) {
                int c = b[s + i];
                if (c != l[i] && (c < 'A' || c > 'Z' || c + 32 != l[i])) break;
                i++;
            }
            if (i == n) return x;
        }
        return null;
    }

    /** The child of `parent` labelled b[s, s+n), made if new; null if a new
     *  label has a byte that is not printable ASCII. */
    static Name intern(Name parent, byte[] b, int s, int n) {
        int h = mix(parent.hash, labelHash(b, s, n));
        Name x = find(parent, b, s, n, h);
        if (x != null) return x;
        byte[] l = new byte[n];
        for (int i = 0; i < n; i++) {
            int c = b[s + i];
            if (c > 0x7e || c <= ' ') return null; // (a new name: its characters are checked once)
            l[i] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        x = new Name(l, parent, h);
        if (++names > table.length * 3 / 4) {
            Name[] t = new Name[table.length * 2];
            for (Name y : table) {
                while (y != null) {
                    Name nx = y.next;
                    y.next = t[y.hash & (t.length - 1)];
                    t[y.hash & (t.length - 1)] = y;
                    y = nx;
                }
            }
            table = t;
        }
        x.next = table[h & (table.length - 1)];
        table[h & (table.length - 1)] = x;
        return x;
    }

    /** One resource record. `head` is type, class, TTL (8 bytes); for
     *  records without names in their data it also holds RDLENGTH and RDATA. */
    static final class Rr {
        final Name owner;
        final int type;
        final long ttl;
        final Name[] names; // the domain names in the rdata, in order
        final byte[] before; // rdata bytes before the names (MX preference; all of A/AAAA/TXT)
        final byte[] after;  // rdata bytes after the names (SOA numbers)
        final byte[] head;
        final int maxWire;   // an upper bound of its encoded size
        Rr next;
        int mark;            // in the additional section of reply number `mark`

        Rr(Name owner, int type, long ttl, Name[] names, byte[] before, byte[] after) {
            this.owner = owner;
            this.type = type;
            this.ttl = ttl;
            this.names = names;
            this.before = before;
            this.after = after;
            byte[] h = new byte[names.length == 0 ? 10 + before.length : 8];
            h[0] = (byte) (type >> 8);
            h[1] = (byte) type;
            h[3] = 1;
            h[4] = (byte) (ttl >> 24);
            h[5] = (byte) (ttl >> 16);
            h[6] = (byte) (ttl >> 8);
            h[7] = (byte) ttl;
            if (names.length == 0) {
                h[8] = (byte) (before.length >> 8);
                h[9] = (byte) before.length;
                System.arraycopy(before, 0, h, 10, before.length);
            }
            head = h;
            maxWire = 256 + 10 + before.length + after.length + 256 * names.length;
        }

        boolean same(Rr o) {
            if (o.type != type || o.names.length != names.length) return false;
            for (int i = 0; i < names.length; i++) if (o.names[i] != names[i]) return false;
            return java.util.Arrays.equals(o.before, before) && java.util.Arrays.equals(o.after, after);
        }
    }

    static final class ZoneError extends Exception {
        ZoneError(String m) {
            super(m);
        }
    }

    // ---- the zone ---------------------------------------------------------

    static Name apex;
    static Rr soa, negativeSoa;
    static int recordCount;

    // the master file's tokens, entry by entry (decoded bytes in `tb`)
    static byte[] tb = new byte[4096];
    static int tbLen;
    static int[] tStart = new int[64], tEnd = new int[64];
    static boolean[] tQuoted = new boolean[64], tEscaped = new boolean[64];
    static int nTok;

    static String text(int t) {
        return new String(tb, tStart[t], tEnd[t] - tStart[t], java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static void tbPut(int c) {
        if (tbLen == tb.length) tb = java.util.Arrays.copyOf(tb, tb.length * 2);
        tb[tbLen++] = (byte) c;
    }

    static void newToken(boolean quoted) {
        if (nTok == tStart.length) {
            tStart = java.util.Arrays.copyOf(tStart, nTok * 2);
            tEnd = java.util.Arrays.copyOf(tEnd, nTok * 2);
            tQuoted = java.util.Arrays.copyOf(tQuoted, nTok * 2);
            tEscaped = java.util.Arrays.copyOf(tEscaped, nTok * 2);
        }
        tStart[nTok] = tbLen;
        tQuoted[nTok] = quoted;
        tEscaped[nTok] = false;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Token t is the word w (in upper case), ignoring case. */
    static boolean is(int t, String w) {
        int s = tStart[t], n = tEnd[t] - s;
        if (n != w.length()) return false;
        for (int i = 0; i < n; i++) {
            int c = tb[s + i];
            if (c >= 'a' && c <= 'z') c -= 32;
            if (c != w.charAt(i)) return false;
        }
        return true;
    }

    /** Token t in upper case packed into a long (up to 7 bytes), or -1. */
    static long word(int t) {
        int s = tStart[t], e = tEnd[t];
        if (e - s > 7 || tQuoted[t]) return -1;
        long w = 0;
        for (int i = s; i < e; i++) {
            int c = tb[i] & 0xff;
            if (c >= 'a' && c <= 'z') c -= 32;
            w = (w << 8) | c;
        }
        return w;
    }

    static long word(String s) {
        long w = 0;
        for (int i = 0; i < s.length(); i++) w = (w << 8) | s.charAt(i);
        return w;
    }

    static final long W_A = word("A"), W_AAAA = word("AAAA"), W_NS = word("NS"), W_CNAME = word("CNAME"),
        W_MX = word("MX"), W_TXT = word("TXT"), W_SOA = word("SOA"), W_IN = word("IN"), W_CH = word("CH"),
        W_HS = word("HS"), W_CS = word("CS");

    /** A TTL: digits, or BIND-style 1h30m (s, m, h, d, w). -1 when it is not one. */
    static long ttlOf(int t) {
        int s = tStart[t], e = tEnd[t];
        if (s == e || !isDigit(tb[s]) || tQuoted[t]) return -1;
        long total = 0, num = 0;
        boolean digits = false;
        for (int i = s; i < e; i++) {
            int c = tb[i];
            if (isDigit(c)) {
                num = num * 10 + (c - '0');
                if (num > 0xffffffffL) return -1;
                digits = true;
                continue;
            }
            if (!digits) return -1;
            long unit;
            switch (c | 0x20) {
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

    static long number(int t, int line, long max) throws ZoneError {
        long v = ttlOf(t);
        if (v < 0 || v > max) throw new ZoneError("line " + line + ": bad number " + text(t));
        return v;
    }

    /** The name token t means (relative to `origin`), interned. */
    static Name nameOf(int t, Name origin, int line) throws ZoneError {
        int s = tStart[t], e = tEnd[t];
        if (tQuoted[t] || tEscaped[t]) throw new ZoneError("line " + line + ": unsupported name " + (tQuoted[t] ? "\"" : "") + text(t));
        if (e - s == 1 && tb[s] == '@') {
            if (origin == null) throw new ZoneError("line " + line + ": '@' without $ORIGIN");
            return origin;
        }
        if (e - s == 1 && tb[s] == '.') return root;
        Name base;
        if (tb[e - 1] == '.') {
            base = root;
            e--;
        } else {
            if (origin == null) throw new ZoneError("line " + line + ": relative name without $ORIGIN");
            base = origin;
        }
        int wire = base.depth + 1;
        for (Name n = base; n.parent != null; n = n.parent) wire += n.label.length;
        // labels from the right
        Name n = base;
        int end = e;
        for (int i = e - 1; i >= s - 1; i--) {
            if (i == s - 1 || tb[i] == '.') {
                int len = end - i - 1;
                if (len == 0 || len > 63) throw new ZoneError("line " + line + ": bad label in " + text(t));
                wire += len + 1;
                n = intern(n, tb, i + 1, len);
                if (n == null) throw new ZoneError("line " + line + ": bad character in " + text(t));
                end = i;
            }
        }
        if (wire > 255) throw new ZoneError("line " + line + ": name too long: " + text(t));
        return n;
    }

    static byte[] ipv4(int t, int line) throws ZoneError {
        byte[] out = new byte[4], b = tb;
        int i = tStart[t], e = tEnd[t];
        boolean ok = !tQuoted[t];
        for (int part = 0; part < 4 && ok; part++) {
            int v = 0, s = i;
            while (i < e) {
                int c = b[i];
                if (c < '0' || c > '9') break;
                v = v * 10 + c - '0';
                i++;
            }
            if (i == s || i - s > 3 || v > 255) ok = false;
            out[part] = (byte) v;
            if (part < 3) {
                if (i < e && b[i] == '.') i++;
                else ok = false;
            }
        }
        if (!ok || i != e) throw new ZoneError("line " + line + ": bad IPv4 address " + text(t));
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
            char ch = g.charAt(i);
            int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
            if (d < 0) throw new ZoneError("line " + line + ": bad IPv6 address " + s);
            v = v * 16 + d;
        }
        out[at] = (byte) (v >> 8);
        out[at + 1] = (byte) v;
    }

    static String[] split(String s, char sep) {
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return parts.toArray(new String[0]);
    }

    static void need(int have, int want, int line, String type) throws ZoneError {
        if (have != want) throw new ZoneError("line " + line + ": " + type + " needs " + want + " field(s), not " + have);
    }

    static final byte[] NONE = new byte[0];
    /** Bytes that continue an unquoted token without escapes (printable ASCII
     *  but for ; ( ) " and the backslash). */
    static final boolean[] PLAIN = new boolean[256];

    static {
        for (int c = '!'; c < 0x7f; c++) PLAIN[c] = c != ';' && c != '(' && c != ')' && c != '"' && c != '\\';
    }
    static final Name[] NO_NAMES = new Name[0];

    /** Reads the master file: tokens entry by entry, each entry a record or directive. */
    static void load(String file, String originArg) throws Exception {
        byte[] f = Files.readAllBytes(Path.of(file));
        Name origin = null;
        if (originArg != null && !originArg.isEmpty()) {
            byte[] o = originArg.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            int end = o.length;
            origin = root;
            for (int i = o.length - 1; i >= -1; i--) {
                if (i == -1 || o[i] == '.') {
                    if (end - i - 1 > 0) origin = intern(origin, o, i + 1, end - i - 1);
                    if (origin == null) throw new ZoneError("bad character in --origin=" + originArg);
                    end = i;
                }
            }
        } else if (originArg != null) {
            origin = root;
        }
        Name prevOwner = null;
        long defaultTtl = -1, lastTtl = -1;
        int p = 0, n = f.length, line = 0, depth = 0, entryLine = 0;
        boolean blankOwner = false;
        nTok = 0;
        tbLen = 0;
        while (p <= n) {
            // one physical line: tokens up to its '\n' (or a comment)
            line++;
            if (depth == 0) {
                nTok = 0;
                tbLen = 0;
                entryLine = line;
                blankOwner = p < n && (f[p] == ' ' || f[p] == '\t');
            }
            int i = p;
            while (i < n) {
                int c = f[i];
                if (c == '\n') {
                    break;
                } else if (c == ' ' || c == '\t' || c == '\r') {
                    i++;
                } else if (c == ';') {
                    while (i < n && f[i] != '\n') i++;
                    break;
                } else if (c == '(') {
                    depth++;
                    i++;
                } else if (c == ')') {
                    if (depth == 0) throw new ZoneError("line " + line + ": ')' without '('");
                    depth--;
                    i++;
                } else if (c == '"') {
                    newToken(true);
                    boolean closed = false;
                    i++;
                    while (i < n) {
                        c = f[i];
                        if (c == '\n') break;
                        if (c == '"') {
                            closed = true;
                            i++;
                            break;
                        }
                        if (c == '\\' && i + 1 < n && f[i + 1] != '\n') {
                            i = escape(f, i, n, line);
                            continue;
                        }
                        tbPut(c);
                        i++;
                    }
                    if (!closed) throw new ZoneError("line " + line + ": unclosed quote");
                    tEnd[nTok++] = tbLen;
                } else {
                    newToken(false);
                    for (;;) {
                        // runs of plain bytes are copied at once
                        int s0 = i;
                        while (i < n && PLAIN[f[i] & 0xff]) i++;
                        if (tbLen + (i - s0) > tb.length) tb = java.util.Arrays.copyOf(tb, 2 * (tbLen + i - s0));
                        System.arraycopy(f, s0, tb, tbLen, i - s0);
                        tbLen += i - s0;
                        if (i >= n) break;
                        c = f[i];
                        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '(' || c == ')' || c == '"') break;
                        // an escape, or a byte that is not printable ASCII
                        if (c == '\\' && i + 1 < n && f[i + 1] != '\n') {
                            tEscaped[nTok] = true;
                            i = escape(f, i, n, line);
                        } else {
                            tbPut(c);
                            i++;
                        }
                    }
                    tEnd[nTok++] = tbLen;
                }
            }
            int eol = i;
            p = eol + 1;
            if (depth > 0 || nTok == 0) continue;
            // one entry
            int ln = entryLine;
            if (tb[tStart[0]] == '$' && !tQuoted[0]) {
                if (is(0, "$ORIGIN") && nTok == 2) {
                    if (tb[tEnd[1] - 1] != '.' || tQuoted[1]) throw new ZoneError("line " + ln + ": $ORIGIN must be absolute");
                    origin = nameOf(1, origin, ln);
                } else if (is(0, "$TTL") && nTok == 2) {
                    defaultTtl = number(1, ln, 0x7fffffffL);
                } else {
                    throw new ZoneError("line " + ln + ": unsupported directive " + text(0));
                }
                continue;
            }
            int k = 0;
            Name owner;
            if (blankOwner) {
                if (prevOwner == null) throw new ZoneError("line " + ln + ": no owner name");
                owner = prevOwner;
            } else {
                owner = nameOf(k++, origin, ln);
            }
            long ttl = -1, cw = -1;
            for (int round = 0; round < 2 && k < nTok; round++) {
                long v;
                cw = -1;
                if (ttl < 0 && tb[tStart[k]] >= '0' && tb[tStart[k]] <= '9' && (v = ttlOf(k)) >= 0) {
                    ttl = v;
                    k++;
                } else if ((cw = word(k)) == W_IN) {
                    cw = -1;
                    k++;
                } else if (cw == W_CH || cw == W_HS || cw == W_CS) {
                    throw new ZoneError("line " + ln + ": only class IN is served");
                } else {
                    break;
                }
            }
            if (k >= nTok) throw new ZoneError("line " + ln + ": no record type");
            int tt = k++;
            long w = cw != -1 ? cw : word(tt); // the loop above stopped at this token
            if (ttl < 0) ttl = defaultTtl >= 0 ? defaultTtl : lastTtl;
            if (ttl < 0 && w != W_SOA) throw new ZoneError("line " + ln + ": no TTL and no $TTL");
            int nargs = nTok - k;
            Rr rr;
            if (w == W_A) {
                need(nargs, 1, ln, "A");
                rr = new Rr(owner, A, ttl, NO_NAMES, ipv4(k, ln), NONE);
            } else if (w == W_AAAA) {
                need(nargs, 1, ln, "AAAA");
                rr = new Rr(owner, AAAA, ttl, NO_NAMES, ipv6(text(k), ln), NONE);
            } else if (w == W_NS || w == W_CNAME) {
                String type = w == W_NS ? "NS" : "CNAME";
                need(nargs, 1, ln, type);
                rr = new Rr(owner, type.equals("NS") ? NS : CNAME, ttl, new Name[] {nameOf(k, origin, ln)}, NONE, NONE);
            } else if (w == W_MX) {
                need(nargs, 2, ln, "MX");
                long pref = number(k, ln, 65535);
                rr = new Rr(owner, MX, ttl, new Name[] {nameOf(k + 1, origin, ln)},
                            new byte[] {(byte) (pref >> 8), (byte) pref}, NONE);
            } else if (w == W_TXT) {
                if (nargs < 1) throw new ZoneError("line " + ln + ": TXT needs a string");
                int total = 0;
                for (int i2 = k; i2 < nTok; i2++) {
                    int len = tEnd[i2] - tStart[i2];
                    if (len > 255) throw new ZoneError("line " + ln + ": TXT string longer than 255 bytes");
                    total += 1 + len;
                }
                if (total > 65535) throw new ZoneError("line " + ln + ": TXT too long");
                byte[] b = new byte[total];
                int at = 0;
                for (int i2 = k; i2 < nTok; i2++) {
                    int len = tEnd[i2] - tStart[i2];
                    b[at++] = (byte) len;
                    System.arraycopy(tb, tStart[i2], b, at, len);
                    at += len;
                }
                rr = new Rr(owner, TXT, ttl, NO_NAMES, b, NONE);
            } else if (w == W_SOA) {
                need(nargs, 7, ln, "SOA");
                byte[] nums = new byte[20];
                for (int i2 = 0; i2 < 5; i2++) {
                    long v = number(k + 2 + i2, ln, 0xffffffffL);
                    nums[4 * i2] = (byte) (v >> 24);
                    nums[4 * i2 + 1] = (byte) (v >> 16);
                    nums[4 * i2 + 2] = (byte) (v >> 8);
                    nums[4 * i2 + 3] = (byte) v;
                }
                if (ttl < 0) ttl = number(k + 6, ln, 0x7fffffffL);
                rr = new Rr(owner, SOA, ttl, new Name[] {nameOf(k, origin, ln), nameOf(k + 1, origin, ln)}, NONE, nums);
                if (soa != null) throw new ZoneError("line " + ln + ": a second SOA");
                soa = rr;
            } else {
                throw new ZoneError("line " + ln + ": unsupported record type " + text(tt).toUpperCase());
            }
            lastTtl = ttl;
            prevOwner = owner;
            add(rr);
        }
        if (depth > 0) throw new ZoneError("'(' not closed at the end of the file");
        if (soa == null) throw new ZoneError("no SOA record");
        apex = soa.owner;
        // every owner is in the zone; it and its ancestors up to the apex exist
        for (Name x : table) {
            for (; x != null; x = x.next) {
                if (!x.owner) continue;
                Name y = x;
                while (y != null && y != apex) y = y.parent;
                if (y == null) throw new ZoneError("record outside the zone " + apex + ": " + x);
                if (x.hasCname && x.rrs.next != null) throw new ZoneError("CNAME and other data at " + x);
                for (y = x; !y.exists; y = y.parent) {
                    y.exists = true;
                    if (y.label.length == 1 && y.label[0] == '*') y.parent.wild = y;
                    if (y == apex) break;
                }
            }
        }
        long min = ((soa.after[16] & 0xffL) << 24) | ((soa.after[17] & 0xff) << 16) | ((soa.after[18] & 0xff) << 8) | (soa.after[19] & 0xff);
        negativeSoa = new Rr(soa.owner, SOA, Math.min(soa.ttl, min), soa.names, soa.before, soa.after);
        // every name by its whole wire form, for the queries' first look-up
        int slots = Integer.highestOneBit(Math.max(16, names * 2)) * 2;
        wireNames = new Name[slots];
        wireHashes = new int[slots];
        for (Name x : table) {
            for (; x != null; x = x.next) {
                byte[] w = new byte[x.wireLen()];
                int wp = 0;
                for (Name y = x; y.parent != null; y = y.parent) {
                    w[wp++] = (byte) y.label.length;
                    System.arraycopy(y.label, 0, w, wp, y.label.length);
                    wp += y.label.length;
                }
                x.wire = w;
                int h = java.util.Arrays.hashCode(w), i = h & (slots - 1);
                while (wireNames[i] != null) i = (i + 1) & (slots - 1);
                wireNames[i] = x;
                wireHashes[i] = h;
            }
        }
        byWire = wireNames;
    }

    /** Decodes the escape at f[i] ('\\') into tb; the index after it. */
    static int escape(byte[] f, int i, int eol, int line) throws ZoneError {
        if (i + 3 < eol && isDigit(f[i + 1]) && isDigit(f[i + 2]) && isDigit(f[i + 3])) {
            int v = (f[i + 1] - '0') * 100 + (f[i + 2] - '0') * 10 + (f[i + 3] - '0');
            if (v > 255) throw new ZoneError("line " + line + ": bad escape");
            tbPut(v);
            return i + 4;
        }
        tbPut(f[i + 1]);
        return i + 2;
    }

    static void add(Rr rr) {
        Name o = rr.owner;
        for (Rr r = o.rrs; r != null; r = r.next) {
            if (r.same(rr)) return; // identical records are one record (RFC 2181 5)
        }
        if (o.rrs == null) o.rrs = rr;
        else o.lastRr.next = rr;
        o.lastRr = rr;
        o.owner = true;
        if (rr.type == NS) o.hasNs = true;
        if (rr.type == CNAME) o.hasCname = true;
        recordCount++;
    }

    // ---- answering --------------------------------------------------------

    static final int MAX_RRS = 4096;
    /** The sections being built: records and their owners (null: the question's name). */
    static Rr[] secRr = new Rr[MAX_RRS];
    static Name[] secOwner = new Name[MAX_RRS];
    static int nAns, nAuth, nExtra; // answer [0, nAns), authority [nAns, nAuth), additional [nAuth, nExtra)
    static boolean full;
    static int epoch;

    static void put(Rr r, Name owner) {
        if (nExtra == MAX_RRS) {
            full = true;
            return;
        }
        secRr[nExtra] = r;
        secOwner[nExtra++] = owner;
    }

    /** Adds the A and AAAA records of `target` to the additional section (once each). */
    static void addresses(Name target) {
        if (!target.exists) return;
        for (Rr x = target.rrs; x != null; x = x.next) {
            if ((x.type == A || x.type == AAAA) && x.mark != epoch) {
                x.mark = epoch;
                put(x, target);
            }
        }
    }

    /** The zone cut at or above `n` (NS records below the apex), or null. */
    static Name cutOf(Name n) {
        Name cut = null;
        for (; n != null && n != apex; n = n.parent) {
            if (n.hasNs && n.exists) cut = n;
        }
        return cut;
    }

    static boolean inZone(Name n) {
        while (n != null && n.depth > apex.depth) n = n.parent;
        return n == apex;
    }

    /**
     * Fills the sections for the name `deep` with `extra` more labels in
     * front of it that are in no name of the zone (the question is
     * extra-labels + deep; owner null means the question's own name).
     * Returns the RCODE, or -1 for a referral (authoritative answer off).
     */
    static int lookup(Name deep, int extra, int qtype) {
        Name ownerName = extra == 0 ? deep : null;
        boolean first = true;
        for (int hops = 0; hops < 16; hops++) {
            Name cut = cutOf(deep);
            if (cut != null) {
                // a referral: the CNAMEs so far are the answer, the cut's NS set
                // the authority, the name servers' addresses the additional data
                nAns = nExtra;
                for (Rr r = cut.rrs; r != null; r = r.next) if (r.type == NS) put(r, cut);
                nAuth = nExtra;
                for (int i = nAns; i < nAuth; i++) addresses(secRr[i].names[0]);
                return first ? -1 : NOERROR;
            }
            Name node;
            if (extra == 0 && deep.exists) {
                node = deep;
            } else {
                Name ce = deep;
                while (!ce.exists) ce = ce.parent;
                if (ce.wild == null) {
                    nAns = nExtra;
                    put(negativeSoa, soa.owner);
                    nAuth = nExtra;
                    return NXDOMAIN;
                }
                node = ce.wild;
            }
            boolean found = false;
            Rr cname = null;
            for (Rr r = node.rrs; r != null; r = r.next) {
                if (qtype == ANY || r.type == qtype) {
                    put(r, ownerName);
                    found = true;
                }
                if (r.type == CNAME) cname = r;
            }
            if (found) {
                nAns = nAuth = nExtra;
                for (int i = 0; i < nAns; i++) {
                    Rr r = secRr[i];
                    if (r.type == MX || r.type == NS) addresses(r.names[0]);
                }
                return NOERROR;
            }
            if (cname != null) {
                put(cname, ownerName);
                Name t = cname.names[0];
                nAns = nAuth = nExtra;
                if (!inZone(t) || t.seen == epoch) return NOERROR;
                t.seen = epoch;
                deep = t;
                ownerName = t;
                extra = 0;
                first = false;
                continue;
            }
            nAns = nExtra;
            put(negativeSoa, soa.owner);
            nAuth = nExtra;
            return NOERROR;
        }
        nAns = nAuth = nExtra;
        return NOERROR;
    }

    // the reply being encoded
    static final byte[] out = new byte[65536 + 512];
    static int len;

    static void u8(int v) {
        out[len++] = (byte) v;
    }

    static void u16(int v) {
        out[len++] = (byte) (v >> 8);
        out[len++] = (byte) v;
    }

    static void put16(int at, int v) {
        out[at] = (byte) (v >> 8);
        out[at + 1] = (byte) v;
    }

    /** Writes `n` with compression against the names marked in this reply. */
    static void name(Name n) {
        for (; n.parent != null; n = n.parent) {
            if (n.mark == epoch) {
                u16(0xC000 | n.at);
                return;
            }
            if (len < 0x4000) {
                n.mark = epoch;
                n.at = len;
            }
            byte[] l = n.label;
            out[len++] = (byte) l.length;
            System.arraycopy(l, 0, out, len, l.length);
            len += l.length;
        }
        out[len++] = 0;
    }

    static void rr(Rr r, Name owner) {
        if (owner == null) u16(0xC00C);
        else name(owner);
        byte[] h = r.head;
        System.arraycopy(h, 0, out, len, h.length);
        len += h.length;
        if (r.names.length == 0) return;
        int at = len;
        len += 2;
        System.arraycopy(r.before, 0, out, len, r.before.length);
        len += r.before.length;
        for (Name x : r.names) name(x);
        System.arraycopy(r.after, 0, out, len, r.after.length);
        len += r.after.length;
        put16(at, len - at - 2);
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

    // ---- memo -------------------------------------------------------------

    static boolean memo;

    /** Replies by query: open addressing over `MEMO_SLOTS` slots per transport. */
    static final class Memo {
        final int[] hashes;
        final byte[][] keys, replies;
        final int[] qends;

        Memo(int slots) {
            hashes = new int[slots];
            keys = new byte[slots][];
            replies = new byte[slots][];
            qends = new int[slots];
        }
    }

    static final int MEMO_SLOTS = 1 << 15, MEMO_PROBES = 8;
    static Memo memoUdp, memoTcp;

    /** A copy of q with the letters of its question name in lower case, or
     *  null when there are none in upper case (or the name is malformed). */
    static byte[] folded(byte[] q, int n) {
        byte[] f = null;
        int p = 12;
        while (p < n) {
            int len = q[p];
            if (len == 0) return f;
            if (len < 0 || len > 63 || p + 1 + len > n) return null;
            for (int i = p + 1; i <= p + len; i++) {
                int c = q[i];
                if (c >= 'A' && c <= 'Z') {
                    if (f == null) f = q.clone();
                    f[i] = (byte) (c + 32);
                }
            }
            p += 1 + len;
        }
        return null;
    }

    /** The memoised reply for key (a query with ID 0 and its name in lower
     *  case) hashing to h, or null. */
    static byte[] memoGet(Memo m, byte[] key, int h) {
        int mask = MEMO_SLOTS - 1;
        for (int k = 0; k < MEMO_PROBES; k++) {
            int slot = (h + k) & mask;
            byte[] x = m.keys[slot];
            if (x == null) return null;
            if (m.hashes[slot] == h && java.util.Arrays.equals(x, key)) {
                qend = m.qends[slot];
                return m.replies[slot];
            }
        }
        return null;
    }

    static int qend; // the question's end in the last memoGet hit

    /** Looks q up: as it is, then (if its name has capitals) folded. The
     *  reply carries q's ID and question; a copy when `copy` or when q's
     *  question differs from the stored one in case (else the stored array,
     *  valid until the next query). */
    static byte[] memoLookup(Memo m, byte[] q, int n, boolean copy) {
        byte i0 = q[0], i1 = q[1];
        byte[] r = null;
        if (!exactMissed) {
            q[0] = 0;
            q[1] = 0;
            r = memoGet(m, q, java.util.Arrays.hashCode(q));
            q[0] = i0;
            q[1] = i1;
        }
        if (r == null) {
            byte[] f = folded(q, n);
            foldedOf = q;
            foldedKey = f; // memoPut's key if this query is answered afresh
            if (f == null) return null;
            f[0] = 0;
            f[1] = 0;
            r = memoGet(m, f, java.util.Arrays.hashCode(f));
            if (r == null) return null;
            copy = true; // the stored reply keeps the key's (lower-case) question
        }
        if (copy) r = r.clone();
        // the question as this query asked it (the stored one may differ in case)
        System.arraycopy(q, 12, r, 12, qend - 12);
        r[0] = i0;
        r[1] = i1;
        return r;
    }

    /** The query memoLookup last folded, and the result (null: no capitals). */
    static byte[] foldedOf, foldedKey;

    /** Set by UdpQueries while it hands handle() a query it has just
     *  looked up as it is (ID 0) and not found: handle() skips that lookup. */
    static boolean exactMissed;

    static void memoPut(Memo m, byte[] q, int qend, byte[] reply) {
        byte[] key = foldedOf == q ? foldedKey : folded(q, q.length);
        foldedOf = null;
        foldedKey = null;
        if (key == null) key = q.clone();
        key[0] = 0;
        key[1] = 0;
        int h = java.util.Arrays.hashCode(key);
        int mask = MEMO_SLOTS - 1, slot = h & mask;
        for (int k = 0; k < MEMO_PROBES; k++) {
            if (m.keys[(h + k) & mask] == null) {
                slot = (h + k) & mask;
                break;
            }
        }
        byte[] r = reply.clone();
        System.arraycopy(key, 12, r, 12, qend - 12); // the question in lower case, as in the key
        m.hashes[slot] = h;
        m.keys[slot] = key;
        m.qends[slot] = qend;
        m.replies[slot] = r;
    }

    // ---- one query ----------------------------------------------------------

    static final int[] labelAt = new int[128];

    static byte[] handle(byte[] q) {
        return handle(q, false);
    }

    /** The reply to one query (null for none); over TCP nothing is truncated.
     *  Not thread-safe: callers on several threads hold the class lock. */
    static byte[] handle(byte[] q, boolean tcp) {
        int n = q.length;
        if (n < 12) return null; // not even a header: nothing to answer
        int flags = ((q[2] & 0xff) << 8) | (q[3] & 0xff);
        if ((flags & 0x8000) != 0) return null; // a response: never answer one
        Memo m = null;
        if (memo) {
            m = tcp ? memoTcp : memoUdp;
            if (!tcp && !exactMissed) {
                // the usual hit, inline: the query as it is (ID 0) in its home slot
                byte i0 = q[0], i1 = q[1];
                q[0] = 0;
                q[1] = 0;
                int h = java.util.Arrays.hashCode(q), slot = h & (MEMO_SLOTS - 1);
                byte[] x = m.keys[slot];
                if (x != null && m.hashes[slot] == h && java.util.Arrays.equals(x, q)) {
                    byte[] r = m.replies[slot]; // its question is the key's, which is q's
                    r[0] = q[0] = i0;
                    r[1] = q[1] = i1;
                    return r;
                }
                q[0] = i0;
                q[1] = i1;
            }
            byte[] hit = memoLookup(m, q, n, tcp);
            if (hit != null) return hit;
        }
        int opcode = (flags >> 11) & 0xf;
        if (opcode != 0) return headerOnly(q, NOTIMP);
        if (q[4] != 0 || q[5] != 1) return headerOnly(q, FORMERR);
        int others = ((q[6] & 0xff) << 8 | (q[7] & 0xff)) + ((q[8] & 0xff) << 8 | (q[9] & 0xff)) + ((q[10] & 0xff) << 8 | (q[11] & 0xff));
        int nlabels = 0, p = 12, wire = 1;
        while (true) {
            if (p >= n) return headerOnly(q, FORMERR);
            int len = q[p] & 0xff;
            if (len == 0) {
                p++;
                break;
            }
            if (len > 63) return headerOnly(q, FORMERR); // pointers have nothing to point to here
            if (p + 1 + len > n) return headerOnly(q, FORMERR);
            wire += len + 1;
            if (wire > 255) return headerOnly(q, FORMERR);
            labelAt[nlabels++] = p;
            p += 1 + len;
        }
        if (p + 4 > n) return headerOnly(q, FORMERR);
        int qtype = (q[p] & 0xff) << 8 | (q[p + 1] & 0xff), qclass = (q[p + 2] & 0xff) << 8 | (q[p + 3] & 0xff);
        int qend = p + 4;

        int ednsSize = -1, ednsVersion = 0;
        boolean dnssecOk = false;
        p = qend;
        for (int i = 0; i < others; i++) {
            int start = p;
            p = skipName(q, p);
            if (p < 0 || p + 10 > n) return headerOnly(q, FORMERR);
            int type = u16(q, p), cls = u16(q, p + 2), rdlen = u16(q, p + 8);
            if (p + 10 + rdlen > n) return headerOnly(q, FORMERR);
            if (type == OPT) {
                if (i < u16(q, 6) + u16(q, 8) || ednsSize >= 0 || q[start] != 0) return headerOnly(q, FORMERR);
                ednsSize = Math.max(512, cls);
                ednsVersion = q[p + 5] & 0xff;
                dnssecOk = (q[p + 6] & 0x80) != 0;
            }
            p += 10 + rdlen;
        }

        epoch++;
        // the question's name: first whole (the usual case: a name of the
        // zone), else label by label from the root
        Name deep = null;
        int extra = 0;
        if (byWire != null) {
            byte[] key = java.util.Arrays.copyOfRange(q, 12, qend - 4);
            deep = byWire(key);
            if (deep == null) {
                byte[] f = folded(q, qend - 4);
                if (f != null) deep = byWire(java.util.Arrays.copyOfRange(f, 12, qend - 4));
            }
        }
        if (deep == null) {
            deep = root;
            extra = nlabels;
        }
        while (extra > 0) {
            int at = labelAt[extra - 1], ll = q[at];
            Name c = find(deep, q, at + 1, ll, mix(deep.hash, labelHash(q, at + 1, ll)));
            if (c == null) break;
            deep = c;
            extra--;
        }
        // its suffixes in the zone's names point into the question
        Name x = deep;
        for (int i = extra; x.parent != null; i++, x = x.parent) {
            x.mark = epoch;
            x.at = labelAt[i];
        }

        nAns = nAuth = nExtra = 0;
        full = false;
        int rcode;
        boolean aa = false;
        if (ednsSize >= 0 && ednsVersion != 0) {
            rcode = BADVERS;
        } else if (qtype == AXFR || qtype == IXFR) {
            rcode = NOTIMP; // no zone transfers
        } else if ((qclass != 1 && qclass != ANY) || !inZone(deep)) {
            rcode = REFUSED;
        } else {
            deep.seen = epoch;
            rcode = lookup(deep, extra, qtype);
            aa = rcode >= 0;
            if (rcode < 0) rcode = NOERROR;
        }

        int limit = tcp ? 65535 : ednsSize >= 0 ? Math.min(ednsSize, OUR_UDP_SIZE) : 512;
        int room = limit - (ednsSize >= 0 ? 11 : 0);
        byte[] o = out;
        o[0] = q[0];
        o[1] = q[1];
        o[4] = 0;
        o[5] = 1; // counts other than QDCOUNT are put in at the end
        System.arraycopy(q, 12, o, 12, qend - 12); // the question as asked (case kept)
        len = qend;
        int afterQuestion = len;
        boolean tc = full;
        int nans = nAns, nauth = nAuth - nAns, nextra = 0;
        for (int i = 0; i < nAuth && !tc; i++) {
            if (len + secRr[i].maxWire > 65535) tc = true;
            else rr(secRr[i], secOwner[i]);
        }
        if (tc || len > room) {
            tc = true;
            len = afterQuestion;
            nans = nauth = 0;
        } else {
            for (int i = nAuth; i < nExtra; i++) {
                int mark = len;
                if (len + secRr[i].maxWire > 65535) break;
                rr(secRr[i], secOwner[i]);
                if (len > room) {
                    len = mark; // no name is written after this, so no mark points past it
                    break;
                }
                nextra++;
            }
        }
        if (ednsSize >= 0) {
            int l = len;
            o[l] = 0;
            o[l + 1] = 0;
            o[l + 2] = OPT;
            o[l + 3] = (byte) (OUR_UDP_SIZE >> 8);
            o[l + 4] = (byte) OUR_UDP_SIZE;
            o[l + 5] = (byte) (rcode >> 4);
            o[l + 6] = 0;
            o[l + 7] = (byte) (dnssecOk ? 0x80 : 0);
            o[l + 8] = 0;
            o[l + 9] = 0;
            o[l + 10] = 0;
            len = l + 11;
            nextra++;
        }
        int fl = 0x8000 | (aa ? 0x0400 : 0) | (tc ? 0x0200 : 0) | (flags & 0x0100) | (flags & 0x0010) | (rcode & 0xf);
        o[2] = (byte) (fl >> 8);
        o[3] = (byte) fl;
        o[6] = (byte) (nans >> 8);
        o[7] = (byte) nans;
        o[8] = (byte) (nauth >> 8);
        o[9] = (byte) nauth;
        o[10] = (byte) (nextra >> 8);
        o[11] = (byte) nextra;
        byte[] reply = java.util.Arrays.copyOf(out, len);
        if (memo) memoPut(m, q, qend, reply);
        return reply;
    }

    /** Scratch copies of UDP queries by length (reused: a memo hit allocates nothing). */
    static final byte[][] scratch = new byte[513][];

    /** UDP queries, answered in place (a class rather than a lambda, and
     *  the work in its one method: fewer calls per query). A query in
     *  buf[0, n) is answered in buf: the reply's length, or -1 for none. A
     *  memo hit on the query as it is (ID 0) is served without allocating;
     *  everything else goes to handle(). */
    static final class UdpQueries implements Udp.InPlace {
        public int handle(byte[] buf, int n) {
            try {
                if (memo && n >= 12 && n < scratch.length && (buf[2] & 0x80) == 0) {
                    byte[] q = scratch[n];
                    if (q == null) q = scratch[n] = new byte[n];
                    System.arraycopy(buf, 0, q, 0, n);
                    q[0] = 0;
                    q[1] = 0;
                    int h = java.util.Arrays.hashCode(q), slot = h & (MEMO_SLOTS - 1);
                    byte[] x = memoUdp.keys[slot], r;
                    if (x != null && memoUdp.hashes[slot] == h && java.util.Arrays.equals(x, q)) r = memoUdp.replies[slot];
                    else r = x == null ? null : memoGet(memoUdp, q, h);
                    if (r != null) { // its question is the key's, which is the query's
                        byte i0 = buf[0], i1 = buf[1];
                        System.arraycopy(r, 0, buf, 0, r.length);
                        buf[0] = i0;
                        buf[1] = i1;
                        return r.length;
                    }
                    exactMissed = true;
                }
                byte[] q = new byte[n];
                System.arraycopy(buf, 0, q, 0, n);
                byte[] r;
                try {
                    r = Dns.handle(q, false);
                } finally {
                    exactMissed = false;
                }
                if (r == null) return -1;
                System.arraycopy(r, 0, buf, 0, r.length);
                return r.length;
            } catch (RuntimeException e) {
                System.out.println("dns: dropped a query: " + e);
                return -1;
            }
        }
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
            System.out.println("dns: serving " + (apex == root ? "." : apex.toString()) + " (" + recordCount + " records) on UDP and TCP port " + port);
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

    /** handle() for threads: one at a time; UDP replies are copied (a memo hit
     *  hands out the stored array, which the next query patches). */
    static byte[] safeHandle(byte[] q, boolean tcp) {
        try {
            synchronized (Dns.class) {
                byte[] r = handle(q, tcp);
                return r == null || tcp ? r : r.clone();
            }
        } catch (RuntimeException e) {
            System.out.println("dns: dropped a query: " + e);
            return null;
        }
    }

    static boolean tcp;

    /** A port number (digits only; Integer.parseInt would pull in the
     *  Character tables, whose set-up costs tens of ms at boot). */
    static int portOf(String a) {
        int v = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (!isDigit(c) || v > 65535) {
                System.out.println("dns: bad port " + a);
                System.exit(2);
            }
            v = v * 10 + (c - '0');
        }
        if (v > 65535) {
            System.out.println("dns: bad port " + a);
            System.exit(2);
        }
        return v;
    }

    public static void main(String[] args) {
        int port = 53;
        String file = "/example.test.zone", originArg = null;
        for (String a : args) {
            if (a.equals("--memo")) memo = true;
            else if (a.equals("--tcp")) tcp = true;
            else if (a.startsWith("--origin=")) originArg = a.substring(9);
            else if (!a.isEmpty() && isDigit(a.charAt(0))) port = portOf(a);
            else file = a;
        }
        if (originArg == null) {
            String base = file.substring(file.lastIndexOf('/') + 1);
            originArg = base.endsWith(".zone") ? base.substring(0, base.length() - 5) : null;
        }
        long t0 = System.nanoTime();
        try {
            if (originArg != null && originArg.endsWith(".")) originArg = originArg.substring(0, originArg.length() - 1);
            load(file, originArg);
        } catch (ZoneError e) {
            System.out.println("dns: " + file + ": " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.out.println("dns: cannot read " + file + ": " + e);
            System.exit(1);
        }
        System.out.println("dns: loaded " + recordCount + " records in " + (System.nanoTime() - t0) / 1000000 + " ms");
        if (memo) {
            memoUdp = new Memo(MEMO_SLOTS);
            memoTcp = new Memo(MEMO_SLOTS);
            System.out.println("dns: memoising replies");
        }
        if (tcp) {
            serveBoth(port);
            return;
        }
        Udp.bindInPlace(port, new UdpQueries());
        System.out.println("dns: serving " + (apex == root ? "." : apex.toString()) + " (" + recordCount + " records) on UDP port " + port);
        Udp.listen();
    }
}
