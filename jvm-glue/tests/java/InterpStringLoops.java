// String's char loops that the VM runs as intrinsics: hashCode, indexOf and
// lastIndexOf of a char (every fromIndex case), equals; and the HTTP
// server's byte scan helper (mote.util.Bytes is not on HotSpot, so the
// scan is covered by the NetHttpServer programs).
public class InterpStringLoops {
    public static void main(String[] args) {
        String[] ss = {"", "a", "Content-Type", "hello, world", "\u00e9\u20ac\uffff\u0000", "aaaa", "x\ud83d\ude00y\ud83d\ude00"};
        for (String s : ss) {
            System.out.println("[" + s.length() + "] hash " + s.hashCode() + " again " + s.hashCode()
                + " copy " + new String(s.toCharArray()).hashCode());
            int[] chars = {'a', 'o', 'l', ',', 0x20ac, 0xffff, 0, -1, 0x1f600, 0x110000, 'y', 'T'};
            for (int ch : chars) {
                StringBuilder sb = new StringBuilder();
                sb.append(s.indexOf(ch)).append(' ').append(s.lastIndexOf(ch));
                for (int from : new int[] {Integer.MIN_VALUE, -1, 0, 1, 3, s.length() - 1, s.length(), s.length() + 5, Integer.MAX_VALUE}) {
                    sb.append(' ').append(s.indexOf(ch, from)).append('/').append(s.lastIndexOf(ch, from));
                }
                System.out.println("  ch " + ch + ": " + sb);
            }
        }
        String a = "keep-alive", b = new String("keep-alive".toCharArray()), c = "keep-alivE", d = "keep-aliv";
        System.out.println(a.equals(b) + " " + b.equals(a) + " " + a.equals(c) + " " + a.equals(d) + " " + d.equals(a)
            + " " + a.equals(null) + " " + a.equals((Object) new StringBuilder(a)) + " " + "".equals(new String()));
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < 2000; i++) m.merge("k" + (i % 97) + "-" + (char) ('A' + i % 26), 1, Integer::sum);
        int sum = 0;
        for (java.util.Map.Entry<String, Integer> e : m.entrySet()) sum += e.getKey().hashCode() * e.getValue();
        System.out.println("map " + m.size() + " " + sum + " " + m.get("k5-F"));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 5000; i++) big.append((char) ('a' + i % 26));
        String bs = big.toString();
        System.out.println(bs.hashCode() + " " + bs.indexOf('z', 4000) + " " + bs.lastIndexOf('a', 4000) + " " + bs.indexOf('{'));
    }
}
