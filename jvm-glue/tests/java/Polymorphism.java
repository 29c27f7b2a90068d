public class Polymorphism {
    static class Animal {
        String name = "animal";
        static String kind() {
            return "Animal.kind";
        }

        String speak() {
            return "...";
        }

        String intro() {
            return "I am " + name + " and I say " + speak();
        }

        String over(Object o) {
            return "Animal.over(Object)";
        }

        String over(String s) {
            return "Animal.over(String)";
        }
    }

    static class Dog extends Animal {
        String name = "dog";

        static String kind() {
            return "Dog.kind";
        }

        @Override
        String speak() {
            return "Woof";
        }

        String superSpeak() {
            return super.speak() + "/" + super.name + "/" + name;
        }

        @Override
        String over(Object o) {
            return "Dog.over(Object)";
        }
    }

    static class Puppy extends Dog {
        @Override
        String speak() {
            return "Yip (" + super.speak() + ")";
        }
    }

    static String which(int x) {
        return "int";
    }

    static String which(long x) {
        return "long";
    }

    static String which(Integer x) {
        return "Integer";
    }

    static String which(Object x) {
        return "Object";
    }

    static String which(int... xs) {
        return "varargs" + xs.length;
    }

    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static String fmt(String f, Object... args) {
        return f + args.length;
    }

    public static void main(String[] args) {
        Animal[] zoo = {new Animal(), new Dog(), new Puppy()};
        for (Animal a : zoo) System.out.println(a.intro() + " | " + a.name + " | " + a.getClass().getSimpleName());
        Dog d = new Puppy();
        System.out.println(d.superSpeak() + " " + d.name + " " + ((Animal) d).name);
        System.out.println(Animal.kind() + " " + Dog.kind());
        Animal a = new Dog();
        System.out.println(a.over("s") + " " + a.over(1) + " " + a.over((Object) "s"));
        byte b = 1;
        short s = 2;
        char c = 'c';
        System.out.println(which(b) + which(s) + which(c) + which(5) + which(5L) + which(Integer.valueOf(1)) + which("x") + which() + which(1, 2));
        System.out.println(sum() + sum(1) + sum(1, 2, 3) + " " + fmt("f") + fmt("g", 1, "two") + fmt("h", (Object[]) new String[] {"a", "b", "c"}));
        Object o = new Dog();
        System.out.println(o.toString().startsWith("Polymorphism$Dog@") + " " + o.equals(o) + " " + (o.hashCode() == o.hashCode()));
    }
}
