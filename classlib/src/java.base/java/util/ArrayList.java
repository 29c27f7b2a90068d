package java.util;

public class ArrayList<E> extends AbstractCollection<E> implements List<E> {
    private Object[] elements;
    private int size;
    protected transient int modCount;

    public ArrayList() {
        elements = new Object[10];
    }

    public ArrayList(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + capacity);
        elements = new Object[capacity];
    }

    public ArrayList(Collection<? extends E> c) {
        elements = c.toArray();
        size = elements.length;
        if (elements.length == 0) elements = new Object[1];
    }

    private void grow(int min) {
        if (min > elements.length) {
            int cap = elements.length + (elements.length >> 1) + 1;
            if (cap < min) cap = min;
            elements = Arrays.copyOf(elements, cap);
        }
    }

    private void check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
        }
    }

    public int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    public E get(int index) {
        check(index);
        return (E) elements[index];
    }

    @SuppressWarnings("unchecked")
    public E set(int index, E e) {
        check(index);
        E old = (E) elements[index];
        elements[index] = e;
        return old;
    }

    public boolean add(E e) {
        modCount++;
        grow(size + 1);
        elements[size++] = e;
        return true;
    }

    public void add(int index, E e) {
        if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        modCount++;
        grow(size + 1);
        System.arraycopy(elements, index, elements, index + 1, size - index);
        elements[index] = e;
        size++;
    }

    @SuppressWarnings("unchecked")
    public E remove(int index) {
        check(index);
        modCount++;
        E old = (E) elements[index];
        System.arraycopy(elements, index + 1, elements, index, size - index - 1);
        elements[--size] = null;
        return old;
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) return false;
        remove(i);
        return true;
    }

    public int indexOf(Object o) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(o, elements[i])) return i;
        }
        return -1;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) elements[i] = null;
        size = 0;
    }

    public Object[] toArray() {
        return Arrays.copyOf(elements, size);
    }

    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        Arrays.sort((E[]) elements, 0, size, c);
        modCount++;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            int cursor;
            int last = -1;
            int expected = modCount;

            public boolean hasNext() {
                return cursor != size;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (modCount != expected) throw new ConcurrentModificationException();
                if (cursor >= size) throw new NoSuchElementException();
                last = cursor;
                return (E) elements[cursor++];
            }

            public void remove() {
                if (last < 0) throw new IllegalStateException();
                ArrayList.this.remove(last);
                cursor = last;
                last = -1;
                expected = modCount;
            }
        };
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List)) return false;
        List<?> other = (List<?>) o;
        if (other.size() != size) return false;
        for (int i = 0; i < size; i++) {
            if (!Objects.equals(elements[i], other.get(i))) return false;
        }
        return true;
    }

    public int hashCode() {
        int h = 1;
        for (int i = 0; i < size; i++) h = 31 * h + Objects.hashCode(elements[i]);
        return h;
    }
}
