public class Nestmates {
    private int hidden = 1;
    private static String sHidden = "s";

    private int twice() {
        return hidden * 2;
    }

    static class Peer {
        private int peerSecret = 5;

        int poke(Nestmates n) {
            n.hidden += peerSecret;
            return n.twice() + sHidden.length();
        }
    }

    class Inner {
        private int innerVal = 3;
    }

    public static void main(String[] args) {
        Nestmates n = new Nestmates();
        Peer p = new Peer();
        System.out.println(p.poke(n) + " " + n.hidden + " " + p.peerSecret);
        Inner in = n.new Inner();
        in.innerVal++;
        System.out.println(in.innerVal);
        sHidden = "changed";
        System.out.println(p.poke(n));
        Runnable r = () -> {
            n.hidden = 100;
            System.out.println("lambda sees private " + n.twice());
        };
        r.run();
    }
}
