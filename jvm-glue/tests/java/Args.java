// args: alpha beta "gamma" 42
public class Args {
    public static void main(String[] args) {
        System.out.println(args.length);
        for (String a : args) System.out.println("[" + a + "]");
        System.out.println(Integer.parseInt(args[3]) * 2);
    }
}
