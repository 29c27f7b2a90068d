public class Calculator {
    final String s;
    int pos;

    Calculator(String s) {
        this.s = s;
    }

    char peek() {
        while (pos < s.length() && s.charAt(pos) == ' ') pos++;
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    double expr() {
        double v = term();
        for (char c = peek(); c == '+' || c == '-'; c = peek()) {
            pos++;
            v = c == '+' ? v + term() : v - term();
        }
        return v;
    }

    double term() {
        double v = factor();
        for (char c = peek(); c == '*' || c == '/' || c == '%'; c = peek()) {
            pos++;
            double r = factor();
            v = c == '*' ? v * r : c == '/' ? v / r : v % r;
        }
        return v;
    }

    double factor() {
        char c = peek();
        if (c == '-') {
            pos++;
            return -factor();
        }
        if (c == '(') {
            pos++;
            double v = expr();
            if (peek() != ')') throw new IllegalArgumentException("expected ) at " + pos);
            pos++;
            return v;
        }
        int start = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) pos++;
        if (start == pos) throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
        return Double.parseDouble(s.substring(start, pos));
    }

    public static void main(String[] args) {
        String[] inputs = {"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(3 - 5) * 2.5", "7 % 3 + 0.1", "2 * (3 + (4 - 1)) / 3", "1 / 0", "(1 + ", "abc"};
        for (String in : inputs) {
            try {
                System.out.println(in + " = " + new Calculator(in).expr());
            } catch (IllegalArgumentException e) {
                System.out.println(in + " -> error: " + e.getMessage());
            }
        }
    }
}
