import java.util.*;

public class CollBitSet {
    interface R {
        Object run() throws Exception;
    }

    static void t(String n, R r) {
        try {
            System.out.println(n + " -> " + r.run());
        } catch (Throwable e) {
            System.out.println(n + " !! " + e);
        }
    }

    static String info(BitSet b) {
        return b + " len=" + b.length() + " size=" + b.size() + " card=" + b.cardinality() + " empty=" + b.isEmpty() + " hash=" + b.hashCode();
    }

    public static void main(String[] args) {
        BitSet b = new BitSet();
        t("empty", () -> info(b));
        b.set(1);
        b.set(3);
        b.set(5, 9);
        b.set(64);
        b.set(200);
        t("set", () -> info(b));
        t("get", () -> b.get(1) + " " + b.get(2) + " " + b.get(8) + " " + b.get(9) + " " + b.get(64) + " " + b.get(1000));
        b.clear(6);
        b.flip(0);
        b.flip(3);
        b.set(100, false);
        b.set(101, true);
        t("clear/flip", () -> info(b));
        t("next/prev", () -> b.nextSetBit(0) + " " + b.nextSetBit(9) + " " + b.nextSetBit(201) + " " + b.nextClearBit(0) + " " + b.nextClearBit(7) + " " + b.nextClearBit(300) + " " + b.previousSetBit(63) + " " + b.previousSetBit(1000) + " " + b.previousSetBit(0) + " " + b.previousClearBit(8) + " " + b.previousClearBit(0) + " " + b.previousSetBit(-1));
        t("range get", () -> info(b.get(3, 70)) + " | " + info(b.get(150, 400)) + " | " + info(b.get(300, 400)) + " | " + info(b.get(5, 5)));
        BitSet c = new BitSet(10);
        t("sized", () -> info(c));
        c.set(2, 70);
        t("sized grow", () -> info(c));
        c.clear(10, 60);
        c.flip(65, 130);
        t("range ops", () -> info(c));
        BitSet a1 = (BitSet) b.clone(), o1 = (BitSet) b.clone(), x1 = (BitSet) b.clone(), n1 = (BitSet) b.clone();
        a1.and(c);
        o1.or(c);
        x1.xor(c);
        n1.andNot(c);
        t("and", () -> info(a1));
        t("or", () -> info(o1));
        t("xor", () -> info(x1));
        t("andNot", () -> info(n1));
        t("intersects", () -> b.intersects(c) + " " + b.intersects(new BitSet()) + " " + new BitSet().intersects(b));
        t("equals", () -> b.equals(b.clone()) + " " + b.equals(c) + " " + new BitSet().equals(new BitSet(1000)) + " " + b.equals("x"));
        t("clone size", () -> ((BitSet) b.clone()).size() + " " + ((BitSet) new BitSet(1000).clone()).size() + " " + ((BitSet) c.clone()).size());
        t("toLongArray", () -> Arrays.toString(b.toLongArray()) + " " + Arrays.toString(new BitSet().toLongArray()));
        t("toByteArray", () -> Arrays.toString(c.toByteArray()) + " " + new BitSet().toByteArray().length);
        t("valueOf", () -> info(BitSet.valueOf(new long[] {5L, 0, -1L, 0, 0})) + " | " + info(BitSet.valueOf(new byte[] {1, (byte) 0x80, 0})) + " | " + info(BitSet.valueOf(new long[0])));
        t("roundtrip", () -> BitSet.valueOf(b.toByteArray()).equals(b) + " " + BitSet.valueOf(c.toLongArray()).equals(c));
        t("self ops", () -> {
            BitSet s = (BitSet) b.clone();
            s.and(s);
            s.or(s);
            String r1 = s.toString();
            s.xor(s);
            return r1 + " " + info(s);
        });
        t("clear all", () -> {
            BitSet s = (BitSet) c.clone();
            s.clear();
            return info(s);
        });
        t("ctor neg", () -> new BitSet(-1));
        t("set neg", () -> {
            b.set(-1);
            return 0;
        });
        t("get neg", () -> b.get(-3));
        t("clear neg", () -> {
            b.clear(-3);
            return 0;
        });
        t("flip neg", () -> {
            b.flip(-3);
            return 0;
        });
        t("set range bad", () -> {
            b.set(5, 2);
            return 0;
        });
        t("set range neg", () -> {
            b.set(-5, 2);
            return 0;
        });
        t("clear range neg to", () -> {
            b.clear(1, -2);
            return 0;
        });
        t("get range bad", () -> b.get(9, 3));
        t("nextSetBit neg", () -> b.nextSetBit(-1));
        t("nextClearBit neg", () -> b.nextClearBit(-1));
        t("previousSetBit -2", () -> b.previousSetBit(-2));
        t("previousClearBit -2", () -> b.previousClearBit(-2));
        BitSet big = new BitSet();
        for (int i = 0; i < 2000; i += 7) big.set(i);
        t("big", () -> big.cardinality() + " " + big.length() + " " + big.size() + " " + big.hashCode() + " " + big.toString().length());
        big.clear(0, 1500);
        t("big clear", () -> info(big));
        BitSet g = new BitSet();
        g.set(1000);
        t("grow jump", () -> g.size() + " " + g.length());
        g.set(1100);
        t("grow again", () -> g.size());
        BitSet h = new BitSet(0);
        h.set(0);
        t("from zero", () -> info(h));
        BitSet it = new BitSet();
        it.set(3, 12);
        it.clear(7);
        StringBuilder sb = new StringBuilder();
        for (int i = it.nextSetBit(0); i >= 0; i = it.nextSetBit(i + 1)) sb.append(i).append(' ');
        for (int i = it.previousSetBit(100); i >= 0; i = it.previousSetBit(i - 1)) sb.append(-i).append(' ');
        t("iterate", () -> sb);
    }
}
