import java.util.*;

public class FmtScannerParse {
    public static void main(String[] args) {
        String config = """
                # comment line
                name = Mote VM
                threads = 4
                ratio = 0.75
                debug = true
                list = 1, 2, 3,5 ,8
                """;
        Scanner sc = new Scanner(config);
        Map<String, String> kv = new LinkedHashMap<>();
        while (sc.hasNextLine()) {
            String line = sc.nextLine().trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Scanner ls = new Scanner(line).useDelimiter("\\s*=\\s*");
            kv.put(ls.next(), ls.hasNext() ? ls.next() : "");
        }
        System.out.println(kv);
        Scanner nums = new Scanner(kv.get("list")).useDelimiter("\\s*,\\s*");
        int sum = 0;
        while (nums.hasNextInt()) sum += nums.nextInt();
        System.out.println("sum " + sum + " threads " + new Scanner(kv.get("threads")).nextInt() + " ratio " + new Scanner(kv.get("ratio")).nextDouble()
                + " debug " + new Scanner(kv.get("debug")).nextBoolean());
        Scanner mixed = new Scanner("3 apples 2.5 kg -7 true x 0x1F 077 1,000,000");
        while (mixed.hasNext()) {
            if (mixed.hasNextInt()) System.out.print("int:" + mixed.nextInt() + " ");
            else if (mixed.hasNextDouble()) System.out.print("double:" + mixed.nextDouble() + " ");
            else if (mixed.hasNextBoolean()) System.out.print("bool:" + mixed.nextBoolean() + " ");
            else System.out.print("str:" + mixed.next() + " ");
        }
        System.out.println();
        Scanner matrix = new Scanner("2 3\n1 2 3\n4 5 6\n");
        int rows = matrix.nextInt(), cols = matrix.nextInt();
        int[][] m = new int[rows][cols];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m[i][j] = matrix.nextInt();
        System.out.println(Arrays.deepToString(m) + " " + matrix.hasNextLine() + " '" + matrix.nextLine() + "' " + matrix.hasNextLine());
        Scanner radix = new Scanner("ff 11 z").useRadix(16);
        System.out.println(radix.nextInt() + " " + radix.nextInt() + " " + radix.hasNextInt() + " " + radix.radix() + " " + radix.nextInt(36));
        Scanner words = new Scanner("one,two;three four").useDelimiter("[,; ]");
        List<String> ws = new ArrayList<>();
        while (words.hasNext()) ws.add(words.next());
        System.out.println(ws);
        Scanner pat = new Scanner("id42 id7 name xx9");
        while (pat.hasNext()) {
            if (pat.hasNext("id\\d+")) System.out.print("[" + pat.next("id\\d+") + "]");
            else System.out.print("(" + pat.next() + ")");
        }
        System.out.println();
        Scanner sk = new Scanner("header: value rest");
        sk.skip("header:\\s*");
        System.out.println(sk.next() + "|" + sk.nextLine());
        try {
            new Scanner("abc").nextDouble();
        } catch (InputMismatchException e) {
            System.out.println("mismatch " + e.getMessage());
        }
        try {
            new Scanner("12345678901").nextInt();
        } catch (InputMismatchException e) {
            System.out.println("mismatch " + e.getMessage());
        }
        try {
            new Scanner("  ").next();
        } catch (NoSuchElementException e) {
            System.out.println("none " + e.getMessage());
        }
    }
}
