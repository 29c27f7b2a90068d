/** The smallest Java service on Mote: greets, shows a few computations, exits 0. */
public class Hello {
    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("timing")) {
            // in an image, nanoTime counts from PVH entry (the kernel clock)
            System.out.println("java main reached " + System.nanoTime() / 1000 + " us after start");
        }
        String who = args.length > 0 ? args[0] : "nobody";
        System.out.println("Hello, " + who + ", from Java on Mote!");
        long sum = 0;
        for (int i = 1; i <= 1000; i++) sum += (long) i * i;
        System.out.println("sum of squares 1..1000 = " + sum);
        Thread t = new Thread(() -> System.out.println("hello from a second Java thread"));
        t.start();
        t.join();
        StringBuilder sb = new StringBuilder();
        for (String a : args) sb.append('[').append(a).append(']');
        System.out.println("args: " + sb + " " + Math.sqrt(2.0));
        if (args.length > 1 && args[1].equals("fail")) throw new IllegalStateException("asked to fail");
    }
}
