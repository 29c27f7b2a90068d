// Runtime and System: memory relations (free <= total <= max), gc, availableProcessors > 0, stable properties,
// lineSeparator, getProperty defaults, getenv of unknown names, identityHashCode consistency, arraycopy errors.
public class LangRuntimeSystem {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        long free = rt.freeMemory(), total = rt.totalMemory(), max = rt.maxMemory();
        System.out.println((free >= 0) + " " + (free <= total) + " " + (total <= max) + " " + (max > 0) + " " + (rt == Runtime.getRuntime()));
        byte[][] junk = new byte[64][];
        for (int i = 0; i < junk.length; i++) junk[i] = new byte[1024];
        rt.gc();
        System.gc();
        long free2 = rt.freeMemory();
        System.out.println((free2 <= rt.totalMemory()) + " " + (rt.availableProcessors() >= 1) + " " + junk.length);
        System.out.println(System.getProperty("line.separator").equals("\n") + " " + System.getProperty("file.separator") + " "
            + System.getProperty("path.separator") + " " + System.lineSeparator().length() + " " + System.getProperty("no.such.key")
            + " " + System.getProperty("no.such.key", "dflt") + " " + System.getProperty("file.separator", "x") + " " + System.getenv("MOTE_SURELY_UNSET_VAR"));
        Object o = new Object();
        System.out.println((System.identityHashCode(o) == o.hashCode()) + " " + System.identityHashCode(null) + " " + (System.identityHashCode("x") == System.identityHashCode("x")));
        long t0 = System.currentTimeMillis(), n0 = System.nanoTime();
        long t1 = System.currentTimeMillis(), n1 = System.nanoTime();
        System.out.println((t1 >= t0) + " " + (n1 >= n0) + " " + (t0 > 1_600_000_000_000L));
        int[] src = {1, 2, 3, 4, 5};
        int[] dst = new int[5];
        System.arraycopy(src, 1, dst, 0, 3);
        System.arraycopy(src, 0, src, 1, 4);
        System.out.println(java.util.Arrays.toString(dst) + " " + java.util.Arrays.toString(src));
        String[] tries = {"neg", "len", "type", "null", "prim"};
        for (String k : tries) {
            try {
                switch (k) {
                    case "neg" -> System.arraycopy(src, -1, dst, 0, 1);
                    case "len" -> System.arraycopy(src, 3, dst, 0, 4);
                    case "type" -> System.arraycopy(src, 0, new long[5], 0, 1);
                    case "null" -> System.arraycopy(null, 0, dst, 0, 1);
                    default -> System.arraycopy(new Object[] {"s"}, 0, new Integer[1], 0, 1);
                }
                System.out.println(k + " ok");
            } catch (RuntimeException e) {
                System.out.println(k + " " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
