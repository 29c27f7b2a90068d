import java.util.*;

public class FmtBase64Round {
    static String ascii(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append((char) x);
        return sb.toString();
    }

    public static void main(String[] args) {
        Random r = new Random(64);
        Base64.Encoder[] encs = {Base64.getEncoder(), Base64.getUrlEncoder(), Base64.getMimeEncoder(), Base64.getEncoder().withoutPadding(),
            Base64.getUrlEncoder().withoutPadding(), Base64.getMimeEncoder(8, new byte[] {'\n'}), Base64.getMimeEncoder().withoutPadding()};
        Base64.Decoder[] decs = {Base64.getDecoder(), Base64.getUrlDecoder(), Base64.getMimeDecoder(), Base64.getDecoder(),
            Base64.getUrlDecoder(), Base64.getMimeDecoder(), Base64.getMimeDecoder()};
        int ok = 0;
        for (int len = 0; len < 70; len++) {
            byte[] b = new byte[len];
            r.nextBytes(b);
            for (int k = 0; k < encs.length; k++) {
                String s = encs[k].encodeToString(b);
                byte[] back = decs[k].decode(s);
                if (Arrays.toString(b).equals(Arrays.toString(back))) ok++;
                else System.out.println("MISMATCH " + len + " " + k);
                if (len % 13 == 0) System.out.println(len + "/" + k + ": " + s.replace("\r\n", "\\r\\n").replace("\n", "\\n"));
            }
            byte[] enc = encs[0].encode(b);
            byte[] dst = new byte[enc.length + 3];
            int n = encs[0].encode(b, dst);
            byte[] out = new byte[len + 2];
            int m = decs[0].decode(enc, out);
            if (n != enc.length || m != len) System.out.println("LEN " + len + " " + n + " " + m);
        }
        System.out.println(ok + " round trips");
        System.out.println(Base64.getEncoder().encodeToString("Man".getBytes()) + " " + Base64.getEncoder().encodeToString("Ma".getBytes()) + " " + Base64.getEncoder().encodeToString("M".getBytes()));
        System.out.println(ascii(Base64.getDecoder().decode("SGVsbG8sIFdvcmxkIQ==")) + " " + ascii(Base64.getMimeDecoder().decode("SGVs\r\nbG8s\nIFdv*cmxk!IQ")));
        try {
            Base64.getEncoder().encode(new byte[5], new byte[3]);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Base64.getDecoder().decode("QUJD".getBytes(), new byte[2]);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Base64.getDecoder().decode("QU\u00e9J");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
