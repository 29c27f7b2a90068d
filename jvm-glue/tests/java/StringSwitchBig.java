public class StringSwitchBig {
    static int code(String s) {
        switch (s) {
            case "jan": return 1;
            case "feb": return 2;
            case "mar": return 3;
            case "apr": return 4;
            case "may": return 5;
            case "jun": return 6;
            case "jul": return 7;
            case "aug": return 8;
            case "sep": return 9;
            case "oct": return 10;
            case "nov": return 11;
            case "dec": return 12;
            case "": return 0;
            default: return -1;
        }
    }

    static String kind(byte b) {
        switch (b) {
            case -128: return "min";
            case 0: return "zero";
            case 127: return "max";
            default: return b < 0 ? "neg" : "pos";
        }
    }

    public static void main(String[] args) {
        String[] ms = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "", "JAN", "xyz"};
        for (String m : ms) System.out.print(code(m) + " ");
        System.out.println();
        for (byte b : new byte[] {-128, -5, 0, 9, 127}) System.out.print(kind(b) + " ");
        System.out.println();
        int hits = 0;
        for (int i = 0; i < 100000; i++) hits += code(ms[i % ms.length]) > 6 ? 1 : 0;
        System.out.println(hits);
        try {
            code(null);
        } catch (NullPointerException e) {
            System.out.println("switch on null string throws NPE");
        }
    }
}
