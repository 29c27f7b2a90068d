import java.util.Random;

// Double.parseDouble / Float.parseFloat on random strings over the float-literal alphabet (digits, points,
// exponents, hex prefixes, suffixes, signs, NaN/Infinity fragments, spaces): value bits or exception + message.
public class LangDoubleParseFuzz {
    public static void main(String[] args) {
        String[] parts = {"0", "1", "7", "9", ".", ".", "e", "E", "+", "-", "x", "X", "p", "P", "f", "F", "d", "D", " ", "a", "c",
            "NaN", "Infinity", "0x", "1e", "ff", "\t", "5", "00", "_"};
        Random r = new Random(1618);
        long h = 0;
        int shown = 0;
        for (int i = 0; i < 6000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            String out;
            try {
                out = Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(s))) + "/" + Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(s)));
            } catch (NumberFormatException e) {
                out = "NFE " + e.getMessage();
            }
            h = h * 31 + out.hashCode();
            if (!out.startsWith("NFE For input") && shown++ < 150) System.out.println("[" + s + "] " + out);
        }
        System.out.println("hash " + h);
    }
}
