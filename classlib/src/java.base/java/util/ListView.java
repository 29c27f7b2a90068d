package java.util;

/**
 * A range view over any List, used by List's default subList/listIterator for lists that do
 * not provide their own (they only need get/set/add/remove and size).
 */
final class ListView<E> extends AbstractList<E> {
    private final List<E> base;
    private final int offset;
    private int size;

    ListView(List<E> base, int offset, int size) {
        this.base = base;
        this.offset = offset;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public E get(int index) {
        Objects.checkIndex(index, size);
        return base.get(offset + index);
    }

    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        return base.set(offset + index, element);
    }

    public void add(int index, E element) {
        if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        base.add(offset + index, element);
        size++;
        modCount++;
    }

    public E remove(int index) {
        Objects.checkIndex(index, size);
        E old = base.remove(offset + index);
        size--;
        modCount++;
        return old;
    }
}
