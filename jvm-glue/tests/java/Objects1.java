import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public class Objects1 {
    static final class Key implements Cloneable {
        final int a;
        final String b;

        Key(int a, String b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).a == a && Objects.equals(((Key) o).b, b);
        }

        @Override
        public int hashCode() {
            return Objects.hash(a, b);
        }

        @Override
        public String toString() {
            return "Key(" + a + "," + b + ")";
        }

        @Override
        public Key clone() {
            try {
                return (Key) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException {
            return clone();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<Key, Integer> m = new HashMap<>();
        for (int i = 0; i < 50; i++) m.put(new Key(i % 10, "k" + (i % 5)), i);
        System.out.println(m.size() + " " + m.get(new Key(3, "k3")) + " " + m.get(new Key(3, "k4")));
        Set<Key> s = new HashSet<>();
        s.add(new Key(1, null));
        System.out.println(s.contains(new Key(1, null)) + " " + new Key(1, null).hashCode());
        Key k = new Key(5, "five");
        Key c = k.clone();
        System.out.println((c != k) + " " + c.equals(k) + " " + c);
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CNSE " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null, "must not be null");
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Objects.toString(null, "dflt") + " " + Objects.hashCode(null) + " " + Objects.isNull(null) + " " + Objects.requireNonNullElse(null, "else"));
        Object o = new Object();
        System.out.println(o.equals(new Object()) + " " + (o.getClass() == Object.class) + " " + Object.class.getName());
        System.out.println(int.class.getName() + " " + int[].class.getName() + " " + String[][].class.getName() + " " + void.class + " " + Integer.TYPE);
        System.out.println(String.class + " " + Runnable.class + " " + Map.Entry.class.getName());
        System.out.println(Number.class.isInstance(3) + " " + Number.class.isAssignableFrom(Integer.class) + " " + Integer.class.isAssignableFrom(Number.class));
        System.out.println(int[].class.getComponentType() + " " + Integer.class.getSuperclass() + " " + Runnable.class.isInterface() + " " + int.class.isPrimitive());
        System.out.println(System.identityHashCode(null) + " " + (System.identityHashCode(o) == o.hashCode()));
    }
}
