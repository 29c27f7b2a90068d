package java.util;

/** Set of constants of one enum type, stored as a bit vector indexed by ordinal. */
@SuppressWarnings({"unchecked", "rawtypes"})
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, java.io.Serializable {
    final transient Class<E> elementType;
    final transient Enum<?>[] universe;

    EnumSet(Class<E> elementType, Enum<?>[] universe) {
        this.elementType = elementType;
        this.universe = universe;
    }

    static <E extends Enum<E>> Enum<?>[] universeOf(Class<E> elementType) {
        Enum<?>[] u = (Enum<?>[]) elementType.getEnumConstants();
        if (u == null) throw new ClassCastException(elementType + " not an enum");
        return u;
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        return new BitsEnumSet<>(elementType, universeOf(elementType));
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> result = noneOf(elementType);
        result.addAll();
        return result;
    }

    abstract void addAll();

    abstract void addRange(E from, E to);

    abstract void complement();

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) return ((EnumSet<E>) c).clone();
        if (c.isEmpty()) throw new IllegalArgumentException("Collection is empty");
        Iterator<E> i = c.iterator();
        E first = i.next();
        EnumSet<E> result = EnumSet.of(first);
        while (i.hasNext()) result.add(i.next());
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> result = copyOf(s);
        result.complement();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> result = noneOf(e.getDeclaringClass());
        result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        result.add(e5);
        return result;
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> result = noneOf(first.getDeclaringClass());
        result.add(first);
        for (E e : rest) result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) throw new IllegalArgumentException(from + " > " + to);
        EnumSet<E> result = noneOf(from.getDeclaringClass());
        result.addRange(from, to);
        return result;
    }

    public EnumSet<E> clone() {
        try {
            return (EnumSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    final void typeCheck(E e) {
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType)
            throw new ClassCastException(eClass + " != " + elementType);
    }

    static final class BitsEnumSet<E extends Enum<E>> extends EnumSet<E> {
        private long[] bits;

        BitsEnumSet(Class<E> elementType, Enum<?>[] universe) {
            super(elementType, universe);
            bits = new long[(universe.length + 63) >>> 6];
        }

        void addAll() {
            for (int i = 0; i < universe.length; i++) bits[i >>> 6] |= 1L << i;
        }

        void addRange(E from, E to) {
            for (int i = from.ordinal(); i <= to.ordinal(); i++) bits[i >>> 6] |= 1L << i;
        }

        void complement() {
            for (int i = 0; i < universe.length; i++) bits[i >>> 6] ^= 1L << i;
        }

        public Iterator<E> iterator() {
            long[] snapshot = bits.clone();
            return new Iterator<E>() {
                int next = advance(0);
                int lastReturned = -1;

                int advance(int from) {
                    for (int i = from; i < universe.length; i++) {
                        if ((snapshot[i >>> 6] & (1L << i)) != 0) return i;
                    }
                    return -1;
                }

                public boolean hasNext() {
                    return next >= 0;
                }

                public E next() {
                    if (next < 0) throw new NoSuchElementException();
                    lastReturned = next;
                    next = advance(next + 1);
                    return (E) universe[lastReturned];
                }

                public void remove() {
                    if (lastReturned < 0) throw new IllegalStateException();
                    bits[lastReturned >>> 6] &= ~(1L << lastReturned);
                    lastReturned = -1;
                }
            };
        }

        public int size() {
            int n = 0;
            for (long w : bits) n += Long.bitCount(w);
            return n;
        }

        public boolean isEmpty() {
            for (long w : bits) if (w != 0) return false;
            return true;
        }

        public boolean contains(Object e) {
            if (e == null) return false;
            Class<?> eClass = e.getClass();
            if (eClass != elementType && eClass.getSuperclass() != elementType) return false;
            int o = ((Enum<?>) e).ordinal();
            return (bits[o >>> 6] & (1L << o)) != 0;
        }

        public boolean add(E e) {
            typeCheck(e);
            int o = e.ordinal();
            long old = bits[o >>> 6];
            bits[o >>> 6] |= 1L << o;
            return bits[o >>> 6] != old;
        }

        public boolean remove(Object e) {
            if (!contains(e)) return false;
            int o = ((Enum<?>) e).ordinal();
            bits[o >>> 6] &= ~(1L << o);
            return true;
        }

        public void clear() {
            Arrays.fill(bits, 0L);
        }

        public boolean equals(Object o) {
            if (o instanceof BitsEnumSet && ((BitsEnumSet<?>) o).elementType == elementType)
                return Arrays.equals(bits, ((BitsEnumSet<?>) o).bits);
            return super.equals(o);
        }

        public EnumSet<E> clone() {
            BitsEnumSet<E> c = (BitsEnumSet<E>) super.clone();
            c.bits = bits.clone();
            return c;
        }
    }
}
