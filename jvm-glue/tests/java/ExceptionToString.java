public class ExceptionToString {
    static class Custom extends Exception {
        Custom(String m) {
            super(m);
        }

        @Override
        public String getLocalizedMessage() {
            return "localized(" + getMessage() + ")";
        }
    }

    static class Weird extends RuntimeException {
        @Override
        public String toString() {
            return "Weird!";
        }
    }

    public static void main(String[] args) {
        System.out.println(new Custom("m"));
        System.out.println(new Weird() + " " + new Weird().getMessage());
        Exception e = new Exception(new IllegalStateException("inner"));
        System.out.println(e.getMessage() + " | " + e);
        System.out.println(new RuntimeException("a", null).getCause());
        StackTraceElement[] st = new Throwable().getStackTrace();
        System.out.println(st[0].getMethodName() + ":" + st[0].getLineNumber() + " " + st[0].getFileName());
        Exception chain = new Exception("top", new RuntimeException("mid", new Error("root")));
        chain.printStackTrace(System.out);
        throw new Error("fatal", new Custom("why"));
    }
}
