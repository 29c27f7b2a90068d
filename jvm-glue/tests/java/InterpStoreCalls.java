import java.util.ArrayList;
import java.util.List;

// Constructors and setters that only store their arguments or constants
// into fields of `this` (the JVM does such direct calls in place): with
// super-constructor chains that store too, constants, `this` stored into
// itself, shadowed fields, super calls of overridden setters, null
// receivers (the call's own NullPointerException), methods just outside
// the shape (long arguments, extra work, a store into another object,
// a super call with arguments), and enough objects to collect garbage.
public class InterpStoreCalls {
    static class Node {
        final int hash;
        final Object key;
        Object value;
        Node next;
        Node(int hash, Object key, Object value, Node next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }
    }

    static class Base {
        int a;
        boolean on;
        String tag;
        Base() {
            a = 7;
            on = true;
            tag = null;
        }
    }

    static class Mid extends Base {
        int x;
        Object self;
        Mid(int x) {
            super();
            this.x = x;
            this.self = this;
        }
    }

    static class Top extends Mid {
        int y;
        Top(int x, int y) { // a super call with an argument: an ordinary call
            super(x);
            this.y = y;
        }
    }

    static class Shadow extends Base {
        int a; // hides Base.a
        Shadow(int p, int q) {
            this.a = p;
            super.a = q;
        }
        int sum() { return a * 100 + super.a; }
    }

    static class Cell {
        int v;
        long l;
        int count;
        Cell other;
        boolean flag;
        char c;
        final void set(int v) { this.v = v; }
        private void setPriv(int v, boolean f, char c) { this.v = v; this.flag = f; this.c = c; }
        void callPriv(int v) { setPriv(v, v % 2 == 0, (char) ('a' + v % 26)); }
        final void setLong(long l) { this.l = l; }
        final void setCounted(int v) { this.v = v; count++; }
        final void linkInto(Cell o) { o.other = this; }
        final void clear() { other = null; v = 0; }
        void put(int v) { this.v = v; }
        String show() { return v + "/" + l + "/" + count + "/" + flag + "/" + c + "/" + (other == null ? "-" : "o" + other.v); }
    }

    static class Doubler extends Cell {
        @Override void put(int v) { super.put(v * 2); }
    }

    interface Named {
        default String name() { return "named"; }
    }

    static class Person implements Named {
        String first;
        int age;
        Person(String first, int age) {
            this.first = first;
            this.age = age;
        }
        @Override public String name() { return Named.super.name() + ":" + first + ":" + age; }
    }

    // getters and empty methods reached through virtual and interface calls
    interface Holder {
        Object get();
        void touch();
    }

    static class Plain implements Holder {
        Object item;
        int n;
        Plain(Object item) { this.item = item; }
        public Object get() { return item; }
        public void touch() {}
        int count() { return n; }
        static Object of(Plain p) { return p.item; }
    }

    static class Busy extends Plain {
        Busy(Object item) { super(item); }
        @Override public Object get() { return "busy:" + item; }
        @Override public void touch() { n++; }
        @Override int count() { return n * 10; }
    }

    static String npe(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (NullPointerException e) {
            return "NPE " + e.getMessage();
        }
    }

    static int depth;
    static void recurse(Cell c) {
        depth++;
        c.set(depth);
        recurse(c);
    }

    public static void main(String[] args) {
        // a chain of nodes, many times over (garbage for the collector)
        long sum = 0;
        Node keep = null;
        for (int round = 0; round < 200; round++) {
            Node head = null;
            for (int i = 0; i < 500; i++) {
                head = new Node(i * 31, "k" + (i % 7), i % 3 == 0 ? null : Integer.valueOf(i), head);
            }
            for (Node n = head; n != null; n = n.next) {
                sum += n.hash + (n.value == null ? 1 : (Integer) n.value) + n.key.hashCode() % 5;
            }
            if (round == 77) keep = head;
        }
        System.out.println("nodes " + sum + " " + keep.hash + " " + keep.key + " " + keep.value + " " + keep.next.hash);

        Base b = new Base();
        System.out.println("base " + b.a + " " + b.on + " " + b.tag);
        Mid m = new Mid(5);
        System.out.println("mid " + m.a + " " + m.on + " " + m.x + " " + (m.self == m));
        Top t = new Top(8, 9);
        System.out.println("top " + t.a + " " + t.x + " " + t.y + " " + (t.self == t));
        Shadow s = new Shadow(3, 4);
        System.out.println("shadow " + s.sum() + " " + ((Base) s).a);

        Cell c = new Cell();
        c.set(41);
        c.setLong(1L << 40);
        c.setCounted(42);
        c.setCounted(43);
        c.callPriv(3);
        System.out.println("cell " + c.show());
        c.callPriv(4);
        Cell d = new Cell();
        d.set(9);
        d.linkInto(c);
        System.out.println("cell " + c.show());
        c.clear();
        System.out.println("cell " + c.show());
        Cell dd = new Doubler();
        dd.put(21);
        Cell plain = new Cell();
        plain.put(21);
        System.out.println("put " + dd.v + " " + plain.v);

        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) people.add(new Person("p" + i, 20 + i));
        StringBuilder sb = new StringBuilder();
        for (Person p : people) sb.append(p.name()).append(' ');
        System.out.println(sb.toString().trim());

        Cell nul = args.length > 100 ? c : null;
        System.out.println(npe(() -> nul.set(1)));
        System.out.println(npe(() -> nul.setLong(2)));
        System.out.println(npe(() -> nul.setCounted(3)));
        System.out.println(npe(() -> nul.callPriv(4)));
        System.out.println(npe(() -> nul.clear()));
        System.out.println(npe(() -> d.linkInto(nul)));
        // the same call site with a null and then a live receiver, many times
        int hits = 0;
        for (int i = 0; i < 1000; i++) {
            Cell x = i % 10 == 0 ? null : d;
            try {
                x.set(i);
                hits += x.v;
            } catch (NullPointerException e) {
                hits -= 1;
            }
        }
        System.out.println("hits " + hits + " " + d.v);

        Holder[] hs = {new Plain("a"), new Busy("b"), new Plain(null), new Busy(null)};
        StringBuilder got = new StringBuilder();
        int total = 0;
        for (int i = 0; i < 400; i++) {
            Holder h = hs[i % 4];
            h.touch();
            Object o = h.get();
            Plain p = (Plain) h;
            total += p.count() + (Plain.of(p) == null ? 1 : 2);
            if (i < 8) got.append(o).append(',');
        }
        System.out.println("holders " + got + " " + total);
        Holder none = args.length > 100 ? hs[0] : null;
        Plain nonep = args.length > 100 ? (Plain) hs[0] : null;
        System.out.println(npe(() -> none.get()));
        System.out.println(npe(() -> none.touch()));
        System.out.println(npe(() -> nonep.count()));
        System.out.println(npe(() -> Plain.of(nonep)));

        Cell deep = new Cell();
        try {
            recurse(deep);
        } catch (StackOverflowError e) {
            System.out.println("deep " + (depth > 500) + " " + (deep.v > 500));
        }
    }
}
