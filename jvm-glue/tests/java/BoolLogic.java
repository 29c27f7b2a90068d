public class BoolLogic {
    public static void main(String[] args) {
        boolean[] vals = {false, true};
        for (boolean a : vals)
            for (boolean b : vals)
                for (boolean c : vals)
                    System.out.println(a + " " + b + " " + c + " -> " + (a && b || c) + " " + (a || b && c) + " " + (a ^ b ^ c) + " " + (!a & b | c) + " "
                            + (a == b) + " " + (a != c) + " " + ((a ? 1 : 0) + (b ? 2 : 0) + (c ? 4 : 0)));
        int x = 7;
        boolean big = x > 5, odd = (x & 1) == 1;
        System.out.println(big && odd ? "big odd" : "other");
        boolean flag = false;
        flag |= x > 3;
        flag &= x < 10;
        flag ^= true;
        System.out.println(flag + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.valueOf("no") + " " + Boolean.logicalXor(true, false));
    }
}
