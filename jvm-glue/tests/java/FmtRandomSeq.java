import java.util.*;
import java.util.stream.*;

public class FmtRandomSeq {
    public static void main(String[] args) {
        for (long seed : new long[] {0, 1, -1, 42, 123456789L, Long.MAX_VALUE}) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder("seed " + seed + ":");
            sb.append(' ').append(r.nextInt()).append(' ').append(r.nextInt(10)).append(' ').append(r.nextInt(1 << 16)).append(' ').append(r.nextInt(1000000007));
            sb.append(' ').append(r.nextLong()).append(' ').append(r.nextBoolean()).append(' ').append(r.nextFloat()).append(' ').append(r.nextDouble());
            sb.append(' ').append(r.nextGaussian()).append(' ').append(r.nextGaussian()).append(' ').append(r.nextGaussian());
            byte[] b = new byte[9];
            r.nextBytes(b);
            sb.append(' ').append(Arrays.toString(b));
            System.out.println(sb);
        }
        Random r = new Random(77);
        int[] hist = new int[10];
        for (int i = 0; i < 10000; i++) hist[r.nextInt(10)]++;
        System.out.println(Arrays.toString(hist));
        double g = 0;
        for (int i = 0; i < 1000; i++) g += r.nextGaussian();
        System.out.printf("%.10f%n", g);
        List<Integer> deck = IntStream.range(0, 20).boxed().collect(Collectors.toList());
        Random sh = new Random(5);
        for (int i = deck.size() - 1; i > 0; i--) {
            int j = sh.nextInt(i + 1);
            Integer t = deck.get(i);
            deck.set(i, deck.get(j));
            deck.set(j, t);
        }
        System.out.println(deck);
        System.out.println(new Random(9).ints(8, -5, 5).boxed().toList() + " " + new Random(9).longs(3, 0, 1L << 40).boxed().toList());
        System.out.println(new Random(9).doubles(4, -1, 1).mapToObj(d -> String.format("%.6f", d)).toList());
        System.out.println(new Random(9).ints(0, Integer.MAX_VALUE).limit(3).boxed().toList() + " " + new Random(9).ints(Integer.MIN_VALUE, Integer.MAX_VALUE).limit(3).boxed().toList());
        Random a = new Random(100), b = new Random(100);
        System.out.println(a.nextInt(1000) == b.nextInt(1000));
        a.setSeed(3);
        b.setSeed(3);
        System.out.println(a.nextLong() == b.nextLong());
    }
}
