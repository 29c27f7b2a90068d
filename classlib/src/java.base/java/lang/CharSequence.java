package java.lang;

public interface CharSequence {
    int length();

    char charAt(int index);

    CharSequence subSequence(int start, int end);

    String toString();

    default boolean isEmpty() {
        return length() == 0;
    }

    // ---- streams (area: stream helper) ----

    default java.util.stream.IntStream chars() {
        int n = length();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = charAt(i);
        return java.util.Arrays.stream(a);
    }

    default java.util.stream.IntStream codePoints() {
        int n = length();
        int[] a = new int[n];
        int k = 0;
        for (int i = 0; i < n; k++) {
            char c = charAt(i++);
            char d = i < n ? charAt(i) : 0;
            if (c >= '\uD800' && c <= '\uDBFF' && d >= '\uDC00' && d <= '\uDFFF') {
                a[k] = ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
                i++;
            } else {
                a[k] = c;
            }
        }
        return java.util.Arrays.stream(a, 0, k);
    }

    static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == null || cs2 == null) throw new NullPointerException();
        if (cs1 == cs2) return 0;
        if (cs1.getClass() == cs2.getClass() && cs1 instanceof Comparable) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) cs1;
            return c.compareTo(cs2);
        }
        for (int i = 0, len = Math.min(cs1.length(), cs2.length()); i < len; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) return a - b;
        }
        return cs1.length() - cs2.length();
    }
}
