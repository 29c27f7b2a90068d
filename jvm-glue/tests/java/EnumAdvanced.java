import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class EnumAdvanced {
    interface Priced {
        int price();
    }

    enum Coffee implements Priced {
        ESPRESSO(2), LATTE(4), MOCHA(5);

        private final int p;
        private static final Map<String, Coffee> BY_LOWER = new HashMap<>();

        static {
            for (Coffee c : values()) BY_LOWER.put(c.name().toLowerCase(), c);
        }

        Coffee(int p) {
            this.p = p;
        }

        public int price() {
            return p;
        }

        static Coffee lookup(String s) {
            return BY_LOWER.get(s);
        }
    }

    enum State {
        IDLE {
            State next(char c) {
                return c == 'g' ? RUNNING : IDLE;
            }
        },
        RUNNING {
            State next(char c) {
                return c == 's' ? IDLE : c == 'p' ? PAUSED : RUNNING;
            }
        },
        PAUSED {
            State next(char c) {
                return c == 'g' ? RUNNING : PAUSED;
            }
        };

        abstract State next(char c);
    }

    static int cost(Coffee c) {
        return switch (c) {
            case ESPRESSO -> 1;
            case LATTE, MOCHA -> c.price() * 2;
        };
    }

    public static void main(String[] args) {
        int total = 0;
        for (Coffee c : Coffee.values()) total += c.price() + cost(c);
        System.out.println(total + " " + Coffee.lookup("latte") + " " + Coffee.lookup("tea"));
        State s = State.IDLE;
        List<State> trace = new ArrayList<>();
        for (char c : "gpgsxg".toCharArray()) {
            s = s.next(c);
            trace.add(s);
        }
        System.out.println(trace);
        Priced p = Coffee.MOCHA;
        System.out.println(p.price() + " " + (p instanceof Enum) + " " + Coffee.MOCHA.ordinal() + " " + State.valueOf("PAUSED").next('g'));
        Map<State, Integer> counts = new HashMap<>();
        for (State t : trace) counts.merge(t, 1, Integer::sum);
        System.out.println(counts.get(State.RUNNING) + " " + counts.get(State.IDLE));
        System.out.println(State.RUNNING.getClass() == State.class ? "same" : "subclass");
        System.out.println(State.RUNNING.getDeclaringClass().getSimpleName());
    }
}
