import java.util.ArrayList;
import java.util.List;

public class StaticNested {
    static class Stack<E> {
        private final List<E> items = new ArrayList<>();

        void push(E e) {
            items.add(e);
        }

        E pop() {
            return items.remove(items.size() - 1);
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        static <E> Stack<E> of(E... es) {
            Stack<E> s = new Stack<>();
            for (E e : es) s.push(e);
            return s;
        }
    }

    static int evalRpn(String expr) {
        Stack<Integer> st = new Stack<>();
        for (String tok : expr.split(" ")) {
            switch (tok) {
                case "+" -> st.push(st.pop() + st.pop());
                case "*" -> st.push(st.pop() * st.pop());
                case "-" -> {
                    int b = st.pop(), a = st.pop();
                    st.push(a - b);
                }
                default -> st.push(Integer.parseInt(tok));
            }
        }
        return st.pop();
    }

    public static void main(String[] args) {
        System.out.println(evalRpn("3 4 + 2 *") + " " + evalRpn("10 2 3 * -") + " " + evalRpn("1 2 3 4 + + +"));
        Stack<String> s = Stack.of("x", "y", "z");
        StringBuilder sb = new StringBuilder();
        while (!s.isEmpty()) sb.append(s.pop());
        System.out.println(sb);
        try {
            new Stack<Integer>().pop();
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
