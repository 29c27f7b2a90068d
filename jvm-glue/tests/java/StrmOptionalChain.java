import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StrmOptionalChain {
    record User(String name, Optional<String> email, int age) {}

    static class NotFound extends RuntimeException {
        NotFound(String m) {
            super(m);
        }
    }

    static Optional<User> find(List<User> users, String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    public static void main(String[] args) {
        List<User> users = List.of(new User("ann", Optional.of("ann@x.org"), 31), new User("bob", Optional.empty(), 17), new User("cat", Optional.of("CAT@Y.COM"), 45));
        for (String n : List.of("ann", "bob", "cat", "dan")) {
            Optional<User> u = find(users, n);
            String email = u.flatMap(User::email).map(String::toLowerCase).orElse("<none>");
            String adult = u.filter(x -> x.age() >= 18).map(x -> "adult").or(() -> u.map(x -> "minor")).orElseGet(() -> "unknown");
            System.out.println(n + " " + email + " " + adult + " " + u.map(User::age).map(a -> a * 2));
            try {
                System.out.println(u.orElseThrow(() -> new NotFound("no user " + n)).name().toUpperCase());
            } catch (NotFound e) {
                System.out.println("caught " + e.getMessage());
            }
        }
        System.out.println(users.stream().map(User::email).flatMap(Optional::stream).toList());
        System.out.println(users.stream().map(User::email).filter(Optional::isPresent).count());
        Optional<String> o = Optional.of("x");
        System.out.println(o.equals(Optional.of("x")) + " " + o.equals(Optional.empty()) + " " + Optional.empty().equals(Optional.ofNullable(null)) + " " + Optional.empty().hashCode());
        System.out.println(Optional.of(5).map(x -> (Integer) null) + " " + Optional.of(5).filter(x -> x > 9) + " " + Optional.ofNullable((String) null).map(String::length));
        try {
            Optional.of(1).flatMap(x -> null);
        } catch (NullPointerException e) {
            System.out.println("NPE flatMap");
        }
        try {
            Optional.empty().or(() -> null);
        } catch (NullPointerException e) {
            System.out.println("NPE or");
        }
        StringBuilder sb = new StringBuilder();
        Optional.of("p").ifPresent(sb::append);
        Optional.empty().ifPresent(sb::append);
        System.out.println(sb);
        OptionalInt max = IntStream.of(3, 9, 2).max();
        System.out.println(max.isPresent() + " " + max.getAsInt() + " " + IntStream.empty().max().orElse(-1) + " " + max);
        OptionalDouble avg = IntStream.of(1, 2).average();
        System.out.println(avg + " " + avg.getAsDouble() + " " + DoubleStream.empty().average().isEmpty());
    }
}
