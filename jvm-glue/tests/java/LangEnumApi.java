import java.util.Arrays;

// Enum: values/valueOf (messages), name/ordinal/compareTo/toString, constant-specific bodies,
// getDeclaringClass, switch, Enum.valueOf(Class, String).
public class LangEnumApi {
    enum Color { RED, GREEN, BLUE }

    enum Op {
        PLUS("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES("*") {
            int apply(int a, int b) {
                return a * b;
            }

            @Override
            public String toString() {
                return "times!";
            }
        };

        final String sym;

        Op(String sym) {
            this.sym = sym;
        }

        abstract int apply(int a, int b);
    }

    interface Shape {
        double area();
    }

    enum Sq implements Shape {
        UNIT(1), BIG(10);

        private final double side;

        Sq(double side) {
            this.side = side;
        }

        public double area() {
            return side * side;
        }
    }

    public static void main(String[] args) {
        System.out.println(Arrays.toString(Color.values()) + " " + Color.values().length + " " + (Color.values() != Color.values()));
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + c.compareTo(Color.GREEN) + " " + c.equals(Color.RED)
                + " " + c.getDeclaringClass().getSimpleName() + " " + (c == Color.valueOf(c.name())));
            switch (c) {
                case RED -> System.out.println("r");
                case GREEN -> System.out.println("g");
                default -> System.out.println("other");
            }
        }
        for (String n : new String[] {"RED", "red", "", "BLUE ", "PURPLE"}) {
            try {
                System.out.println(Color.valueOf(n));
            } catch (IllegalArgumentException e) {
                System.out.println("IAE " + e.getMessage());
            }
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            Enum.valueOf(Op.class, "MINUS");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        System.out.println(Enum.valueOf(Op.class, "TIMES") + " " + Op.valueOf("PLUS").apply(3, 4) + " " + Op.TIMES.apply(3, 4) + " "
            + Op.TIMES.name() + " " + Op.TIMES.sym + " " + Op.TIMES.getDeclaringClass().getSimpleName() + " "
            + (Op.TIMES.getClass() == Op.class) + " " + Op.PLUS.compareTo(Op.TIMES) + " " + Op.class.isEnum());
        for (Sq s : Sq.values()) System.out.println(s + " " + s.area() + " " + (s instanceof Shape));
        System.out.println(Arrays.toString(Color.class.getEnumConstants()) + " " + Color.RED.hashCode() == "" + " " + Color.BLUE.toString().length());
        Color[] sorted = {Color.BLUE, Color.RED, Color.GREEN, Color.RED};
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted));
    }
}
