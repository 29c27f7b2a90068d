public class HelloWorld {
    public static void main(String[] args) {
        System.out.println("Hello, world!");
        System.err.println("to stderr");
        System.out.print("no newline");
        System.out.println();
    }
}
