import java.util.Random;

public class RandomDet {
    public static void main(String[] args) {
        Random r = new Random(2024);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(r.nextInt()).append(' ');
        System.out.println(sb);
        for (int i = 0; i < 10; i++) System.out.print(r.nextInt(100) + " ");
        System.out.println();
        for (int i = 0; i < 5; i++) System.out.print(r.nextLong() + " " + r.nextBoolean() + " " + r.nextDouble() + " " + r.nextFloat() + " ");
        System.out.println();
        System.out.println(r.nextInt(1 << 20) + " " + r.nextInt(7) + " " + r.nextGaussian());
        byte[] bytes = new byte[6];
        r.nextBytes(bytes);
        System.out.println(java.util.Arrays.toString(bytes));
        r.setSeed(1);
        System.out.println(r.nextInt(10) + " " + new Random(1).nextInt(10));
    }
}
