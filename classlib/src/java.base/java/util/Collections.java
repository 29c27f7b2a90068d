package java.util;

public final class Collections {
    private Collections() {}

    public static <T extends Comparable<? super T>> void sort(List<T> list) {
        list.sort(null);
    }

    public static <T> void sort(List<T> list, Comparator<? super T> c) {
        list.sort(c);
    }

    public static void reverse(List<?> list) {
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) list;
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
            Object t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }

    public static void swap(List<?> list, int i, int j) {
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) list;
        l.set(i, l.set(j, l.get(i)));
    }

    public static <T extends Object & Comparable<? super T>> T max(Collection<? extends T> c) {
        T best = null;
        for (T t : c) {
            if (best == null || t.compareTo(best) > 0) best = t;
        }
        if (best == null) throw new NoSuchElementException();
        return best;
    }

    public static <T extends Object & Comparable<? super T>> T min(Collection<? extends T> c) {
        T best = null;
        for (T t : c) {
            if (best == null || t.compareTo(best) < 0) best = t;
        }
        if (best == null) throw new NoSuchElementException();
        return best;
    }

    public static <T> Comparator<T> reverseOrder() {
        return (a, b) -> {
            @SuppressWarnings("unchecked")
            Comparable<Object> x = (Comparable<Object>) b;
            return x.compareTo(a);
        };
    }

    public static <T> List<T> emptyList() {
        return unmodifiableList(new ArrayList<T>());
    }

    public static <T> List<T> singletonList(T o) {
        ArrayList<T> l = new ArrayList<>();
        l.add(o);
        return unmodifiableList(l);
    }

    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        return new Unmodifiable<T>(list);
    }

    private static final class Unmodifiable<T> extends AbstractCollection<T> implements List<T> {
        private final List<? extends T> list;

        Unmodifiable(List<? extends T> list) {
            this.list = list;
        }

        public int size() {
            return list.size();
        }

        public T get(int i) {
            return list.get(i);
        }

        public T set(int i, T e) {
            throw new UnsupportedOperationException();
        }

        public void add(int i, T e) {
            throw new UnsupportedOperationException();
        }

        public T remove(int i) {
            throw new UnsupportedOperationException();
        }

        public boolean add(T e) {
            throw new UnsupportedOperationException();
        }

        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        public void clear() {
            throw new UnsupportedOperationException();
        }

        public int indexOf(Object o) {
            return list.indexOf(o);
        }

        @SuppressWarnings("unchecked")
        public Iterator<T> iterator() {
            Iterator<? extends T> it = list.iterator();
            return new Iterator<T>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public T next() {
                    return it.next();
                }
            };
        }

        public boolean equals(Object o) {
            return list.equals(o);
        }

        public int hashCode() {
            return list.hashCode();
        }
    }
}
