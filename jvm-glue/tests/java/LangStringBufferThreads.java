// StringBuffer is synchronized: concurrent appends/inserts from several threads never lose characters.
public class LangStringBufferThreads {
    public static void main(String[] args) throws Exception {
        StringBuffer buf = new StringBuffer();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final char c = (char) ('a' + i);
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 500; k++) {
                    buf.append(c);
                    if (k % 50 == 0) buf.insert(0, Character.toUpperCase(c));
                    if (k % 7 == 0) Thread.yield();
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        int[] counts = new int[8];
        String s = buf.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'd') counts[c - 'a']++;
            else if (c >= 'A' && c <= 'D') counts[4 + c - 'A']++;
        }
        System.out.println(buf.length() + " " + java.util.Arrays.toString(counts));
        StringBuffer sb2 = new StringBuffer("xyz");
        sb2.append(1).append(2.5).append(true).append('c').append(new char[] {'q'}).append((Object) "o").insert(1, 9L).reverse();
        System.out.println(sb2 + " " + sb2.capacity() + " " + sb2.indexOf("5") + " " + sb2.lastIndexOf("z") + " " + sb2.charAt(0) + " " + sb2.subSequence(1, 3) + " " + sb2.codePointAt(0));
        sb2.setLength(3);
        sb2.trimToSize();
        System.out.println(sb2 + " " + sb2.capacity() + " " + new StringBuffer(5).capacity() + " " + new StringBuffer("ab").compareTo(new StringBuffer("ac")));
    }
}
