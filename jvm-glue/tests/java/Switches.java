public class Switches {
    static String table(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2:
            case 3: return "two-three";
            case 4: return "four";
            default: return "other";
        }
    }

    static int lookup(int x) {
        switch (x) {
            case -1000000: return 1;
            case 17: return 2;
            case 99999: return 3;
            case Integer.MAX_VALUE: return 4;
            default: return 0;
        }
    }

    static String str(String s) {
        switch (s) {
            case "apple": return "fruit";
            case "carrot": return "vegetable";
            case "Aa":
            case "BB": return "collision " + s;
            default: return "unknown";
        }
    }

    static int arrow(int day) {
        return switch (day) {
            case 1, 7 -> 0;
            case 2, 3, 4, 5, 6 -> {
                int h = day * 8;
                yield h;
            }
            default -> -1;
        };
    }

    public static void main(String[] args) {
        for (int i = -1; i < 6; i++) System.out.println(table(i));
        for (int x : new int[] {-1000000, 17, 99999, Integer.MAX_VALUE, 5}) System.out.println(lookup(x));
        for (String s : new String[] {"apple", "carrot", "Aa", "BB", "kiwi"}) System.out.println(str(s));
        for (int d = 0; d <= 8; d++) System.out.print(arrow(d) + " ");
        System.out.println();
        char c = 'x';
        switch (c) {
            case 'x' -> System.out.println("ex");
            case 'y' -> System.out.println("why");
            default -> System.out.println("?");
        }
    }
}
