public class Interfaces {
    interface Shape {
        double area();

        default String describe() {
            return name() + " with area " + area();
        }

        default String name() {
            return "shape";
        }

        static Shape unit() {
            return () -> 1.0;
        }

        private String secret() {
            return "secret of " + name();
        }

        default String reveal() {
            return secret();
        }
    }

    interface Named {
        default String name() {
            return "named";
        }
    }

    static class Square implements Shape, Named {
        final double s;

        Square(double s) {
            this.s = s;
        }

        public double area() {
            return s * s;
        }

        public String name() {
            return "square/" + Shape.super.name() + "/" + Named.super.name();
        }
    }

    static class Circle implements Shape {
        public double area() {
            return 3.0;
        }
    }

    interface A {
        default String who() {
            return "A";
        }
    }

    interface B extends A {
        default String who() {
            return "B>" + A.super.who();
        }
    }

    static class C implements A, B {}

    interface Counter {
        int next();
    }

    abstract static class Abstract implements Counter {
        int n;

        public abstract int step();

        public int next() {
            n += step();
            return n;
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Square(2), new Circle(), Shape.unit()};
        for (Shape s : shapes) {
            System.out.println(s.describe());
            System.out.println(s.reveal());
        }
        System.out.println(new C().who());
        Counter c = new Abstract() {
            public int step() {
                return 5;
            }
        };
        c.next();
        System.out.println(c.next());
        Object o = new Square(1);
        System.out.println((o instanceof Named) + " " + (o instanceof Shape) + " " + (o instanceof Counter));
        Comparable<String> cmp = "b";
        System.out.println(cmp.compareTo("a"));
        CharSequence cs = new StringBuilder("hello");
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs.subSequence(1, 3));
    }
}
