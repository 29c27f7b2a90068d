public class VmExceptions {
    static class A {}

    static class B extends A {}

    interface I {}

    public static void main(String[] args) {
        Object[] objs = new String[2];
        try {
            objs[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        try {
            int[] x = new int[-3];
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE " + e.getMessage());
        }
        try {
            int[][] x = new int[2][-1];
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE2 " + e.getMessage());
        }
        try {
            A a = new A();
            B b = (B) a;
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            Object o = "s";
            Number n = (Number) o;
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            Object o = new A();
            I i = (I) o;
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            Object o = new int[1];
            Object[] arr = (Object[]) o;
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            long[] l = new long[3];
            l[-1] = 2;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        }
        try {
            String s = null;
            s.length();
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            int[] n = null;
            System.out.println(n.length);
        } catch (NullPointerException e) {
            System.out.println("NPE array");
        }
        try {
            throw null;
        } catch (NullPointerException e) {
            System.out.println("NPE throw null");
        }
        try {
            Object lock = null;
            synchronized (lock) {
                System.out.println("never");
            }
        } catch (NullPointerException e) {
            System.out.println("NPE sync");
        }
        try {
            "abc".charAt(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getClass().getName());
        }
        try {
            Integer.parseInt("12x");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Integer.parseInt("99999999999");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Object o = new Object();
            o.wait();
        } catch (IllegalMonitorStateException | InterruptedException e) {
            System.out.println("IMSE " + e.getClass().getSimpleName());
        }
        int[] big = new int[3];
        big[3] = 0;
    }
}
