public class InterfaceFields {
    interface Config {
        int SIZE = 4;
        String NAME = "cfg";
        int[] TABLE = build();
        StringBuilder LOG = new StringBuilder("log:");

        static int[] build() {
            LOG_STATIC.append("built ");
            int[] t = new int[SIZE];
            for (int i = 0; i < SIZE; i++) t[i] = i * i;
            return t;
        }
    }

    static final StringBuilder LOG_STATIC = new StringBuilder();

    static class User implements Config {
        int total() {
            int s = 0;
            for (int v : TABLE) s += v;
            return s;
        }
    }

    public static void main(String[] args) {
        System.out.println(Config.SIZE + Config.NAME);
        System.out.println("before: [" + LOG_STATIC + "]");
        User u = new User();
        System.out.println("after new User: [" + LOG_STATIC + "]");
        System.out.println(u.total() + " [" + LOG_STATIC + "]");
        System.out.println(Config.LOG.append("x"));
    }
}
