public class TryWithResources {
    static class Res implements AutoCloseable {
        final String name;
        final boolean failClose;

        Res(String name, boolean failClose) {
            this.name = name;
            this.failClose = failClose;
            System.out.println("open " + name);
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    public static void main(String[] args) {
        try (Res a = new Res("a", false); Res b = new Res("b", false)) {
            System.out.println("body");
        }
        try (Res a = new Res("c", true)) {
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage() + " suppressed=" + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage());
        }
        try (Res a = new Res("d", true)) {
            System.out.println("body ok");
        } catch (IllegalStateException e) {
            System.out.println("close exception: " + e.getMessage());
        }
        RuntimeException main = new RuntimeException("main");
        main.addSuppressed(new IllegalArgumentException("s1"));
        main.addSuppressed(new Error("s2"));
        main.printStackTrace();
    }
}
