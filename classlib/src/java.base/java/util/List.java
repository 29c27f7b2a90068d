package java.util;

import java.util.function.UnaryOperator;

public interface List<E> extends Collection<E> {
    E get(int index);

    E set(int index, E e);

    void add(int index, E e);

    E remove(int index);

    int indexOf(Object o);

    default void sort(Comparator<? super E> c) {
        Object[] a = toArray();
        Arrays.sort(a, (Comparator) c);
        for (int i = 0; i < a.length; i++) set(i, (E) a[i]);
    }

    default void replaceAll(UnaryOperator<E> op) {
        for (int i = 0; i < size(); i++) set(i, op.apply(get(i)));
    }

    @SafeVarargs
    static <E> List<E> of(E... es) {
        ArrayList<E> l = new ArrayList<>();
        for (E e : es) l.add(Objects.requireNonNull(e));
        return Collections.unmodifiableList(l);
    }
}
