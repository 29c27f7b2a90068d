public class SystemExit {
    public static void main(String[] args) {
        System.out.println("about to exit");
        try {
            System.exit(3);
        } finally {
            System.out.println("finally must not run");
        }
    }
}
