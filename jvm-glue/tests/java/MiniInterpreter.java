import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;

public class MiniInterpreter {
    interface Node {
        int eval(Map<String, Integer> env);
    }

    record Num(int v) implements Node {
        public int eval(Map<String, Integer> env) {
            return v;
        }
    }

    record Var(String name) implements Node {
        public int eval(Map<String, Integer> env) {
            Integer v = env.get(name);
            if (v == null) throw new IllegalStateException("unbound " + name);
            return v;
        }
    }

    record Bin(char op, Node l, Node r) implements Node {
        static final Map<Character, IntBinaryOperator> OPS = new HashMap<>();

        static {
            OPS.put('+', (a, b) -> a + b);
            OPS.put('-', (a, b) -> a - b);
            OPS.put('*', (a, b) -> a * b);
            OPS.put('/', (a, b) -> a / b);
            OPS.put('<', (a, b) -> a < b ? 1 : 0);
        }

        public int eval(Map<String, Integer> env) {
            return OPS.get(op).applyAsInt(l.eval(env), r.eval(env));
        }
    }

    abstract static class Stmt {
        abstract void exec(Map<String, Integer> env, StringBuilder out);
    }

    static class Assign extends Stmt {
        final String name;
        final Node expr;

        Assign(String name, Node expr) {
            this.name = name;
            this.expr = expr;
        }

        void exec(Map<String, Integer> env, StringBuilder out) {
            env.put(name, expr.eval(env));
        }
    }

    static class Print extends Stmt {
        final Node expr;

        Print(Node e) {
            expr = e;
        }

        void exec(Map<String, Integer> env, StringBuilder out) {
            out.append(expr.eval(env)).append('\n');
        }
    }

    static class While extends Stmt {
        final Node cond;
        final List<Stmt> body;

        While(Node c, List<Stmt> b) {
            cond = c;
            body = b;
        }

        void exec(Map<String, Integer> env, StringBuilder out) {
            while (cond.eval(env) != 0) for (Stmt s : body) s.exec(env, out);
        }
    }

    public static void main(String[] args) {
        List<Stmt> prog = new ArrayList<>();
        prog.add(new Assign("i", new Num(0)));
        prog.add(new Assign("a", new Num(0)));
        prog.add(new Assign("b", new Num(1)));
        List<Stmt> body = new ArrayList<>();
        body.add(new Print(new Var("a")));
        body.add(new Assign("t", new Bin('+', new Var("a"), new Var("b"))));
        body.add(new Assign("a", new Var("b")));
        body.add(new Assign("b", new Var("t")));
        body.add(new Assign("i", new Bin('+', new Var("i"), new Num(1))));
        prog.add(new While(new Bin('<', new Var("i"), new Num(15)), body));
        prog.add(new Print(new Bin('/', new Var("a"), new Bin('-', new Var("i"), new Var("i")))));
        Map<String, Integer> env = new HashMap<>();
        StringBuilder out = new StringBuilder();
        try {
            for (Stmt s : prog) s.exec(env, out);
        } catch (ArithmeticException e) {
            out.append("runtime error: ").append(e.getMessage()).append('\n');
        }
        System.out.print(out);
        System.out.println(env);
        try {
            new Var("zz").eval(env);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(new Bin('*', new Num(6), new Num(7)) + " = " + new Bin('*', new Num(6), new Num(7)).eval(env));
    }
}
