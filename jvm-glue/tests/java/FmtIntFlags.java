public class FmtIntFlags {
    public static void main(String[] args) {
        String[] flags = {"", "-", "+", " ", "0", ",", "(", "+,", "-,", " (", "0,", "+0", "(0", "-+", "- ,", "+("};
        int[] widths = {-1, 1, 6, 12};
        Object[] values = {0, 7, -7, 1234, -98765, Integer.MIN_VALUE, 123456789012L, (short) -12, (byte) 99};
        int n = 0;
        for (String fl : flags) {
            for (int w : widths) {
                String spec = "%" + fl + (w < 0 ? "" : String.valueOf(w)) + "d";
                StringBuilder sb = new StringBuilder(spec).append(" :");
                for (Object v : values) {
                    try {
                        sb.append(" [").append(String.format(spec, v)).append(']');
                    } catch (java.util.IllegalFormatException e) {
                        sb.append(" ").append(e.getClass().getSimpleName()).append('(').append(e.getMessage()).append(')');
                        break;
                    }
                    n++;
                }
                System.out.println(sb);
            }
        }
        for (String fl : new String[] {"", "#", "0", "#0", "-#", "+", ",", "(", " "}) {
            for (String conv : new String[] {"x", "X", "o"}) {
                String spec = "%" + fl + (fl.contains("0") || fl.contains("-") ? "10" : "") + conv;
                StringBuilder sb = new StringBuilder(spec).append(" :");
                for (Object v : values) {
                    try {
                        sb.append(" [").append(String.format(spec, v)).append(']');
                    } catch (java.util.IllegalFormatException e) {
                        sb.append(" ").append(e.getClass().getSimpleName()).append('(').append(e.getMessage()).append(')');
                        break;
                    }
                    n++;
                }
                System.out.println(sb);
            }
        }
        System.out.println(n + " formatted");
    }
}
