public class NoMain {
    public static void notMain(String[] args) {
        System.out.println("x");
    }
}
