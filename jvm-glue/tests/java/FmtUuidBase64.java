import java.util.*;
public class FmtUuidBase64 {
    static void u(String s) {
        try { UUID x = UUID.fromString(s); System.out.println(s + " -> " + x + " v" + x.version() + " var" + x.variant()); }
        catch (Exception e) { System.out.println(s + " -> " + e.getClass().getName() + ": " + e.getMessage()); }
    }
    static void d(Base64.Decoder dec, String s) {
        try { System.out.println(s + " -> " + Arrays.toString(dec.decode(s))); }
        catch (Exception e) { System.out.println(s + " -> " + e.getClass().getName() + ": " + e.getMessage()); }
    }
    public static void main(String[] a) {
        u("123e4567-e89b-12d3-a456-426614174000"); u("1-2-3-4-5"); u("zz-2-3-4-5"); u("1-2-3-4"); u("1-2-3-4-5-6"); u("");
        u("123e4567-e89b-12d3-a456-4266141740001"); u("123e4567e89b-12d3-a456-426614174000-"); u("123456789-1-1-1-1"); u("1-12345-1-1-1"); u("-1-1-1-1");
        u("1-1-1-1-"); u("1-1-1-1-12345678901234567"); u("fffffffff-1-1-1-1"); u("g23e4567-e89b-12d3-a456-426614174000"); u("123e4567+e89b-12d3-a456-426614174000");
        UUID n = UUID.nameUUIDFromBytes("hello".getBytes()); System.out.println(n + " " + n.version() + " " + n.variant() + " " + n.hashCode());
        System.out.println(UUID.nameUUIDFromBytes(new byte[0]));
        System.out.println(new UUID(-1, 0).compareTo(new UUID(1, 0)) + " " + new UUID(0, 5));
        try { n.timestamp(); } catch (Exception e) { System.out.println(e); }
        Base64.Decoder b = Base64.getDecoder();
        d(b, "aGVsbG8="); d(b, "aGVsbG8"); d(b, "aGVsbG"); d(b, "aGVsb"); d(b, "a"); d(b, "aGVs-G8="); d(b, "aGVsbG8=="); d(b, "aGVsbG8=x"); d(b, "aGVsbA=="); d(b, "aGVsbB=="); d(b, "aGVsbG9="); d(b, "====");
        d(b, "aG Vs"); d(b, "aGVsbG8=\n"); d(b, "aGV="); d(b, "aG=="); d(b, "aG="); d(b, "aGVsbG8=aGVs"); d(Base64.getUrlDecoder(), "_-8="); d(b, "_-8="); d(Base64.getMimeDecoder(), "aG Vs\r\nbG8=");
        d(Base64.getMimeDecoder(), "aGVsbG8=xx"); d(Base64.getMimeDecoder(), "aGVsbG8"); d(Base64.getMimeDecoder(), "a"); d(Base64.getMimeDecoder(), "aGVsbG8=="); d(Base64.getMimeDecoder(), "aG=Vs");
        try { Base64.getMimeEncoder(10, new byte[]{'A'}); } catch (Exception e) { System.out.println(e); }
        byte[] big = new byte[100]; for (int i = 0; i < 100; i++) big[i] = (byte) (i * 37);
        System.out.println(Base64.getMimeEncoder().encodeToString(big));
        System.out.println(Base64.getMimeEncoder(10, new byte[]{'#'}).encodeToString(big));
        System.out.println(Base64.getMimeEncoder(3, new byte[]{'#'}).encodeToString(big));
        System.out.println(Base64.getUrlEncoder().withoutPadding().encodeToString(big));
        StringTokenizer st = new StringTokenizer("a, b;;c", ",;", true);
        System.out.println(st.countTokens());
        while (st.hasMoreTokens()) System.out.print("[" + st.nextToken() + "]");
        System.out.println();
        try { st.nextToken(); } catch (Exception e) { System.out.println(e); }
    }
}
