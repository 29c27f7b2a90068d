public class Enums {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6),
        EARTH(5.976e+24, 6.37814e6) {
            @Override
            String describe() {
                return "home";
            }
        };

        final double mass, radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double gravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }

        String describe() {
            return "planet " + name().toLowerCase();
        }
    }

    enum Op {
        ADD("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        MUL("*") {
            int apply(int a, int b) {
                return a * b;
            }
        };

        final String sym;

        Op(String s) {
            sym = s;
        }

        abstract int apply(int a, int b);
    }

    static String mood(Color c) {
        switch (c) {
            case RED:
                return "angry";
            case GREEN:
                return "calm";
            default:
                return "sad";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.ordinal() + " " + mood(c) + " " + c.name());
        System.out.println(Color.valueOf("GREEN") == Color.GREEN);
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        for (Planet p : Planet.values()) System.out.println(p + " " + (int) (p.gravity() * 100) + " " + p.describe() + " " + p.getDeclaringClass().getSimpleName());
        for (Op o : Op.values()) System.out.println(o.sym + " " + o.apply(6, 7));
        System.out.println(Color.RED.compareTo(Color.BLUE) + " " + Color.BLUE.equals(Color.BLUE));
        Color c = Color.BLUE;
        String s = switch (c) {
            case RED -> "r";
            case GREEN -> "g";
            case BLUE -> "b";
        };
        System.out.println(s);
        System.out.println(Planet.EARTH.getClass() == Planet.class);
        System.out.println(Op.ADD.getDeclaringClass() == Op.class);
    }
}
